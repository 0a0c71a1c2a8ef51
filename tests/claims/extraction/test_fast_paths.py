"""The extractor's fast paths find exactly what the plain forms they replace find.

Each fast form (a reordered regular expression, a pre-filter, a memo) is checked against the plain form
on generated input, so that a speed-up can never drop or add a claim.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract
from claims.extraction.dates import _NOT_PLAIN_ASCII, NUMERIC_DATE, NUMERIC_DATE_PLAIN, plain_ascii
from claims.extraction.lexicon import PhraseTable, load_lexicon
from claims.extraction.sentences import (
    _TOKEN_TEXT,
    SENTENCE_END,
    SENTENCE_END_PLAIN,
    columns_by_characters,
    columns_of,
    split_sentences,
    token_columns,
    tokenize,
    tokens_of,
)
from claims.extraction.view import _PHONE, _numbers_close
from claims.extraction.view import tables_for as _tables

# characters that matter to the patterns, plus letters, digits and a few non-ASCII ones
SENTENCE_CHARS = ".!?\u2026\n \t\"'\u201d\u2019»)]ab1(\r\u00a0"
DATE_CHARS = "0123456789-/., a\u0663"
TOKEN_CHARS = "aZ09.,'\u2019-_ \t\n$(%\u00e9\u0130\u03a3\u0663\u00b2\u2160\x0b\x0c\r\x1c\x85\u00a0\u2028\u3000"


def kind_of(ch: str) -> str:
    return "n" if ch.isdecimal() else "w" if ch.isalnum() else "p"


def spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos)]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=SENTENCE_CHARS, max_size=40))
def test_fast_sentence_end_pattern_matches_the_plain_one(text: str) -> None:
    assert spans(re.compile(SENTENCE_END), text) == spans(re.compile(SENTENCE_END_PLAIN), text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=DATE_CHARS, max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_fast_numeric_date_pattern_matches_the_plain_one(text: str, pos: int, cut: int) -> None:
    fast, plain = re.compile(NUMERIC_DATE), re.compile(NUMERIC_DATE_PLAIN)
    endpos = max(pos, len(text) - cut)
    assert spans(fast, text, pos, endpos) == spans(plain, text, pos, endpos)


def test_numeric_date_pattern_examples() -> None:
    text = "Kamis (6/1/2022), 2022-01-07, 7.1.2022, 1.6/1/2022 dan 12/3"
    assert [text[s:e] for s, e in spans(re.compile(NUMERIC_DATE), text)] == ["6/1/2022", "2022-01-07", "7.1.2022"]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=TOKEN_CHARS, max_size=40), st.integers(0, 4), st.integers(0, 4))
def test_tokenizer_columns_agree_with_the_plain_token_pattern(text: str, start: int, cut: int) -> None:
    end = max(start, len(text) - cut)
    columns = token_columns(text, start, end)
    texts, words, kinds, starts, ends, glue = columns
    assert texts == _TOKEN_TEXT.findall(text, start, end)
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == texts
    assert words == [t.lower() for t in texts]
    assert kinds == [kind_of(t[0]) for t in texts]
    assert glue[1:] == [starts[k] == ends[k - 1] for k in range(1, len(texts))]
    tokens = tokenize(text, start, end)
    assert tokens == tokens_of(columns)
    assert columns_of(tokens) == columns


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=TOKEN_CHARS, max_size=40), st.integers(0, 4), st.integers(0, 4))
def test_tokenizer_read_by_characters_agrees_with_the_plain_token_pattern(text: str, start: int, cut: int) -> None:
    # the compiled build reads the tokens character by character; pure Python through the scan pattern
    end = max(start, len(text) - cut)
    texts, words, kinds, starts, ends, glue = columns_by_characters(text, start, end)
    assert texts == _TOKEN_TEXT.findall(text, start, end)
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == texts
    assert words == [t.lower() for t in texts]
    assert kinds == [kind_of(t[0]) for t in texts]
    assert glue == [False] + [starts[k] == ends[k - 1] for k in range(1, len(texts))]


def test_tokenizer_read_by_characters_examples() -> None:
    text = "Sebanyak 1.250,5 ton O\u2019Brien-nya ke-3 (\u0663\u0661 \u00b2x)__\u3000\u00e9t\u00e9"
    texts, _, kinds, starts, ends, glue = columns_by_characters(text, 0, len(text))
    assert texts[:8] == ["Sebanyak", "1.250,5", "ton", "O\u2019Brien-nya", "ke", "-", "3", "("]
    assert texts[8:] == ["\u0663\u0661", "\u00b2x", ")", "_", "_", "\u00e9t\u00e9"]
    assert "".join(kinds) == "wnwwwpnpnwpppw"
    assert glue == [False] * 5 + [True, True, False, True, False, True, True, True, False]
    assert (starts[1], ends[1]) == (9, 16)
    assert columns_by_characters("  ", 0, 2) == ([], [], [], [], [], [False])
    greek = "\u039f\u0394\u039f\u03a3 \u039f\u0394\u039f\u03a3."  # a final sigma lower-cases to \u03c2
    assert columns_by_characters(greek, 0, len(greek)).words == [w.lower() for w in greek[:-1].split()] + ["."]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="0123456789 -+()x.\n", max_size=40))
def test_a_phone_number_needs_two_close_number_tokens(text: str) -> None:
    # the view skips the phone scans when no number token stands within three tokens of another
    if _PHONE.search(text) is not None:
        assert _numbers_close(token_columns(text).kinds)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab1 .\t\n\r\x0b\x7f\x00~\u00e9\u2019", max_size=30), st.integers(0, 4), st.integers(0, 4))
def test_plain_ascii_fast_path_agrees_with_its_pattern(text: str, start: int, cut: int) -> None:
    end = max(start, len(text) - cut)
    assert plain_ascii(text, start, end) == (_NOT_PLAIN_ASCII.search(text, max(start - 1, 0), end) is None)


def test_tokenizer_kinds_and_glue() -> None:
    texts, words, kinds, starts, ends, glue = token_columns("Rp2,5 juta-an, \u0130stanbul")
    assert texts == ["Rp", "2,5", "juta-an", ",", "\u0130stanbul"]
    assert kinds == ["w", "n", "w", "p", "w"]
    assert (starts, ends) == ([0, 2, 6, 13, 15], [2, 5, 13, 14, 23])
    assert words[-1] == "\u0130stanbul".lower()
    assert glue == [False, True, False, True, False]


@settings(max_examples=2000, deadline=None)
@given(st.characters(exclude_categories=["Cs"]))
def test_lower_casing_keeps_the_kind_of_a_character(ch: str) -> None:
    # the candidate pre-filter reads a token's kind from its lower-case text
    assert kind_of(ch.lower()[0]) == kind_of(ch)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TOKEN_CHARS + "sebelas twenty dozens a", max_size=40))
def test_candidate_filter_keeps_every_number_token(text: str) -> None:
    for code in ("en", "id"):
        candidate = _tables(load_lexicon(code)).candidate
        columns = token_columns(text)
        words, kinds = columns.words, columns.kinds
        for word, kind in zip(words, kinds, strict=True):
            if kind == "n":
                assert candidate[word]
            if kind == "p":
                assert not candidate[word]


def test_candidate_filter_keeps_number_words_and_vague_quantities() -> None:
    candidate = _tables(load_lexicon("en")).candidate
    assert [candidate[w] for w in ("twenty-three", "dozens", "a", "2,200", "people", ",")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["lebih", "dari", "us", "$", "rp", ".", "5", "x", "di", "atas"]), max_size=8))
def test_phrase_table_fast_match_agrees_with_the_general_one(words: list[str]) -> None:
    table = PhraseTable(
        [("lebih dari", "more_than"), ("lebih", "more_than"), ("di atas", "more_than"), ("us$", "USD"), ("rp.", "IDR")]
    )
    no_alternatives = [frozenset[str]() for _ in words]
    for i in range(len(words) + 1):
        assert table.match(words, i) == table.match(words, i, no_alternatives)
    for end in range(len(words) + 1):
        found = table.match_ending(words, end)
        if end == 0 or words[end - 1] not in table.lasts:
            assert found is None  # what callers rely on to skip the call


def test_sentences_without_attribution_words_get_none() -> None:
    claims = extract("18 people were killed in the clashes on Friday.", "en")
    assert [(c.text, c.measure, c.attributed_to) for c in claims] == [("18", "killed", None)]
    said = extract("18 people were killed, police said.", "en")
    assert [(c.text, c.attributed_to) for c in said] == [("18", "police")]


def test_split_sentences_with_the_fast_end_pattern() -> None:
    text = "Dua tewas. Tiga hilang!\nEmpat \u201cluka.\u201d Lima ... enam?"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Dua tewas.",
        "Tiga hilang!",
        "Empat \u201cluka.\u201d",
        "Lima ... enam?",
    ]
