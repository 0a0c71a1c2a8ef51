"""Classes the fresh English corpus c23en showed (round 17, r17cen), each fixed in the language rather than in a
sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports: AP,
dpa, AFP, Rediff and the Sunday Observer on temple stampedes; CTV and ABC on a bridge collapse; IANS, PTI, NDTV,
Orissa Post and Pratidin Time on Odisha and Bihar heatwaves; The Hindu/PTI, BBC Marathi and Reuters on dam failures;
AP, IANS and PA on Indian rail crashes; Daily Trust, Zee News and the Arunachal Times on election violence; VOA,
AP, AFP and africanews on Nigerian hostage releases; AP, CNN, Xinhua, VOA and FMT on Rohingya boats; ReliefWeb/WHO,
HPSC and the Daily Star, Jagonews and banglanews24 DGHS dailies on cholera and dengue; Sri Lanka Mirror, the Observer
BD, Daily Post and PTI on drug raids; Xinhua, India Today and the Deccan Herald on lightning; Punch, AFP and the
Guardian on Lagos building collapses. Each row: text, then (measure, subject, low, high) for every claim.

- a revision of a toll that names its figure or goes by a gerund ("then raised the figure to nine, before revising
  it down to five", "then reduced it to four"): the same tally, as "raised it to" was (``[anaphora] inherit_before``).
  Control: a figure a revision of another tally names ("raised the figure to 162" after people on board) does not
  become a toll.
- a temperature threshold met or passed ("at or above 44 degrees Celsius") is at_least, not more_than
  (``[qualifiers] at_least``).
- pilgrims a verb of attending counts ("an estimated 20,000 pilgrims had gathered at the temple", "attended") are
  the turnout, as devotees and worshippers were (``[cues] congregation_labels``, ``attendance_verbs``; the author's
  "About 1.7 million pilgrims took part this year": participants). Controls: pilgrims flown home or arriving stay
  other.
- deaths reported but not confirmed ("had received reports of 97 deaths but had confirmed only seven", "unconfirmed
  reports of 119 deaths") are other, ``reported deaths``; the confirmed figure is the toll (reported_tallies.py).
  Controls: "reports of 14 persons injured" with no confirmed figure keeps its measure; "reports of 20 deaths,
  police confirmed" (no figure after the verb) stays a toll.
- people sent to a centre that holds or treats them ("62 drug addicts were sent to rehabilitation centres") are no
  evacuees (``[cues] custody_centres``, ``custody_centre_nouns``; a misread of the second batch c23en2). Controls:
  evacuation centres keep the displacement; a team sent to a camp stays deployed.
- patients "receiving care at" hospitals are hospitalized as "receiving treatment at" was (Bangladeshi DGHS copy);
  care at home and at the scene keep their own readings.
- a death figure with "more" and a period but no running total keeps its measure when a part of it follows ("Nine
  more people died of dengue in the 24 hours to 8am, eight of them outside the capital"): the part ("of them") is
  never the figure's total (increments.py). Control: a real running total beside the same part still makes the
  figure its increment.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

REVISIONS: list[Any] = [
    (
        "Officials first said seven were dead, then raised the figure to nine, before revising it down to five.",
        [("killed", "people", 7, 7), ("killed", "people", 9, 9), ("killed", "people", 5, 5)],
    ),
    (
        "Authorities said 11 people were killed, then raised the number to 14, then reduced it to 12 on Friday.",
        [("killed", "people", 11, 11), ("killed", "people", 14, 14), ("killed", "people", 12, 12)],
    ),
    (
        "Police said 12 people were hurt in the blast, then raised the toll to fifteen.",
        [("injured", "people", 12, 12), ("injured", "people", 15, 15)],
    ),
    (
        "The agency reported 40 people missing on Monday, lowering the figure to 31 a day later.",
        [("missing", "people", 40, 40), ("missing", "people", 31, 31)],
    ),
    # control: the revision of a figure that is no toll
    (
        "The ministry said the plane carried 150 people and later raised the figure to 162.",
        [("other", "people on board", 150, 150), ("other", "people", 162, 162)],
    ),
]
test_a_revision_naming_its_figure_keeps_the_tally = rows_test(REVISIONS, "en")

THRESHOLDS: list[Any] = [
    (
        "As many as 21 places recorded a maximum temperature at or above 44 degrees Celsius.",
        [("other", "places", 0, 21), ("other", "celsius", 44, None)],
    ),
    (
        "Nine stations logged readings at or above 45 degrees Celsius on Monday.",
        [("other", "stations", 9, 9), ("other", "celsius", 45, None)],
    ),
    # control: "above" alone is strict
    ("Temperatures stayed above 42 degrees Celsius in the district.", [("other", "celsius", 42, None)]),
]
test_at_or_above_is_at_least = rows_test(THRESHOLDS, "en")

PILGRIMS: list[Any] = [
    (
        "An estimated 270,000 pilgrims had gathered for the festival at the hilltop temple.",
        [("participants", "people", 243000, 297000)],
    ),
    ("About 27,000 pilgrims attended the dawn prayers at the shrine.", [("participants", "people", 24300, 29700)]),
    ("Some 8,000 pilgrims thronged the narrow lanes leading to the temple.", [("participants", "people", 7200, 8800)]),
    ("Braving the rain, 18,000 to 22,000 pilgrims gathered at the shrine.", [("participants", "people", 18000, 22000)]),
    # controls: pilgrims moved or arriving are no turnout
    ("The airline flew 27,000 pilgrims home after the hajj.", [("other", "pilgrims", 27000, 27000)]),
    ("Some 450 pilgrims arrived in Medina on Sunday.", [("other", "pilgrims", 405, 495)]),
]
test_pilgrims_a_verb_of_attending_counts_turn_out = rows_test(PILGRIMS, "en")

REPORTED: list[Any] = [
    (
        "The relief office said it had received reports of 97 deaths from sunstroke but had confirmed only seven.",
        [("other", "reported deaths", 97, 97), ("killed", "people", 7, 7)],
    ),
    (
        "The Red Cross said it had received reports of 29 deaths but had confirmed only 17 of them.",
        [("other", "reported deaths", 29, 29), ("killed", "people", 17, 17)],
    ),
    (
        "It has received reports of 119 deaths due to heat stroke, while it has confirmed 12.",
        [("other", "reported deaths", 119, 119), ("killed", "people", 12, 12)],
    ),
    (
        "The state government has received unconfirmed reports of 64 deaths in the flooded district.",
        [("other", "reported deaths", 64, 64)],
    ),
    # controls: no confirmed figure set against the reports
    (
        "The council has received reports of 14 persons injured and five people missing.",
        [("injured", "people", 14, 14), ("missing", "people", 5, 5)],
    ),
    ("There were reports of 20 deaths in the town, police confirmed.", [("killed", "people", 20, 20)]),
]
test_deaths_only_reported_are_no_toll = rows_test(REPORTED, "en")

CUSTODY_CENTRES: list[Any] = [
    (
        "Police said 62 drug addicts were sent to rehabilitation centres.",
        [("other", "rehabilitation centres", 62, 62)],
    ),
    ("About 60 people were sent to a rehabilitation centre.", [("other", "rehabilitation centre", 54, 66)]),
    # controls: shelters
    ("About 400 residents were sent to evacuation centres.", [("displaced", "people", 360, 440)]),
    ("The agency sent a team of 35 people to the camp.", [("deployed", "people", 35, 35)]),
]
test_people_sent_to_custody_or_treatment_centres_are_no_evacuees = rows_test(CUSTODY_CENTRES, "en")

CARE: list[Any] = [
    (
        "At least 1,760 dengue patients were hospitalised during the period, and 8,905 were receiving care at "
        "hospitals across the country on Tuesday morning.",
        [("hospitalized", "people", 1760, None), ("hospitalized", "people", 8905, 8905)],
    ),
    ("Some 640 patients were receiving care in different hospitals.", [("hospitalized", "people", 576, 704)]),
    # controls: care at the scene is an injury; care at home no stay
    ("About 40 people were receiving care at the scene.", [("injured", "people", 36, 44)]),
    ("Some 300 patients are receiving care at home.", [("other", "patients", 270, 330)]),
]
test_patients_receiving_care_at_hospitals_are_hospitalized = rows_test(CARE, "en")

MORE_WITH_PART: list[Any] = [
    (
        "Nine more people died of dengue in the 24 hours to 8am, eight of them outside the capital.",
        [("killed", "people", 9, 9), ("killed", "people", 8, 8)],
    ),
    (
        "Six more patients died of cholera in the 24 hours to 9am, four of them children.",
        [("killed", "people", 6, 6), ("killed", "children", 4, 4)],
    ),
    # control: a running total beside the part
    (
        "Three more bodies were found, bringing the toll to 64, two of them children.",
        [("other", "increase", 3, 3), ("killed", "people", 64, 64), ("killed", "children", 2, 2)],
    ),
]
test_a_part_is_never_the_total_of_its_figure = rows_test(MORE_WITH_PART, "en")
