"""Helpers shared by the extraction table tests (news constructions, subject labels, running totals)."""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import ExtractedClaim, extract

Row = tuple[Any, ...]


def gap(reason: str, text: str, expected: list[Row]) -> Any:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=False, reason=reason))


def summary(claims: list[ExtractedClaim], expected: list[Row]) -> list[Row]:
    """The claims as rows shaped like ``expected`` (a place only where the row gives one)."""
    with_place = len(expected) == len(claims) and any(len(row) == 5 for row in expected)
    return [
        (c.measure, c.subject, c.low, c.high, c.place) if with_place else (c.measure, c.subject, c.low, c.high)
        for c in claims
    ]


def labelled_rows(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """The claims of ``text`` as (surface, measure, subject) rows, for tables about measures and labels only."""
    return [(c.text, c.measure, c.subject) for c in extract(text, lang)]
