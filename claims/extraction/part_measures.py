"""A part of the patients in care that its own predicate measures otherwise (round 15, misreads by structure).

"One hospital reported 176 patients admitted, of whom at least 46 succumbed", "lima jemaah dirawat di rumah sakit,
termasuk satu jemaah yang mengalami patah tulang": the figure is marked as a part of the figure before it
(``[syntax] inherit_before``: "of whom", "including", "termasuk") and that whole counts people in hospital care; a
measure word of the part's own predicate that names another measure counts only the patients it picks out (those
who died in care, those with a fracture): a subset by where they were (DESIGN 4.1: "died in hospital"), ``other``,
never the total of that measure. Only a whole in care: the part of an injured whole that was admitted or died stays
that measure ("29 were hurt, 18 of whom were still in hospital"; "fourteen were wounded, two of them fatally").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure

_CARE: Final = "hospitalized"
_OWN_WORD_RULES: Final = frozenset({"_word_after", "_word_before", "_verb_before"})
"""The rules that read the part's own measure word (not the whole's: ``_inherited``)."""


def part_of_other_measure(f: Figure, measure: str) -> bool:
    """True when ``f`` is a part, marked before it, of a whole in hospital care, and ``measure`` (another one) came
    from the part's own word."""
    whole = f.antecedent
    if whole is None or not f.m.inherit or f.rule_name not in _OWN_WORD_RULES:
        return False
    return whole.measure == _CARE and measure != _CARE
