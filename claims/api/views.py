"""The claims API: articles, claims (with verdict history, ClaimReview, CSV export), events,
the ClaimReview feed and `extract`.

What anonymous callers see (docs/api.md, "Who sees what"): claims whose current verdict an
editor confirmed or overrode (published), those claims' editorial verdicts, the articles
that carry at least one published claim, and all events and sources. Partners and editors
see everything.
"""

from __future__ import annotations

import contextlib
import csv
import signal
import threading
from collections.abc import Iterator
from typing import Any, cast
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Exists, OuterRef, QuerySet
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from claims import claimreview, extraction, selectors, services
from claims.api.filters import ClaimFilter, ClaimOrderingFilter, ClaimSearchFilter
from claims.api.serializers import (
    ArticleCreateSerializer,
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimReviewSerializer,
    ClaimSerializer,
    EventSerializer,
    ExtractedClaimSerializer,
    ExtractRequestSerializer,
    ExtractResponseSerializer,
    VerdictSerializer,
    claim_list_data,
)
from claims.bounds import bounded_claims
from claims.models import Claim, ClaimQuerySet, Event, Verdict, claims_visible_to
from claims.representation import claim_dict
from claims.services import article_submit_url
from factcheck.api.access import reads_everything
from factcheck.api.common import ErrorSerializer, RequestTooLarge, Unprocessable, id_or_404
from factcheck.api.views import ApiGenericView, ApiReadOnlyViewSet, ApiView
from sources import fetching
from sources.models import Article
from sources.services import normalise_domain


def claim_list() -> ClaimQuerySet:
    # selectors.claim_list is typed QuerySet[Claim]; it is the Claim manager's own queryset.
    return cast(ClaimQuerySet, selectors.claim_list())


def visible_claims(request: Request) -> QuerySet[Claim]:
    """Claims with everything a response needs loaded (claims.selectors), narrowed for anonymous callers."""
    return claim_list().visible_to(request.user)


def visible_claim_rows(request: Request) -> QuerySet[Claim, dict[str, Any]]:
    """The claims as rows (claims.selectors.claim_rows), narrowed for anonymous callers."""
    return claims_visible_to(selectors.claim_rows(), request.user)


# --- articles ---------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List articles", description="Anonymous callers see articles with a published claim."),
    retrieve=extend_schema(summary="One article, with its body"),
)
class ArticleViewSet(ApiReadOnlyViewSet):
    ordering = ("-id",)

    def get_queryset(self) -> QuerySet[Article]:
        queryset = Article.objects.select_related("source", "event_link__event").order_by("-id")
        if not reads_everything(self.request):
            queryset = queryset.filter(Exists(Claim.objects.filter(article=OuterRef("pk")).published()))
        return queryset

    def get_serializer_class(self) -> type:
        return ArticleDetailSerializer if self.action in ("retrieve", "create") else ArticleSerializer

    @extend_schema(
        summary="Submit an article",
        description=(
            "With `body`: stored and sent for extraction (`extraction_status` says how far it got; `pending` "
            "when the task broker is down — it is sent later). Without `body`: stored as `fetch_pending` and "
            "fetched by a worker (trafilatura; guarded against private addresses, non-HTML and oversized pages). "
            "A url already known answers 200 with the stored article. Partner tokens and editors only."
        ),
        request=ArticleCreateSerializer,
        responses={
            201: ArticleDetailSerializer,
            200: OpenApiResponse(ArticleDetailSerializer, description="The url was already known."),
            422: OpenApiResponse(
                ErrorSerializer,
                description="The event named does not exist, or the page was fetched during the request and "
                "could not be used.",
            ),
        },
    )
    def create(self, request: Request) -> Response:
        serializer = ArticleCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if data["event"] is not None:
            event = Event.objects.filter(pk=data["event"]).first()
            if event is None:
                raise Unprocessable(f"event: there is no event with id {data['event']}.")
            data["event"] = event
        if "body" in data:
            return self._create_from_text(data)
        return self._create_from_url(data)

    def _create_from_text(self, data: dict[str, Any]) -> Response:
        url = data["url"]
        domain = normalise_domain(urlsplit(url).hostname or "")
        event: Event | None = data["event"]
        result = services.article_ingest(
            url=url,
            title=data["title"],
            body=data["body"],
            published_at=data["published_at"],
            source_name=data["source_name"] or domain,
            source_domain=domain,
            language=data["language"],
            event_name=event.name if event is not None else None,
        )
        return self._respond(result.article.pk, created=result.created)

    def _create_from_url(self, data: dict[str, Any]) -> Response:
        try:
            fetching.url_check(data["url"])  # a well-formed URL the fetcher will not open: 422, nothing stored
        except fetching.FetchRefused as exc:
            raise Unprocessable(f"url: {exc}") from None
        submitted = article_submit_url(
            url=data["url"],
            title=data["title"],
            published_at=data["published_at"],
            language=data["language"] or "",
            source_name=data["source_name"],
            event=data["event"],
        )
        article = Article.objects.get(pk=submitted.article.pk)
        if (submitted.created or submitted.refetch) and article.extraction_status == Article.Status.FAILED:
            # The fetch ran within this request (no broker) and the page could not be used:
            # nothing is kept, so the url can be sent again once the page is fixed.
            fetching.article_discard_failed_fetch(
                article_id=article.pk, source_id=article.source_id if submitted.source_created else None
            )
            raise Unprocessable(article.extraction_error or "The page could not be fetched.")
        return self._respond(article.pk, created=submitted.created)

    def _respond(self, article_id: int, *, created: bool) -> Response:
        article = Article.objects.select_related("source", "event_link__event").get(pk=article_id)
        return Response(
            ArticleDetailSerializer(article).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK
        )


