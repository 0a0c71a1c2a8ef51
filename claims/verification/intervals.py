"""Intervals of possible true values, with open or closed ends and infinite bounds.

A claim "more than 2,200 arrested" says X lies in [2201, +inf); "more than 2.5%" says X lies in
(2.5, +inf) because for non-count units extraction keeps n and records strictness in the
qualifier (DESIGN section 4). Verification intersects such intervals and asks whether one
lies inside, meets, or misses another; open ends matter for exactly those strict percentages.

Example::

    >>> c = Interval(18, 18)
    >>> at_least = Interval(18, INF)
    >>> at_most = Interval(-INF, 18)
    >>> at_least.intersect(at_most).within(c)
    True
    >>> at_least.within(c), at_least.overlaps(c)
    (False, True)
    >>> tolerance_interval(2200, "exact", None)
    Interval(lo=2150.0, hi=2250.0, lo_open=False, hi_open=False)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from claims.verification.types import ClaimFacts

INF = math.inf

# Non-count units whose strict qualifiers leave n in the interval as an open end.
_STRICT_LOW_QUALIFIERS = frozenset({"more_than"})
_STRICT_HIGH_QUALIFIERS = frozenset({"less_than", "nearly"})
# Round-number tolerance would be nonsense for shares: "100%" is not 50..150%.
_NO_TOLERANCE_UNITS = frozenset({"percent"})


@dataclass(frozen=True)
class Interval:
    """A set of reals between ``lo`` and ``hi``; infinite ends are always treated as open."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    @property
    def is_empty(self) -> bool:
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open or math.isinf(self.lo)))

    @property
    def is_everything(self) -> bool:
        return self.lo == -INF and self.hi == INF

    @property
    def width(self) -> float:
        """``hi - lo`` (inf when unbounded, 0 for a point); a measure of how informative it is."""
        return self.hi - self.lo if not self.is_empty else 0.0

    def intersect(self, other: Interval) -> Interval:
        if self.lo > other.lo:
            lo, lo_open = self.lo, self.lo_open
        elif other.lo > self.lo:
            lo, lo_open = other.lo, other.lo_open
        else:
            lo, lo_open = self.lo, self.lo_open or other.lo_open
        if self.hi < other.hi:
            hi, hi_open = self.hi, self.hi_open
        elif other.hi < self.hi:
            hi, hi_open = other.hi, other.hi_open
        else:
            hi, hi_open = self.hi, self.hi_open or other.hi_open
        return Interval(lo, hi, lo_open, hi_open)

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both ("meets" in DESIGN section 5)."""
        return not self.intersect(other).is_empty

    def within(self, outer: Interval) -> bool:
        """True when every value of ``self`` lies in ``outer``; an empty interval lies anywhere.

        >>> Interval(18, INF).within(Interval(1, INF)), Interval(0, 5).within(Interval(0, 5, lo_open=True))
        (True, False)
        """
        if self.is_empty:
            return True
        low_ok = self.lo > outer.lo or (self.lo == outer.lo and (self.lo_open or not outer.lo_open or self.lo == -INF))
        high_ok = self.hi < outer.hi or (self.hi == outer.hi and (self.hi_open or not outer.hi_open or self.hi == INF))
        return low_ok and high_ok

    def describe(self, variable: str = "X") -> str:
        """``18 <= X <= 18``, ``X >= 1001``, ``2.5 < X``; numbers without a spurious ``.0``."""
        parts: list[str] = []
        if self.lo != -INF:
            parts.append(f"{_number(self.lo)} {'<' if self.lo_open else '<='} ")
        parts.append(variable)
        if self.hi != INF:
            parts.append(f" {'<' if self.hi_open else '<='} {_number(self.hi)}")
        if len(parts) == 1:
            return f"{variable} unbounded"
        if self.lo != -INF and self.hi == INF:
            return f"{variable} {'>' if self.lo_open else '>='} {_number(self.lo)}"
        return "".join(parts)


MAGNITUDES = Interval(0.0, INF, False, True)
"""The domain every figure lives in: counts, shares and sums are never negative, and extraction
writes 0 as the floor of upper-bounded claims ("fewer than 18" is 0..17)."""


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def round_number_half_unit(value: float) -> float:
    """Half the last significant unit of a round number with two or more trailing zeros, else 0.

    >>> round_number_half_unit(2200), round_number_half_unit(18000), round_number_half_unit(180)
    (50.0, 500.0, 0.0)
    >>> round_number_half_unit(2500000), round_number_half_unit(18.5)
    (50000.0, 0.0)
    """
    if not math.isfinite(value) or not float(value).is_integer() or value == 0:
        return 0.0
    n = abs(int(value))
    trailing = 0
    while n % 10 == 0:
        n //= 10
        trailing += 1
    return 10.0**trailing / 2 if trailing >= 2 else 0.0


def tolerance_interval(value: float, qualifier: str, unit: str | None) -> Interval | None:
    """The interval an ``exact`` round figure stands for, or None when no tolerance applies.

    Our reading of DESIGN section 5: the tolerance belongs to a figure *written as exact*
    (qualifier ``exact``). Every other qualifier already says how wide it is: ``about`` and
    ``nearly`` carry their own width; ``more_than``/``at_least``/``less_than``/``at_most`` are
    one-sided thresholds the writer chose (a reporter writes "more than 2,200" precisely because
    the tally passed that mark), and widening them would only blur what the text says; ranges
    name their ends; vague words have no written number. Percentages get no tolerance.
    """
    if qualifier != "exact" or unit in _NO_TOLERANCE_UNITS:
        return None
    half = round_number_half_unit(value)
    if half == 0:
        return None
    return Interval(float(value) - half, float(value) + half)


def claim_interval(claim: ClaimFacts) -> Interval:
    """The values a claim allows, after round-number tolerance, within :data:`MAGNITUDES`.

    >>> import datetime
    >>> def facts(**kw):
    ...     base = dict(id=1, measure="arrested", subject="people", low=2200, high=2200, qualifier="exact",
    ...                 value=2200, unit=None, as_of=datetime.date(2022, 1, 7), source_id=1,
    ...                 reliability=0.6, article_id=1)
    ...     return ClaimFacts(**{**base, **kw})
    >>> claim_interval(facts()).describe()
    '2150 <= X <= 2250'
    >>> claim_interval(facts(low=2201, high=None, qualifier="more_than")).describe()
    'X >= 2201'
    >>> claim_interval(facts(low=2.5, high=None, qualifier="more_than", value=2.5, unit="percent")).describe()
    'X > 2.5'
    """
    if claim.qualifier == "exact":
        written = claim.value if claim.value is not None else claim.low
        tolerant = tolerance_interval(written, claim.qualifier, claim.unit)
        if tolerant is not None:
            return tolerant.intersect(MAGNITUDES)
    strict = claim.unit is not None
    high = INF if claim.high is None else float(claim.high)
    interval = Interval(
        float(claim.low),
        high,
        lo_open=strict and claim.qualifier in _STRICT_LOW_QUALIFIERS,
        hi_open=high == INF or (strict and claim.qualifier in _STRICT_HIGH_QUALIFIERS),
    )
    return interval.intersect(MAGNITUDES)


def stated_figure(claim: ClaimFacts, interval: Interval) -> float:
    """C's stated figure for the ``outdated`` rule: its high, or its value where high is open.

    The high is taken after tolerance ("2,200" stands for up to 2,250, so a later 2,230 does not
    outdate it); where high is open the written value (2,200 for "more than 2,200") is used.
    """
    if interval.hi != INF:
        return interval.hi
    if claim.value is not None:
        return float(claim.value)
    return float(claim.low)
