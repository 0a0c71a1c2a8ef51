"""A number in words in brackets right after the same number in digits, as police releases and court copy write it
("Sebanyak 5 (lima) orang tewas", "12 (dua belas) unit sepeda motor": issue 11, round 8): one figure, whose noun
phrase goes on after the brackets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.numbers import read_words_in

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.numbers import Reading
    from claims.extraction.view import SentenceView


def past_restatement(s: SentenceView, m: Mention, inner: Reading | None) -> None:
    """Extend the figure ``m`` over its restatement in brackets (``inner``: the number read after the "(" at
    ``m.num_end``), when it states the same value and the ")" closes it."""
    close = inner.end if inner is not None else -1
    if m.value is None or close < 0 or close >= len(s.words) or s.words[close] != ")" or inner is None:
        return
    if inner.value == m.value and inner.words and m.last == m.num_end:
        m.last = m.num_end = close + 1


def past_digit_restatement(s: SentenceView, m: Mention) -> None:
    """The other order, as BNPB rundowns and regional desks write it ("enam (6) orang meninggal", "satu (1) masih
    dalam pencarian": round 11, h16id_b): a number in words, then the same number in digits in brackets."""
    k = m.num_end
    if m.value is None or m.last != k or k + 2 >= len(s.words) or s.texts[k] != "(" or s.texts[k + 2] != ")":
        return
    if _digits_value(s, k + 1) == m.value:
        m.last = m.num_end = k + 3


def restates_words_before(s: SentenceView, reading: Reading, start: int) -> bool:
    """The bracketed digits at ``start`` ("(6)") restate the number in words that ends right before the "(":
    no figure of their own."""
    if start < 2 or s.kinds[start] != "n" or reading.end >= len(s.texts) or s.texts[reading.end] != ")":
        return False
    for k in range(max(0, start - 5), start - 1):
        before = read_words_in(s.columns, k, s.lex)
        if before is not None and before.end == start - 1:  # not a name in the sentence: "Kecamatan Lima (5)"
            return before.value == reading.value and (k == 0 or not s.texts[k][0].isupper())
    return False


def _digits_value(s: SentenceView, k: int) -> int | None:
    text = s.texts[k].replace(s.lex.thousands_separator, "") if s.kinds[k] == "n" else ""
    return int(text) if text.isdigit() else None
