from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from partners.models import Partner, PartnerToken, token_digest
from partners.services import partner_token_create, partner_tokens_revoke

pytestmark = pytest.mark.django_db


def bearer(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client


def test_a_partner_token_reads_unpublished_claims(world, partner_key):
    response = bearer(partner_key).get(f"/api/v1/claims/{world.unpublished.pk}/")

    assert response.status_code == 200


def test_only_a_digest_of_the_key_is_stored(partner_key):
    token = PartnerToken.objects.get()

    assert token.digest == token_digest(partner_key)
    assert token.prefix == partner_key[:8]
    assert partner_key not in {token.digest, token.prefix, token.name}


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("Bearer not-a-real-token", "Invalid or revoked token."),
        ("Bearer", "Invalid Authorization header: use 'Bearer <token>'."),
        ("Bearer two parts", "Invalid Authorization header: use 'Bearer <token>'."),
    ],
)
def test_bad_tokens_answer_401_even_on_open_reads(world, header, message):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)

    response = client.get("/api/v1/claims/")

    assert response.status_code == 401
    assert response.json() == {"code": "authentication_failed", "message": message}


def test_a_revoked_token_answers_401(world, partner_key):
    partner_tokens_revoke(token_ids=list(PartnerToken.objects.values_list("pk", flat=True)))

    response = bearer(partner_key).get("/api/v1/claims/")

    assert response.status_code == 401
    assert response.json() == {"code": "authentication_failed", "message": "Invalid or revoked token."}


def test_an_inactive_partners_tokens_stop_working(world, partner_key):
    Partner.objects.update(is_active=False)

    assert bearer(partner_key).get("/api/v1/claims/").status_code == 401


def test_use_is_stamped_at_most_once_a_minute(world, partner_key):
    client = bearer(partner_key)
    client.get("/api/v1/sources/")
    first = PartnerToken.objects.get().last_used_at
    client.get("/api/v1/sources/")

    assert first is not None
    assert PartnerToken.objects.get().last_used_at == first

    PartnerToken.objects.update(last_used_at=timezone.now() - dt.timedelta(minutes=5))
    client.get("/api/v1/sources/")
    assert PartnerToken.objects.get().last_used_at > first


def test_a_partner_token_gives_no_admin_access(partner_key):
    response = APIClient().get("/admin/", HTTP_AUTHORIZATION=f"Bearer {partner_key}")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_partner_submission_records_no_django_user_in_history(world, partner_key):
    response = bearer(partner_key).post(
        "/api/v1/articles/", {"url": "https://new.example.org/a", "body": "At least 3 people died."}, format="json"
    )

    assert response.status_code == 201
    from sources.models import Source

    assert Source.history.get(domain="new.example.org").history_user is None


# --- admin ------------------------------------------------------------------------------


def test_admin_creates_a_token_and_sees_its_key_once(admin_client):
    partner = Partner.objects.create(name="Platform Two")

    response = admin_client.post(
        "/admin/partners/partnertoken/add/", {"partner": partner.pk, "name": "browser extension"}, follow=True
    )

    assert response.status_code == 200
    token = PartnerToken.objects.get(partner=partner)
    shown = [str(m) for m in response.context["messages"]]
    key = next(m.split(": ")[-1] for m in shown if "shown only this once" in m)
    assert token.digest == token_digest(key)
    assert bearer(key).get("/api/v1/sources/").status_code == 200
    again = admin_client.get(f"/admin/partners/partnertoken/{token.pk}/change/")
    assert key not in again.content.decode()


def test_admin_revokes_tokens_with_the_action(admin_client, partner_key):
    token = PartnerToken.objects.get()

    response = admin_client.post(
        "/admin/partners/partnertoken/", {"action": "revoke", "_selected_action": [token.pk]}, follow=True
    )

    assert response.status_code == 200
    assert PartnerToken.objects.get().revoked_at is not None
    assert bearer(partner_key).get("/api/v1/sources/").status_code == 401


@pytest.mark.parametrize(
    "path",
    [
        "/admin/partners/partner/",
        "/admin/partners/partnertoken/",
        "/admin/partners/webhook/",
        "/admin/partners/webhookdelivery/",
        "/admin/partners/partnertoken/?q=Newsroom",
        "/admin/partners/webhookdelivery/?status__exact=failed",
    ],
)
def test_partner_admin_pages_open(admin_client, partner_key, path):
    assert admin_client.get(path).status_code == 200


def test_token_create_service_returns_a_working_key(world):
    partner = Partner.objects.create(name="Three")
    token, key = partner_token_create(partner=partner, name="ci")

    assert token.is_active
    assert bearer(key).get(f"/api/v1/claims/{world.unpublished.pk}/").status_code == 200
