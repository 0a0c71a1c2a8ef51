"""Fractions: read as their value (never as their numerator), claimed as a share of what they count."""

from __future__ import annotations

import datetime

import pytest

from claims.extraction import extract, parse_number
from claims.extraction.lexicon import load_lexicon

TWO_THIRDS = 2 / 3
ONE_THIRD = 1 / 3


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [
        ("a half", "en", 0.5),
        ("one half", "en", 0.5),
        ("half", "en", 0.5),
        ("a third", "en", ONE_THIRD),
        ("one third", "en", ONE_THIRD),
        ("two thirds", "en", TWO_THIRDS),
        ("two-thirds", "en", TWO_THIRDS),
        ("a quarter", "en", 0.25),
        ("three quarters", "en", 0.75),
        ("one fifth", "en", 0.2),
        ("three fifths", "en", 0.6),
        ("one sixth", "en", 1 / 6),
        ("one tenth", "en", 0.1),
        ("three halves", "en", 1.5),
        ("1/40", "en", 0.025),
        ("3/4", "en", 0.75),
        ("half a million", "en", 500_000),
        ("a quarter of a million", "en", 250_000),
        ("two and a half million", "en", 2_500_000),
        ("setengah", "id", 0.5),
        ("separuh", "id", 0.5),
        ("sepertiga", "id", ONE_THIRD),
        ("seperempat", "id", 0.25),
        ("dua pertiga", "id", TWO_THIRDS),
        ("tiga perempat", "id", 0.75),
        ("seperlima", "id", 0.2),
        ("sepersepuluh", "id", 0.1),
        ("1/40", "id", 0.025),
        ("setengah juta", "id", 500_000),
        ("satu setengah juta", "id", 1_500_000),
    ],
)
def test_parse_number_reads_a_fraction_as_its_value(phrase: str, lang: str, expected: float) -> None:
    assert parse_number(phrase, lang=lang) == expected


def test_parse_number_two_thirds_is_the_float_two_thirds_in_both_languages() -> None:
    assert parse_number("two thirds", lang="en") == 0.6666666666666666
    assert parse_number("dua pertiga", lang="id") == 0.6666666666666666


def test_an_older_lexicon_float_fraction_still_reads_as_a_word_alone() -> None:
    lex = load_lexicon("id")
    assert lex.fraction_words["setengah"] == lex.fraction_words["separuh"]
    assert lex.fractions["pertiga"] == 3


Row = tuple[str, float, str | None, str, str | None, float, float | None, str]


