"""What one evidence claim E says about X, the true value of claim C at C's date t.

This is the table of DESIGN section 5, one function per axis. Scope is subject and place
together (:func:`scope_relation`); the measure's kind (:func:`~claims.verification.types.measure_kind`)
picks the column; E's date te against t picks the cell:

========  ============================  ======================  =============================
E's scope cumulative (killed, injured,  stock (missing,         occasion (participants,
          arrested, damaged)            displaced, hosp.,       other)
                                        deployed)
========  ============================  ======================  =============================
same      te < t: X >= E.low;           te = t: E.low <= X <=   abs(te - t) <= window:
          te = t: E.low <= X <= E.high; E.high; else none       E.low <= X <= E.high; else none
          te > t: X <= E.high
broader   te >= t: X <= E.high          te = t: X <= E.high     within the window: X <= E.high
narrower  te <= t: X >= E.low           te = t: X >= E.low      within the window: X >= E.low
========  ============================  ======================  =============================

E's interval is taken after round-number tolerance, like C's. An older figure of a stock never
constrains a newer one: the stock may have changed since.

Example::

    >>> import datetime
    >>> jan7 = datetime.date(2022, 1, 7)
    >>> c = constraint_for("killed", "narrower", claim_date=jan7, evidence_date=jan7,
    ...                    evidence=Interval(18, INF), window_days=1)
    >>> c.interval.describe(), c.when
    ('X >= 18', 'same day')
    >>> constraint_for("killed", "broader", claim_date=jan7, evidence_date=datetime.date(2022, 1, 6),
    ...                evidence=Interval(18, 18), window_days=1) is None
    True
    >>> constraint_for("missing", "same", claim_date=jan7, evidence_date=datetime.date(2022, 1, 6),
    ...                evidence=Interval(52, 52), window_days=1) is None
    True
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from types import MappingProxyType

from claims.verification.intervals import INF, Interval
from claims.verification.places import place_relation
from claims.vocabulary import (
    CUMULATIVE,
    STOCK,
    SUBJECT_PARENT,
    measure_kind,
)

# For these measures the subject is the counted noun (buildings, countries...), not a group of
# people, so only the very same noun is comparable.
_NOUN_MEASURES = frozenset({"damaged", "other"})


def _ancestors(subject: str) -> tuple[str, ...]:
    chain: list[str] = []
    while subject in SUBJECT_PARENT:
        subject = SUBJECT_PARENT[subject]
        chain.append(subject)
    return tuple(chain)


_ANCESTORS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {s: frozenset(_ancestors(s)) for s in {*SUBJECT_PARENT, *SUBJECT_PARENT.values()}}
)

SAME = "same"
BROADER = "broader"
NARROWER = "narrower"


def subject_relation(claim_subject: str | None, evidence_subject: str | None, measure: str = "killed") -> str | None:
    """How E's subject relates to C's: ``same``, ``broader``, ``narrower`` or None (unrelated).

    >>> subject_relation("police", "security_forces"), subject_relation("people", "journalists")
    ('broader', 'narrower')
    >>> subject_relation("police", "soldiers"), subject_relation(None, None)
    (None, None)
    >>> subject_relation("countries", "countries", "other"), subject_relation("people", "civilians", "damaged")
    ('same', None)
    """
    if claim_subject is None or evidence_subject is None:
        return None
    if claim_subject == evidence_subject:
        return SAME
    if measure in _NOUN_MEASURES:
        return None
    if evidence_subject in _ANCESTORS.get(claim_subject, ()):
        return BROADER
    if claim_subject in _ANCESTORS.get(evidence_subject, ()):
        return NARROWER
    return None


_SCOPE: MappingProxyType[tuple[str, str], str | None] = MappingProxyType(
    {
        (SAME, SAME): SAME,
        (SAME, NARROWER): NARROWER,
        (NARROWER, SAME): NARROWER,
        (NARROWER, NARROWER): NARROWER,
        (SAME, BROADER): BROADER,
        (BROADER, SAME): BROADER,
        (BROADER, BROADER): BROADER,
        (NARROWER, BROADER): None,
        (BROADER, NARROWER): None,
    }
)


def combine_scope(subject: str | None, place: str | None) -> str | None:
    """Scope from the subject's and the place's relations: narrower when each is the same or
    narrower and one strictly so (broader the other way round); one dimension narrower and the
    other broader, or either unrelated, is not evidence (None).

    >>> combine_scope("same", "narrower"), combine_scope("broader", "same"), combine_scope("narrower", "broader")
    ('narrower', 'broader', None)
    """
    if subject is None or place is None:
        return None
    return _SCOPE[(subject, place)]


def scope_relation(
    claim_subject: str | None,
    evidence_subject: str | None,
    measure: str,
    claim_place: str | None = None,
    evidence_place: str | None = None,
) -> str | None:
    """How E's scope (subject and place) relates to C's (DESIGN section 5).

    >>> scope_relation("people", "people", "killed", None, "Kabupaten Agam")
    'narrower'
    >>> scope_relation("people", "people", "killed", "Agam", "Tanah Datar") is None
    True
    >>> scope_relation("police", "people", "killed", "Agam", None)
    'broader'
    >>> scope_relation("people", "police", "killed", "Agam", None) is None
    True
    """
    subject = subject_relation(claim_subject, evidence_subject, measure)
    if subject is None:
        return None
    if not claim_place and not evidence_place:
        return subject  # the common case: both count the whole event
    return combine_scope(subject, place_relation(claim_place, evidence_place))


@dataclass(frozen=True)
class Constraint:
    """X lies in ``interval``; ``when`` says how E's date relates to t, for the explanation."""

    interval: Interval
    when: str


def _when(days: int) -> str:
    if days == 0:
        return "same day"
    unit = "day" if abs(days) == 1 else "days"
    return f"{abs(days)} {unit} {'later' if days > 0 else 'earlier'}"


def _at_least(evidence: Interval) -> Interval:
    return Interval(evidence.lo, INF, evidence.lo_open, True)


def _at_most(evidence: Interval) -> Interval:
    return Interval(-INF, evidence.hi, True, evidence.hi_open)


def constraint_for(
    measure: str,
    relation: str,
    *,
    claim_date: datetime.date,
    evidence_date: datetime.date,
    evidence: Interval,
    window_days: int,
) -> Constraint | None:
    """The cell of the table for (scope relation, measure kind, dates); None where the table says none."""
    days = (evidence_date - claim_date).days
    kind = measure_kind(measure)
    if kind == CUMULATIVE:
        if relation == SAME:
            if days < 0:
                return Constraint(_at_least(evidence), _when(days))
            if days == 0:
                return Constraint(evidence, _when(days))
            return Constraint(_at_most(evidence), _when(days))
        if relation == BROADER:
            return Constraint(_at_most(evidence), _when(days)) if days >= 0 else None
        if relation == NARROWER:
            return Constraint(_at_least(evidence), _when(days)) if days <= 0 else None
        return None
    if kind == STOCK:
        if days != 0:
            return None
    elif abs(days) > window_days:
        return None
    if relation == SAME:
        return Constraint(evidence, _when(days))
    if relation == BROADER:
        return Constraint(_at_most(evidence), _when(days))
    if relation == NARROWER:
        return Constraint(_at_least(evidence), _when(days))
    return None
