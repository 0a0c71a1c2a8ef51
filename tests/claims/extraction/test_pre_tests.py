"""The extractor's pre-tests (cheap tests that let it skip a scan or a loop) never change what it finds.

Each pre-test is checked two ways: the whole extractor with the pre-tests switched off (every digit scan from the
sentence start with the Unicode patterns, every measure window looked through, every article read as a possible
figure) gives the same
claims as with them on, over the project's own test sentences read in both languages; and each pre-test is held
against the plain form it stands for on generated input.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import NATIVE_BUILD, extract, view
from claims.extraction.dates import _AM_PM_HINT, _NUMERIC_DATE_HINT, _patterns, find_date_spans, plain_ascii
from claims.extraction.extractor import _BINARY
from claims.extraction.lexicon import load_lexicon
from claims.extraction.mentions import _counts_after_article, _number_mention
from claims.extraction.sentences import TokenColumns, token_columns
from claims.extraction.view import _PHONE_HINT, _PHONE_HINT_ASCII, SentenceView
from tests.claims.extraction import (
    test_constructions_en,
    test_constructions_id,
    test_extract,
    test_news_constructions_en,
    test_news_constructions_id,
    test_newsroom,
)

_DIGIT = re.compile(r"\d")


class _EveryWord(frozenset[str]):
    """A word set that holds every word: the measure-window pre-test then never skips."""

    def __contains__(self, item: object) -> bool:
        return True


def _plain_first_digit(text: str, start: int, end: int, columns: TokenColumns) -> int:
    """The sentence start when it has a digit (every digit scan then runs from there), else ``end``."""
    return start if _DIGIT.search(text, start, end) else end


def _switch_off(patch: pytest.MonkeyPatch) -> None:
    """The extractor with its pre-tests off."""
    tables_for = view.tables_for
    patch.setattr(view, "first_digit", _plain_first_digit)
    patch.setattr(view, "plain_ascii", lambda text, start, end: False)
    patch.setattr(
        view,
        "tables_for",
        lambda lex: dataclasses.replace(tables_for(lex), measure_lasts=_EveryWord(), plain_articles=frozenset()),
    )


@pytest.fixture
def plain(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch_off(monkeypatch)


def _first(row: Any) -> str:
    values = row.values if hasattr(row, "values") else row  # a pytest.param row (a known gap) or a tuple
    text = values[0]
    assert isinstance(text, str)
    return text


def _sentences() -> Iterator[str]:
    for module in (test_extract, test_newsroom):
        yield from (_first(row) for row in module.INDONESIAN + module.ENGLISH)
    for table in (test_constructions_id.CASES, test_constructions_en.CASES):
        yield from (_first(row) for row in table)
    for table in (test_news_constructions_id.ALL, test_news_constructions_en.ALL):
        yield from (_first(row) for row in table)


SENTENCES = list(dict.fromkeys(_sentences()))
EXTRA = [
    "Pukul 10.30 WIB, 12 orang tewas; hubungi +62 812-3456-7890 atau (021) 555-0199 pada 3/4/2024.",
    "At 9:45 a.m. on 2024-03-05, 7 people died and 40 were hurt, police said at 4pm; call 555-0100.",
    "Sebanyak 40 orang di tahan dan 3 orang tewas, kata polisi, Senin 4 Maret 2024.",
    "Longsor di Bukit Lelawa merenggut nyawa 12 penambang dan membuat 40 orang kehilangan tempat tinggal.",
    "A third of the 90 huts and a hundred homes burned; an hour later a dozen more, a half of them empty.",
]


def _readings() -> list[tuple[tuple[str, str], ...]]:
    return [
        tuple((lang, repr([c.to_dict() for c in extract(text, lang)])) for lang in ("id", "en"))
        for text in SENTENCES + EXTRA
    ]


def test_the_tables_give_many_sentences() -> None:
    assert len(SENTENCES) > 400


# Switching the pre-tests off patches module functions, which the compiled build (``make native``) calls directly;
# ``make test`` runs this module on the pure modules too (FACTCHECK_NATIVE=0).
pure_only = pytest.mark.skipif(NATIVE_BUILD is not None, reason="patches the pure modules; FACTCHECK_NATIVE=0 runs it")


@pure_only
def test_pre_tests_never_change_the_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _readings()
    with monkeypatch.context() as patch:
        _switch_off(patch)
        assert view.first_digit is _plain_first_digit
        slow = _readings()
    assert view.first_digit is not _plain_first_digit
    assert fast == slow


@pure_only
def test_the_plain_extractor_still_finds_claims(plain: None) -> None:
    claims = extract("Sebanyak 40 orang di tahan dan 3 orang tewas pukul 10.30 WIB.", "id")
    assert [(c.text, c.measure, c.low) for c in claims] == [("40", "arrested", 40), ("3", "killed", 3)]


# -- each pre-test against its plain form --------------------------------------------------------------------------
DIGIT_TEXT = st.text(alphabet="0123456789.,:/-+( )apmAPM \t\u0663\u00a0xyJanMei", max_size=30)


@settings(max_examples=500, deadline=None)
@given(DIGIT_TEXT, st.integers(0, 4), st.integers(0, 4))
def test_scans_from_the_first_digit_find_what_scans_from_the_start_find(text: str, start: int, cut: int) -> None:
    end = max(start, len(text) - cut)
    digit = view.first_digit(text, start, end, token_columns(text, start, end))
    first = _DIGIT.search(text, start, end)
    assert digit == (first.start() if first is not None else end)
    for code in ("id", "en"):
        lex = load_lexicon(code)
        for pattern in _patterns(lex).digit_first | {_AM_PM_HINT, _NUMERIC_DATE_HINT}:
            whole = [m.span() for m in pattern.finditer(text, start, end)]
            assert [m.span() for m in pattern.finditer(text, digit, end)] == whole
        words = frozenset(token_columns(text, start, end).words)
        assert find_date_spans(text, start, end, lex, words, digit) == find_date_spans(text, start, end, lex, words)
    phone = _PHONE_HINT.search(text, start, end) is not None
    assert phone == (digit < end and _PHONE_HINT.search(text, max(start, digit - 1), end) is not None)


def _measure_ending_at_plain(s: SentenceView, j: int) -> tuple[int, str] | None:
    """Every window that could end at token j, looked through: the form measure_ending_at stands for."""
    for k in range(max(0, j + 1 - s.tables.longest_measure), j + 1):
        found = s.measure_at(k) if k == j or s.words[k] in s.tables.measure_firsts else None
        if found is not None and found[0] == j + 1 - k:
            return k, found[1]
    return None


def _pieces(code: str) -> list[str]:
    """Whole measure and other-verb phrases, their words one by one, split prefixes and a few other words."""
    lex = load_lexicon(code)
    phrases = [
        " ".join(words)
        for table in (lex.measures, lex.other_verbs)
        for entries in table._by_first.values()
        for words, _ in entries
    ]
    words = lex.measures.all_words() | lex.other_verbs.all_words() | lex.split_prefixes
    return sorted(phrases) + sorted(words) + ["korban", "people", "the", "of", "7", ",", "di", "tahan", "lives"]


PIECES = {code: _pieces(code) for code in ("id", "en")}


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["id", "en"]), st.data())
def test_a_measure_ending_at_a_token_is_the_one_every_window_finds(code: str, data: st.DataObject) -> None:
    text = " ".join(data.draw(st.lists(st.sampled_from(PIECES[code]), min_size=1, max_size=5)))
    s = SentenceView(text, 0, len(text), load_lexicon(code))
    for j in range(len(s.words)):
        assert s.measure_ending_at(j) == _measure_ending_at_plain(s, j)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="ab 1.\t\n\x01\x07\x1c\x7f\x85\x9f\ufffd\ue000\u00e9\u2028", max_size=20))
def test_a_printable_text_without_replacement_characters_has_no_binary_ones(text: str) -> None:
    if text.isprintable() and "\ufffd" not in text:
        assert _BINARY.findall(text) == []


ARTICLE_WORDS = ["a", "an", "one", "hundred", "third", "thirds", "half", "dozen", "millions", "of", "the", "homes", "7"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ARTICLE_WORDS), min_size=1, max_size=6))
def test_an_article_skipped_as_no_figure_reads_as_no_figure(words: list[str]) -> None:
    text = " ".join(words)
    s = SentenceView(text, 0, len(text), load_lexicon("en"))
    for i, word in enumerate(s.words):
        if word in s.tables.plain_articles and not _counts_after_article(s, i):
            assert _number_mention(s, i) == (None, i + 1)


PLAIN_PIECES = [
    *("Monday", "senin", "Mar", "March", "Mei", "pukul", "WIB", "a.m.", "pm", "7", "12:30", "3/4/2024", "2024-03-05"),
    *("+62", "555-0100", "(021)", "-", ".", ",", " ", "\t", "\x1c", "\x85", "\u00a0", "\u0663", "\u017f", "\u212a"),
    *("\u0130", "\u0131", "\u00e9", "hari ini", "yesterday", "kemarin", "x"),
]
PLAIN_TEXT = st.lists(st.sampled_from(PLAIN_PIECES), max_size=12).map("".join)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match is not None else None


@settings(max_examples=600, deadline=None)
@given(PLAIN_TEXT, st.integers(0, 3), st.integers(0, 3))
def test_the_ascii_patterns_find_over_plain_ascii_text_what_the_unicode_ones_find(
    text: str, start: int, cut: int
) -> None:
    end = max(start, len(text) - cut)
    plain = plain_ascii(text, start, end)
    assert plain == all(ch in "\t\n\x0b\x0c\r" or " " <= ch <= "~" for ch in text[max(start - 1, 0) : end])
    columns = token_columns(text, start, end)
    words, digit = frozenset(columns.words), view.first_digit(text, start, end, columns)
    for code in ("id", "en"):
        lex = load_lexicon(code)
        expected = find_date_spans(text, start, end, lex, words, digit)
        assert find_date_spans(text, start, end, lex, words, digit, plain) == expected
        if plain:
            assert find_date_spans(text, start, end, lex, words, digit, True) == expected
    if plain:
        assert _span(_PHONE_HINT_ASCII.search(text, start, end)) == _span(_PHONE_HINT.search(text, start, end))
