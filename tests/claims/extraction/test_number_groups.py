"""Digit figures with scale words and smaller groups after them, and abbreviated scales (parse_number)."""

from __future__ import annotations

import pytest

from claims.extraction import extract, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("7 hundred", 700),
        ("45 hundred", 4500),
        ("1.5 hundred", 150),
        ("6 thousand 2 hundred", 6200),
        ("5 hundred and 8", 508),
        ("9 thousand 4 hundred and 12", 9412),
        ("2 hundred and seven", 207),
        ("3mil", 3000000),
        ("4MM", 4000000),
        ("12 bln", 12000000000),
        ("5 dzs", 60),
        ("seven dozs", 84),
    ],
)
def test_digit_groups_and_abbreviated_scales(phrase: str, value: int) -> None:
    assert parse_number(phrase, "en") == value


def test_and_after_a_scale_larger_than_hundred_does_not_join_two_figures() -> None:
    claims = extract("The storm destroyed 3 thousand and 40 schools closed.", "en")
    assert [c.low for c in claims] == [3000, 40]
