from __future__ import annotations

import json

import pytest

from claims.models import ArticleEvent
from sources.models import Article, Source
from tests.claims.api.support import ARTICLE_HTML, ROLES, Route, call

pytestmark = pytest.mark.django_db

TRANSACTIONAL = pytest.mark.django_db(transaction=True)


def published_article_body(world, *, with_body: bool = False) -> dict:
    body = {
        "id": world.published_article.pk,
        "url": "https://ministry.example.org/floods",
        "title": "Flood toll rises",
        "language": "en",
        "published_at": "2022-01-07T12:00:00Z",
        "ingested_at": "2022-01-08T09:00:00Z",
        "source": {"id": world.official.pk, "name": "Ministry", "domain": "ministry.example.org"},
        "event": {"id": world.event.pk, "name": "Floods 2022"},
        "extraction_status": "done",
        "extraction_error": "",
        "extracted_at": "2022-01-08T09:00:00Z",
    }
    if with_body:
        body["body"] = "At least 12 people were killed in the floods, officials said."
    return body


def draft_article_body(world) -> dict:
    return {
        "id": world.draft_article.pk,
        "url": "https://daily.example.org/floods",
        "title": "Floods in the north",
        "language": "en",
        "published_at": "2022-01-07T12:00:00Z",
        "ingested_at": "2022-01-08T09:00:00Z",
        "source": {"id": world.outlet.pk, "name": "Daily", "domain": "daily.example.org"},
        "event": {"id": world.event.pk, "name": "Floods 2022"},
        "extraction_status": "done",
        "extraction_error": "",
        "extracted_at": "2022-01-08T09:00:00Z",
    }


# --- reads ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "viewer"])
def test_anonymous_list_shows_articles_with_a_published_claim(clients, world, role):
    response = clients[role].get("/api/v1/articles/")

    assert response.status_code == 200
    assert response.json() == {"next": None, "previous": None, "results": [published_article_body(world)]}


@pytest.mark.parametrize("role", ["partner", "editor", "admin"])
def test_partners_and_editors_list_every_article_newest_first(clients, world, role):
    response = clients[role].get("/api/v1/articles/")

    assert response.status_code == 200
    assert response.json() == {
        "next": None,
        "previous": None,
        "results": [draft_article_body(world), published_article_body(world)],
    }


@pytest.mark.parametrize("role", ROLES)
def test_article_detail_includes_the_body(clients, world, role):
    response = clients[role].get(f"/api/v1/articles/{world.published_article.pk}/")

    assert response.status_code == 200
    assert response.json() == published_article_body(world, with_body=True)


@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 404), ("viewer", 404), ("partner", 200), ("editor", 200), ("admin", 200)],
)
def test_article_without_published_claims_is_hidden_from_anonymous_callers(clients, world, role, expected_status):
    response = clients[role].get(f"/api/v1/articles/{world.draft_article.pk}/")

    assert response.status_code == expected_status


# --- permission matrix ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 400), ("editor", 400), ("admin", 400)],
)
def test_only_partners_and_editors_may_submit_articles(clients, world, role, expected_status):
    response = clients[role].post("/api/v1/articles/", {}, format="json")

    assert response.status_code == expected_status
    assert (
        response.json()
        == {
            401: {"code": "not_authenticated", "message": "Authentication credentials were not provided."},
            403: {"code": "permission_denied", "message": "Only partner tokens and editors may do this."},
            400: {
                "code": "invalid",
                "message": "url: This field is required.",
                "fields": {"url": ["This field is required."]},
            },
        }[expected_status]
    )


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 405), ("editor", 405), ("admin", 405)],
)
@pytest.mark.parametrize("path", ["/api/v1/articles/", "/api/v1/articles/{id}/"])
def test_articles_cannot_be_changed_or_deleted(clients, world, path, method, role, expected_status):
    response = call(clients[role], method, path.format(id=world.published_article.pk))

    assert response.status_code == expected_status


@pytest.mark.parametrize("role", ROLES)
def test_post_to_an_article_detail_is_not_allowed(clients, world, role):
    response = call(clients[role], "post", f"/api/v1/articles/{world.published_article.pk}/")

    assert response.status_code == {"anonymous": 401, "viewer": 403}.get(role, 405)


