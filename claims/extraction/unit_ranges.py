"""A range after a change verb, when its second bound carries the unit (Dinkes and hospital copy: "BOR rawat inap
naik 20 sampai 30 persen", "harga naik 10 hingga 15 persen"): "a sampai b persen" after "naik" is the size of the rise
in a range, not an increment then a new total. English "rose by 0.3 to 5.2 percent" is that change, so the joiners
that keep a range there are data (``[cues] unit_range_joiners``; empty in English)."""

from __future__ import annotations

from typing import Final

from claims.extraction.view import SentenceView

JOINERS: Final = "unit_range_joiners"
"""``[cues]``: range joiners that join a range after a change verb when the second bound carries a unit."""


def unit_range(s: SentenceView, joiner: str, unit: str | None) -> bool:
    """The joiner ``joiner`` between two figures after a change verb joins a range: the second bound has a unit."""
    return unit is not None and joiner in s.lex.cue(JOINERS)
