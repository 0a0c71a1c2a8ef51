"""English news constructions of DESIGN.md section 4.1, one table row per construction.

Sentences of our own (invented places and figures). Each row: text, then (surface, measure, subject, low, high,
qualifier, place) per claim, in order.
"""

from __future__ import annotations

import pytest

from claims.extraction import ExtractedClaim, extract

Row = tuple[str, str, str | None, float | None, float | None, str, str | None]


def rows(claims: list[ExtractedClaim]) -> list[Row]:
    return [(c.text, c.measure, c.subject, c.low, c.high, c.qualifier, c.place) for c in claims]


CASES: list[tuple[str, list[Row]]] = [
    # the figure is the predicate of a subject that names the measure
    (
        "The death toll from the blast at the market climbed to 31 on Monday.",
        [("31", "killed", "people", 31, 31, "exact", None)],
    ),
    # fact-box lines
    (
        "Dead: 9; Injured: 40; Missing: 3.",
        [
            ("9", "killed", "people", 9, 9, "exact", None),
            ("40", "injured", "people", 40, 40, "exact", None),
            ("3", "missing", "people", 3, 3, "exact", None),
        ],
    ),
    # a list by place after a measured figure: every item, the first included, takes its place
    (
        "At least 300 people were arrested in Dunmore, 80 in Halbrook and a dozen in Petra.",
        [
            ("At least 300", "arrested", "people", 300, None, "at_least", "Dunmore"),
            ("80", "arrested", "people", 80, 80, "exact", "Halbrook"),
            ("a dozen", "arrested", "people", 12, 12, "exact", "Petra"),
        ],
    ),
    # "n in PLACE" items after a total: the total has no place; lower-case place words stay in the name
    (
        "About 2,100 deaths were reported: 1,600 in Veridan province and 500 in Oskar.",
        [
            ("About 2,100", "killed", "people", 1890, 2310, "about", None),
            ("1,600", "killed", "people", 1600, 1600, "exact", "Veridan province"),
            ("500", "killed", "people", 500, 500, "exact", "Oskar"),
        ],
    ),
    # a breakdown by sex and age inside brackets
    (
        "Officials confirmed 30 deaths (four girls, two boys, 10 women and 14 men).",
        [
            ("30", "killed", "people", 30, 30, "exact", None),
            ("four", "killed", "children", 4, 4, "exact", None),
            ("two", "killed", "children", 2, 2, "exact", None),
            ("10", "killed", "women", 10, 10, "exact", None),
            ("14", "killed", "men", 14, 14, "exact", None),
        ],
    ),
    # an item with a predicate of its own is no item of the list
    (
        "Scores of homes were destroyed and 35 schools closed after the cyclone.",
        [("Scores", "damaged", "homes", 24, 99, "vague", None), ("35", "other", "schools", 35, 35, "exact", None)],
    ),
    # an increment beside a running total
    (
        "Divers recovered four more bodies, bringing the toll to 52.",
        [("four", "other", "increase", 4, 4, "exact", None), ("52", "killed", "people", 52, 52, "exact", None)],
    ),
    # "more" with no total beside it is no increment
    (
        "Some 4,000 refugees crossed the border, and hundreds more were displaced inside the country.",
        [
            ("Some 4,000", "displaced", "people", 3600, 4400, "about", None),
            ("hundreds", "displaced", "people", 200, 999, "vague", None),
        ],
    ),
    # vague words
    (
        "Several hundred protesters marched on the ministry.",
        [("Several hundred", "participants", "protesters", 200, 999, "vague", None)],
    ),
    (
        "More than a dozen people were detained.",
        [("More than a dozen", "arrested", "people", 13, None, "more_than", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_construction(text: str, expected: list[Row]) -> None:
    claims = extract(text, "en")
    assert rows(claims) == expected
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_officers_beside_a_police_word_are_police() -> None:
    [claim] = extract("Police said 19 officers were hurt during the march.", "en")
    assert (claim.measure, claim.subject) == ("injured", "police")


def test_a_typo_in_a_long_measure_word_is_read_as_the_word() -> None:
    [claim] = extract("Eleven people were hospitlized after the fire.", "en")
    assert claim.measure == "hospitalized"


def test_a_real_word_near_a_measure_word_is_not_corrected() -> None:
    [claim] = extract("The plant hired 40 skilled workers.", "en")
    assert claim.measure == "other"


def test_a_number_too_large_for_a_float_is_dropped_alone() -> None:
    huge = "1" + "0" * 400
    claims = extract(f"The report listed {huge} deaths and 7 people injured.", "en")
    assert [(c.text, c.measure) for c in claims] == [("7", "injured")]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Floodwater stood 14 feet deep in the lower town.", "14 feet", "feet"),
        ("The blaze has scorched 2,300 square miles.", "2,300 square miles", "square miles"),
        ("Crews cleared debris from 40 square kilometres of farmland.", "40 square kilometres", "square km"),
    ],
)
def test_a_non_count_unit_is_never_a_count_of_people(text: str, surface: str, unit: str) -> None:
    [claim] = extract(text, "en")
    assert (claim.text, claim.measure, claim.unit) == (surface, "other", unit)


def test_a_part_named_by_a_group_keeps_the_measure_and_one_named_otherwise_is_other() -> None:
    claims = extract("Police arrested 40 people, including six foreign nationals and two lawyers.", "en")
    assert [(c.text, c.measure, c.subject) for c in claims][:2] == [
        ("40", "arrested", "people"),
        ("six", "arrested", "foreigners"),
    ]


def test_the_whole_named_by_a_participle_keeps_its_measure_and_the_part_its_own() -> None:
    claims = extract("Nine of the 35 people admitted to hospital were in a serious condition.", "en")
    assert [(c.text, c.measure) for c in claims] == [("Nine", "other"), ("35", "hospitalized")]


def test_a_measure_idiom_of_four_words_before_the_figure() -> None:
    [claim] = extract("The landslide claimed the lives of at least 9 people.", "en")
    assert (claim.measure, claim.low) == ("killed", 9)


def test_a_clause_after_while_is_no_item_of_the_list_before() -> None:
    claims = extract("At least 12 police officers were killed, while dozens of people died in Varna.", "en")
    assert [(c.measure, c.subject, c.place) for c in claims] == [
        ("killed", "police", None),
        ("killed", "people", None),
    ]


def test_the_main_verb_after_a_relative_clause_names_the_measure() -> None:
    [claim] = extract("Forty youths who had joined the protest were arrested near the station.", "en")
    assert claim.measure == "arrested"
