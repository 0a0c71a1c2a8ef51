from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from partners.models import Partner
from partners.services import partner_token_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "partner": "5/minute", "user": "4/minute"},
    }


def test_anonymous_callers_are_throttled_per_address(world, low_rates):
    client = APIClient()
    statuses = [client.get("/api/v1/sources/").status_code for _ in range(4)]
    other_address = client.get("/api/v1/sources/", REMOTE_ADDR="192.0.2.10")

    assert statuses == [200, 200, 200, 429]
    assert other_address.status_code == 200


def test_throttled_requests_say_when_to_come_back(world, low_rates):
    client = APIClient()
    for _ in range(3):
        client.get("/api/v1/sources/")

    response = client.get("/api/v1/sources/")

    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert response.json()["message"].startswith("Request was throttled. Expected available in ")
    assert int(response["Retry-After"]) > 0


def test_each_partner_token_has_its_own_bucket(world, low_rates):
    partner = Partner.objects.create(name="Busy")
    clients = []
    for name in ("one", "two"):
        _, key = partner_token_create(partner=partner, name=name)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
        clients.append(client)

    first = [clients[0].get("/api/v1/sources/").status_code for _ in range(6)]
    second = clients[1].get("/api/v1/sources/").status_code

    assert first == [200, 200, 200, 200, 200, 429]
    assert second == 200


def test_a_partner_is_not_limited_by_the_anonymous_bucket_of_its_address(world, low_rates, partner_key):
    anonymous = APIClient()
    for _ in range(3):
        anonymous.get("/api/v1/sources/")
    assert anonymous.get("/api/v1/sources/").status_code == 429

    response = APIClient().get("/api/v1/sources/", HTTP_AUTHORIZATION=f"Bearer {partner_key}")

    assert response.status_code == 200


def test_cors_allows_only_the_configured_origins(world, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.partner.example"]
    client = APIClient()

    allowed = client.get("/api/v1/sources/", HTTP_ORIGIN="https://app.partner.example")
    other = client.get("/api/v1/sources/", HTTP_ORIGIN="https://evil.example")

    assert allowed["Access-Control-Allow-Origin"] == "https://app.partner.example"
    assert "Access-Control-Allow-Origin" not in other


def test_cors_preflight_allows_the_authorization_header(world, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.partner.example"]

    response = APIClient().options(
        "/api/v1/articles/",
        HTTP_ORIGIN="https://app.partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )

    assert response.status_code == 200
    assert "authorization" in response["Access-Control-Allow-Headers"]
