"""Classes that fresh English copy kept missing (issue 11, round 9, gaps12en), each read in real reports first.

Every sentence is our own (invented places, people and figures). Readings follow DESIGN.md 4 and 4.1. The classes:

- a hospital named by open modifiers before its head ("admitted to the national hospital", "flown to the regional
  trauma center", "taken to the university medical centre", "admitted to the state burn institute"): admission,
  ``hospitalized`` (``named_hospitals``: ``[cues] hospital_modifiers`` and the two-word heads of
  ``hospital_head_pairs``; one word alone, "centre" or "institute", names no hospital);
- soldiers, police and rescuers "helping with the evacuation" are a force at work: ``deployed`` (``[measures]
  deployed``, beside "joined the search"); "took part in the operation" is left out, since militants take part in
  operations too.
- shelters counted inside a displacement's destination ("moved 412,300 people to 10,950 cyclone shelters",
  "were sheltering at 24 relief centres", "huddled in about 5,100 shelters", "shifted to 60 shelter homes"): the
  people are ``displaced``, the shelters' figure ``other`` (``counted_shelters``; "centres" alone may be vaccination
  centres, so only "relief" or "evacuation centres" count).

Control rows, where another reading is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # a hospital whose modifier is open: admission
    ("Nine of the miners were admitted to the national hospital in Korvel.", [("hospitalized", "people", 9, 9)]),
    ("Two hikers were flown to the regional trauma center after the rockfall.", [("hospitalized", "people", 2, 2)]),
    (
        "Four passengers from the ferry have been admitted to the university medical centre, a spokeswoman said.",
        [("hospitalized", "people", 4, 4)],
    ),
    (
        "Six workers with severe burns were admitted to the state burn institute on Tuesday.",
        [("hospitalized", "people", 6, 6)],
    ),
    ("Eleven pupils were taken to the central hospital with breathing problems.", [("hospitalized", "people", 11, 11)]),
    # control: a centre that is no hospital (no admission)
    ("About 300 residents were moved to the city centre overnight.", [("other", "residents", 270, 330)]),
    # control: an institute alone names no hospital
    ("The 45 students went to the national institute for the exam.", [("other", "students", 45, 45)]),
    # control: bodies received by a morgue are the dead, no admission
    ("The morgue received 12 bodies from the quarry.", [("killed", "people", 12, 12)]),
    # a force helping with an evacuation: deployed
    ("About 650 soldiers are helping with the evacuation of the delta.", [("deployed", "soldiers", 585, 715)]),
    (
        "Some 120 police officers were assisting with the evacuation, and 38 residents were still missing.",
        [("deployed", "police", 108, 132), ("missing", "people", 38, 38)],
    ),
    (
        "More than 300 firefighters are helping with evacuations along the river.",
        [("deployed", "people", 301, None)],
    ),
    # shelters counted inside the destination: the people are displaced
    (
        "Officials moved 86,400 villagers from the low-lying islands to 1,270 cyclone shelters overnight.",
        [("displaced", "people", 86400, 86400), ("other", "shelters", 1270, 1270)],
    ),
    (
        "About 7,900 people from 2,100 households were sheltering at 31 relief centres on Thursday.",
        [("displaced", "people", 7110, 8690), ("other", "households", 2100, 2100), ("other", "relief centres", 31, 31)],
    ),
    (
        "Nearly 640,000 residents of the delta huddled in about 2,300 shelters as the storm made landfall.",
        [("displaced", "people", 576000, 639999), ("other", "shelters", 2070, 2530)],
    ),
    (
        "Some 12,500 people had been shifted to 60 shelter homes by Tuesday evening.",
        [("displaced", "people", 11250, 13750), ("other", "homes", 60, 60)],
    ),
    # control: people at counted centres of another kind are no evacuees
    (
        "Nurses vaccinated 4,200 children at 35 centres on Saturday.",
        [("other", "children", 4200, 4200), ("other", "centres", 35, 35)],
    ),
    # control: a nearer measure word keeps its figure
    (
        "Gunmen killed 14 people at two relief camps near Dorin.",
        [("killed", "people", 14, 14), ("other", "shelters", 2, 2)],
    ),
    # control: taking part in an operation stays other (the agents may be militants)
    ("Some 40 fighters took part in the operation against the outpost.", [("other", "fighters", 36, 44)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_gaps12(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
