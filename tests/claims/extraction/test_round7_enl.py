"""Round 7 in English copy as it comes (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/enl1.json`` ..., labelled before any run: shootings, fires, protests, evacuations), fixed as rules of the
language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high) for every claim. The classes:

- "and" joins number words only after "hundred" or a scale word ("two hundred and five", "a thousand and one"): in
  "aged three, eight and ten" the words are a list, no 810 (``numbers._add_word``);
- every number of a list of ages is an age, as the first after "aged" is ("children aged three, eight and ten",
  "victims aged 19, 24 and 31") (``age_lists.listed_age``);
- people a verb before the figure moves "from their homes", "out of their homes" are displaced ("the storm drove
  400,000 people from their homes", "forced 3,000 residents from their homes"), while a rescue verb keeps its own
  reading (``[measures] displaced``);
- "partially destroyed", "partly destroyed" are a grade of damage, a subset (``other``), as "partially damaged" is
  (``[other_verbs]``);
- people who "died in evacuation shelters", "in evacuation centres" are a part by where they died (``other``), as
  those who died in hospital are (``[other_verbs]``);
- a force that "hurried to the scene", "raced to the scene", "rushed to the spot" was sent, as one that "rushed to the
  scene" (``[measures] deployed``);
- a part of a count set off by commas with an article before its noun ("two people, one of them a police officer,
  were hurt") is a group part as "two of them soldiers" is, so the verb after it reaches the count
  (``clauses._group_count_at``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # a list of ages after "aged", in words and in digits
    (
        "The flood swept away five villagers, including three boys aged four, six and nine.",
        [("other", "villagers", 5, 5), ("other", "boys", 3, 3)],
    ),
    ("Police arrested three men aged 19, 24 and 31.", [("arrested", "men", 3, 3)]),
    # control: a list of counts with no age word stays a list of counts
    (
        "At least 4, 7 and 9 people died in the three districts.",
        [
            ("killed", "people", 4, None),
            ("killed", "people", 7, 7),
            ("killed", "people", 9, 9),
            ("other", "districts", 3, 3),
        ],
    ),
    # control: "and" after "hundred" still joins
    ("Two hundred and six families fled the fighting.", [("other", "households", 206, 206)]),
    # a verb of force before the figure, "from their homes" after its noun
    ("The cyclone drove some 85,000 villagers from their homes.", [("displaced", "people", 76500, 93500)]),
    ("Shelling has forced 6,200 residents out of their homes in a week.", [("displaced", "people", 6200, 6200)]),
    # control: a rescue verb before the figure keeps the rescue reading
    ("Boat crews rescued 48 people from their homes overnight.", [("other", "rescued", 48, 48)]),
    # a grade of damage in quake tallies
    (
        "The tremor partially destroyed about 2,600 houses in the valley.",
        [("other", "partially damaged houses", 2340, 2860)],
    ),
    ("Nine clinics were partly destroyed.", [("other", "clinics", 9, 9)]),
    # control: both grades together are the total
    ("The quake partially or completely destroyed 9,400 homes.", [("damaged", "homes", 9400, 9400)]),
    # deaths in shelters after a quake
    (
        "Another 23 people died in evacuation shelters in the weeks after the quake.",
        [("other", "died in shelters", 23, 23)],
    ),
    # a force hurrying to a crash or blast
    (
        "Nearly 90 policemen and villagers rushed to the spot after the jeep overturned.",
        [("deployed", "police", 81, 89)],
    ),
    ("Some 30 firefighters raced to the scene.", [("deployed", "people", 27, 33)]),
    # control: a vehicle that rushed there is a thing, no force of people
    ("Three ambulances hurried to the scene.", [("other", "ambulances", 3, 3)]),
    # a part with an article before its noun, between the count and its verb
    (
        "Four hikers, one of them a soldier, were injured by the rockfall.",
        [("injured", "people", 4, 4), ("injured", "soldiers", 1, 1)],
    ),
    ("Three villagers, one of them a child, drowned.", [("killed", "people", 3, 3), ("killed", "children", 1, 1)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_round7_enl_english(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
