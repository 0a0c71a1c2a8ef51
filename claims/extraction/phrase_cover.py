"""A measure word met on a backward scan may be the last word of a longer phrase that starts before it.

"Adapun total korban, baik yang meninggal maupun luka-luka, mencapai 52 orang, dengan rincian 36 TKI dan 16 TKA":
scanning back from the list, "luka-luka" is reached before "baik"; read alone it says injured, but it closes the
phrase "baik yang meninggal maupun luka-luka" (the dead and the injured together, a casualty total), which decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_REACH = 6  # tokens back: the longest measure phrases of the lexicons are about this long


def covering_phrase(s: SentenceView, k: int) -> tuple[int, str] | None:
    """The ``(length, measure)`` of the longest phrase that starts before token ``k`` and runs over it, else None.

    >>> from claims.extraction.lexicon import load_lexicon
    >>> from claims.extraction.view import SentenceView
    >>> text = "korban, baik yang meninggal maupun luka-luka, mencapai 52 orang"
    >>> s = SentenceView(text, 0, len(text), load_lexicon("id"))
    >>> covering_phrase(s, s.words.index("luka-luka"))
    (5, '=casualties')
    >>> covering_phrase(s, s.words.index("korban")) is None
    True
    """
    best: tuple[int, str] | None = None
    for j in range(k - 1, max(-1, k - _REACH), -1):
        found = s.measure_at(j)
        if found is not None and j + found[0] > k and (best is None or found[0] > best[0]):
            best = found
    return best


def measure_over(s: SentenceView, k: int) -> tuple[int, str] | None:
    """The measure at token ``k`` as its sentence reads it: the longest phrase that runs over it from before
    (:func:`covering_phrase`) when one does, else the measure that starts at ``k``; None when ``k`` has none."""
    found = s.measure_at(k)
    return found and (covering_phrase(s, k) or found)
