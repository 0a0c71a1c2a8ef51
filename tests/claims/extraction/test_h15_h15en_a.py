"""The disaster desk as it comes, round 10 wave 2 (issue 11): classes shown by a fresh corpus of real-news
paraphrases (``corpora/h15en_a1.json``, labelled before any run: Vietnamese typhoon tallies, Japanese rain and
landslide copy, an eastern Turkish quake, Philippine volcano evacuees), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- a stopped heart is no arrest: Japanese disaster copy reports victims "found in cardiopulmonary arrest" pending a
  death notice, Indian and UK copy "cardio-respiratory arrest" (``[other_verbs]``, beside "cardiac arrest");
- a part governed by a place preposition is where something else happened, no count of the whole's measure ("76
  buildings collapsed, with people trapped in 35 of them": ``partitive_gates.part_as_place``);
- Philippine evacuee copy: people who "must stay at their evacuation sites", are "taking temporary shelter" or
  "opted to stay with relatives" are displaced (``[measures] displaced``);
- typhoon copy: houses "unroofed", that "had their roofs torn off", winds that "blew the roofs off" n homes are
  damaged (``[measures] damaged``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a heart that stopped
    (
        "In Kawara, 12 residents of a flooded nursing home were found in cardiopulmonary arrest, officials said.",
        [("other", "cardiac arrest patients", 12, 12)],
    ),
    (
        "Nine climbers were found in a state of cardiopulmonary arrest near the summit, police said.",
        [("other", "climbers", 9, 9)],
    ),
    (
        "Four of the 30 workers pulled from the mine suffered cardio-respiratory arrest, the hospital said.",
        [("other", "workers", 4, 4), ("other", "workers", 30, 30)],
    ),
    # control: an arrest by police
    (
        "Police arrested 12 residents of the village after the clash.",
        [("arrested", "people", 12, 12)],
    ),
    # a part that is a place
    (
        "The quake flattened 50 houses in the village, trapping residents inside nine of them.",
        [("damaged", "houses", 50, 50), ("other", "houses", 9, 9)],
    ),
    (
        "Officials said 40 homes were destroyed, with residents still inside 12 of them.",
        [("damaged", "homes", 40, 40), ("other", "homes", 12, 12)],
    ),
    # control: a part placed after its own number keeps the whole's measure
    (
        "Flooding killed 40 people across the region, 12 of them in Lam Dong.",
        [("killed", "people", 40, 40), ("killed", "people", 12, 12)],
    ),
    # evacuees staying at evacuation sites and with relatives
    (
        "As of 6 p.m., 1,204 families or 4,730 persons were taking temporary shelter in 61 evacuation centres.",
        [
            ("other", "households", 1204, 1204),
            ("displaced", "people", 4730, 4730),
            ("other", "evacuation centres", 61, 61),
        ],
    ),
    (
        "Another 815 families or 3,112 persons opted to stay with relatives in the two towns.",
        [("other", "households", 815, 815), ("displaced", "people", 3112, 3112), ("other", "towns", 2, 2)],
    ),
    (
        "About 2,300 residents remain in evacuation sites in Guinobatan, the provincial office said.",
        [("displaced", "people", 2070, 2530)],
    ),
    # roofs torn off
    (
        "Winds blew the roofs off more than 12,000 homes in three districts.",
        [("damaged", "homes", 12001, None), ("other", "districts", 3, 3)],
    ),
    (
        "About 4,300 houses were unroofed and 210 collapsed, the provincial committee said.",
        [("damaged", "houses", 3870, 4730), ("damaged", "houses", 210, 210)],
    ),
    (
        "In Quang Tri, 1,850 houses had their roofs blown away by the gusts.",
        [("damaged", "houses", 1850, 1850)],
    ),
    # control: people whose roofs were mended
    (
        "Some 800 residents had their roofs patched by volunteers.",
        [("other", "residents", 720, 880)],
    ),
    # control: households ordered to leave are no displaced count
    (
        "Some 3,000 households were ordered to evacuate before the typhoon made landfall.",
        [("other", "households", 2700, 3300)],
    ),
]


test_h15_h15en_a = rows_test(ENGLISH, "en")
