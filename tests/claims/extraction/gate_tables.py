"""Helpers shared by the gate table tests (``test_gates_gate*``): the measure of each figure, read by its surface."""

from __future__ import annotations

from claims.extraction import extract

Expected = list[tuple[str, str | None]]
Row = tuple[str, Expected]


def measures(text: str, lang: str) -> list[tuple[str, str]]:
    """The claims of ``text`` as (surface, measure) pairs, in order."""
    return [(c.text, c.measure) for c in extract(text, lang)]


def check(text: str, expected: Expected, lang: str = "en", *, fold_case: bool = True) -> None:
    """Each surface has the measure given; None: no claim with a specific measure (other, or no claim at all)."""
    got = {(surface.lower() if fold_case else surface): measure for surface, measure in measures(text, lang)}
    for surface, measure in expected:
        if measure is None:
            assert got.get(surface) in (None, "other"), (surface, got)
        else:
            assert got.get(surface) == measure, (surface, got)