def rows(text: str, lang: str) -> list[Row]:
    claims = extract(text, lang, published=datetime.date(2024, 3, 1))
    assert all(text[c.start : c.end] == c.text for c in claims)
    return [(c.text, c.value, c.unit, c.measure, c.subject, c.low, c.high, c.qualifier) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Officials said two thirds of the 450 detainees were released on Friday.",
            "en",
            [
                ("two thirds", TWO_THIRDS, "fraction", "other", "fraction", TWO_THIRDS, TWO_THIRDS, "exact"),
                ("450", 450, None, "arrested", "people", 450, 450, "exact"),
            ],
        ),
        (
            "Half of the 30 houses in the village were destroyed by the flood.",
            "en",
            [
                ("Half", 0.5, "fraction", "other", "fraction", 0.5, 0.5, "exact"),
                ("30", 30, None, "other", "houses", 30, 30, "exact"),
            ],
        ),
        (
            "Nearly one-third of the 1,200 protesters were arrested.",
            "en",
            [
                ("Nearly one-third", ONE_THIRD, "fraction", "other", "fraction", 0.3, ONE_THIRD, "nearly"),
                ("1,200", 1200, None, "participants", "protesters", 1200, 1200, "exact"),
            ],
        ),
        (
            "More than three quarters of residents fled the district.",
            "en",
            [("More than three quarters", 0.75, "fraction", "other", "fraction", 0.75, None, "more_than")],
        ),
        (
            "About 1/4 of the 800 miners were injured.",
            "en",
            [
                ("About 1/4", 0.25, "fraction", "other", "fraction", 0.225, 0.275, "about"),
                ("800", 800, None, "other", "miners", 800, 800, "exact"),
            ],
        ),
        (
            "Two-thirds of them were children, the ministry said.",
            "en",
            [("Two-thirds", TWO_THIRDS, "fraction", "other", "fraction", TWO_THIRDS, TWO_THIRDS, "exact")],
        ),
        (
            "Half a million people fled the fighting.",
            "en",
            [("Half a million", 500_000, None, "displaced", "people", 500_000, 500_000, "exact")],
        ),
        (
            "Sepertiga korban adalah anak-anak.",
            "id",
            [("Sepertiga", ONE_THIRD, "fraction", "other", "fraction", ONE_THIRD, ONE_THIRD, "exact")],
        ),
        (
            "Dua pertiga dari 2.000 pengungsi sudah kembali ke rumah.",
            "id",
            [
                ("Dua pertiga", TWO_THIRDS, "fraction", "other", "fraction", TWO_THIRDS, TWO_THIRDS, "exact"),
                ("2.000", 2000, None, "displaced", "people", 2000, 2000, "exact"),
            ],
        ),
        (
            "Setengah dari warga desa itu mengungsi.",
            "id",
            [("Setengah", 0.5, "fraction", "other", "fraction", 0.5, 0.5, "exact")],
        ),
        (
            "Hampir separuh dari 400 tahanan dibebaskan.",
            "id",
            [
                ("Hampir separuh", 0.5, "fraction", "other", "fraction", 0.45, 0.5, "nearly"),
                ("400", 400, None, "other", "detainees", 400, 400, "exact"),
            ],
        ),
        (
            "Tiga perempat warga mengungsi.",
            "id",
            [("Tiga perempat", 0.75, "fraction", "other", "fraction", 0.75, 0.75, "exact")],
        ),
        (
            "Setengah juta orang mengungsi akibat banjir.",
            "id",
            [("Setengah juta", 500_000, None, "displaced", "people", 500_000, 500_000, "exact")],
        ),
    ],
)
def test_a_fraction_of_something_counted_is_a_share_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The chance is exactly one sixth.", "en"),
        ("Is three halves more than one?", "en"),
        ("A third suspect was arrested on Monday.", "en"),
        ("A fifth person died in hospital.", "en"),
        ("The team lost in the second half of the season.", "en"),
        ("Bendera dikibarkan setengah tiang.", "id"),
        ("Tim itu lolos ke babak seperempat final.", "id"),
        ("Rapat dimulai pukul setengah delapan.", "id"),
    ],
)
def test_a_bare_fraction_or_a_word_that_is_not_one_is_no_claim(text: str, lang: str) -> None:
    assert rows(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The hotline is open 24/7 and 2,977 people were killed on 9/11.",
            "en",
            [("2,977", 2977, None, "killed", "people", 2977, 2977, "exact")],
        ),
        (
            "On 7/1/2022 police arrested 164 protesters.",
            "en",
            [("164", 164, None, "arrested", "protesters", 164, 164, "exact")],
        ),
        ("The 9/11 victims were remembered.", "en", []),
        (
            "The home side won 3-1 before 20,000 fans.",
            "en",
            [("20,000", 20000, None, "other", "fans", 20000, 20000, "exact")],
        ),
        (
            "Menurut Pasal 2 ayat 1/2, 5 orang ditahan.",
            "id",
            [("5", 5, None, "arrested", "people", 5, 5, "exact")],
        ),
        (
            "Berdasarkan UU No. 11/2020, 12 pekerja diberhentikan.",
            "id",
            [("12", 12, None, "other", "workers", 12, 12, "exact")],
        ),
        (
            "Warga RT 03/05 mengungsi setelah 7 rumah rusak.",
            "id",
            [("7", 7, None, "damaged", "houses", 7, 7, "exact")],
        ),
        (
            "Setengah jam kemudian 5 orang tewas.",
            "id",
            [("5", 5, None, "killed", "people", 5, 5, "exact")],
        ),
    ],
)
def test_dates_scores_identifiers_and_clock_times_are_not_fractions(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
