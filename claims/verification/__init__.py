"""Pure verification: a claim and the figures other sources gave -> a verdict (DESIGN section 5).

No Django here: plain values in (:class:`ClaimFacts`, :class:`VerifySettings`), frozen values
out (:class:`VerificationResult`). The glue in ``claims/services.py`` builds the inputs from rows.

Example::

    >>> import datetime
    >>> day = datetime.date(2022, 1, 7)
    >>> claim = ClaimFacts(id=1, measure="other", subject="countries", low=5, high=5, qualifier="exact",
    ...                    value=5, unit=None, as_of=day, source_id=1, reliability=0.6, article_id=1)
    >>> explainer = ClaimFacts(id=2, measure="other", subject="countries", low=6, high=6, qualifier="exact",
    ...                        value=6, unit=None, as_of=day, source_id=7, reliability=0.75, article_id=7)
    >>> result = verify(claim, [explainer], VerifySettings())
    >>> result.label, result.evidence[0].relation
    ('contradicted', 'contradicts')
    >>> result.explanation
    'Contradicted: another source reported 6 countries on 7 January, which rules out 5.'
"""

from __future__ import annotations

from claims.verification.confidence import agreement, confidence
from claims.verification.constraints import scope_relation, subject_relation
from claims.verification.explain import review_sentence
from claims.verification.intervals import Interval, claim_interval
from claims.verification.origins import quoted_origins, resolve_origin
from claims.verification.places import place_relation, same_place
from claims.verification.types import (
    DEFAULT_ORIGIN_MATCH_THRESHOLD,
    METHOD_VERSION,
    ClaimFacts,
    EvidenceOutcome,
    SourceFacts,
    VerificationResult,
    VerifySettings,
)
from claims.verification.verifier import verify, verify_many
from claims.vocabulary import (
    CUMULATIVE_MEASURES,
    LABELS,
    MEASURE_KINDS,
    OCCASION_MEASURES,
    RELATIONS,
    STOCK_MEASURES,
    SUBJECT_PARENT,
    measure_kind,
)

__all__ = [
    "CUMULATIVE_MEASURES",
    "DEFAULT_ORIGIN_MATCH_THRESHOLD",
    "LABELS",
    "MEASURE_KINDS",
    "METHOD_VERSION",
    "OCCASION_MEASURES",
    "RELATIONS",
    "STOCK_MEASURES",
    "SUBJECT_PARENT",
    "ClaimFacts",
    "EvidenceOutcome",
    "Interval",
    "SourceFacts",
    "VerificationResult",
    "VerifySettings",
    "agreement",
    "claim_interval",
    "confidence",
    "measure_kind",
    "place_relation",
    "quoted_origins",
    "resolve_origin",
    "review_sentence",
    "same_place",
    "scope_relation",
    "subject_relation",
    "verify",
    "verify_many",
]
