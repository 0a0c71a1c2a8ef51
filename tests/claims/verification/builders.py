"""Small builders for verification tests: a claim on a date, with sensible defaults."""

from __future__ import annotations

import datetime
import itertools
import math
from typing import Any

from claims.verification import ClaimFacts

T = datetime.date(2022, 1, 7)
"""The verified claim's date in most tests."""
INF = math.inf

_ids = itertools.count(1000)


def day(offset: int) -> datetime.date:
    return T + datetime.timedelta(days=offset)


def claim(low: float, high: float | None = None, *, qualifier: str | None = None, **overrides: Any) -> ClaimFacts:
    """``claim(18)`` is "18 police killed" on T from a credible source of its own;
    ``claim(18, INF)`` is "at least 18"; ``claim(20, 99, qualifier="vague")`` is "dozens"."""
    stated_high: float | None = low if high is None else (None if high == INF else high)
    if qualifier is None:
        qualifier = "exact" if stated_high == low else ("at_least" if stated_high is None else "range")
    fields: dict[str, Any] = {
        "id": next(_ids),
        "measure": "killed",
        "subject": "police",
        "low": low,
        "high": stated_high,
        "qualifier": qualifier,
        "value": None if qualifier == "vague" else low,
        "unit": None,
        "as_of": T,
        "source_id": next(_ids),
        "reliability": 0.8,
        "article_id": next(_ids),
    }
    fields.update(overrides)
    return ClaimFacts(**fields)
