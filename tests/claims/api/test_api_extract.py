from __future__ import annotations

import json

import pytest

from claims import extraction
from claims.extraction.types import ExtractedClaim
from sources.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake_extract(monkeypatch):
    """The extractor is tested on its own (tests/claims/extraction); here, what the API does with it."""
    calls: list[dict] = []

    def extract(text, lang=None, published=None, max_chars=None):
        calls.append({"text": text, "lang": lang, "published": published})
        if text == "refuse me":
            raise extraction.ExtractionError("the text has no readable characters")
        start = text.index("2.200")
        return [
            ExtractedClaim(
                text="lebih dari 2.200",
                start=start - 11,
                end=start + 5,
                sentence=text,
                measure="arrested",
                subject="people",
                value=2200,
                low=2201,
                high=None,
                qualifier="more_than",
                unit=None,
                as_of=published,
                attributed_to=None,
                language=lang or "id",
            )
        ]

    monkeypatch.setattr(extraction, "extract", extract, raising=False)
    monkeypatch.setattr(extraction, "ExtractionError", extraction.types.ExtractionError, raising=False)
    return calls


TEXT = "Polisi menangkap lebih dari 2.200 orang."


@pytest.mark.parametrize("role", ["partner", "editor", "admin"])
def test_extract_returns_the_claims_and_stores_nothing(clients, fake_extract, role):
    response = clients[role].post(
        "/api/v1/extract/", {"text": TEXT, "language": "id", "published": "2022-01-07"}, format="json"
    )

    assert response.status_code == 200
    assert response.json() == {
        "claims": [
            {
                "text": "lebih dari 2.200",
                "start": 17,
                "end": 33,
                "sentence": TEXT,
                "measure": "arrested",
                "subject": "people",
                "place": None,
                "value": 2200.0,
                "low": 2201.0,
                "high": None,
                "qualifier": "more_than",
                "unit": None,
                "as_of": "2022-01-07",
                "attributed_to": None,
                "language": "id",
            }
        ]
    }
    assert fake_extract[0]["lang"] == "id"
    assert Article.objects.count() == 0


def test_extract_detects_the_language_when_not_given(clients, fake_extract):
    response = clients["partner"].post("/api/v1/extract/", {"text": TEXT}, format="json")

    assert response.status_code == 200
    assert fake_extract == [{"text": TEXT, "lang": None, "published": None}]


@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 200), ("editor", 200), ("admin", 200)],
)
def test_only_partners_and_editors_may_extract(clients, fake_extract, role, expected_status):
    response = clients[role].post("/api/v1/extract/", {"text": TEXT}, format="json")

    assert response.status_code == expected_status


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete"])
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 405), ("viewer", 405), ("partner", 405), ("editor", 405), ("admin", 405)],
)
def test_extract_only_answers_post(clients, method, role, expected_status):
    response = getattr(clients[role], method)("/api/v1/extract/")

    # Reads are open to all, so a GET reaches the method check; writes are refused first.
    if method != "get" and role in ("anonymous", "viewer"):
        expected_status = {"anonymous": 401, "viewer": 403}[role]
    assert response.status_code == expected_status


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "{not json",
            {
                "code": "parse_error",
                "message": "JSON parse error - Expecting property name enclosed in double quotes: "
                "line 1 column 2 (char 1)",
            },
        ),
        (
            json.dumps({"text": 42}),
            {"code": "invalid", "message": "text: Not a valid string.", "fields": {"text": ["Not a valid string."]}},
        ),
        (
            json.dumps({"text": TEXT, "lang": "id"}),
            {"code": "invalid", "message": "lang: Unknown field.", "fields": {"lang": ["Unknown field."]}},
        ),
        (
            json.dumps({"text": TEXT, "language": "fr"}),
            {
                "code": "invalid",
                "message": 'language: "fr" is not a valid choice.',
                "fields": {"language": ['"fr" is not a valid choice.']},
            },
        ),
        (
            json.dumps({}),
            {
                "code": "invalid",
                "message": "text: This field is required.",
                "fields": {"text": ["This field is required."]},
            },
        ),
        (
            json.dumps({"text": "refuse me"}),
            {
                "code": "invalid",
                "message": "text: the text has no readable characters",
                "fields": {"text": ["the text has no readable characters"]},
            },
        ),
    ],
)
def test_bad_extract_requests_answer_400_with_a_message(clients, fake_extract, body, expected):
    response = clients["partner"].post("/api/v1/extract/", body, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == expected


def test_an_extract_body_over_the_limit_answers_413(clients, fake_extract, settings):
    settings.FACTCHECK_MAX_REQUEST_BYTES = 100

    response = clients["partner"].post("/api/v1/extract/", {"text": "x" * 200}, format="json")

    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"
    assert fake_extract == []
