"""Misread classes found by a fifth audit of English reports (issue 11, helper audit_en5): a figure must not take a
specific measure that is not its own (DESIGN.md 4.1: prefer ``other`` to a wrong measure).

Every sentence is our own (invented places, people and figures); the wordings are those read in wire and broadcast
copy (AP, Reuters, AFP, BBC) on migrant shipwrecks, hurricanes and wildfires, heat waves and war tolls. Each row:
text, then (measure, subject, low, high) for every claim. Control rows, where the specific measure is right, stand
beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # people nouns joined by "and" are counted together: the verb after both is the measure, not the second noun's
    # own ("refugees" is no displacement when they drowned or are missing); a force after other people is not joined
    ("More than 1,300 migrants and refugees drowned in the Aegean last year.", [("killed", "people", 1301, None)]),
    ("Some 85 refugees and migrants remain missing after the dinghy sank.", [("missing", "people", 77, 93)]),
    ("Around 240 migrants and asylum seekers were detained near the border.", [("arrested", "people", 216, 264)]),
    ("Some 4,000 refugees crossed into Chad.", [("displaced", "people", 3600, 4400)]),
    ("About 140 police and soldiers were at the scene.", [("deployed", "security_forces", 126, 154)]),
    # "including n more" takes the new ones out of the total before: its increment; controls: a group included, an
    # addition ("plus four more") that keeps the measure
    (
        "At least 14 people have died, including five more confirmed on Monday.",
        [("killed", "people", 14, None), ("other", "increase", 5, 5)],
    ),
    (
        "Police have detained 230 people, including 40 more overnight.",
        [("arrested", "people", 230, 230), ("other", "increase", 40, 40)],
    ),
    (
        "At least 14 people have died, including five children.",
        [("killed", "people", 14, None), ("killed", "children", 5, 5)],
    ),
    (
        "The quake killed 31 people in Soria, plus four more in Tarna.",
        [("killed", "people", 31, 31), ("killed", "people", 4, 4)],
    ),
    # homes threatened by a fire, or feared destroyed, are no damage done; control: homes destroyed
    (
        "Strong winds pushed the blaze toward Kettle Ridge, where 1,200 more homes were threatened.",
        [("other", "homes", 1200, 1200)],
    ),
    ("Some 340 homes were feared destroyed in the canyon fire.", [("other", "homes", 306, 374)]),
    ("Some 340 homes were destroyed in the canyon fire.", [("damaged", "homes", 306, 374)]),
    # an estimate of stays above the expected count is no admission count; control: people hospitalized
    (
        "The heatwave brought about 2,400 excess hospitalizations across the state.",
        [("other", "excess hospitalizations", 2160, 2640)],
    ),
    ("About 2,400 people were hospitalized during the heatwave.", [("hospitalized", "people", 2160, 2640)]),
    # the missing that searchers have accounted for are found; control: those still unaccounted for
    (
        "Search teams have accounted for 212 people who had been reported missing.",
        [("other", "found", 212, 212)],
    ),
    ("Some 212 people remain unaccounted for.", [("missing", "people", 191, 233)]),
    # "thought to have died", as "believed to have died", is a presumed death; control: a confirmed one
    ("Three climbers are thought to have died in the avalanche.", [("other", "climbers", 3, 3)]),
    ("Three climbers died in the avalanche.", [("killed", "people", 3, 3)]),
    # fresh set 2: a part of the injured "in critical condition" after a participle is a subset (an other-verb after an
    # auxiliary is the predicate); controls: the participle before a hospital stay, the injured themselves
    ("Three of the others injured are in critical condition.", [("other", "in critical condition", 3, 3)]),
    ("Four others injured are in critical condition, doctors said.", [("other", "in critical condition", 4, 4)]),
    ("Forty people injured in the collapse were admitted to hospital.", [("hospitalized", "people", 40, 40)]),
    ("Four others were injured in the collapse.", [("injured", "people", 4, 4)]),
    # fresh set 2: a union of missing and stranded is neither; homes "believed to have been destroyed" are no count of
    # damage yet; control: the missing alone
    (
        "Some 120 residents of Carrow County were still missing or stranded on Sunday.",
        [("other", "missing or stranded", 108, 132)],
    ),
    ("Dozens of homes are believed to have been destroyed near Larkin.", [("other", "homes", 24, 99)]),
    ("Some 120 residents of Carrow County were still missing on Sunday.", [("missing", "people", 108, 132)]),
    # fresh set 2: a death in the ambulance is a death on the way to hospital (a subset); control: a death at home
    (
        "One of the pupils passed away in the ambulance on the way to hospital.",
        [("other", "pupils", 1, 1)],
    ),
    ("Two children died en route to the hospital.", [("other", "children", 2, 2)]),
    ("Two children died in the village.", [("killed", "children", 2, 2)]),
    # fresh set 3: police dogs and horses are animals, never police injured; control: the officers
    ("Two police dogs were also hurt in the clashes.", [("other", "dogs", 2, 2)]),
    (
        "Six police horses were injured and 31 officers hurt.",
        [("other", "horses", 6, 6), ("injured", "police", 31, 31)],
    ),
    ("Two police officers were also hurt in the clashes.", [("injured", "police", 2, 2)]),
    # fresh set 3: a running total of "victims" is the total of the deaths it is brought to by; the new ones are its
    # increment; control: the increment alone keeps its measure
    (
        "Six more deaths were confirmed overnight, bringing the number of victims to 212.",
        [("other", "increase", 6, 6), ("killed", "people", 212, 212)],
    ),
    ("Six more deaths were confirmed overnight.", [("killed", "people", 6, 6)]),
    # fresh set 4: firefighters named as the owners of what burned ("whose homes ...") are no force at work; control:
    # firefighters fighting the blaze
    ("Mendes is among the six volunteer firefighters whose houses burned down.", [("other", "firefighters", 6, 6)]),
    (
        "Dahl is among the 12 firefighters — and dozens of neighbours — whose cabins were lost.",
        [("other", "firefighters", 12, 12), ("other", "neighbours", 24, 99)],
    ),
    ("More than 700 firefighters are battling the blaze.", [("deployed", "people", 701, None)]),
    # fresh set 5: an attempt to kill kills no one, and counts of a charge are no dead; control: the murdered
    (
        "The jury convicted Harlow of murdering nine people and trying to kill 31 others at the depot.",
        [("killed", "people", 9, 9), ("other", "attempted murder", 31, 31)],
    ),
    ("Okafor was found guilty of 48 counts of murder and arson.", []),
    ("Harlow murdered nine people at the depot.", [("killed", "people", 9, 9)]),
    # fresh set 6: one figure for deaths and injuries together counts casualties; control: a figure for each
    ("The surge at the depot led to dozens of deaths and injuries.", [("other", "casualties", 24, 99)]),
    (
        "The surge at the depot led to 11 deaths and 46 injuries.",
        [("killed", "people", 11, 11), ("injured", "people", 46, 46)],
    ),
]

INDONESIAN: list[Any] = [
    # a noun after "dan" that has a figure of its own labels the next item: no joined noun
    (
        "Pengungsi terdiri dari balita 52 jiwa, lansia 21 jiwa dan ibu hamil empat jiwa.",
        [("displaced", "children", 52, 52), ("other", "elderly", 21, 21), ("other", "pregnant women", 4, 4)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_audit_class(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_control(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
