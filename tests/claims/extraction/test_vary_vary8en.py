"""The same construction dressed as real English copy (issue 11, round 8 robustness): material that wire and local
reports wrap around a figure sentence must not break the reach between the figure and its measure word, nor turn
its own numbers into counts.

The sentences are our own (invented people, places and figures). Each row: the text, then ``(surface, measure,
low, high)`` for every claim the sentence makes, in order. Controls keep the readings the rules must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract

ROWS: list[Any] = [
    # a house number before a street's name, the hundred-block of US police copy: addresses, no counts
    (
        "Nine tenants of the building on 27 Orchard Lane were still missing late on Friday, the fire chief said.",
        [("Nine", "missing", 9, 9)],
    ),
    (
        "Two men were wounded when shots were fired in the 2300 block of Kessler Road shortly after midnight.",
        [("Two", "injured", 2, 2)],
    ),
    ("A gas blast at 118 Fenwick Street injured five people.", [("five", "injured", 5, 5)]),
    # controls: a count before a capitalised noun that is no street, blocks that are counted
    (
        "Floodwaters cut off 14 Marlow villages, and 300 people were evacuated.",
        [("14", "other", 14, 14), ("300", "displaced", 300, 300)],
    ),
    ("The quake destroyed 40 blocks of flats in the old town.", [("40", "damaged", 40, 40)]),
    # the victims' ages between commas: a span or a list of ages, and the predicate after them
    (
        "Eleven workers, ranging in age from 19 to 52, were injured when the scaffolding gave way.",
        [("Eleven", "injured", 11, 11)],
    ),
    ("Four climbers, aged 23, 27, 30 and 41, remain missing on the glacier.", [("Four", "missing", 4, 4)]),
    ("Two soldiers, aged 20 and 22, were killed by the mine.", [("Two", "killed", 2, 2)]),
    # a breakdown by group set off by dashes or brackets after the noun phrase it breaks down
    (
        "The injured — 17 men, nine women and four children — were taken to two hospitals.",
        [("17", "injured", 17, 17), ("nine", "injured", 9, 9), ("four", "injured", 4, 4), ("two", "other", 2, 2)],
    ),
    (
        "Those detained (23 men and five women) were released on bail on Sunday.",
        [("23", "arrested", 23, 23), ("five", "arrested", 5, 5)],
    ),
    (
        "The passengers \u2013 31 men and 12 women \u2013 drowned when the barge capsized.",
        [("31", "killed", 31, 31), ("12", "killed", 12, 12)],
    ),
    # an aside set off by dashes between the noun and its relative clause: the relative clause is still the noun's
    (
        "Rescuers sought the 23 hikers \u2014 most of them students \u2014 who went missing on the ridge.",
        [("23", "missing", 23, 23)],
    ),
    (
        "About 60 people - many of them elderly - who were evacuated on Monday returned home on Thursday.",
        [("About 60", "other", 54, 66)],
    ),
    # a long relative clause between commas names the measure; the predicate after it names none
    (
        "The six guards, who were injured when inmates set fire to mattresses in the east wing, will be questioned.",
        [("six", "injured", 6, 6)],
    ),
    (
        "The 14 fishermen, who had been detained by the coastguard off Keelan Point in May, are due home on Monday.",
        [("14", "arrested", 14, 14)],
    ),
    # controls: the predicate after the aside wins; a relative clause with a figure of its own is no measure
    (
        "Nine miners, who were trapped for two days in a flooded shaft near Orvel, were hospitalized on Sunday.",
        [("Nine", "hospitalized", 9, 9)],
    ),
    (
        "Police named 10 suspects, who said that 3 had been arrested in the raid, on Friday.",
        [("10", "other", 10, 10), ("3", "arrested", 3, 3)],
    ),
    # a grade of damage after a part, as an adverb phrase; a verb phrase of arson; a change "risen by"
    (
        "The cyclone damaged 2,400 houses, 310 of them beyond repair.",
        [("2,400", "damaged", 2400, 2400), ("310", "other", 310, 310)],
    ),
    ("Protesters set alight 17 police vehicles outside the court.", [("17", "damaged", 17, 17)]),
    (
        "The number of people detained has risen by 85 to 1,140, the ministry said.",
        [("85", "other", 85, 85), ("1,140", "arrested", 1140, 1140)],
    ),
    # a restatement between commas takes the predicate after the closing comma; households stay other
    (
        "The mudslide drove 540 families, or about 2,100 people, from their homes.",
        [("540", "other", 540, 540), ("about 2,100", "displaced", 1890, 2310)],
    ),
    (
        "Organisers said 90 households, or 380 residents, had been evacuated by boat.",
        [("90", "other", 90, 90), ("380", "displaced", 380, 380)],
    ),
    # the active voice of "treated for injuries"; a crowd verb
    ("Medics treated 31 fans for minor injuries after the crush.", [("31", "injured", 31, 31)]),
    (
        "About 8,000 people packed the streets of the old town for the vigil.",
        [("About 8,000", "participants", 7200, 8800)],
    ),
    # the dot of an abbreviation inside a name ends no clause, and the name keeps it
    (
        "The crash injured 41 people: 25 in Port Ellis, 10 in St. Kilda and 6 in Marrow Bay.",
        [("41", "injured", 41, 41), ("25", "injured", 25, 25), ("10", "injured", 10, 10), ("6", "injured", 6, 6)],
    ),
    ("About 2,300 people living near Mt. Halvar were evacuated on Sunday.", [("About 2,300", "displaced", 2070, 2530)]),
    ("Sgt. Mina Torres said 14 people were arrested outside the stadium.", [("14", "arrested", 14, 14)]),
    # a distance that sizes where the counted people live stands in no one's way
    (
        "Some 900 villagers living within a 5-km radius of the crater have fled.",
        [("Some 900", "displaced", 810, 990), ("5-km", "other", 5, 5)],
    ),
    # the first clock time of a time range is no count
    ("Patrols stopped three boats between 1 and 3 a.m. near the river.", [("three", "other", 3, 3)]),
    # a fact-box line with dashes, a headline in the present tense, a strike verb
    (
        "Dead \u2014 9 | Injured \u2014 31 | Evacuated \u2014 1,200",
        [("9", "killed", 9, 9), ("31", "injured", 31, 31), ("1,200", "displaced", 1200, 1200)],
    ),
    ("Quake Death Toll Climbs to 118", [("118", "killed", 118, 118)]),
    ("About 6,000 nurses walked off the job on Monday.", [("About 6,000", "participants", 5400, 6600)]),
    # a dash aside between a tally and its change verb; a list of names inside a comma aside; a child's age
    (
        "The number of arrests \u2014 which includes those held for looting \u2014 stood at 230 on Friday.",
        [("230", "arrested", 230, 230)],
    ),
    (
        "About 700 volunteers, drawn from Tarvin, Oakley and Brisk, were deployed to fill sandbags.",
        [("About 700", "deployed", 630, 770)],
    ),
    ("Nine people, among them a boy of 4, were injured in the blast.", [("Nine", "injured", 9, 9)]),
    # a time adverb after a whole's participle; a relative clause between commas inside a list by place
    (
        "Of the 35 arrests made so far, 20 were in Lisford and 15 in Carrow.",
        [("35", "arrested", 35, 35), ("20", "arrested", 20, 20), ("15", "arrested", 15, 15)],
    ),
    (
        "The floods killed 17 people: 12 in Ostrava, where the river burst its banks, and five in Brno.",
        [("17", "killed", 17, 17), ("12", "killed", 12, 12), ("five", "killed", 5, 5)],
    ),
    # control: a clause with a figure of its own after the relative word ends the list
    (
        "The floods killed 17 people: 12 in Ostrava, where 300 homes were flooded, and a driver in Brno.",
        [("17", "killed", 17, 17), ("12", "killed", 12, 12), ("300", "other", 300, 300)],
    ),
    # the tally as the object of the change verb, the increment after it
    (
        "The coroner raised the number of dead by 6, to 88, on Wednesday.",
        [("6", "other", 6, 6), ("88", "killed", 88, 88)],
    ),
    # control: a part of a figure in brackets stays a subset
    (
        "Police arrested 9 suspects (3 of them teenagers) on Tuesday.",
        [("9", "arrested", 9, 9), ("3", "other", 3, 3)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_material_around_the_figure(text: str, expected: list[tuple[str, str, float, float | None]]) -> None:
    assert [(c.text, c.measure, c.low, c.high) for c in extract(text, "en")] == expected