# --- create from text -------------------------------------------------------------------


def test_text_submission_stores_the_article_and_says_extraction_is_pending(
    clients, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = clients["partner"].post(
            "/api/v1/articles/",
            {
                "url": "https://www.wire.example.org/story/1",
                "title": "Floods update",
                "body": "More than 200 people were moved to shelters, officials said.",
                "published_at": "2022-01-09T08:00:00+07:00",
                "language": "en",
                "event": world.event.pk,
            },
            format="json",
        )

    assert response.status_code == 201
    article = Article.objects.get(url="https://www.wire.example.org/story/1")
    body = response.json()
    assert body == {
        "id": article.pk,
        "url": "https://www.wire.example.org/story/1",
        "title": "Floods update",
        "language": "en",
        "published_at": "2022-01-09T01:00:00Z",
        "ingested_at": body["ingested_at"],
        "source": {"id": article.source_id, "name": "wire.example.org", "domain": "wire.example.org"},
        "event": {"id": world.event.pk, "name": "Floods 2022"},
        "extraction_status": "pending",
        "extraction_error": "",
        "extracted_at": None,
        "body": "More than 200 people were moved to shelters, officials said.",
    }
    assert len(callbacks) == 1  # the extraction, sent after commit


def test_submitting_a_known_url_again_answers_200_with_the_stored_article(clients, world):
    response = clients["editor"].post(
        "/api/v1/articles/",
        {"url": "https://ministry.example.org/floods", "body": "Something else, 5 dead."},
        format="json",
    )

    assert response.status_code == 200
    assert response.json() == published_article_body(world, with_body=True)


@TRANSACTIONAL
def test_text_submission_answers_pending_when_the_broker_is_down(clients, settings, monkeypatch):
    from claims import tasks

    settings.CELERY_TASK_ALWAYS_EAGER = False

    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("redis is down")

    monkeypatch.setattr(tasks.extract_article, "apply_async", broker_down)

    response = clients["partner"].post(
        "/api/v1/articles/",
        {"url": "https://wire.example.org/story/2", "body": "At least 3 people were injured."},
        format="json",
    )

    assert response.status_code == 201
    assert response.json()["extraction_status"] == "pending"
    assert Article.objects.get(url="https://wire.example.org/story/2").extraction_status == "pending"


# --- bad input: 4xx, a message, nothing saved --------------------------------------------


def assert_nothing_saved() -> None:
    assert not Article.objects.exclude(
        url__in=["https://ministry.example.org/floods", "https://daily.example.org/floods"]
    ).exists()
    assert set(Source.objects.values_list("name", flat=True)) == {"Ministry", "Daily"}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            {"url": "https://a.example.org/1", "body": "3 dead.", "author": "me"},
            {"code": "invalid", "message": "author: Unknown field.", "fields": {"author": ["Unknown field."]}},
        ),
        (
            {"url": "https://a.example.org/1", "body": 3},
            {"code": "invalid", "message": "body: Not a valid string.", "fields": {"body": ["Not a valid string."]}},
        ),
        (
            {"url": ["https://a.example.org/1"]},
            {"code": "invalid", "message": "url: Not a valid string.", "fields": {"url": ["Not a valid string."]}},
        ),
        (
            {"url": "not a url", "body": "3 dead."},
            {"code": "invalid", "message": "url: Enter a valid URL.", "fields": {"url": ["Enter a valid URL."]}},
        ),
        (
            {"url": "ftp://a.example.org/1"},
            {
                "code": "invalid",
                "message": "url: Only http and https URLs are accepted.",
                "fields": {"url": ["Only http and https URLs are accepted."]},
            },
        ),
        (
            {"url": "https://a.example.org/1", "body": "   "},
            {
                "code": "invalid",
                "message": "body: The body is empty; leave it out to have the URL fetched.",
                "fields": {"body": ["The body is empty; leave it out to have the URL fetched."]},
            },
        ),
        (
            {"url": "https://a.example.org/1", "body": "3 dead.", "published_at": "last tuesday"},
            {
                "code": "invalid",
                "message": "published_at: Use a date (YYYY-MM-DD) or an RFC 3339 date-time "
                "(2022-01-07T18:00:00+07:00).",
                "fields": {
                    "published_at": ["Use a date (YYYY-MM-DD) or an RFC 3339 date-time (2022-01-07T18:00:00+07:00)."]
                },
            },
        ),
        (
            ["https://a.example.org/1"],
            {
                "code": "invalid",
                "message": "Invalid data. Expected a dictionary, but got list.",
                "fields": {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]},
            },
        ),
    ],
)
def test_bad_submissions_answer_400_and_save_nothing(clients, world, payload, expected):
    response = clients["partner"].post("/api/v1/articles/", payload, format="json")

    assert response.status_code == 400
    assert response.json() == expected
    assert_nothing_saved()


