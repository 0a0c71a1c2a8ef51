"""Misread classes found by a fourth audit of English reports (issue 11, helper audit_en4): a figure must not take a
specific measure that is not its own (DESIGN.md 4.1: prefer ``other`` to a wrong measure).

Every sentence is our own (invented places, people and figures); the wordings are those read in the English of South
and Southeast Asian and African newsrooms: bus plunges, temple stampedes, hooch tragedies, mosque bombings, factory
fires, typhoon bulletins (NDRRMC), cult clashes and FIRs against crowds. Each row: text, then (measure, subject, low,
high) for every claim. Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract, parse_number
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # "claimed n lives" keeps its dead when an injury word follows for others; control: the lives alone
    (
        "The blaze at the tannery claimed 14 lives and left several others injured.",
        [("killed", "people", 14, 14)],
    ),
    ("The landslide claimed 9 lives in Koshipur.", [("killed", "people", 9, 9)]),
    ("Volunteers saved 40 lives during the flood.", [("other", "survivors", 40, 40)]),
    # "the death of n injured" counts the dead; control: the injured themselves
    (
        "Doctors at the district hospital confirmed the death of at least 8 injured in the explosion.",
        [("killed", "people", 8, None)],
    ),
    ("Quick thinking by the driver averted the deaths of 40 passengers.", [("other", "passengers", 40, 40)]),
    ("At least 8 injured in the explosion were brought to the district hospital.", [("injured", "people", 8, None)]),
    # people "sent" for treatment or to their deaths are no force deployed; control: police sent to a district
    (
        "Four people have been sent to Rampur and 9 to the medical college for treatment.",
        [("other", "patients referred to hospital", 4, 4), ("other", "patients referred to hospital", 9, 9)],
    ),
    ("The crush sent scores of pilgrims tumbling to their deaths.", [("killed", "people", 24, 99)]),
    ("The state government sent 600 police to the district.", [("deployed", "police", 600, 600)]),
    ("Four patients were sent to Rampur for treatment.", [("other", "patients", 4, 4)]),
    # an autopsy counts the bodies examined, not a force
    ("Doctors conducted post-mortem of two persons and sent samples for testing.", [("other", "autopsies", 2, 2)]),
    # a grade "in a critical condition" picks a subset; control: the injured total
    (
        "The toll may rise as six injured persons are in a critical condition.",
        [("other", "in critical condition", 6, 6)],
    ),
    ("Six persons were injured in the collapse.", [("injured", "people", 6, 6)]),
    # a negated stay counts nobody in hospital; control: those hospitalised
    ("Nine people did not require to be hospitalised.", [("other", "not hospitalized", 9, 9)]),
    ("Nine people were hospitalised.", [("hospitalized", "people", 9, 9)]),
    ("Nine passengers did not need to be hospitalized.", [("other", "passengers", 9, 9)]),
    # deaths still being verified are a subset of a bulletin's toll; control: the toll
    (
        "Meanwhile, 7 fatalities are being validated: four in Caraga and three in Region 8.",
        [("other", "unverified", 7, 7), ("other", "unverified", 4, 4), ("other", "unverified", 3, 3)],
    ),
    ("The reported deaths from the storm have climbed to 15.", [("killed", "people", 15, 15)]),
    # "shot up to" and "touched" give the new total; the increment is other
    (
        "The hooch death toll has shot up to 31 after six more people died on Sunday.",
        [("killed", "people", 31, 31), ("other", "increase", 6, 6)],
    ),
    ("The death toll in the tragedy touched seven on Friday.", [("killed", "people", 7, 7)]),
    # an FIR or a booking charges people: no arrest and no turnout; control: the arrests beside it
    (
        "While about 450 persons have been booked, police have arrested 32 persons so far.",
        [("other", "charged", 405, 495), ("arrested", "people", 32, 32)],
    ),
    ('The officer said, "The FIR was registered against 8,000 people."', [("other", "charged", 8000, 8000)]),
    (
        "An FIR was registered on Monday against 9,500 people for clashing with police during a rally in Dumka.",
        [("other", "charged", 9500, 9500)],
    ),
    (
        "Police registered a case against 60 people and arrested 14.",
        [("other", "charged", 60, 60), ("arrested", "people", 14, 14)],
    ),
    ("About 9,500 people joined the rally in Dumka.", [("participants", "people", 8550, 10450)]),
    # fresh set 2: a zero after a list counts none of the figures before it; control: the deaths of a list
    (
        "In Morogoro there were 19 new cases, 7 discharges and 12 bedridden patients with no deaths.",
        [("other", "cases", 19, 19), ("other", "discharged patients", 7, 7), ("other", "patients", 12, 12)],
    ),
    ("In Morogoro there were 19 new cases and 2 deaths.", [("other", "cases", 19, 19), ("killed", "people", 2, 2)]),
    # evacuees allowed home are returnees, a subset of the displaced; control: the evacuees themselves
    ("The last 27 flood evacuees have been allowed to return to their homes.", [("other", "evacuees", 27, 27)]),
    ("A total of 2,310 flood evacuees are at relief centres in Pahang.", [("displaced", "people", 2310, 2310)]),
    # people sent to relief centres are displaced, not deployed; control: volunteers sent there
    (
        "The rising river sent 12,480 people in all to relief centres.",
        [("displaced", "people", 12480, 12480)],
    ),
    ("The agency sent 90 volunteers to the relief centres.", [("deployed", "people", 90, 90)]),
    # incidents are never damaged things; a union of missing and trapped is neither
    ("Police said 312 incidents of arson were recorded overnight.", [("other", "incidents", 312, 312)]),
    ("Rescuers said 23 people were missing or trapped in the rubble.", [("other", "missing or trapped", 23, 23)]),
    ("Rescuers said 23 people were missing.", [("missing", "people", 23, 23)]),
    # lakh and crore, and digits grouped by them, are read at their value (a misread value is a misread figure)
    ("About 4 lakh people were evacuated from the coast.", [("displaced", "people", 360_000, 440_000)]),
    (
        "Over 12 lakh people were affected in 21 districts.",
        [("other", "people", 1_200_001, None), ("other", "districts", 21, 21)],
    ),
    ("The floods affected 1.5 crore people.", [("other", "people", 15_000_000, 15_000_000)]),
    ("As many as 2,14,306 patients were admitted to hospitals this year.", [("hospitalized", "people", 0, 214_306)]),
    ("The authority said 68,42,117 people have been affected.", [("other", "people", 6_842_117, 6_842_117)]),
    ("The authority said 6,842,117 people have been affected.", [("other", "people", 6_842_117, 6_842_117)]),
    # fresh set 2 after the lakh fix: patients who recovered are a subset of the admitted; control: bodies recovered
    (
        "Some 1,84,220 out of the hospitalized patients, however, recovered during the year.",
        [("other", "recovered", 165_798, 202_642)],
    ),
    ("Divers recovered 11 bodies during the search.", [("killed", "people", 11, 11)]),
    # a projection is no count yet (no claim, or `other` projected as the enf corpus labels it); controls: the toll
    # reached, a hedged past count
    ("The number of the dead is expected to exceed 4,000.", []),
    ("Officials fear the toll may rise to 120.", [("other", "projected", 120, 120)]),  # a projection, as in enf
    ("The death toll, which could still rise, reached 64.", [("killed", "people", 64, 64)]),
    ("Police said 30 people may have been killed.", [("killed", "people", 30, 30)]),
    # a month is a time, never a place; control: a list by district keeps its places
    (
        "Some 1,906 people were admitted to hospitals in September, compared to 1,120 in August.",
        [("hospitalized", "people", 1716, 2096, None), ("hospitalized", "people", 1120, 1120, None)],
    ),
    (
        "Nine people died in Sylhet and four in Khulna.",
        [("killed", "people", 9, 9, "Sylhet"), ("killed", "people", 4, 4, "Khulna")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_audit_class(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("3,11,014", 311_014), ("57,51,938", 5_751_938), ("1,00,00,000", 10_000_000), ("12,345", 12_345)],
)
def test_south_asian_digit_grouping(text: str, value: int) -> None:
    assert parse_number(text, "en") == value


@pytest.mark.parametrize("text", ["1,2,3", "12,34", "123,45,678"])
def test_broken_grouping_is_no_number(text: str) -> None:
    assert parse_number(text, "en") != int(text.replace(",", ""))
