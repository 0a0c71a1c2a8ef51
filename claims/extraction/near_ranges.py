"""Two neighbouring counts joined by "or" are one rough range (issue 11, round 10, h15en_b).

Wire and regional copy guesses a count with two neighbouring numbers: "compared with two or three squadrons in normal
times", "three or four people were hurt", "one or two shops were looted". Read as two figures, the guess gives two
exact claims (2 and 3), one of them always wrong. A joiner of alternatives (``[cues] near_range_joiners``: "or")
joins a range only when the second number is the next one after the first: "2 or 3" is a guess, "5 or 50" and
"12 or 20" are alternatives (or a correction) and stay two figures.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_NEXT: Final = Decimal(1)  # the second number of a guess is the next one: "two or three"


def near_joiner(s: SentenceView, j: int) -> bool:
    """The token ``j`` is a joiner of alternatives that may join a guessed range ("two or three")."""
    return s.words[j] in s.lex.cue("near_range_joiners")


def range_joiner_at(s: SentenceView, k: int) -> bool:
    """The token ``k`` after a figure may join a range: a range joiner ("to", "and" after "between") or one of
    alternatives ("or")."""
    word, lex = s.words[k], s.lex
    return word in lex.range_joiners or word in lex.range_between_joiners or near_joiner(s, k)


def bounds_apart(s: SentenceView, j: int, value: Decimal, second: Decimal) -> bool:
    """The figures around the joiner at ``j`` bound no range: the second is below the first ("30 to 12"), or the
    joiner is one of alternatives and they are no neighbours ("5 or 50"): two figures."""
    return second < value or (near_joiner(s, j) and second - value != _NEXT)
