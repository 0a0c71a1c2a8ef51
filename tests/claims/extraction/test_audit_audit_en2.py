"""Misread classes found by a second audit of English wire copy (issue 11, helper audit_en2): a figure must not take
a specific measure that is not its own (DESIGN.md 4.1: prefer ``other`` to a wrong measure).

Every sentence is our own (invented places, people and figures); the wordings are those read in English reports of
shootings, train crashes, war tolls, tornadoes, wildfires, building collapses and factory blasts. Each row: text,
then (measure, subject, low, high) for every claim. Control rows, where the specific measure is right, stand beside
each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # 'sent' before a hospital is admission, not a deployment; controls: a force sent, evacuees sent to shelters
    ("Officials said about 240 people had been sent to hospitals.", [("hospitalized", "people", 216, 264)]),
    ("Nineteen workers were sent to the hospital with burns.", [("hospitalized", "people", 19, 19)]),
    ("The army sent 600 soldiers to the border town.", [("deployed", "soldiers", 600, 600)]),
    (
        "About 300 people were evacuated to 12 shelters.",
        [("displaced", "people", 270, 330), ("other", "shelters", 12, 12)],
    ),
    # a gapped tally after a joiner ("... and injuries to N") governs its own figure, not the one before it
    (
        "The strikes brought the number of deaths to 4,310 and injuries to 9,870.",
        [("killed", "people", 4310, 4310), ("injured", "people", 9870, 9870)],
    ),
    (
        "The toll of dead climbed to 57 and the wounded to 212.",
        [("killed", "people", 57, 57), ("injured", "people", 212, 212)],
    ),
    ("The death toll rose to 88.", [("killed", "people", 88, 88)]),
    # one figure for two measures joined by 'or' is no count of either (other)
    ("Some 3,000 residents were left homeless or injured.", [("other", "homeless or injured", 2700, 3300)]),
    ("About 70 villagers were injured or displaced.", [("other", "displaced or injured", 63, 77)]),
    ("Around 45 were wounded or killed in the raid.", [("other", "casualties", 41, 49)]),
    ("Some 900 people were left homeless.", [("displaced", "people", 810, 990)]),
    ("About 70 villagers were injured.", [("injured", "people", 63, 77)]),
    # rescue things are no rescuers, whatever verb follows; control: rescue workers
    ("Dozens of rescue vehicles converged on the crossing.", [("other", "vehicles", 24, 99)]),
    ("Dozens of rescue helicopters joined the search.", [("other", "helicopters", 24, 99)]),
    ("Hundreds of rescue workers joined the search.", [("deployed", "people", 200, 999)]),
    # 'martyrs', 'martyred' in agency copy count the dead
    (
        "The toll in Jenin rose to 47 martyrs and 390 wounded.",
        [("killed", "people", 47, 47), ("injured", "people", 390, 390)],
    ),
    ("The agency said 23 paramedics have been martyred.", [("killed", "people", 23, 23)]),
    # the missing found alive or safe are no longer missing (other); controls: found dead, still missing
    ("Three missing climbers were found alive on Sunday.", [("other", "survivors", 3, 3)]),
    ("Six fishermen who had been missing were found safe.", [("other", "fishermen", 6, 6)]),
    ("Three missing climbers were found dead.", [("killed", "people", 3, 3)]),
    ("Four climbers are still missing.", [("missing", "people", 4, 4)]),
    # 'number' after a verb and its object labels the object; controls: tally verbs after a measure noun
    ("Two clerks were hurt when a mob smashed polling booth number 87 in Tarlow.", [("injured", "people", 2, 2)]),
    ("The confirmed dead now number 74.", [("killed", "people", 74, 74)]),
    ("The detainees number 315.", [("arrested", "people", 315, 315)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_audit_class(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
