"""A claim as plain JSON values, built in one place: the webhook payload, `export_verdicts`
and the CSV export take their claim fields from `claim_dict()`.

Optional text fields (`subject`, `place`, `unit`, `attributed_to`) are null when empty, as
docs/api.md documents for webhooks and exports (the CSV writes null as an empty cell). The
API's claim resources keep their documented shape (nested `article` and `event`, the model's
strings as stored, `""` when empty): the list builds it from `values()` rows for speed and
tests/claims/api/test_api_claim_list_rows.py holds it equal to ClaimSerializer.
"""

from __future__ import annotations

from typing import TypedDict

from claims.models import Claim


class ClaimDict(TypedDict):
    id: int
    article_url: str
    source: str
    event: str | None
    text: str
    sentence: str
    measure: str
    subject: str | None
    place: str | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    as_of: str | None
    attributed_to: str | None
    language: str
    review_state: str


def claim_dict(claim: Claim) -> ClaimDict:
    """One claim's fields; the caller selects `article__source` and `event` with it."""
    return {
        "id": claim.pk,
        "article_url": claim.article.url,
        "source": claim.article.source.name,
        "event": claim.event.name if claim.event else None,
        "text": claim.text,
        "sentence": claim.sentence,
        "measure": claim.measure,
        "subject": claim.subject or None,
        "place": claim.place or None,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "unit": claim.unit or None,
        "as_of": claim.as_of.isoformat() if claim.as_of else None,
        "attributed_to": claim.attributed_to or None,
        "language": claim.language,
        "review_state": claim.review_state,
    }
