"""Misread classes found by a sixth audit of English reports (issue 11, helper audit_en6): a figure must not take a
specific measure that is not its own (DESIGN.md 4.1: prefer ``other`` to a wrong measure).

Every sentence is our own (invented places, people and figures); the wordings are those read in local and regional
copy (US, New Zealand, Australian, Malaysian, Gulf and Indonesian English papers) on house fires, holiday road tolls,
school food poisoning, immigration raids, floods and crime statistics. Each row: text, then (measure, subject, low,
high) for every claim. Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # pupils "sent for treatment" or "sent to a private hospital" are admitted, no force sent; control: officers sent
    ("Five pupils were sent for treatment at a district clinic.", [("hospitalized", "people", 5, 5)]),
    ("Three pupils were sent to a private hospital in Kuantan.", [("hospitalized", "people", 3, 3)]),
    ("About 60 officers were sent to the school.", [("deployed", "police", 54, 66)]),
    # a force that makes the arrests is no one arrested; federal agents are a force; controls: the workers arrested
    (
        "Some 250 federal agents descended on the plant to carry out the arrests.",
        [("other", "police", 225, 275)],
    ),
    ("Police said 40 officers made arrests across the county.", [("other", "arresting officers", 40, 40)]),
    (
        "About 400 immigration agents raided the mill and arrested 112 workers.",
        [("other", "police", 360, 440), ("arrested", "people", 112, 112)],
    ),
    # "wrecks" and "smashes" in traffic copy are crashes: no damage, and no measure for a figure beside them;
    # control: cars wrecked
    (
        "Troopers reported four wrecks and nine flooded roads in the county.",
        [("other", "accidents", 4, 4), ("other", "roads", 9, 9)],
    ),
    (
        "There were 61 deaths and 840 injuries from 1,312 vehicle smashes.",
        [("killed", "people", 61, 61), ("injured", "people", 840, 840), ("other", "accidents", 1312, 1312)],
    ),
    ("The storm wrecked 14 cars in the lot.", [("damaged", "cars", 14, 14)]),
    # the bodies of the missing, once found, are the dead; control: the missing still sought
    ("The bodies of three missing kayakers were recovered on Tuesday.", [("killed", "people", 3, 3)]),
    ("Three kayakers are still missing.", [("missing", "people", 3, 3)]),
    # an average over years or weeks is no tally; controls: the toll itself, "above-average" rain
    ("The five-year average for Easter road deaths in Tasman is 19.", [("other", "average", 19, 19)]),
    ("An average of seven people die on Westland roads each week.", [("other", "average", 7, 7)]),
    ("The Easter road toll in Tasman is 19.", [("killed", "people", 19, 19)]),
    ("Above-average rain killed 12 people in Otago.", [("killed", "people", 12, 12)]),
    # fresh set 2: attempted murders kill no one; control: the murders
    (
        "March saw 17 murders and 38 attempted murders in the district.",
        [("killed", "people", 17, 17), ("other", "attempted murder", 38, 38)],
    ),
    # fresh set 2: "compared to" opens a baseline as "than" does; control: the toll itself
    (
        "That is an increase of 230 more people murdered compared to the same quarter last year.",
        [("other", "excess deaths", 230, 230)],
    ),
    ("Some 2,310 people were murdered in the quarter.", [("killed", "people", 2079, 2541)]),
    # fresh set 2: a ratio counts no one; control: one dead in a breakdown by place
    (
        "Roughly one in four of the road fatalities were not wearing a seat belt.",
        [("other", "share", 1, 1), ("other", "share", 4, 4)],
    ),
    (
        "Gunmen killed one in Bauchi and three in Gombe.",
        [("killed", "people", 1, 1), ("killed", "people", 3, 3)],
    ),
    # fresh set 3: a change named by a noun counts no one; control: the year's total
    (
        "The new figures show an increase of 64 deaths compared with last year.",
        [("other", "increase", 64, 64)],
    ),
    ("There was a drop of 19 deaths on Ulster roads.", [("other", "decrease", 19, 19)]),
    ("The new figures show 612 drug deaths last year.", [("killed", "people", 612, 612)]),
    # fresh set 3: people "not injured" are no injured; control: the injured
    ("The coach driver and three teachers were not injured.", [("other", "teachers", 3, 3)]),
    ("The coach driver and three teachers were injured.", [("injured", "people", 3, 3)]),
    # fresh set 3: an evacuation alert is a warning, no one has left; control: residents evacuated
    (
        "About 900 residents of Sumner Creek are under evacuation alert.",
        [("other", "people under evacuation warnings", 810, 990)],
    ),
    ("About 900 residents of Sumner Creek were evacuated.", [("displaced", "people", 810, 990)]),
    # fresh set 3: people sent "to hospitals" with another group between are admitted; control: doctors sent there
    (
        "The pile-up flipped a minibus, sending seven pupils and their coach to hospitals.",
        [("hospitalized", "people", 7, 7)],
    ),
    ("The ministry sent 150 doctors to hospitals in Marlow.", [("deployed", "people", 150, 150)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_audit_class(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
