"""A measure phrase takes no later figure that is an amount of a unit (issue 11, round 16, r16cid).

Blast and fire copy grades a burn by its extent right after the grade: "dua di antaranya menderita luka bakar serius
hingga 70 persen" (Kompas Pasuruan "luka bakar hingga 80 persen", Poskota "dua orang luka bakar 80 persen", Tribun
Kaltim "luka bakar 95 persen"). A measure phrase right before a figure is that figure's ("menewaskan 5 orang"), but
a share of the body, a depth or an area is no count the phrase can measure: the phrase stays with the people before
it ("dua ... luka bakar serius": seriously injured), and the amount keeps its unit. Only the units of an extent,
``[cues] extent_units`` (a share: a magnitude after a phrase of another noun, "pascagempa berkekuatan 6,3 SR", still
ends the phrase's reach); the figure may open with a qualifier ("hingga", "sekitar", "lebih dari").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_QUALIFIER_REACH: Final = 3  # words of a qualifier before the number ("tidak kurang dari")


def amount_at(s: SentenceView, first: int) -> bool:
    """True when the figure that starts at token ``first`` is a number with a unit of an extent after it."""
    k, n, words = first, len(s.words), s.words
    while k < n and k - first < _QUALIFIER_REACH and s.kinds[k] == "w":
        k += 1
    if k >= n or s.kinds[k] != "n":
        return False
    k += 1
    while k + 1 < n and s.kinds[k] == "p" and s.texts[k] in ".," and s.glue[k] and s.kinds[k + 1] == "n":
        k += 2  # "70,5 persen": the glued digits go on
    unit = s.lex.units.match(words, k) if k < n and words[k] in s.lex.units.firsts else None
    return unit is not None and unit[1] in s.lex.cue("extent_units")
