"""Number reading: digits by language, words, scales, money, ordinals, round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from claims.extraction import is_ordinal, parse_number, parse_ordinal

TRILLION = 10**12


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [
        ("4.750", "id", 4750),
        ("4,75", "id", 4.75),
        ("3,25 juta", "id", 3_250_000),
        ("Rp 7,5 triliun", "id", 7_500_000_000_000),
        ("Rp 1.034,5 miliar", "id", 1_034_500_000_000),
        ("empat puluh tujuh", "id", 47),
        ("sembilan belas", "id", 19),
        ("sebelas", "id", 11),
        ("seratus", "id", 100),
        ("seribu dua ratus", "id", 1200),
        ("delapan ratus ribu", "id", 800_000),
        ("sejuta", "id", 1_000_000),
        ("dua ratus lima puluh juta", "id", 250_000_000),
        ("4,750", "en", 4750),
        ("4.75", "en", 4.75),
        ("3.25 million", "en", 3_250_000),
        ("$7.5 billion", "en", 7_500_000_000),
        ("forty-seven", "en", 47),
        ("nineteen", "en", 19),
        ("a hundred", "en", 100),
        ("two hundred and six", "en", 206),
        ("five thousand three hundred", "en", 5300),
        ("one point five million", "en", 1_500_000),
        ("a dozen", "en", 12),
        ("three dozen", "en", 36),
        ("9k", "en", 9000),
        ("minus 40", "en", -40),
        ("negatif 7", "id", -7),
    ],
)
def test_parse_number_reads_phrase(phrase: str, lang: str, expected: float) -> None:
    assert parse_number(phrase, lang) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("", "id"),
        ("orang", "id"),
        ("tiga orang", "id"),
        ("people", "en"),
        ("2/0", "en"),
        ("dua tiga", "id"),
    ],
)
def test_parse_number_refuses_non_numbers(phrase: str, lang: str) -> None:
    assert parse_number(phrase, lang) is None


def test_separators_follow_the_language() -> None:
    assert parse_number("1.500", "id") == 1500
    assert parse_number("1.500", "en") == 1.5
    assert parse_number("1,500", "en") == 1500
    assert parse_number("1,500", "id") == 1.5


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [
        ("ke-7", "id", 7),
        ("ketujuh", "id", 7),
        ("Kedua puluh", "id", 20),
        ("pertama", "id", 1),
        ("7th", "en", 7),
        ("seventh", "en", 7),
        ("thirty-second", "en", 32),
        ("1st", "en", 1),
    ],
)
def test_ordinals_are_recognised(phrase: str, lang: str, expected: int) -> None:
    assert parse_ordinal(phrase, lang) == expected
    assert is_ordinal(phrase, lang)
    assert parse_number(phrase, lang) == expected  # the rank; extract() never makes it a claim


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("tujuh dolar", 7), ("Rp. 450,00", 450), ("IDR 12.500", 12500), ("EUR5,50", 5.5), ("40 rupiah", 40)],
)
def test_money_phrases_read_as_their_amount(phrase: str, expected: float) -> None:
    assert parse_number(phrase, "id") == pytest.approx(expected)


# -- round trips ------------------------------------------------------------------------------------
_ID_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def indonesian_words(n: int) -> str:
    """Our own spelling of n in Indonesian words (independent of num2words)."""
    if n == 0:
        return "nol"
    scales = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu")]
    parts: list[str] = []
    for size, name in scales:
        count, n = divmod(n, size)
        if count:
            parts.append("seribu" if size == 1000 and count == 1 else f"{_below_thousand(count)} {name}")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    out: list[str] = []
    if hundreds:
        out.append("seratus" if hundreds == 1 else f"{_ID_UNITS[hundreds]} ratus")
    if rest:
        tens, unit = divmod(rest, 10)
        if rest == 10:
            out.append("sepuluh")
        elif rest == 11:
            out.append("sebelas")
        elif tens == 1:
            out.append(f"{_ID_UNITS[unit]} belas")
        else:
            if tens:
                out.append(f"{_ID_UNITS[tens]} puluh")
            if unit:
                out.append(_ID_UNITS[unit])
    return " ".join(out)


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


integers = st.integers(min_value=0, max_value=TRILLION)


@settings(max_examples=300, deadline=None)
@given(integers)
def test_indonesian_digits_round_trip(n: int) -> None:
    assert parse_number(grouped(n, "."), "id") == n
    assert parse_number(str(n), "id") == n


@settings(max_examples=300, deadline=None)
@given(integers)
def test_english_digits_round_trip(n: int) -> None:
    assert parse_number(grouped(n, ","), "en") == n
    assert parse_number(str(n), "en") == n


@settings(max_examples=300, deadline=None)
@given(integers)
def test_indonesian_words_round_trip(n: int) -> None:
    assert parse_number(indonesian_words(n), "id") == n
    assert parse_number(num2words(n, lang="id"), "id") == n


@settings(max_examples=300, deadline=None)
@given(integers)
def test_english_words_round_trip(n: int) -> None:
    assert parse_number(num2words(n, lang="en"), "en") == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=1, max_value=9))
def test_decimal_with_scale_round_trip(whole: int, tenth: int) -> None:
    assert parse_number(f"{whole},{tenth} juta", "id") == (whole * 10 + tenth) * 100_000
    assert parse_number(f"{whole}.{tenth} million", "en") == (whole * 10 + tenth) * 100_000


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("($99.99)", -99.99),
        ("$-99.99", -99.99),
        ("three million, two hundred & forty", 3_000_240),
        ("10 000 dollars", 10_000),
    ],
)
def test_money_signs_and_spaced_groups_read_like_quantulum3(phrase: str, value: float) -> None:
    assert parse_number(phrase, "en") == value
