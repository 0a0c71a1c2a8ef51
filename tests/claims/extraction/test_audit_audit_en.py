"""Misread classes found by auditing English wire copy (issue 11, helper audit_en): a figure must not take a
specific measure that is not its own (DESIGN.md 4.1: prefer ``other`` to a wrong measure).

Every sentence is our own (invented places, people and figures); the wordings are those read in English reports
of earthquakes, typhoons, stampedes, fires, shootings, air strikes and protests. Each row: text, then (measure,
subject, low, high) for every claim. Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # a whole after a possessor ("of the town's 2,300 residents") is not itself measured
    (
        "At least 40 of the town's 2,300 residents were killed.",
        [("killed", "people", 40, None), ("other", "residents", 2300, 2300)],
    ),
    (
        "Twelve of the district's 300 police officers were injured.",
        [("injured", "police", 12, 12), ("other", "police", 300, 300)],
    ),
    (
        "Five out of the Okafor family's nine children died in the fire.",
        [("killed", "children", 5, 5), ("other", "children", 9, 9)],
    ),
    # a population is who lives there, not a count of the event
    (
        "Nearly half of the island's population of 5,000 fled.",
        [("other", "fraction", 0.45, 0.5), ("other", "population", 5000, 5000)],
    ),
    ("Many of the valley's population of 12,000 were left homeless.", [("other", "population", 12000, 12000)]),
    (
        "The storm killed 14 people in Marlow, a town of 9,000.",
        [("killed", "people", 14, 14), ("other", "population", 9000, 9000)],
    ),
    # the dead and the wounded in one noun phrase are casualties (other); control with two figures
    (
        "Of the 21 killed and wounded, nine were children.",
        [("other", "casualties", 21, 21), ("other", "children", 9, 9)],
    ),
    ("The blast killed and injured 40 people.", [("other", "casualties", 40, 40)]),
    ("The bomb killed three and wounded 20.", [("killed", "people", 3, 3), ("injured", "people", 20, 20)]),
    # places of an attack or event are things; a crowded boat is no turnout; controls for crowds
    (
        "The gunman fired into crowds at four locations, wounding six.",
        [("other", "locations", 4, 4), ("injured", "people", 6, 6)],
    ),
    ("Protests were held at 30 sites across the country.", [("other", "locations", 30, 30)]),
    ("A crowded ferry capsized and the navy pulled 87 of them to safety.", [("other", None, 87, 87)]),
    ("About 3,000 people crowded into the square.", [("participants", "people", 2700, 3300)]),
    ("Police put the crowd at 18,000.", [("participants", "people", 18000, 18000)]),
    # a part of a named whole with its own predicate is a subset (other); group, place and measure controls
    ("Six of the wounded were flown to Kisumu.", [("other", "part of injured", 6, 6)]),
    # a named hospital is admission as "to hospital" is (round 6, named_hospitals)
    ("Eleven of the injured were taken to Kelvin General Hospital.", [("hospitalized", "people", 11, 11)]),
    ("Six of the wounded were taken to hospital.", [("hospitalized", "people", 6, 6)]),
    ("25 of the dead were women.", [("killed", "women", 25, 25)]),
    ("Two of the dead were police officers.", [("killed", "police", 2, 2)]),
    ("Five of the wounded later died.", [("killed", "people", 5, 5)]),
    ("At least 17 of the dead were in Harlow County.", [("killed", "people", 17, None)]),
    ("At least 134 of the deaths were on Tobago.", [("killed", "people", 134, None)]),
    # grades with 'wounds'; the grade of a part is not its whole's
    (
        "Officials said 12 people had been killed and 9 had suffered serious wounds.",
        [("killed", "people", 12, 12), ("other", "seriously injured", 9, 9)],
    ),
    ("Some of the 40 wounded had critical injuries.", [("injured", "people", 40, 40)]),
    (
        "Two of the 40 wounded were in critical condition.",
        [("other", "in critical condition", 2, 2), ("injured", "people", 40, 40)],
    ),
    ("A total of 9 people were seriously injured.", [("other", "seriously injured", 9, 9)]),
    # dead or missing; 'one of the largest' is a rank, no count
    ("The cyclone killed or left missing more than 3,000 people.", [("other", "dead or missing", 3001, None)]),
    (
        "About 40,000 people fled, one of the largest evacuations in the region.",
        [("displaced", "people", 36000, 44000)],
    ),
    ("The quake killed 300 people, one of the deadliest in decades.", [("killed", "people", 300, 300)]),
    ("One of the injured later died.", [("killed", "people", 1, 1)]),
    # a force noun with a passive predicate of its own is no deployment; controls
    ("Four firefighters were treated for burns after the roof fell in.", [("other", "firefighters", 4, 4)]),
    ("Three firemen were trapped on the top floor.", [("other", "firefighters", 3, 3)]),
    ("About 200 firefighters battled the blaze.", [("deployed", "people", 180, 220)]),
    ("Some 500 police officers were on duty.", [("deployed", "police", 450, 550)]),
    ("More than 2,500 troops had arrived in the area.", [("deployed", "soldiers", 2501, None)]),
    # a grade of damage picks a subset (other); control
    ("Two apartment blocks in the old town suffered major damage.", [("other", "heavily damaged houses", 2, 2)]),
    ("The storm destroyed 30 homes in Tarvin.", [("damaged", "homes", 30, 30)]),
    # people who belong to the figure after 'of' own the verb; a measure in the figure's own noun phrase stays
    ("The families of 12 miners gathered outside the pit head.", [("other", "miners", 12, 12)]),
    ("Relatives of all seven climbers gathered at the lodge.", [("other", "climbers", 7, 7)]),
    ("Families of 9 missing sailors marched to the harbour office.", [("missing", "people", 9, 9)]),
    # counts of gatherings are events, not turnouts; a rank with a possessor is no count; controls
    ("There were 14 protests across the province on Sunday.", [("other", "protests", 14, 14)]),
    ("Police said the three rallies passed off peacefully.", [("other", "rallies", 3, 3)]),
    ("About 6,000 people joined the protests in Varna.", [("participants", "people", 5400, 6600)]),
    (
        "About a million people fled, one of the world's biggest evacuations.",
        [("displaced", "people", 900000, 1100000)],
    ),
    (
        "Hundreds of rescuers have recovered 31 bodies from the mud.",
        [("deployed", "people", 200, 999), ("killed", "people", 31, 31)],
    ),
    # the number after a joiner in a date span is its last day; control with a count after a date
    ("Eleven patients needed hospital care between August 3 and 19.", [("other", "patients", 11, 11)]),
    (
        "Police arrested 14 people on May 2 and 25 on May 3.",
        [("arrested", "people", 14, 14), ("arrested", "people", 25, 25)],  # a list by time (round 6, dated_items)
    ),
    ("Between May 2 and 25 people were arrested.", [("arrested", "people", 25, 25)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_audit_class(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
