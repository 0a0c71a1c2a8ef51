"""``verify()``: one claim and the other claims of its event and measure -> a verdict.

Steps, all in one pass over the evidence (O(n); origin strings are fuzzy-matched once each):

1. Keep evidence with the same measure and unit, a dated figure, a scope (subject and place)
   that is the same, broader or narrower (``constraints.scope_relation``), and no origin in
   common with the claim (``origins.origin_traces``: a different Source, not the claim's
   authority, not quoting or quoted by it).
2. Turn each into a constraint on X by the table of DESIGN section 5 for the measure's kind
   (``constraints.constraint_for``), after round-number tolerance (``intervals``). A newer
   same-scope figure that shows the claim's figure has moved on is kept even where it constrains
   nothing (a stock's newer figure): it ``supersedes``.
3. Reprints count once: evidence of one origin about the same scope and date is one
   statement; the credible, most informative (narrowest), then most reliable copy is kept and
   the others are omitted (the kept one's explanation says how many).
4. D is the intersection of the credible constraints; the first label that applies wins:
   mixed, contradicted, outdated, supported, unverified.
5. Confidence from the independent origins (``confidence``), and one sentence naming the
   sources and dates that decided the label (``explain``).

Example (the seed article's "18 orang anggota polisi tewas")::

    >>> import datetime
    >>> jan7 = datetime.date(2022, 1, 7)
    >>> def facts(id, subject, low, high, qualifier, source, reliability, attributed_to=None):
    ...     return ClaimFacts(id=id, measure="killed", subject=subject, low=low, high=high,
    ...                       qualifier=qualifier, value=low, unit=None, as_of=jan7,
    ...                       source_id=id, reliability=reliability, article_id=id,
    ...                       attributed_to=attributed_to, source_name=source, language="en")
    >>> seed = facts(1, "police", 18, 18, "exact", "Kabar", 0.6, "Pejabat Kazakhstan")
    >>> wire = facts(2, "police", 18, None, "at_least", "the wire", 0.85, "Kazakh authorities")
    >>> ministry = facts(3, "security_forces", 18, 18, "exact", "the Interior Ministry", 0.8)
    >>> result = verify(seed, [wire, ministry], VerifySettings())
    >>> result.label, round(result.confidence, 2)
    ('supported', 0.97)
    >>> [(e.claim_id, e.relation) for e in result.evidence]
    [(2, 'bounds'), (3, 'bounds')]
    >>> result.evidence[1].explanation
    'broader subject (security_forces), same day: X <= 18'
    >>> print(result.explanation)  # doctest: +NORMALIZE_WHITESPACE
    Supported: the wire, citing Kazakh authorities, reported at least 18 police killed on 7 January
    and the Interior Ministry reported 18 members of the security forces on 7 January, which pins
    the figure at 18.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from claims.verification.confidence import confidence
from claims.verification.constraints import BROADER, NARROWER, SAME, Constraint, constraint_for, scope_relation
from claims.verification.explain import sentence
from claims.verification.intervals import MAGNITUDES, Interval, claim_interval, stated_figure
from claims.verification.origins import OriginMatcher, matcher_for, origin_traces
from claims.verification.places import place_key
from claims.verification.types import (
    METHOD_VERSION,
    ClaimFacts,
    EvidenceOutcome,
    VerificationResult,
    VerifySettings,
)
from claims.vocabulary import (
    CUMULATIVE,
    LABEL_CONTRADICTED,
    LABEL_MIXED,
    LABEL_OUTDATED,
    LABEL_SUPPORTED,
    LABEL_UNVERIFIED,
    RELATION_BOUNDS,
    RELATION_CONTRADICTS,
    RELATION_SUPERSEDES,
    RELATION_SUPPORTS,
    STOCK,
    measure_kind,
)

_UNSET = "unset"  # not yet worked out (scopes are "same", "broader", "narrower" or None)
_SUBJECT_TEXT = {SAME: "same subject", BROADER: "broader subject", NARROWER: "narrower subject"}


@dataclass
class _Candidate:
    facts: ClaimFacts
    subject_relation: str  # the scope relation: subject and place together
    constraint: Constraint | None  # None: a newer stock figure, which only supersedes
    interval: Interval  # the constraint within MAGNITUDES (all of them when there is none)
    figure: Interval  # what E itself says, after tolerance
    credible: bool
    origin: str
    supersedes: bool
    reprints: int = 0

    @property
    def constrains(self) -> bool:
        return self.constraint is not None


class _GroupMemo:
    """What :func:`verify_many` keeps across a group's claims, per evidence item (by its index):
    its interval and origins, and its constraint per (measure, subject relation, days apart,
    window), since the claims of a group share few dates. A single :func:`verify` works them
    out inline instead: each item is then used once, and keeping it would only cost."""

    def __init__(self, matcher: OriginMatcher) -> None:
        self.matcher = matcher
        self.items: dict[int, tuple[Interval, str, frozenset[str]]] = {}
        self.constraints: dict[tuple[int, str, str, int, int], tuple[Constraint, Interval] | None] = {}

    def item(self, index: int, facts: ClaimFacts) -> tuple[Interval, str, frozenset[str]]:
        found = self.items.get(index)
        if found is None:
            found = self.items[index] = (claim_interval(facts), *origin_traces(facts, self.matcher))
        return found

    def constraint(
        self,
        index: int,
        facts: ClaimFacts,
        interval: Interval,
        measure: str,
        relation: str,
        claim_date: datetime.date,
        window_days: int,
    ) -> tuple[Constraint, Interval] | None:
        assert facts.as_of is not None
        key = (index, measure, relation, (facts.as_of - claim_date).days, window_days)
        if key not in self.constraints:
            constraint = _constraint(facts, interval, measure, relation, claim_date, window_days)
            self.constraints[key] = (
                None if constraint is None else (constraint, constraint.interval.intersect(MAGNITUDES))
            )
        return self.constraints[key]


def _constraint(
    facts: ClaimFacts, interval: Interval, measure: str, relation: str, claim_date: datetime.date, window_days: int
) -> Constraint | None:
    assert facts.as_of is not None
    return constraint_for(
        measure, relation, claim_date=claim_date, evidence_date=facts.as_of, evidence=interval, window_days=window_days
    )


# Smaller is better: (not credible, width, -reliability, id).
_Rank = tuple[bool, float, float, int]


def _read_item(
    claim: ClaimFacts,
    index: int,
    item: ClaimFacts,
    relation: str,
    settings: VerifySettings,
    matcher: OriginMatcher,
    memo: _GroupMemo | None,
) -> tuple[Interval, Constraint | None, Interval, str, frozenset[str]] | None:
    """What one report says about the claim's figure (its interval, the constraint it puts on
    X, that constraint within MAGNITUDES) and its origin; None for a report with low > high."""
    assert claim.as_of is not None  # _candidates returns early without it
    if memo is None:
        item_interval = claim_interval(item)
        if item_interval.is_empty:
            return None
        constraint = _constraint(item, item_interval, claim.measure, relation, claim.as_of, settings.window_days)
        bounded = MAGNITUDES if constraint is None else constraint.interval.intersect(MAGNITUDES)
        origin, traces = origin_traces(item, matcher)
        return item_interval, constraint, bounded, origin, traces
    item_interval, origin, traces = memo.item(index, item)
    if item_interval.is_empty:
        return None
    found = memo.constraint(index, item, item_interval, claim.measure, relation, claim.as_of, settings.window_days)
    constraint, bounded = (None, MAGNITUDES) if found is None else found
    return item_interval, constraint, bounded, origin, traces


def _moves_on(kind: str, item_interval: Interval, stated: float, claim_range: Interval) -> bool:
    """A later report of the same figure supersedes the claim: a cumulative count above it, or
    a stock that no longer fits it."""
    if kind == CUMULATIVE:
        return item_interval.lo > stated or (item_interval.lo == stated and item_interval.lo_open)
    if kind == STOCK:
        return not item_interval.overlaps(claim_range)
    return False


def _candidates(
    claim: ClaimFacts, evidence: Sequence[ClaimFacts], settings: VerifySettings, memo: _GroupMemo | None = None
) -> list[_Candidate]:
    """Steps 1-3 of the module docstring: relevant evidence, one statement per origin."""
    if claim.as_of is None or claim.subject is None:
        return []
    matcher = matcher_for(settings.known_sources, settings.origin_match_threshold)
    _, claim_traces = origin_traces(claim, matcher)
    claim_range = claim_interval(claim)
    stated = stated_figure(claim, claim_range)
    kind = measure_kind(claim.measure)
    threshold = settings.credibility_threshold
    # One statement per (origin, subject, place, date): the best copy so far and its rank.
    statements: dict[tuple[str, str | None, str | None, datetime.date], tuple[_Rank, _Candidate]] = {}
    # An event has few distinct (subject, place) pairs: each scope is worked out once per claim.
    scopes: dict[tuple[str | None, str | None], str | None] = {}
    for index, item in enumerate(evidence):
        if item.id == claim.id or item.measure != claim.measure or item.unit != claim.unit or item.as_of is None:
            continue
        scope_key = (item.subject, item.place)
        relation = scopes.get(scope_key, _UNSET)
        if relation is _UNSET:
            relation = scopes[scope_key] = scope_relation(
                claim.subject, item.subject, claim.measure, claim.place, item.place
            )
        if relation is None:
            continue
        read = _read_item(claim, index, item, relation, settings, matcher, memo)
        if read is None:
            continue  # low > high: a data error says nothing about X
        item_interval, constraint, bounded, origin, traces = read
        supersedes = (
            relation == SAME and item.as_of > claim.as_of and _moves_on(kind, item_interval, stated, claim_range)
        )
        if constraint is None and not supersedes:
            continue
        if not traces.isdisjoint(claim_traces):
            continue  # the claim's own origin, a reprint of it, or what it reprints
        credible = item.reliability >= threshold
        # Smaller is better: credible, then narrowest, then most reliable, then oldest id.
        rank = (not credible, bounded.width, -item.reliability, item.id)
        key = (origin, item.subject, place_key(item.place)[1] if item.place else None, item.as_of)
        kept = statements.get(key)
        if kept is not None and kept[0] <= rank:
            kept[1].reprints += 1
            continue
        candidate = _Candidate(
            facts=item,
            subject_relation=relation,
            constraint=constraint,
            interval=bounded,
            figure=item_interval,
            credible=credible,
            origin=origin,
            supersedes=supersedes,
            reprints=0 if kept is None else kept[1].reprints + 1,
        )
        statements[key] = (rank, candidate)
    return sorted((candidate for _, candidate in statements.values()), key=lambda c: c.facts.id)


def _relation(candidate: _Candidate, claim_range: Interval) -> str:
    if candidate.supersedes:
        return RELATION_SUPERSEDES
    if candidate.interval.is_empty or not candidate.interval.overlaps(claim_range):
        return RELATION_CONTRADICTS
    if candidate.interval.within(claim_range):
        return RELATION_SUPPORTS
    return RELATION_BOUNDS


def _combined(candidates: list[_Candidate]) -> Interval:
    """D: the intersection of the credible constraints (all magnitudes when there are none)."""
    combined = MAGNITUDES
    for candidate in candidates:
        if candidate.credible and candidate.constraint is not None:
            combined = combined.intersect(candidate.interval)
    return combined


def _label(candidates: list[_Candidate], relations: list[str], claim_range: Interval, combined: Interval) -> str:
    constraining = [c for c in candidates if c.credible and c.constraint is not None]
    superseded = any(c.credible and r == RELATION_SUPERSEDES for c, r in zip(candidates, relations, strict=True))
    if not constraining and not superseded:
        return LABEL_UNVERIFIED
    any_meets = any(c.interval.overlaps(claim_range) for c in constraining)
    if combined.is_empty and any_meets:
        return LABEL_MIXED
    if (not combined.is_empty and not combined.overlaps(claim_range)) or (combined.is_empty and not any_meets):
        return LABEL_CONTRADICTED
    if superseded:
        return LABEL_OUTDATED
    if combined.within(claim_range):
        return LABEL_SUPPORTED
    return LABEL_UNVERIFIED


def _explain(candidate: _Candidate, relation: str, claim: ClaimFacts, settings: VerifySettings) -> str:
    facts = candidate.facts
    if claim.place or facts.place:
        scope = f"{candidate.subject_relation} scope ({facts.subject}, {facts.place or 'whole event'})"
    else:
        scope = _SUBJECT_TEXT[candidate.subject_relation]
        if candidate.subject_relation != SAME:
            scope += f" ({facts.subject})"
    if candidate.constraint is None:
        assert facts.as_of is not None and claim.as_of is not None
        days = (facts.as_of - claim.as_of).days
        text = f"{scope}, {days} day{'s' if days > 1 else ''} later: {candidate.figure.describe('figure')}"
    else:
        text = f"{scope}, {candidate.constraint.when}: {candidate.constraint.interval.describe()}"
    if relation == RELATION_SUPERSEDES:
        if measure_kind(claim.measure) == CUMULATIVE:
            text += f"; newer tally above the claim's {stated_figure(claim, claim_interval(claim)):g}"
        else:
            text += f"; newer figure outside the claim's {claim_interval(claim).describe()}"
    if not candidate.credible:
        reliability, threshold = candidate.facts.reliability, settings.credibility_threshold
        text += f" (not credible: reliability {reliability:.2f} < {threshold:.2f})"
    if candidate.reprints:
        text += f" (+{candidate.reprints} reprint{'s' if candidate.reprints > 1 else ''} of the same origin)"
    return text


def _per_origin(candidates: list[_Candidate], relations: list[str], wanted: set[str]) -> list[float]:
    """One reliability per independent origin (its most reliable credible evidence)."""
    best: dict[str, float] = {}
    for candidate, relation in zip(candidates, relations, strict=True):
        if candidate.credible and relation in wanted:
            best[candidate.origin] = max(best.get(candidate.origin, 0.0), candidate.facts.reliability)
    return list(best.values())


_BACKING = {
    LABEL_SUPPORTED: {RELATION_SUPPORTS, RELATION_BOUNDS},
    LABEL_CONTRADICTED: {RELATION_CONTRADICTS},
    LABEL_OUTDATED: {RELATION_SUPERSEDES},
    LABEL_MIXED: {RELATION_SUPPORTS, RELATION_BOUNDS, RELATION_CONTRADICTS, RELATION_SUPERSEDES},
    LABEL_UNVERIFIED: set(),
}
_OPPOSING = {
    LABEL_SUPPORTED: {RELATION_CONTRADICTS},
    LABEL_CONTRADICTED: {RELATION_SUPPORTS},
    LABEL_OUTDATED: {RELATION_CONTRADICTS},
    LABEL_MIXED: set(),
    LABEL_UNVERIFIED: set(),
}


def verify(claim: ClaimFacts, evidence: Sequence[ClaimFacts], settings: VerifySettings) -> VerificationResult:
    """Verify ``claim`` against the other claims of its event and measure (DESIGN section 5).

    ``evidence`` may hold anything of the same event and measure, the claim's own article and
    Source included: what does not qualify is left out of the result. Only the evidence used is
    returned, with its relation; non-credible evidence has ``credible=False`` and decided nothing.
    """
    return _verify(claim, evidence, settings)


def verify_many(
    claims: Sequence[ClaimFacts], evidence: Sequence[ClaimFacts], settings: VerifySettings
) -> dict[int, VerificationResult]:
    """:func:`verify` for several claims against one shared body of evidence (a group of one
    event and measure, the claims themselves among it), by claim id; the same results as one
    call per claim, with each evidence item's interval, origins and constraints per date
    offset worked out once for the group."""
    memo = _GroupMemo(matcher_for(settings.known_sources, settings.origin_match_threshold))
    return {claim.id: _verify(claim, evidence, settings, memo) for claim in claims}


def _verify(
    claim: ClaimFacts, evidence: Sequence[ClaimFacts], settings: VerifySettings, memo: _GroupMemo | None = None
) -> VerificationResult:
    claim_range = claim_interval(claim)
    candidates = _candidates(claim, evidence, settings, memo)
    relations = [_relation(c, claim_range) for c in candidates]
    combined = _combined(candidates)
    label = _label(candidates, relations, claim_range, combined)
    score = confidence(
        label,
        _per_origin(candidates, relations, _BACKING[label]),
        _per_origin(candidates, relations, _OPPOSING[label]),
    )
    outcomes = tuple(
        EvidenceOutcome(
            claim_id=c.facts.id,
            relation=r,
            credible=c.credible,
            explanation=_explain(c, r, claim, settings),
            origin=c.origin,
        )
        for c, r in zip(candidates, relations, strict=True)
    )
    return VerificationResult(
        label=label,
        confidence=round(score, 4),
        evidence=outcomes,
        method_version=METHOD_VERSION,
        explanation=sentence(claim, label, candidates, relations, combined),
    )
