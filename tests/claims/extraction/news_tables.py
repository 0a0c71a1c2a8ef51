"""Helpers shared by the news-construction tables (test_news_constructions_id.py, _en.py)."""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import ExtractedClaim

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
