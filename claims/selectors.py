"""Reads for claims, with their related rows loaded so no caller causes N+1 queries."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Prefetch, Q, QuerySet

from claims import vocabulary
from claims.models import PUBLISHED, Claim, Event, Evidence, Verdict
from claims.representation import CLAIM_FIELDS, claim_dict
from claims.verification import review_sentence
from sources.models import Article, Source


def evidence_queryset() -> QuerySet[Evidence]:
    # Evidence shows its claim's figure and article link, never the article's body or the
    # claim's sentence: leaving them out keeps a page of 50 claims (~150 evidence rows) from
    # reading ~200 KB of article text it does not use.
    return (
        Evidence.objects.select_related("claim__article__source")
        .defer("claim__sentence", "claim__article__body")
        .order_by("id")
    )


def claim_list(*, event: Event | None = None) -> QuerySet[Claim]:
    """Claims with article, source, event and current verdict (with its evidence) loaded."""
    queryset = (
        Claim.objects.select_related("article__source", "event", "current_verdict", "assignee")
        .defer("article__body")  # lists show the article's link and title, not its text
        .prefetch_related(Prefetch("current_verdict__evidence", queryset=evidence_queryset()))
    )
    if event is not None:
        queryset = queryset.filter(event=event)
    return queryset.order_by("article_id", "start", "pk")


EDITORIAL_STATES = vocabulary.PUBLISHED_STATES  # an editor confirmed or overrode the verdict


def published_claims(queryset: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
    """Claims whose current verdict an editor confirmed or overrode: what anonymous callers of
    the API, ClaimReview (feed, export) and the public fact-check pages show."""
    if queryset is None:
        return Claim.objects.published()
    return queryset.filter(PUBLISHED)


def claim_verdict_history(*, claim: Claim) -> QuerySet[Verdict]:
    return (
        Verdict.objects.filter(claim=claim)
        .select_related("reviewer")
        .prefetch_related(Prefetch("evidence", queryset=evidence_queryset()))
        .order_by("-computed_at", "-id")
    )


def source_claims_to_recheck(*, source_ids: Iterable[int]) -> QuerySet[Claim, int]:
    """The ids of the claims a change to these sources' kind or reliability can change: their
    own claims and every claim of the events where those stand (whose evidence may cite them)."""
    source_ids = list(source_ids)
    own_events = Claim.objects.filter(article__source_id__in=source_ids).exclude(event=None).values("event_id")
    return (
        Claim.objects.filter(Q(article__source_id__in=source_ids) | Q(event_id__in=own_events))
        .values_list("pk", flat=True)
        .order_by("pk")
    )


def event_by_name(name: str) -> Event | None:
    return Event.objects.filter(name=name).first()


def verdict_explanation(claim: Claim) -> str:
    """The current verdict's sentence; a verdict stored before explanations existed is
    explained by its label and the editor's rationale, in the claim's language."""
    verdict = claim.current_verdict
    if verdict is None:
        return ""
    if verdict.explanation:
        return verdict.explanation
    return review_sentence(verdict.label, verdict.rationale, claim.language or claim.article.language)


# The claim's fields `export_verdicts` prints, in order (claims.representation.claim_dict).
EXPORT_CLAIM_FIELDS = (
    "article_url",
    "text",
    "sentence",
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
    "event",
)


def claim_export_row(claim: Claim) -> dict[str, object]:
    """One claim as `export_verdicts --format json` prints it (DESIGN.md section 6)."""
    verdict = claim.current_verdict
    claimed: Mapping[str, object] = claim_dict(claim)
    return {
        **{field: claimed[field] for field in EXPORT_CLAIM_FIELDS},
        "verdict": verdict.label if verdict else None,
        "confidence": verdict.confidence if verdict else None,
        "explanation": verdict_explanation(claim) if verdict else None,
        "review_state": verdict.review_state if verdict else None,
        "evidence": [
            {
                "article_url": item.claim.article.url,
                "source": item.claim.article.source.name,
                "text": item.claim.text,
                "relation": item.relation,
                "credible": item.credible,
                "low": item.claim.low,
                "high": item.claim.high,
                "as_of": item.claim.as_of.isoformat() if item.claim.as_of else None,
                "explanation": item.explanation,
            }
            for item in (verdict.evidence.all() if verdict else [])
        ],
    }


# --- the claim list as plain rows -------------------------------------------------------
# The API's claim list reads its page as `values()` rows rather than model instances: a page
# of 50 claims with ~150 evidence rows built ~860 instances and ran DRF's nested serializers
# over them, ~10x the database's own time (docs/performance.md, "The claim list").
# claims.api.serializers.claim_list_data turns these rows into ClaimSerializer's JSON.

CLAIM_ROW_FIELDS = (
    "id",
    "article_id",
    "article__url",
    "article__title",
    "article__published_at",
    "article__source_id",
    "article__source__name",
    "article__source__domain",
    "event_id",
    "event__name",
    *CLAIM_FIELDS,
    "current_verdict_id",
    "current_verdict__label",
    "current_verdict__confidence",
    "current_verdict__review_state",
    "current_verdict__method_version",
    "current_verdict__computed_at",
    "current_verdict__checked_at",
    "current_verdict__rationale",
    "current_verdict__explanation",
    "created_at",  # a sort key the cursor reads its position from (`ordering=created_at`)
)
EVIDENCE_ROW_FIELDS = (
    "verdict_id",
    "claim_id",
    "claim__article__url",
    "claim__article__source__name",
    "claim__text",
    "relation",
    "credible",
    "claim__low",
    "claim__high",
    "claim__as_of",
    "explanation",
)


def claim_rows() -> QuerySet[Claim, dict[str, Any]]:
    """Every claim as a row of CLAIM_ROW_FIELDS, for the caller to narrow, filter and order
    (an annotation added later joins the row). Resolving the fields' joins took ~0.3 ms a page:
    that is done once per process (`_claim_rows`), and each call clones the result."""
    return _claim_rows().all()


@functools.cache
def _claim_rows() -> QuerySet[Claim, dict[str, Any]]:
    return Claim.objects.values(*CLAIM_ROW_FIELDS)


def evidence_rows_by_verdict(verdict_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """The evidence of these verdicts as rows of EVIDENCE_ROW_FIELDS, per verdict, in id order
    (as `evidence_queryset` orders it).

    One statement of a fixed shape, written once (`_evidence_sql`) rather than compiled by the
    ORM for every page (~0.5 ms); on PostgreSQL the ids go as one array, so it is one prepared
    statement whatever their number. tests/claims/api/test_api_claim_list_rows.py holds the
    list built from them to the serializers' answer (EvidenceSerializer, from the ORM)."""
    by_verdict: dict[int, list[dict[str, Any]]] = {}
    ids = list(verdict_ids)
    if not ids:
        return by_verdict
    connection = connections[DEFAULT_DB_ALIAS]
    params: list[Any]
    if connection.vendor == "postgresql":
        sql, params = _evidence_sql("= ANY(%s)"), [ids]
    else:
        sql, params = _evidence_sql(f"IN ({', '.join(['%s'] * len(ids))})"), ids
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for values in cursor.fetchall():
            row = dict(zip(EVIDENCE_ROW_FIELDS, values, strict=True))
            by_verdict.setdefault(row["verdict_id"], []).append(row)
    return by_verdict


