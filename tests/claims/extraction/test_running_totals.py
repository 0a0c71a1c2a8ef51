"""A figure a later running total is brought from is its increment (DESIGN 4.1: "an increment beside a running
total"), though no "more" or "lagi" marks it: "detained 42 people on Saturday, bringing the total number of arrests
to 1,097" (``increments._brought_to_total``). Controls: a list that sums to its total, a total of another measure,
and a figure that is itself a running total keep their measures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.news_tables import labelled_rows

Row = tuple[str, str, str]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Police arrested 31 people on Friday, bringing the total number of arrests this week to 410.",
        [("31", "other", "increase"), ("410", "arrested", "people")],
    ),
    (
        "en",
        "Divers recovered nine bodies from the ferry on Tuesday, bringing the death toll to 57.",
        [("nine", "other", "increase"), ("57", "killed", "people")],
    ),
    (
        "id",
        "Polisi menangkap 23 pemuda pada Minggu malam, sehingga jumlah yang ditangkap sejak Jumat menjadi 131 orang.",
        [("23", "other", "increase"), ("131", "arrested", "people")],
    ),
    (
        "id",
        "Massa membakar 9 rumah pada Selasa, sehingga jumlah rumah yang dibakar kini mencapai 33 unit.",
        [("9", "other", "increase"), ("33", "damaged", "houses")],
    ),
    # controls
    (
        "id",
        "Polres Kota menangkap 40 orang dan Polres Selatan 25 orang, sehingga total 65 orang.",
        [("40", "arrested", "people"), ("25", "arrested", "people"), ("65", "arrested", "people")],
    ),
    (
        "en",
        "The storm killed 12 people, bringing total casualties to 40.",
        [("12", "killed", "people"), ("40", "other", "people")],
    ),
    (
        "en",
        "The toll rose to 64 on Monday, bringing the total for the month to 300.",
        [("64", "killed", "people"), ("300", "other", "people")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_figure_a_running_total_is_brought_from_is_its_increment(lang: str, text: str, expected: list[Row]) -> None:
    assert labelled_rows(text, lang) == expected
