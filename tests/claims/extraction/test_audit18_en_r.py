"""Classes a misread audit of regional and non-wire English copy found (issue 11, round 12, audit18_en_r): Indian,
Pakistani, Nigerian, Kenyan, Philippine, Malaysian and Australian papers on disasters, road, rail and boat accidents,
fires, poisonings, heat waves, outbreaks and pilgrimages. Each fixed in the language, not in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(okayafrica, Channels and Daily Trust boat sinkings; Jang, BBC and Nation heat-wave admissions in Karachi; The Sun,
The Star and Bernama flood-relief rundowns; NBC Boston, FBC and Jamaica Observer house fires; Nagpur Today and
Hindustan Times building collapses). Each row: text, then (measure, subject, low, high) for every claim.

- a later figure's measure noun after a tally modifier (okayafrica: "at least 140 people are still missing with 22
  survivors and five reported deaths"): the noun counts the later figure only, as it does right after its number
  (``[cues] tally_modifiers``). Controls: a list of two measures keeps both; the survivors alone stay other.
- a hospital with its place as the subject of admission (Jang, BBC, Nation: "Civil Hospital Karachi admitted 267
  people with heatstroke", "the Civil Hospital in Karachi admitted ..."; hospital_subjects.py). Controls: things a
  hospital received, and its beds, stay other.
- people placed at, taken to or moved to a relief centre (The Sun, The Star, Bernama flood rundowns) are displaced:
  more words of ``shelter_stays`` and the singular shelter nouns. Controls: players taken to a training camp and the
  injured taken to hospitals keep their reading.
- people left "without a home" after a fire (NBC Boston, FBC, Jamaica Observer) are displaced.
- "suffered multiple fractures", "escaped with injuries" (Nagpur Today, Hindustan Times collapse copy) are injured;
  "escaped with minor injuries" keeps its grade (other, as in enk5) and escaped inmates stay escaped.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

LATER_TALLY_NOUNS: list[Any] = [
    (
        "Search teams say at least 90 people are still missing, with 17 survivors and four reported deaths.",
        [("missing", "people", 90, None), ("other", "survivors", 17, 17), ("killed", "people", 4, 4)],
    ),
    (
        "There were 22 survivors and five reported deaths after the canoe overturned.",
        [("other", "survivors", 22, 22), ("killed", "people", 5, 5)],
    ),
    (
        "Rescuers counted fourteen survivors and three more deaths by nightfall.",
        [("other", "survivors", 14, 14), ("killed", "people", 3, 3)],
    ),
    (
        "The isolation ward logged 30 recoveries and two new deaths on Sunday.",
        [("other", "recovered", 30, 30), ("killed", "people", 2, 2)],
    ),
    # controls
    ("Officials reported 12 deaths and 40 injuries.", [("killed", "people", 12, 12), ("injured", "people", 40, 40)]),
    ("The ferry sank with 31 survivors on board the rescue boat.", [("other", "survivors", 31, 31)]),
]

HOSPITAL_SUBJECTS: list[Any] = [
    ("Services Hospital Lahore admitted 143 people with heatstroke.", [("hospitalized", "people", 143, 143)]),
    (
        "The district hospital in Nalgonda has admitted 38 children since Monday.",
        [("hospitalized", "children", 38, 38)],
    ),
    ("Mayo Hospital, Lahore, received 61 patients overnight.", [("hospitalized", "people", 61, 61)]),
    (
        "Government hospitals in Hyderabad admitted nearly 400 heatstroke victims on Monday alone.",
        [("hospitalized", "people", 360, 399)],
    ),
    # controls
    ("Abbasi Shaheed Hospital Karachi received four new ventilators from a charity.", [("other", "ventilators", 4, 4)]),
    ("The hospital in Multan has 250 beds for heatstroke patients.", [("other", "beds", 250, 250)]),
]

RELIEF_CENTRE_MOVES: list[Any] = [
    ("More than 350 flood victims have been placed at relief centres.", [("displaced", "people", 351, None)]),
    (
        "Some 58 people from 17 families were taken to a relief centre at a village hall.",
        [("displaced", "people", 53, 63), ("other", "households", 17, 17)],
    ),
    (
        "Ninety residents were moved to two evacuation centres on Sunday.",
        [("displaced", "people", 90, 90), ("other", "evacuation centres", 2, 2)],
    ),
    ("About 140 evacuees are housed at a flood relief centre.", [("displaced", "people", 126, 154)]),
    # controls
    ("The 40 players were taken to a training camp before the final.", [("other", "players", 40, 40)]),
    ("The injured were taken to 3 hospitals.", [("other", "hospitals", 3, 3)]),
]

HOMELESS_AND_HURT: list[Any] = [
    (
        "The blaze gutted three houses, leaving 14 people without a home.",
        [("damaged", "houses", 3, 3), ("displaced", "people", 14, 14)],
    ),
    ("Eleven residents are without homes after the fire.", [("displaced", "people", 11, 11)]),
    (
        "Two workers suffered multiple fractures and three others escaped with minor injuries.",
        [("injured", "people", 2, 2), ("other", "lightly injured workers", 3, 3)],
    ),
    ("The driver escaped unhurt while 12 passengers escaped with injuries.", [("injured", "people", 12, 12)]),
    # control
    ("Nine inmates escaped from the jail.", [("other", "escaped prisoners", 9, 9)]),
]

test_a_later_tally_noun_after_a_modifier = rows_test(LATER_TALLY_NOUNS, "en")
test_a_hospital_with_its_place_admits = rows_test(HOSPITAL_SUBJECTS, "en")
test_people_moved_to_a_relief_centre_are_displaced = rows_test(RELIEF_CENTRE_MOVES, "en")
test_homeless_and_hurt_wordings = rows_test(HOMELESS_AND_HURT, "en")
