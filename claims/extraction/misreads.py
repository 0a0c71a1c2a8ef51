"""Final checks of measure resolution: readings that would give a figure a wrong specific measure (DESIGN 4.1:
prefer ``other`` to a wrong measure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction import clauses

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

TURNOUT_MEASURES = frozenset({"deployed", "participants"})
"""Measures that count a group turning out or sent on its own: never people counted by what they are ("pilgrims",
"pasien", "pemudik"), whom a verb of sending or crowding moves ("sent 241,000 pilgrims", "RSUD dipadati 300 pasien")."""


def wrong_measure(f: Figure, measure: str) -> bool:
    """True when ``measure`` (named by a rule for ``f``) must yield to ``other``."""
    if clauses.unknown_object(f.m, measure, f.cls):
        return True  # "sent 200 samples"
    return measure in TURNOUT_MEASURES and f.head is not None and f.head.civil
