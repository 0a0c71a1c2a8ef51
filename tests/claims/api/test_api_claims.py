from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from tests.claims.api.support import EXPLANATION, ROLES, UNSAFE_METHODS, call
from tests.factories import ClaimFactory, EvidenceFactory, VerdictFactory

pytestmark = pytest.mark.django_db

READS_EVERYTHING = ("partner", "editor", "admin")


def evidence_body(world) -> list[dict]:
    return [
        {
            "claim_id": world.unpublished.pk,
            "article_url": "https://daily.example.org/floods",
            "source": "Daily",
            "text": "12",
            "relation": "supports",
            "credible": True,
            "low": 12.0,
            "high": 12.0,
            "as_of": "2022-01-08",
            "explanation": "same toll, a day later",
        }
    ]


def confirmed_verdict_body(world) -> dict:
    return {
        "id": world.confirmed_verdict.pk,
        "label": "supported",
        "confidence": 0.8,
        "review_state": "confirmed",
        "method_version": "editor",
        "computed_at": "2022-01-08T11:30:00Z",
        "checked_at": "2022-01-08T11:30:00Z",
        "rationale": "Matches the ministry's figure.",
        "explanation": EXPLANATION,
        "evidence": evidence_body(world),
    }


def published_claim_body(world) -> dict:
    return {
        "id": world.published.pk,
        "article": {
            "id": world.published_article.pk,
            "url": "https://ministry.example.org/floods",
            "title": "Flood toll rises",
            "published_at": "2022-01-07T12:00:00Z",
            "source": {"id": world.official.pk, "name": "Ministry", "domain": "ministry.example.org"},
        },
        "event": {"id": world.event.pk, "name": "Floods 2022"},
        "text": "12",
        "sentence": "At least 12 people were killed in the floods, officials said.",
        "start": 9,
        "end": 11,
        "measure": "killed",
        "subject": "people",
        "place": None,
        "value": 12.0,
        "low": 12.0,
        "high": None,
        "qualifier": "at_least",
        "unit": None,
        "as_of": "2022-01-07",
        "attributed_to": None,
        "language": "en",
        "status": "verified",
        "status_error": "",
        "review_state": "reviewed",
        "last_checked_at": None,
        "verdict": confirmed_verdict_body(world),
    }


def unpublished_claim_body(world) -> dict:
    return {
        "id": world.unpublished.pk,
        "article": {
            "id": world.draft_article.pk,
            "url": "https://daily.example.org/floods",
            "title": "Floods in the north",
            "published_at": "2022-01-07T12:00:00Z",
            "source": {"id": world.outlet.pk, "name": "Daily", "domain": "daily.example.org"},
        },
        "event": {"id": world.event.pk, "name": "Floods 2022"},
        "text": "12",
        "sentence": "Officials said 12 people were killed.",
        "start": 15,
        "end": 17,
        "measure": "killed",
        "subject": "people",
        "place": None,
        "value": 12.0,
        "low": 12.0,
        "high": 12.0,
        "qualifier": "exact",
        "unit": None,
        "as_of": "2022-01-08",
        "attributed_to": "officials",
        "language": "en",
        "status": "pending",
        "status_error": "",
        "review_state": "none",
        "last_checked_at": None,
        "verdict": {
            "id": world.unpublished_verdict.pk,
            "label": "unverified",
            "confidence": 0.3,
            "review_state": "auto",
            "method_version": "v1",
            "computed_at": "2022-01-08T10:00:00Z",
            "checked_at": "2022-01-08T10:00:00Z",
            "rationale": "",
            "explanation": "Unverified: no other source reported this figure for the event.",
            "evidence": [],
        },
    }


# --- list and detail --------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "viewer"])
def test_anonymous_list_shows_only_published_claims(clients, world, role):
    response = clients[role].get("/api/v1/claims/")

    assert response.status_code == 200
    assert response.json() == {"next": None, "previous": None, "results": [published_claim_body(world)]}


@pytest.mark.parametrize("role", READS_EVERYTHING)
def test_partners_editors_and_admins_list_every_claim(clients, world, role):
    response = clients[role].get("/api/v1/claims/")

    assert response.status_code == 200
    assert response.json() == {
        "next": None,
        "previous": None,
        "results": [published_claim_body(world), unpublished_claim_body(world)],
    }


