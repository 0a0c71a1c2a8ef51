"""Hostile and broken input to the API answers a bounded 4xx in the documented JSON shape,
never a 500, an HTML page or an answer that grows with the square of the input (issue 13)."""

from __future__ import annotations

import io
import json
import logging
import random
import time

import pytest
from django.test import Client

from claims import extraction
from claims.bounds import MAX_CONTEXT_CHARS
from factcheck.wsgi import application
from sources.models import Article

pytestmark = pytest.mark.django_db


def assert_error_shape(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert {"code", "message"} <= set(body)
    assert body["message"]
    if code is not None:
        assert body["code"] == code
    return body


def dense_numbers(size: int, seed: int = 7) -> str:
    """A text of `size` characters that is nothing but one comma list of casualty figures."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        part = f"{rng.randint(2, 900)} orang tewas, {rng.randint(2, 90)} luka"
        parts.append(part)
        total += len(part) + 2
    return ", ".join(parts)[:size]


# --- item 1: bounded output ------------------------------------------------------------------


def test_dense_numbers_give_a_response_that_grows_linearly_with_the_text(clients):
    sizes = {}
    for size in (10_000, 40_000):
        response = clients["partner"].post("/api/v1/extract/", {"text": dense_numbers(size)}, format="json")
        assert response.status_code == 200
        claims = response.json()["claims"]
        assert claims
        assert max(len(claim["sentence"]) for claim in claims) <= MAX_CONTEXT_CHARS
        sizes[size] = len(response.content)
    # Before the fix, a comma list was one sentence copied into every claim: 40 KB answered 117 MB.
    assert sizes[40_000] < 100 * 40_000
    assert sizes[40_000] < 6 * sizes[10_000]


def test_a_text_over_the_extract_limit_answers_413(clients, settings):
    settings.FACTCHECK_EXTRACT_MAX_CHARS = 5_000
    response = clients["partner"].post("/api/v1/extract/", {"text": dense_numbers(5_001)}, format="json")
    body = assert_error_shape(response, 413, "request_too_large")
    assert "FACTCHECK_EXTRACT_MAX_CHARS" in body["message"]


def test_two_megabytes_of_numbers_answer_413_at_once(clients):
    # The body is under the 4 MiB request limit, the text over the extract limit.
    response = clients["partner"].post("/api/v1/extract/", {"text": dense_numbers(2_000_000)}, format="json")
    assert_error_shape(response, 413, "request_too_large")


def test_more_claims_than_the_limit_answers_422(clients, settings):
    settings.FACTCHECK_EXTRACT_MAX_CLAIMS = 10
    response = clients["partner"].post("/api/v1/extract/", {"text": dense_numbers(2_000)}, format="json")
    body = assert_error_shape(response, 422, "unprocessable")
    assert "FACTCHECK_EXTRACT_MAX_CLAIMS" in body["message"]


def test_an_extraction_past_its_time_budget_answers_422(clients, settings, monkeypatch):
    settings.FACTCHECK_EXTRACT_TIME_BUDGET = 0.05

    def never_ends(text, lang=None, published=None, max_chars=None):
        for _ in range(3000):  # 30 s at most: the budget interrupts it long before
            time.sleep(0.01)
        raise AssertionError("the time budget did not interrupt the extraction")

    monkeypatch.setattr(extraction, "extract", never_ends)
    response = clients["partner"].post("/api/v1/extract/", {"text": "12 orang tewas."}, format="json")
    body = assert_error_shape(response, 422, "unprocessable")
    assert "FACTCHECK_EXTRACT_TIME_BUDGET" in body["message"]


# --- item 3: 500s from input --------------------------------------------------------------------


def test_a_figure_larger_than_a_float_is_dropped_alone(clients):
    # The extractor itself never reads a number no float holds (tests/claims/extraction).
    text = "Sebanyak 1" + "0" * 400 + " orang tewas. Sebanyak 12 orang luka."
    response = clients["partner"].post("/api/v1/extract/", {"text": text, "language": "id"}, format="json")
    assert response.status_code == 200
    assert [(claim["measure"], claim["low"]) for claim in response.json()["claims"]] == [("injured", 12.0)]


def test_a_figure_beyond_the_stored_bound_is_dropped_alone_and_logged(clients, caplog):
    # 10^20 is a float, but beyond any count a claim may hold (claims/bounds.py).
    text = "Sebanyak 1" + "0" * 20 + " orang tewas. Sebanyak 12 orang luka."
    with caplog.at_level(logging.WARNING, logger="claims.bounds"):
        response = clients["partner"].post("/api/v1/extract/", {"text": text, "language": "id"}, format="json")
    assert response.status_code == 200
    assert [(claim["measure"], claim["low"]) for claim in response.json()["claims"]] == [("injured", 12.0)]
    assert "claim dropped in extract request" in caplog.text


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/%C2%B3/",  # superscript three
        "/api/v1/claims/%D9%A1/",  # Arabic-Indic one
        "/api/v1/claims/%DB%B1/verdicts/",  # extended Arabic-Indic one
        "/api/v1/articles/%EF%BC%91/",  # fullwidth one
        "/api/v1/claims/1" + "0" * 40 + "/",
    ],
)
def test_unicode_and_huge_ids_in_paths_answer_404(clients, world, path):
    for role in ("anonymous", "partner"):
        assert_error_shape(clients[role].get(path), 404, "not_found")


@pytest.mark.parametrize("published_at", ["2022-13-01T10:00:00Z", "9999-12-31T23:59:59-23:59", "2022-02-30"])
def test_invalid_published_at_answers_400_and_stores_nothing(clients, published_at):
    response = clients["partner"].post(
        "/api/v1/articles/",
        {"url": "https://news.example.org/a/odd-date", "body": "12 orang tewas.", "published_at": published_at},
        format="json",
    )
    body = assert_error_shape(response, 400, "invalid")
    assert "published_at" in body["fields"]
    assert Article.objects.count() == 0


def test_json_nested_100000_deep_answers_400(clients):
    deep = "[" * 100_000 + "]" * 100_000
    response = clients["partner"].post("/api/v1/extract/", deep, content_type="application/json")
    assert_error_shape(response, 400, "parse_error")


# --- item 4: types ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "as_sent",
    [str, lambda pk: pk + 0.5, float, lambda pk: True, lambda pk: 0, lambda pk: 2**70, lambda pk: [pk]],
    ids=["string", "fraction", "float", "bool", "zero", "huge", "list"],
)
def test_event_must_be_an_integer_id(clients, world, as_sent):
    response = clients["partner"].post(
        "/api/v1/articles/",
        {"url": "https://news.example.org/a/typed", "body": "12 orang tewas.", "event": as_sent(world.event.pk)},
        format="json",
    )
    body = assert_error_shape(response, 400, "invalid")
    assert "event" in body["fields"]
    assert not Article.objects.filter(url="https://news.example.org/a/typed").exists()


def test_an_integer_event_id_is_accepted(clients, world):
    response = clients["partner"].post(
        "/api/v1/articles/",
        {"url": "https://news.example.org/a/typed", "body": "12 orang tewas.", "event": world.event.pk},
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["event"]["id"] == world.event.pk


# --- item 5: JSON errors everywhere under /api/ -----------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/nothing-here/", "/api/nothing/", "/api/v1/claims/1/nothing/", "/api/v2/"])
def test_unknown_api_paths_answer_json_404(path):
    assert_error_shape(Client().get(path), 404, "not_found")


def test_unknown_api_paths_answer_json_404_with_debug_on(settings):
    settings.DEBUG = True
    assert_error_shape(Client().get("/api/v1/nothing-here/"), 404, "not_found")


def test_an_uncaught_error_answers_json_500_and_is_logged(clients, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("claims.api.views.visible_claim_rows", broken)
    clients["partner"].raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = clients["partner"].get("/api/v1/claims/")
    assert_error_shape(response, 500, "server_error")
    assert "a bug" not in response.content.decode()
    assert "Internal Server Error: /api/v1/claims/" in caplog.text


def test_non_api_paths_keep_django_pages():
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


def test_the_api_root_lists_its_resources(clients):
    response = clients["anonymous"].get("/api/v1/")
    assert response.status_code == 200
    index = response.json()
    assert index["claims"] == "http://testserver/api/v1/claims/"
    assert {"articles", "claims", "sources", "events", "extract", "claimreview"} <= set(index)


# --- item 7: chunked bodies ---------------------------------------------------------------------------


def call_wsgi(path: str, body: bytes, headers: dict[str, str]) -> tuple[str, dict, bytes]:
    """The WSGI app called as gunicorn calls it for a chunked body: no CONTENT_LENGTH, the
    de-chunked bytes in wsgi.input."""
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "CONTENT_TYPE": "application/json",
        "HTTP_TRANSFER_ENCODING": "chunked",
        "REMOTE_ADDR": "127.0.0.1",
    }
    environ.update({"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()})
    answer: dict = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = dict(response_headers)

    chunks = application(environ, start_response)
    content = b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()
    return answer["status"], answer["headers"], content


@pytest.fixture
def wsgi_connection():
    """The WSGI app fires request_finished, which would close the test's connection."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_a_chunked_body_is_read(partner_key, wsgi_connection):
    body = json.dumps({"text": "Sebanyak 12 orang tewas.", "language": "id"}).encode()
    status, _, content = call_wsgi("/api/v1/extract/", body, {"Authorization": f"Bearer {partner_key}"})
    assert status.startswith("200"), content[:300]
    assert [claim["low"] for claim in json.loads(content)["claims"]] == [12.0]


def test_an_oversize_chunked_body_answers_413(partner_key, settings, wsgi_connection):
    settings.FACTCHECK_MAX_REQUEST_BYTES = 1000
    body = json.dumps({"text": "12 orang tewas. " * 200}).encode()
    status, headers, content = call_wsgi("/api/v1/extract/", body, {"Authorization": f"Bearer {partner_key}"})
    assert status.startswith("413")
    assert headers["Content-Type"] == "application/json"
    assert json.loads(content)["code"] == "request_too_large"
