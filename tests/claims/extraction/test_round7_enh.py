"""Round 7 in English wire, broadcaster and Asian English-language news (issue 11): classes shown by fresh corpora
of real-news paraphrases (``corpora/enh1.json`` ..., labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high) for every claim. The classes:

- a change verb that ends in "at" ("stands at", "stood at") after a case tally is the tally's value, not the
  preposition of a superlative ("recorded the most cases at n") (``named_before.noun_named_before``);
- a thing noun a tally word heads right before a copula and the figure ("the number of measles cases is 3,400") is
  the figure's counted noun, also with a participle and its adjuncts before the copula ("the number of cholera cases
  reported from January to October is 64,210") (``named_before._tally_copula``);
- one figure for the dead and the missing together ("were killed or went missing", "killed or reported missing") is
  a mixed total: ``other`` (``[other_verbs]``);
- people who merely "were at the site" are no force sent unless their noun names a force or a crew
  (``turnouts.present_not_sent``);
- one figure for people shot or killed (mass-shooting definitions) is a mixed total: ``other`` (``[other_verbs]``);
- "adult men", "adult women" are men and women (``[nouns]``);
- a change verb before "from" ("cases rose from 17,310 in early July to 22,480") makes the thing noun before it
  count the earlier and the new value (``change_spans.noun_of_change``);
- a participle between a figure and a thing noun ("four affected states"), or one that names no measure before a
  person noun ("two unvaccinated children died"), is an adjective of the noun
  (``change_spans.attributive_participle``);
- the object of a search that "goes on for", "went on for" is missing (``[measures] missing``);
- people "diagnosed with", "infected with", "fell ill with" a named disease are its cases (composed labels,
  ``[composed_labels.lists] infection_verbs``);
- a force "engaged in rescue", "engaged in clearing" debris is deployed (Indian English; ``[measures] deployed``);
- relief camps and shelters "housing", "sheltering" people right after their noun count displaced people
  (``[measures] displaced``);
- "it" (perhaps with an auxiliary) before a change verb and a bare figure restates the people tally before it in
  the sentence ("by Tuesday it had reached 13") (``pronoun_tallies``, ``[cues] tally_pronouns``);
- coast guards are a crew sent out (``[nouns]``);
- an item of a breakdown whose noun is the previous item's ("with 35 civilians killed in X and 26 in Y") continues
  the list (``breakdowns._is_item``);
- a bare figure that continues a count of households in a shelter clause ("2,800 families ... and more than 700
  are in evacuation centres") counts households (``household_ellipsis``);
- speeds written "kilometres an hour", "miles an hour" are units (``[units]``);
- excess hospitalizations are a statistical estimate, no admissions (``[other_verbs]``);
- "n more people died ... than" a baseline counts a difference, not the event: ``other``, a toll compared so is the
  excess deaths (``comparisons``, ``[cues] comparative_words``, ``comparison_thans``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a change verb ending in "at" after a case tally
    (
        "The tally of suspected mpox cases now stands at 812, the ministry said.",
        [("other", "suspected cases", 812, 812)],
    ),
    ("Confirmed dengue cases stood at 2,950 by Friday.", [("other", "confirmed cases", 2950, 2950)]),
    # control: the preposition of a superlative
    ("Bicol recorded the most cases at 16,210.", [("other", "cases", 16210, 16210)]),
    # a thing noun of a tally before a copula
    ("The number of measles cases is 3,400.", [("other", "cases", 3400, 3400)]),
    ("The total number of suspected cholera cases was 812 on Monday.", [("other", "cases", 812, 812)]),
    # a participle and its adjuncts between the tally and the copula
    (
        "The total number of mpox cases recorded since January is 2,318, including 41 deaths.",
        [("other", "cases", 2318, 2318), ("killed", "people", 41, 41)],
    ),
    # control: a measure noun before a copula
    ("The death toll is 45.", [("killed", "people", 45, 45)]),
    # the dead and the missing together
    (
        "Over 4,100 fishermen were killed or went missing when the cyclone struck the delta.",
        [("other", "fishermen", 4101, None)],
    ),
    (
        "At least 62 migrants were killed or reported missing on the route last month.",
        [("other", "migrants", 62, None)],
    ),
    # control: two clauses, two measures
    ("Nine people were killed and four went missing.", [("killed", "people", 9, 9), ("missing", "people", 4, 4)]),
    # people present at a site
    ("At least 30,000 people were at the site when the crush happened.", [("other", "people", 30000, None)]),
    # round 9 (h9events_en): the crowd at a temple, shrine or stadium, after a copula, is a turnout (the gold of
    # temple and stadium crushes); a bare "site" stays other (workers at a site are no crowd)
    ("Some 2,000 worshippers were at the shrine when the wall gave way.", [("participants", "people", 1800, 2200)]),
    # control: a force or a crew at the scene
    (
        "About 140 police and soldiers were at the scene, the governor said.",
        [("deployed", "security_forces", 126, 154)],
    ),
    ("More than 300 rescuers were at the site on Monday.", [("deployed", "people", 301, None)]),
    # excess hospitalizations
    (
        "Researchers counted 2,310 excess hospital admissions during the nine days of heat.",
        [("other", "excess hospitalizations", 2310, 2310)],
    ),
    # control: admissions
    ("The hospital admitted 310 people during the heat wave.", [("hospitalized", "people", 310, 310)]),
    # a difference from a baseline
    (
        "About 230 more people died in July than in an average July, the statistics office said.",
        [("other", "excess deaths", 207, 253)],
    ),
    ("Police arrested 40 more people than last year.", [("other", "people", 40, 40)]),
    # a group named with "adult"
    (
        "Of the four killed, three were adult women, the sheriff's office said.",
        [("killed", "people", 4, 4), ("killed", "women", 3, 3)],
    ),
    # shot or killed: a mixed total
    (
        "The archive counts incidents in which at least four people were shot or killed.",
        [("other", "people shot", 4, None)],
    ),
    # a change from one value to another
    (
        "Measles cases have risen from 310 to 415 since March.",
        [("other", "cases", 310, 310), ("other", "cases", 415, 415)],
    ),
    (
        "Cholera cases climbed from 1,240 in the first week to 2,075 in the third.",
        [("other", "cases", 1240, 1240), ("other", "cases", 2075, 2075)],
    ),
    # control: a measure noun names the measure
    ("The death toll rose from 12 to 19.", [("killed", "people", 12, 12), ("killed", "people", 19, 19)]),
    # a participle between the figure and its thing noun
    ("Relief camps are in the four affected states.", [("other", "states", 4, 4)]),
    ("Officials visited 12 flooded villages on Monday.", [("other", "villages", 12, 12)]),
    # a participle that names no measure before a person noun
    ("Three unvaccinated toddlers died in the outbreak.", [("killed", "children", 3, 3)]),
    # control: a person noun keeps the measure of its participle
    ("Police said 40 arrested protesters were released.", [("arrested", "people", 40, 40)]),
    # speeds written "an hour"
    ("The typhoon brought gusts of 185 kilometres an hour.", [("other", "km/h", 185, 185)]),
    ("Winds reached 110 miles an hour near the coast.", [("other", "mph", 110, 110)]),
    # the object of a search that goes on
    ("The search went on for 14 more fishermen after the trawler sank.", [("missing", "people", 14, 14)]),
    # people who fall ill with a named disease are its cases
    ("About 1,200 people have been diagnosed with cholera.", [("other", "cases", 1080, 1320)]),
    ("Over 31,000 people have been infected with dengue so far this year.", [("other", "cases", 31001, None)]),
    # control: an injury is no disease
    ("Twelve workers were suffering from burns.", [("other", "workers", 12, 12)]),
    # coast guards are a crew sent out
    (
        "Some 2,500 police, soldiers and coastguards were deployed on the islands.",
        [("deployed", "people", 2250, 2750)],
    ),
    # an item of a breakdown after an item with a narrower noun than the total
    (
        "The toll reached 48, with 30 civilians killed in Kassala and 18 in Gedaref.",
        [("killed", "people", 48, 48), ("killed", "civilians", 30, 30), ("killed", "people", 18, 18)],
    ),
    # a bare figure after a count of households elides "families"
    (
        "Some 1,900 families in six towns were affected, and 640 are staying in evacuation centres.",
        [("other", "households", 1710, 2090), ("other", "towns", 6, 6), ("other", "households", 640, 640)],
    ),
    # control: families do not die, people do
    (
        "About 120 families were evacuated and 15 died.",
        [("other", "households", 108, 132), ("killed", "people", 15, 15)],
    ),
    # a force engaged in rescue work
    (
        "About 250 NDRF personnel are engaged in rescue operations in the district.",
        [("deployed", "people", 225, 275)],
    ),
    # control: people engaged in their own work
    ("Some 40 villagers were engaged in farming when the flood came.", [("other", "villagers", 36, 44)]),
    # camps and shelters housing people
    (
        "Authorities have opened 277 relief camps housing 1.4 lakh people.",
        [("other", "relief camps", 277, 277), ("displaced", "people", 140000, 140000)],
    ),
    ("The 41 shelters sheltering 12,400 people are full.", [("displaced", "people", 12400, 12400)]),
    # control: a prison houses no displaced people
    ("The prison was housing 3,000 inmates.", [("other", "inmates", 3000, 3000)]),
    # a tally restated by "it"
    (
        "The toll stood at eight on Friday; by Sunday it had climbed to 15.",
        [("killed", "people", 8, 8), ("killed", "people", 15, 15)],
    ),
    (
        "Police arrested 40 people on Monday, and by Friday it had risen to 95.",
        [("arrested", "people", 40, 40), ("arrested", "people", 95, 95)],
    ),
    # control: a unit after "it was" stays a unit
    ("The toll rose to 31 and it was 20 degrees.", [("killed", "people", 31, 31), ("other", "degrees", 20, 20)]),
    # control: "more" with no "than" is an increment beside its running total
    (
        "Rescuers found three more bodies on Sunday, bringing the toll to 64.",
        [("other", "increase", 3, 3), ("killed", "people", 64, 64)],
    ),
]


test_english_round7_enh = rows_test(ENGLISH, "en")