@functools.lru_cache(maxsize=256)
def _evidence_sql(ids_test: str) -> str:
    """EVIDENCE_ROW_FIELDS of the evidence whose verdict id passes `ids_test`, in id order."""
    evidence, claim = Evidence._meta.db_table, Claim._meta.db_table
    article, source = Article._meta.db_table, Source._meta.db_table
    return (
        "SELECT e.verdict_id, e.claim_id, a.url, s.name, c.text, e.relation, e.credible, c.low, c.high, "
        f'c.as_of, e.explanation FROM "{evidence}" e JOIN "{claim}" c ON c.id = e.claim_id '
        f'JOIN "{article}" a ON a.id = c.article_id JOIN "{source}" s ON s.id = a.source_id '
        f"WHERE e.verdict_id {ids_test} ORDER BY e.id"
    )


@contextmanager
def lean_reads(using: str = DEFAULT_DB_ALIAS) -> Iterator[None]:
    """On PostgreSQL, the queries run inside are prepared on the connection and read their
    date-times with psycopg's own (C) loader; elsewhere this changes nothing.

    - Prepared: the parameters are bound server-side, so a query of the same shape is parsed
      and planned once per connection instead of on every request (~1 ms a claim-list page).
      Off with DATABASE_PREPARED_STATEMENTS=false (a pooler in transaction mode cannot keep them).
    - Date-times: Django's loader (which pins them to its time zone) is pure Python, ~2.5 us a
      value, ~0.5 ms a page; with USE_TZ Django's zone and the connection's are both UTC, so
      psycopg's loader gives the same aware values.

    Scoped rather than set in DATABASES: Django's server-side binding is not safe for every
    query the app runs (a parameter repeated in a GROUP BY); these reads are known to be.
    """
    connection = connections[using]
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        yield
        return
    connection.ensure_connection()
    driver = connection.connection
    cursor_factory, prepare_threshold = driver.cursor_factory, driver.prepare_threshold
    driver.cursor_factory, driver.prepare_threshold = _lean_cursor_class(), 0
    try:
        yield
    finally:
        driver.cursor_factory, driver.prepare_threshold = cursor_factory, prepare_threshold


@functools.cache
def _lean_cursor_class() -> type:
    # django-stubs does not declare the psycopg 3 cursor classes of Django's PostgreSQL backend.
    from django.db.backends.postgresql.base import ServerBindingCursor  # type: ignore[attr-defined]
    from psycopg.types.datetime import TimestamptzLoader

    class LeanCursor(ServerBindingCursor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if settings.USE_TZ:  # Django's zone and the connection's are UTC (see lean_reads)
                self.adapters.register_loader("timestamptz", TimestamptzLoader)

    return LeanCursor