# --- claims -----------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Filters, `search` and `ordering`; cursor-paginated. Anonymous callers see published claims only.",
    ),
    retrieve=extend_schema(summary="One claim, with its current verdict and evidence"),
)
class ClaimViewSet(ApiReadOnlyViewSet):
    serializer_class = ClaimSerializer
    filter_backends = [DjangoFilterBackend, ClaimSearchFilter, ClaimOrderingFilter]
    filterset_class = ClaimFilter
    search_fields = ["text", "sentence", "attributed_to", "article__title"]
    ordering = ("id",)

    def get_queryset(self) -> QuerySet[Claim, Any]:
        # The list and the detail read rows (claims.selectors.claim_rows), the verdict history
        # the claim itself.
        if self.action in ("list", "retrieve"):
            return visible_claim_rows(self.request)
        return visible_claims(self.request)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """The claims built from rows, not model instances (claims.selectors.claim_rows,
        serializers.claim_resource): the same filters, visibility, ordering and cursors as
        DRF's list through ClaimSerializer, at a fraction of the cost. A row holds every sort
        key a cursor reads its position from (the ordering filter's annotations join it)."""
        queryset = self.filter_queryset(self.get_queryset())
        with selectors.lean_reads():
            rows: list[dict[str, Any]] | None = self.paginate_queryset(queryset)
            assert rows is not None  # the list is always paginated
            evidence = selectors.evidence_rows_by_verdict(
                row["current_verdict_id"] for row in rows if row["current_verdict_id"] is not None
            )
        return self.get_paginated_response(claim_list_data(rows, evidence))

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """One claim, built as the list builds each of its items."""
        claim_id = id_or_404(kwargs.get(self.lookup_url_kwarg or self.lookup_field))
        with selectors.lean_reads():
            rows = list(self.get_queryset().filter(pk=claim_id).order_by())
            if not rows:
                raise NotFound()
            evidence = selectors.evidence_rows_by_verdict(
                [rows[0]["current_verdict_id"]] if rows[0]["current_verdict_id"] is not None else []
            )
        return Response(claim_list_data(rows, evidence)[0])

    @extend_schema(
        summary="A claim's verdict history, newest first",
        description="Anonymous callers see the editors' verdicts of a published claim only.",
        responses={200: VerdictSerializer(many=True)},
        filters=False,
    )
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def verdicts(self, request: Request, pk: str | None = None) -> Response:
        claim = self.get_object()
        history = selectors.claim_verdict_history(claim=claim)
        if not reads_everything(request):
            history = history.filter(review_state__in=Verdict.EDITORIAL_STATES)
        return Response(VerdictSerializer(history, many=True).data)

    @extend_schema(
        summary="The claim's ClaimReview (schema.org JSON-LD)",
        description="Published claims only (an editor confirmed or overrode the verdict); otherwise 404.",
        responses={200: ClaimReviewSerializer},
        filters=False,
    )
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def claimreview(self, request: Request, pk: str | None = None) -> Response:
        claim = get_object_or_404(claim_list().published(), pk=id_or_404(pk))
        return Response(claimreview.claim_review(claim))


@extend_schema(
    responses=ClaimReviewSerializer(many=True),
    summary="ClaimReview feed",
    description="ClaimReview JSON-LD of every published claim, newest claim first; cursor-paginated. Open to all.",
)
class ClaimReviewFeedView(ApiGenericView):
    serializer_class = ClaimReviewSerializer
    ordering = ("-id",)

    def get_queryset(self) -> QuerySet[Claim]:
        return claim_list().published().order_by("-id")

    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        assert page is not None  # this view is always paginated
        return self.get_paginated_response([claimreview.claim_review(claim) for claim in page])


