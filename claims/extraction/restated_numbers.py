"""A number in words in brackets right after the same number in digits, as police releases and court copy write it
("Sebanyak 5 (lima) orang tewas", "12 (dua belas) unit sepeda motor": issue 11, round 8): one figure, whose noun
phrase goes on after the brackets."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
