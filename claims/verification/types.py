"""Plain values that go in and out of :func:`claims.verification.verify`.

Everything here is a frozen dataclass or a constant, so results can be cached, compared and
hashed, and the Django glue can build them from rows without importing anything of ours
beyond this module.

Example::

    >>> import datetime
    >>> claim = ClaimFacts(id=1, measure="killed", subject="police", low=18, high=18,
    ...                    qualifier="exact", value=18, unit=None,
    ...                    as_of=datetime.date(2022, 1, 7), source_id=1, reliability=0.6,
    ...                    article_id=10)
    >>> claim.high
    18
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass

METHOD_VERSION = "verify-3"
"""Bump whenever a change can alter a label, a confidence or a relation: the glue stores it
with each Verdict and re-checks compare fingerprints, so an unbumped change would hide."""

# The closed vocabularies (measures and their kinds, labels, relations) live in
# claims/vocabulary.py, shared with the models, the API and the extraction core.

DEFAULT_ORIGIN_MATCH_THRESHOLD = 90.0
"""rapidfuzz ``token_set_ratio`` (0..100) an ``attributed_to`` string must reach against a
known Source's name to be traced to it. ``token_set_ratio`` scores 100 when one side's words
are a subset of the other's ("the Ministry of Internal Affairs" against "Ministry of Internal
Affairs of Kazakhstan"), so 90 still forgives a typo while a shared country word alone
("Pejabat Kazakhstan", about 70) stays well below. A second guard in ``origins.py`` asks the
string to cover at least half of the Source name's distinctiveness; see its module docstring."""


@dataclass(frozen=True)
class SourceFacts:
    """A known Source (publisher or authority) that ``attributed_to`` and quotes can trace to."""

    id: int
    name: str
    domain: str


@dataclass(frozen=True)
class ClaimFacts:
    """One numeric claim, as extraction stored it (DESIGN section 4).

    ``low``/``high`` are what the text says (``high=None`` is unbounded); tolerance for round
    numbers is applied by verification, not here. ``quoted`` lists the domains or names the
    article says it quotes (see :func:`claims.verification.quoted_origins`).
    """

    id: int
    measure: str
    subject: str | None
    low: float
    high: float | None
    qualifier: str
    value: float | None
    unit: str | None
    as_of: datetime.date | None
    source_id: int
    reliability: float
    article_id: int
    article_url: str = ""
    attributed_to: str | None = None
    quoted: tuple[str, ...] = ()
    place: str | None = None
    source_name: str = ""
    language: str = ""


@dataclass(frozen=True)
class VerifySettings:
    """Knobs of verification; the glue fills them from Django settings and the Source table.

    ``credibility_threshold``: evidence from a source with reliability at or above it decides
    labels; below it, evidence is shown as context only. ``window_days``: how far apart (in
    calendar days) an occasion's figure may be dated and still constrain. ``known_sources``:
    Sources that ``attributed_to`` strings and quotes are traced to.
    ``origin_match_threshold``: see :data:`DEFAULT_ORIGIN_MATCH_THRESHOLD`.
    """

    credibility_threshold: float = 0.5
    window_days: int = 1
    known_sources: tuple[SourceFacts, ...] = ()
    origin_match_threshold: float = DEFAULT_ORIGIN_MATCH_THRESHOLD


@dataclass(frozen=True)
class EvidenceOutcome:
    """How one evidence claim bears on the verified claim.

    ``relation``: ``supports`` (its constraint alone lies inside the claim's interval),
    ``contradicts`` (it excludes the interval), ``supersedes`` (a newer, higher tally that makes
    the claim outdated) or ``bounds`` (consistent, not conclusive). ``credible`` is False for
    evidence below the credibility threshold: shown, but it decided nothing.
    """

    claim_id: int
    relation: str
    credible: bool
    explanation: str
    origin: str = ""
    """Key of the origin this evidence was traced to (``source:3``, ``authority:kazakh
    authorities``, ``quoted:mirror.co.uk``); reprints of one origin share it."""


@dataclass(frozen=True)
class VerificationResult:
    """The verdict: a label, a confidence in 0..1, the evidence actually used and one sentence
    in the claim's language saying which sources and dates decided it, and how."""

    label: str
    confidence: float
    evidence: tuple[EvidenceOutcome, ...]
    method_version: str
    explanation: str = ""

    def fingerprint(self) -> str:
        """A stable sha256 of what a re-check compares: label, confidence to 3 places and the
        sorted (claim_id, relation, credible) of the evidence. Explanations and order do not
        count, so rewording a message never appends a new Verdict.

        >>> r = VerificationResult("unverified", 0.0, (), METHOD_VERSION)
        >>> r.fingerprint() == VerificationResult("unverified", 0.0001, (), "x").fingerprint()
        True
        """
        payload = {
            "label": self.label,
            "confidence": round(self.confidence, 3),
            "evidence": sorted((e.claim_id, e.relation, e.credible) for e in self.evidence),
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()