@pytest.mark.parametrize(
    "url,address",
    [
        ("http://10.1.2.3/secret", "10.1.2.3"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://127.0.0.1:8000/admin/", "127.0.0.1"),
    ],
)
def test_a_well_formed_url_the_fetcher_refuses_answers_422_and_saves_nothing(clients, world, url, address):
    response = clients["partner"].post("/api/v1/articles/", {"url": url}, format="json")

    assert response.status_code == 422
    assert response.json() == {
        "code": "unprocessable",
        "message": f"url: the address {address} is private, loopback or reserved",
    }
    assert_nothing_saved()


def test_an_unknown_event_answers_422_and_saves_nothing(clients, world):
    payload = {"url": "https://a.example.org/1", "body": "3 dead.", "event": 999999}
    response = clients["partner"].post("/api/v1/articles/", payload, format="json")

    assert response.status_code == 422
    assert response.json() == {"code": "unprocessable", "message": "event: there is no event with id 999999."}
    assert_nothing_saved()


def test_invalid_json_answers_400_with_the_parser_message(clients, world):
    response = clients["partner"].post("/api/v1/articles/", '{"url": ', content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {
        "code": "parse_error",
        "message": "JSON parse error - Expecting value: line 1 column 9 (char 8)",
    }
    assert_nothing_saved()


def test_nan_is_not_json(clients, world):
    response = clients["partner"].post("/api/v1/articles/", '{"url": NaN}', content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"code": "parse_error", "message": "JSON parse error - NaN is not valid JSON"}


def test_form_bodies_answer_415(clients, world):
    response = clients["partner"].post("/api/v1/articles/", {"url": "https://a.example.org/1"})

    assert response.status_code == 415
    assert response.json() == {
        "code": "unsupported_media_type",
        "message": 'Unsupported media type "multipart/form-data; boundary=BoUnDaRyStRiNg; charset=utf-8" in request.',
    }
    assert_nothing_saved()


def test_a_body_over_the_limit_answers_413(clients, world, settings):
    settings.FACTCHECK_MAX_REQUEST_BYTES = 1000
    payload = json.dumps({"url": "https://a.example.org/1", "body": "3 dead. " * 200})

    response = clients["partner"].post("/api/v1/articles/", payload, content_type="application/json")

    assert response.status_code == 413
    assert response.json() == {
        "code": "request_too_large",
        "message": f"The request body has {len(payload)} bytes; the limit is 1000.",
    }
    assert_nothing_saved()


# --- create from a URL ------------------------------------------------------------------


def test_url_submission_stores_a_row_waiting_for_the_fetch(clients, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = clients["partner"].post("/api/v1/articles/", {"url": "https://news.example.net/a/1"}, format="json")

    assert response.status_code == 201
    article = Article.objects.get(url="https://news.example.net/a/1")
    assert response.json() == {
        "id": article.pk,
        "url": "https://news.example.net/a/1",
        "title": "",
        "language": "",
        "published_at": None,
        "ingested_at": response.json()["ingested_at"],
        "source": {"id": article.source_id, "name": "news.example.net", "domain": "news.example.net"},
        "event": None,
        "extraction_status": "fetch_pending",
        "extraction_error": "",
        "extracted_at": None,
        "body": "",
    }
    assert len(callbacks) == 1  # the fetch task, sent after commit (not run here: no internet in tests)


@TRANSACTIONAL
def test_url_submission_is_fetched_and_extracted(clients, local_server, monkeypatch):
    from claims import services

    extracted: list[int] = []
    monkeypatch.setattr(services, "article_extract", lambda *, article_id: extracted.append(article_id))
    local_server.routes["/floods.html"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html; charset=utf-8"})

    response = clients["partner"].post("/api/v1/articles/", {"url": local_server.url("/floods.html")}, format="json")

    assert response.status_code == 201
    article = Article.objects.get(url=local_server.url("/floods.html"))
    assert response.json()["extraction_status"] == "pending"
    assert article.title == "Floods: toll rises to 14"
    assert article.body.startswith(
        "Floods: toll rises to 14\nAt least 14 people were killed in the floods in the north of the country"
    )
    assert "Copyright" not in article.body and "Home | World" not in article.body
    assert article.published_date.isoformat() == "2022-01-09"
    assert extracted == [article.pk]


@TRANSACTIONAL
def test_url_submission_links_the_given_event(clients, local_server, monkeypatch):
    from claims import services
    from tests.factories import EventFactory

    monkeypatch.setattr(services, "article_extract", lambda *, article_id: None)
    event = EventFactory(name="Northern floods")
    local_server.routes["/floods.html"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})

    response = clients["editor"].post(
        "/api/v1/articles/", {"url": local_server.url("/floods.html"), "event": event.pk}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["event"] == {"id": event.pk, "name": "Northern floods"}
    assert ArticleEvent.objects.get(article__url=local_server.url("/floods.html")).event == event


@TRANSACTIONAL
@pytest.mark.parametrize(
    ("route", "message"),
    [
        (
            Route(302, b"", {"Location": "http://10.0.0.7/internal"}),
            "fetch failed: the address 10.0.0.7 is private, loopback or reserved",
        ),
        (
            Route(301, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}),
            "fetch failed: the address 169.254.169.254 is private, loopback or reserved",
        ),
        (
            Route(200, b"%PDF-1.4 not a page", {"Content-Type": "application/pdf"}),
            "fetch failed: the page is not HTML (Content-Type: application/pdf)",
        ),
        (
            Route(200, b'{"a": 1}', {"Content-Type": "application/json"}),
            "fetch failed: the page is not HTML (Content-Type: application/json)",
        ),
        (Route(404, b"gone", {"Content-Type": "text/html"}), "fetch failed: the page does not exist (HTTP 404)"),
        (
            Route(200, b"<html><body></body></html>", {"Content-Type": "text/html"}),
            "fetch failed: no article text found on the page",
        ),
    ],
)
def test_unusable_urls_answer_422_and_save_nothing(clients, local_server, route, message):
    local_server.routes["/page"] = route

    response = clients["partner"].post("/api/v1/articles/", {"url": local_server.url("/page")}, format="json")

    assert response.status_code == 422
    assert response.json() == {"code": "unprocessable", "message": message}
    assert not Article.objects.filter(url=local_server.url("/page")).exists()
    assert not Source.objects.filter(domain="127.0.0.1").exists()


@TRANSACTIONAL
def test_a_page_over_the_size_limit_answers_422(clients, local_server, settings):
    settings.FACTCHECK_FETCH_MAX_BYTES = 2000
    local_server.routes["/big"] = Route(200, b"<html><body>" + b"<p>12 dead.</p>" * 500, {"Content-Type": "text/html"})

    response = clients["partner"].post("/api/v1/articles/", {"url": local_server.url("/big")}, format="json")

    assert response.status_code == 422
    assert response.json() == {
        "code": "unprocessable",
        "message": "fetch failed: the page is larger than the limit of 2000 bytes",
    }


@TRANSACTIONAL
def test_a_redirect_to_a_public_page_on_loopback_is_followed(clients, local_server, monkeypatch):
    from claims import services

    monkeypatch.setattr(services, "article_extract", lambda *, article_id: None)
    local_server.routes["/old"] = Route(301, b"", {"Location": "/floods.html"})
    local_server.routes["/floods.html"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})

    response = clients["partner"].post("/api/v1/articles/", {"url": local_server.url("/old")}, format="json")

    assert response.status_code == 201
    assert response.json()["title"] == "Floods: toll rises to 14"
    assert [r["path"] for r in local_server.requests] == ["/old", "/floods.html"]