@pytest.mark.parametrize("role", ROLES)
def test_published_claim_detail_is_readable_by_everyone(clients, world, role):
    response = clients[role].get(f"/api/v1/claims/{world.published.pk}/")

    assert response.status_code == 200
    assert response.json() == published_claim_body(world)


@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 404), ("viewer", 404), ("partner", 200), ("editor", 200), ("admin", 200)],
)
def test_unpublished_claim_detail_is_hidden_from_anonymous_callers(clients, world, role, expected_status):
    response = clients[role].get(f"/api/v1/claims/{world.unpublished.pk}/")

    assert response.status_code == expected_status
    if expected_status == 404:
        assert response.json() == {"code": "not_found", "message": "Not found."}
    else:
        assert response.json() == unpublished_claim_body(world)


@pytest.mark.parametrize("claim_id", ["999999", "0", "-1", "abc", "99999999999999999999999"])
def test_unknown_or_impossible_claim_ids_answer_404(clients, world, claim_id):
    response = clients["partner"].get(f"/api/v1/claims/{claim_id}/")

    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "Not found."}


# --- permission matrix ------------------------------------------------------------------


@pytest.mark.parametrize("method", UNSAFE_METHODS)
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 405), ("editor", 405), ("admin", 405)],
)
@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/claims/{id}/", "/api/v1/claims/{id}/verdicts/"])
def test_claims_are_read_only_for_everyone(clients, world, path, method, role, expected_status):
    response = call(clients[role], method, path.format(id=world.published.pk))

    assert response.status_code == expected_status
    expected_body = {
        401: {"code": "not_authenticated", "message": "Authentication credentials were not provided."},
        403: {"code": "permission_denied", "message": "Only partner tokens and editors may do this."},
        405: {"code": "method_not_allowed", "message": f'Method "{method.upper()}" not allowed.'},
    }[expected_status]
    assert response.json() == expected_body


def test_unauthenticated_write_is_challenged_for_a_bearer_token(clients, world):
    response = clients["anonymous"].post("/api/v1/claims/", {}, format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


# --- verdict history --------------------------------------------------------------------


@pytest.mark.parametrize("role", READS_EVERYTHING)
def test_verdict_history_lists_every_verdict_newest_first(clients, world, role):
    response = clients[role].get(f"/api/v1/claims/{world.published.pk}/verdicts/")

    assert response.status_code == 200
    assert response.json() == [
        confirmed_verdict_body(world),
        {
            "id": world.auto_verdict.pk,
            "label": "supported",
            "confidence": 0.8,
            "review_state": "auto",
            "method_version": "v1",
            "computed_at": "2022-01-08T10:00:00Z",
            "checked_at": "2022-01-08T10:00:00Z",
            "rationale": "",
            "explanation": EXPLANATION,
            "evidence": evidence_body(world),
        },
    ]


@pytest.mark.parametrize("role", ["anonymous", "viewer"])
def test_anonymous_verdict_history_shows_only_editorial_verdicts(clients, world, role):
    response = clients[role].get(f"/api/v1/claims/{world.published.pk}/verdicts/")

    assert response.status_code == 200
    assert response.json() == [confirmed_verdict_body(world)]


def test_anonymous_verdict_history_of_an_unpublished_claim_is_404(clients, world):
    response = clients["anonymous"].get(f"/api/v1/claims/{world.unpublished.pk}/verdicts/")

    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "Not found."}


