"""The earlier value of a change whose new value carries a unit (hospital and Dinkes copy: "BOR rawat inap naik dari
60 menjadi 80-90 persen", "positivity rate turun dari 22 menjadi 15 persen"): the bare earlier value is of that unit
too, so no people measure before it ("rawat inap") counts it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure

_GAP: Final = 2
"""Tokens from the earlier value's end to the new value: "60 menjadi 80", "60 to 85"."""


def earlier_of_unit(f: Figure) -> bool:
    """Figure ``f`` stands after "dari" / "from" with no unit, and a change word ("menjadi") or a range joiner leads
    at once to a figure with a unit (module docstring)."""
    s, m = f.s, f.m
    if m.unit is not None or m.first == 0 or s.words[m.first - 1] not in s.lex.range_from:
        return False
    k = m.num_end
    if k >= len(s.words) or (s.words[k] not in s.lex.change_words and s.words[k] not in s.lex.range_joiners):
        return False
    after = next((o for o in f.mentions if o.first > k), None)
    return after is not None and after.unit is not None and after.first - k <= _GAP
