"""A number after an identifier word that a unit of measure follows is a measurement, no identifier: "ketinggian
gelombang 2 meter hingga 3,5 meter", "gelombang 2 hingga 4 meter" (idm: Basarnas and BMKG lines in beach and boat
searches), where "gelombang 2" alone would be a batch number ("pendaftaran gelombang 2"). The unit may close a range
whose first number stands after the identifier word ("2 hingga 4 meter").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def _past_number(s: SentenceView, k: int) -> int:
    """The token after the number that starts at token ``k`` ("3,5": the glued digits go on)."""
    k += 1
    while k + 1 < len(s.words) and s.kinds[k] == "p" and s.texts[k] in ".," and s.glue[k] and s.kinds[k + 1] == "n":
        k += 2
    return k


def unit_after(s: SentenceView, start: int) -> bool:
    """True when a unit of measure follows the number at token ``start``, or the end of a range it opens.

    >>> from claims.extraction import extract
    >>> [(c.low, c.high, c.subject) for c in extract("Ketinggian gelombang 2 hingga 4 meter.", "id")]
    [(2, 4, 'meters')]
    """
    if s.kinds[start] != "n":
        return False
    lex, words = s.lex, s.words
    k = _past_number(s, start)
    if k < len(words) and words[k] in lex.range_joiners and k + 1 < len(words) and s.kinds[k + 1] == "n":
        k = _past_number(s, k + 1)  # "2 hingga 3,5 meter": the unit closes the range
    return k < len(words) and words[k] in lex.units.firsts and lex.units.match(words, k) is not None
