"""Interval arithmetic: open and infinite ends, intersection and containment."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.verification.intervals import INF, Interval

ends = st.one_of(st.integers(-50, 50).map(float), st.just(INF), st.just(-INF))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    lo, hi = sorted((draw(ends), draw(ends)))
    return Interval(lo, hi, draw(st.booleans()) or math.isinf(lo), draw(st.booleans()) or math.isinf(hi))


def members(interval: Interval) -> list[float]:
    probes = [x / 2 for x in range(-110, 111)]
    return [x for x in probes if _contains(interval, x)]


def _contains(interval: Interval, x: float) -> bool:
    above = x > interval.lo or (x == interval.lo and not interval.lo_open)
    below = x < interval.hi or (x == interval.hi and not interval.hi_open)
    return above and below


@given(intervals(), intervals())
def test_intersection_holds_exactly_the_common_values(a: Interval, b: Interval) -> None:
    both = a.intersect(b)
    assert members(both) == [x for x in members(a) if _contains(b, x)]
    assert both.overlaps(a) == (not both.is_empty)


@given(intervals(), intervals())
def test_within_agrees_with_membership(a: Interval, b: Interval) -> None:
    if a.within(b):
        assert all(_contains(b, x) for x in members(a))
    if all(_contains(b, x) for x in members(a)) and (a.lo == -INF) <= (b.lo == -INF) and (a.hi == INF) <= (b.hi == INF):
        assert a.within(b)


@pytest.mark.parametrize(
    ("interval", "empty"),
    [
        (Interval(18, 18), False),
        (Interval(18, 17), True),
        (Interval(2.5, 2.5, lo_open=True), True),
        (Interval(INF, INF), True),
        (Interval(-INF, INF, True, True), False),
    ],
)
def test_empty(interval: Interval, empty: bool) -> None:
    assert interval.is_empty is empty


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval(18, 18), "18 <= X <= 18"),
        (Interval(1001, INF, False, True), "X >= 1001"),
        (Interval(-INF, 99, True, False), "X <= 99"),
        (Interval(2.5, INF, True, True), "X > 2.5"),
        (Interval(0, 2.5, False, True), "0 <= X < 2.5"),
        (Interval(-INF, INF, True, True), "X unbounded"),
    ],
)
def test_describe(interval: Interval, text: str) -> None:
    assert interval.describe() == text
