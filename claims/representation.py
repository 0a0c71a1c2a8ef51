"""A claim as plain JSON values, built in one place.

`claim_fields()` writes a claim's own fields (its text, figure, reading and state) from a
`values()` row or from a model instance; everything that shows a claim takes them from it:

- the API's claim resource (list and detail, claims.api.serializers.claim_resource), which
  nests the claim's `article` and `event` around them;
- `claim_dict()`, the flat form (the article's url, the source's and event's names) that the
  webhook payload, `export_verdicts` and the CSV export take their claim fields from.

Optional text fields (`subject`, `place`, `unit`, `attributed_to`) are null when empty,
everywhere (docs/api.md; the CSV writes null as an empty cell). Dates are ISO 8601
(`2022-01-07`), date-times ISO 8601 in the current time zone with UTC written `Z`.
tests/claims/api/test_claim_representation.py holds the five places to the same values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypedDict

from django.utils import timezone

from claims.models import Claim

# The claim's own fields, in the order every representation writes them.
CLAIM_FIELDS = (
    "text",
    "sentence",
    "start",
    "end",
    "measure",
    "subject",
    "place",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "as_of",
    "attributed_to",
    "language",
    "status",
    "status_error",
    "review_state",
    "last_checked_at",
)


class ClaimFields(TypedDict):
    text: str
    sentence: str
    start: int
    end: int
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
    status: str
    status_error: str
    review_state: str
    last_checked_at: str | None


class ClaimDict(ClaimFields):
    id: int
    article_url: str
    source: str
    event: str | None


DatetimeText = Callable[[Any], str | None]


def datetime_writer() -> DatetimeText:
    """ISO 8601 text of a date-time in the current time zone, UTC as `Z` (as DRF writes them),
    None for None. The zone is looked up once, for the ~200 values of an API page."""
    zone = timezone.get_current_timezone()

    def written(value: dt.datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(zone)
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return written


def iso_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def as_float(value: float | None) -> float | None:
    return None if value is None else float(value)


def claim_fields(values: Mapping[str, Any], datetime_text: DatetimeText | None = None) -> ClaimFields:
    """The claim's own fields from a mapping holding CLAIM_FIELDS (a `values()` row, or
    `claim_values(claim)`); `datetime_text` writes `last_checked_at` (default: datetime_writer())."""
    last_checked_at = values["last_checked_at"]
    if last_checked_at is not None:
        last_checked_at = (datetime_text or datetime_writer())(last_checked_at)
    return {
        "text": values["text"],
        "sentence": values["sentence"],
        "start": values["start"],
        "end": values["end"],
        "measure": values["measure"],
        "subject": values["subject"] or None,
        "place": values["place"] or None,
        "value": as_float(values["value"]),
        "low": as_float(values["low"]),
        "high": as_float(values["high"]),
        "qualifier": values["qualifier"],
        "unit": values["unit"] or None,
        "as_of": iso_date(values["as_of"]),
        "attributed_to": values["attributed_to"] or None,
        "language": values["language"],
        "status": values["status"],
        "status_error": values["status_error"],
        "review_state": values["review_state"],
        "last_checked_at": last_checked_at,
    }


def claim_values(claim: Claim) -> dict[str, Any]:
    """A claim instance's CLAIM_FIELDS, as a `values()` row holds them."""
    return {name: getattr(claim, name) for name in CLAIM_FIELDS}


def claim_dict(claim: Claim) -> ClaimDict:
    """One claim's fields, flat; the caller selects `article__source` and `event` with it."""
    return {
        "id": claim.pk,
        "article_url": claim.article.url,
        "source": claim.article.source.name,
        "event": claim.event.name if claim.event else None,
        **claim_fields(claim_values(claim)),
    }
