"""Classes that fresh English copy kept missing (issue 11, round 10 wave 2, gaps15en), each read in real reports
first (health-ministry dengue and ILI bulletins, road-safety releases).

Every sentence is our own (invented places, diseases' figures and dates). Readings follow DESIGN.md 4 and 4.1. The
classes:

- the earlier and new values of a tally's change read past the size of the change in percent ("Cholera cases rose
  18 percent, from 2,150 to 2,537", "fell 31 percent year-on-year, from 8,400 in 2023 to 5,796 in 2024", "climbed by
  12 percent, to 672 from 600 last year", "rose 20 percent to 1,900"): both values count the thing noun before the
  verb, as without the size (``percent_changes``: ``[cues] change_size_adverbs``, ``change_size_prepositions``). A
  change whose noun names a measure ("Road deaths fell 9 percent, from 300 to 273") is left to the measure rules,
  and a percent with no change verb before it opens no value.
- the value of a superlative tally after "with" across the words bulletins put between them ("Marlow recorded the
  most reported cases, with 4,310", "the most suspected cholera cases this month with 2,870", "The district with the
  most cases was Upper Tenby with 1,905"): the tally's noun counts it, and the ranked items after it ("followed by
  Kessock with 1,220") are its breakdown by place (``ranked_tallies``); a "with" phrase after a noun that no
  superlative ranks stays an adjunct. The place that opens the sentence as the tally's subject is the value's
  place ("Dunmere has logged the most ... with 2,870": Dunmere).

Control rows, where another reading is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # the values of a change after its size in percent
    (
        "Cholera cases rose 18 percent, from 2,150 to 2,537, over the quarter.",
        [
            ("other", "percent", 18, 18),
            ("other", "cases", 2150, 2150),
            ("other", "cases", 2537, 2537),
        ],
    ),
    (
        "Measles cases fell 31 percent year-on-year, from 8,400 in 2023 to 5,796 in 2024, the agency said.",
        [
            ("other", "percent", 31, 31),
            ("other", "cases", 8400, 8400),
            ("other", "cases", 5796, 5796),
        ],
    ),
    (
        "Typhoid cases also climbed by 12 percent, to 672 from 600 last year.",
        [
            ("other", "percent", 12, 12),
            ("other", "cases", 672, 672),
            ("other", "cases", 600, 600),
        ],
    ),
    (
        "Malaria cases have jumped 40 per cent to 1,470 since January.",
        [("other", "percent", 40, 40), ("other", "cases", 1470, 1470)],
    ),
    # controls: the same change without a size still reads; a percent with no change verb opens no value
    (
        "Cholera cases rose from 2,150 to 2,537.",
        [("other", "cases", 2150, 2150), ("other", "cases", 2537, 2537)],
    ),
    ("The death toll rose 10 percent to 44.", [("other", "percent", 10, 10), ("killed", "people", 44, 44)]),
    # the value of a superlative tally after "with" across a comma, a modifier, a time adjunct or a copula and place
    (
        "Marlow recorded the most reported cases, with 4,310, followed by Kessock (2,015 cases).",
        [("other", "cases", 4310, 4310), ("other", "cases", 2015, 2015)],
    ),
    (
        "Dunmere has logged the most suspected cholera cases this month with 2,870, followed by Ashby with 1,640.",
        [("other", "cases", 2870, 2870), ("other", "cases", 1640, 1640)],
    ),
    (
        "The district with the most cases was Upper Tenby with 1,905, followed by Kessock with 1,220 and Rill with 87.",
        [("other", "cases", 1905, 1905), ("other", "cases", 1220, 1220), ("other", "cases", 87, 87)],
    ),
    # controls: a figure after "with" keeps its own noun, ranked or not
    ("The most flooded villages, with 2,300 residents, lie along the river.", [("other", "residents", 2300, 2300)]),
    ("The clinic dealt with 40 cases of cholera.", [("other", "cases", 40, 40)]),
    ("Turnout was 64 percent, from 3 a.m. onwards.", [("other", "percent", 64, 64)]),
]


test_english_gaps15 = rows_test(ENGLISH, "en")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Dunmere has logged the most suspected cholera cases this month with 2,870, followed by Ashby with 1,640.",
            [(2870, "Dunmere"), (1640, "Ashby")],
        ),
        ("Lower Fenwick had the most reported cases, with 930, officials said.", [(930, "Lower Fenwick")]),
        # control: a common noun subject names no place
        ("The region has the most cases with 410.", [(410, None)]),
    ],
)
def test_superlative_subject_place(text: str, places: list[tuple[int, str | None]]) -> None:
    assert [(int(c.low), c.place) for c in extract(text, "en")] == places
