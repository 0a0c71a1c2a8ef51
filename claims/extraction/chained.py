"""Figures chained without commas in speech: "Iya ada tujuh, dua meninggal lima selamat", "tiga tewas empat luka".

A measure word right after one figure and right before the next is the first figure's predicate, not the second's
object, when the second figure has a predicate word of its own right after it ("lima selamat"): a quoted tally
said in one breath, each figure followed by its own word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def said_in_one_breath(s: SentenceView, k: int, later: int) -> bool:
    """The measure word starting at token ``k`` follows a one-word figure directly, and the one-word figure at token
    ``later`` after it has a measure word or an other-verb right after it ("dua meninggal lima selamat").

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure) for c in extract("Dua meninggal lima selamat.", "id")]
    [('Dua', 'killed'), ('lima', 'other')]
    """
    if k == 0 or k - 1 not in s.mention_firsts or later not in s.mention_firsts:
        return False
    return later + 1 < len(s.words) and s.measure_at(later + 1) is not None