# --- filters, search, ordering ----------------------------------------------------------


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("event={event}", ["published", "unpublished"]),
        ("event=999999", []),
        ("measure=killed", ["published", "unpublished"]),
        ("measure=arrested", []),
        ("subject=people", ["published", "unpublished"]),
        ("subject=police", []),
        ("verdict=supported", ["published"]),
        ("verdict=unverified", ["unpublished"]),
        ("review_state=reviewed", ["published"]),
        ("review_state=none", ["unpublished"]),
        ("verdict_review_state=confirmed", ["published"]),
        ("verdict_review_state=auto", ["unpublished"]),
        ("language=en", ["published", "unpublished"]),
        ("language=id", []),
        ("source={outlet}", ["unpublished"]),
        ("article={published_article}", ["published"]),
        ("as_of_after=2022-01-08", ["unpublished"]),
        ("as_of_before=2022-01-07", ["published"]),
        ("as_of_after=2022-01-07&as_of_before=2022-01-08", ["published", "unpublished"]),
        ("search=officials", ["published", "unpublished"]),
        ("search=north", ["unpublished"]),
        ("search=nothing-like-this", []),
        ("ordering=-id", ["unpublished", "published"]),
        ("ordering=-as_of", ["unpublished", "published"]),
        ("ordering=as_of", ["published", "unpublished"]),
        ("ordering=confidence", ["unpublished", "published"]),
        ("ordering=-confidence", ["published", "unpublished"]),
    ],
)
def test_claim_filters_search_and_ordering(clients, world, query, expected):
    query = query.format(event=world.event.pk, outlet=world.outlet.pk, published_article=world.published_article.pk)

    response = clients["partner"].get(f"/api/v1/claims/?{query}")

    assert ids(response) == [getattr(world, name).pk for name in expected]


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("measure=bogus", {"measure": ["Select a valid choice. bogus is not one of the available choices."]}),
        ("event=abc", {"event": ["Enter a whole number."]}),
        (
            "event=99999999999999999999999",
            {"event": ["Ensure this value is less than or equal to 9223372036854775807."]},
        ),
        ("as_of_after=yesterday", {"as_of_after": ["Enter a valid date."]}),
        ("search=a%00b", {"search": ["Null characters are not allowed."]}),
    ],
)
def test_bad_filter_values_answer_400_with_the_field(clients, world, query, fields):
    response = clients["partner"].get(f"/api/v1/claims/?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["fields"] == fields


def test_an_invalid_cursor_answers_404(clients, world):
    response = clients["partner"].get("/api/v1/claims/?cursor=not-a-cursor")

    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "Invalid cursor"}


def test_cursor_pagination_walks_every_claim_once(clients, world):
    for offset in range(5):
        claim = ClaimFactory(article=world.published_article, event=world.event, start=offset, end=offset + 2)
        VerdictFactory(claim=claim)
    seen: list[int] = []
    url = "/api/v1/claims/?page_size=3&ordering=-as_of"
    while url:
        body = clients["partner"].get(url).json()
        seen += [item["id"] for item in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(Claim.objects.values_list("pk", flat=True))
    assert len(seen) == 7


# --- queries ----------------------------------------------------------------------------


def add_published_claims(world, editor, count: int) -> None:
    first = Claim.objects.filter(measure="injured").count()
    for offset in range(first, first + count):
        claim = ClaimFactory(
            article=world.published_article, event=world.event, start=offset, end=offset + 2, measure="injured"
        )
        verdict = VerdictFactory(claim=claim, review_state="confirmed", reviewer=editor)
        EvidenceFactory(verdict=verdict, claim=world.unpublished)


def list_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("role", ["anonymous", "partner", "editor"])
@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/?page_size=100",
        "/api/v1/claimreview/?page_size=100",
        "/api/v1/claims/export.csv",
        "/api/v1/articles/?page_size=100",
    ],
)
def test_list_queries_do_not_grow_with_page_size(clients, world, editor, role, url):
    clients[role].get("/api/v1/sources/")  # a partner token's first use stamps it, once
    add_published_claims(world, editor, 2)
    few = list_queries(clients[role], url)
    add_published_claims(world, editor, 20)

    many = list_queries(clients[role], url)

    assert many == few


def test_claims_list_answers_in_a_fixed_number_of_queries(clients, world, editor):
    add_published_claims(world, editor, 10)

    # the partner token (+ its last-used stamp, at most once a minute), the page, the evidence
    clients["partner"].get("/api/v1/claims/")
    assert list_queries(clients["partner"], "/api/v1/claims/?page_size=100") == 3


def test_claim_dates_are_iso_dates(clients, world):
    Claim.objects.filter(pk=world.published.pk).update(as_of=dt.date(2022, 1, 9))

    response = clients["anonymous"].get(f"/api/v1/claims/{world.published.pk}/")

    assert response.json()["as_of"] == "2022-01-09"


@pytest.mark.parametrize("query", ["ordering=no_such_field", "ordering=", "page_size=abc", "page_size=201", "subject="])
def test_unknown_orderings_and_empty_or_bad_parameters_answer_400(clients, world, query):
    response = clients["partner"].get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert query.split("=")[0] in response.json()["fields"]