CSV_COLUMNS = [
    "id",
    "article_url",
    "source",
    "event",
    "text",
    "sentence",
    "measure",
    "subject",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "as_of",
    "attributed_to",
    "language",
    "verdict",
    "confidence",
    "verdict_review_state",
    "review_state",
    "evidence_count",
]
# A cell starting with one of these is a formula to a spreadsheet; article text is untrusted.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def claim_csv_row(claim: Claim) -> list[Any]:
    verdict = claim.current_verdict
    values: dict[str, Any] = {
        **claim_dict(claim),  # null fields are empty cells
        "verdict": verdict.label if verdict else None,
        "confidence": verdict.confidence if verdict else None,
        "verdict_review_state": verdict.review_state if verdict else None,
        "review_state": claim.review_state,
        # Prefetched by claims.selectors.claim_list: no query per row.
        "evidence_count": len(verdict.evidence.all()) if verdict else 0,
    }
    return [_csv_cell(values[column]) for column in CSV_COLUMNS]


class ClaimExportView(ApiGenericView):
    filter_backends = [DjangoFilterBackend, ClaimSearchFilter, ClaimOrderingFilter]
    filterset_class = ClaimFilter
    search_fields = ClaimViewSet.search_fields
    ordering = ("id",)
    pagination_class = None
    serializer_class = ClaimSerializer  # for the schema's filter parameters only

    def get_queryset(self) -> QuerySet[Claim]:
        return visible_claims(self.request)

    @extend_schema(
        operation_id="v1_claims_export_csv",
        filters=True,
        summary="Export the claim list as CSV",
        description="The same filters, search and ordering as the claim list, and the same visibility; not paginated.",
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="One row per claim, with a header.")
        },
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        queryset = self.filter_queryset(self.get_queryset())
        writer = csv.writer(_Echo())

        def rows() -> Iterator[str]:
            yield writer.writerow(CSV_COLUMNS)
            for claim in queryset.iterator(chunk_size=500):
                yield writer.writerow(claim_csv_row(claim))

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response


# --- events and extract -----------------------------------------------------------------


@extend_schema_view(list=extend_schema(summary="List events"), retrieve=extend_schema(summary="One event"))
class EventViewSet(ApiReadOnlyViewSet):
    """Events (news stories) are reference data: everyone sees them all."""

    serializer_class = EventSerializer
    ordering = ("name", "id")

    def get_queryset(self) -> QuerySet[Event]:
        return Event.objects.order_by("name", "id")


class ExtractBudgetExceeded(Exception):
    pass


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ExtractBudgetExceeded in this block once ``seconds`` have passed.

    A real-time timer (SIGALRM), so it needs the main thread: gunicorn's sync workers serve
    requests there. Elsewhere (a threaded development server) the size and claim limits bound
    the work alone.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise ExtractBudgetExceeded()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class ExtractView(ApiView):
    @extend_schema(
        summary="Extract numeric claims from a text",
        description=(
            "Text in, claims out; nothing is stored. Partner tokens and editors only. A text over "
            "FACTCHECK_EXTRACT_MAX_CHARS characters answers 413; more than FACTCHECK_EXTRACT_MAX_CLAIMS claims, or "
            "a run past FACTCHECK_EXTRACT_TIME_BUDGET seconds, answers 422. Each claim's `sentence` is at most "
            "1,000 characters (a window around the figure); a figure beyond 1e15 is dropped."
        ),
        request=ExtractRequestSerializer,
        responses={
            200: ExtractResponseSerializer,
            422: OpenApiResponse(ErrorSerializer, description="Too many claims, or the time budget ran out."),
        },
    )
    def post(self, request: Request) -> Response:
        serializer = ExtractRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        limit = settings.FACTCHECK_EXTRACT_MAX_CHARS
        if len(data["text"]) > limit:
            raise RequestTooLarge(
                f"The text has {len(data['text'])} characters; the limit is {limit} (FACTCHECK_EXTRACT_MAX_CHARS). "
                "Submit long texts as articles."
            )
        budget = settings.FACTCHECK_EXTRACT_TIME_BUDGET
        try:
            with time_budget(budget):
                found = extraction.extract(
                    data["text"], lang=data["language"], published=data["published"], max_chars=limit
                )
        except extraction.ExtractionError as exc:
            raise DjangoValidationError({"text": str(exc)}) from None
        except ExtractBudgetExceeded:
            raise Unprocessable(
                f"Extraction ran past its budget of {budget:g} s (FACTCHECK_EXTRACT_TIME_BUDGET); "
                "submit the text as an article."
            ) from None
        found = bounded_claims(found, where="extract request")
        if len(found) > settings.FACTCHECK_EXTRACT_MAX_CLAIMS:
            raise Unprocessable(
                f"The text has {len(found)} numeric claims; the limit is {settings.FACTCHECK_EXTRACT_MAX_CLAIMS} "
                "(FACTCHECK_EXTRACT_MAX_CLAIMS)."
            )
        return Response({"claims": ExtractedClaimSerializer(found, many=True).data})
