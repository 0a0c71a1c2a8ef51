"""Webhooks: a verdict change is POSTed, signed, to a receiver on loopback."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from claims.services import verdict_review
from partners import tasks
from partners.models import Partner, Webhook, WebhookDelivery
from partners.services import webhook_deliveries_create, webhook_signature
from tests.claims.api.support import Route

pytestmark = pytest.mark.django_db

SECRET = "s3cret-shared-with-the-partner"


@pytest.fixture
def webhook(local_server) -> Webhook:
    partner = Partner.objects.create(name="Newsroom Hooks")
    return Webhook.objects.create(partner=partner, url=local_server.url("/hooks/factcheck"), secret=SECRET)


def verify(request: dict, secret: str) -> bool:
    """What a partner's receiver does (docs/api.md, "Webhooks")."""
    timestamp = request["headers"]["X-Factcheck-Timestamp"]
    expected = (
        "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + request["body"], hashlib.sha256).hexdigest()
    )
    return hmac.compare_digest(expected, request["headers"]["X-Factcheck-Signature"])


def override(world, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return verdict_review(
            claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Wrong day."
        )


def test_a_verdict_change_is_posted_signed_to_the_webhook(
    world, editor, webhook, local_server, django_capture_on_commit_callbacks
):
    local_server.routes["/hooks/factcheck"] = Route(204)

    verdict = override(world, editor, django_capture_on_commit_callbacks)

    assert len(local_server.requests) == 1
    request = local_server.requests[0]
    assert request["method"] == "POST"
    assert request["headers"]["Content-Type"] == "application/json"
    assert verify(request, SECRET)
    assert not verify(request, "another-secret")
    delivery = WebhookDelivery.objects.get()
    assert request["headers"]["X-Factcheck-Delivery"] == str(delivery.pk)
    assert json.loads(request["body"]) == {
        "delivery_id": delivery.pk,
        "event": "verdict.changed",
        "claim": {
            "id": world.unpublished.pk,
            "article_url": "https://daily.example.org/floods",
            "source": "Daily",
            "event": "Floods 2022",
            "text": "12",
            "sentence": "Officials said 12 people were killed.",
            "measure": "killed",
            "subject": "people",
            "place": None,
            "value": 12.0,
            "low": 12.0,
            "high": 12.0,
            "qualifier": "exact",
            "as_of": "2022-01-08",
        },
        "verdict": {
            "id": verdict.pk,
            "label": "contradicted",
            "confidence": 1.0,
            "review_state": "overridden",
            "method_version": "editor",
            "computed_at": verdict.computed_at.isoformat(),
            "explanation": "Contradicted (editor review): Wrong day.",
        },
    }
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 1, 204)


def test_a_receiver_that_fails_twice_then_succeeds_gets_the_verdict_exactly_once(
    world, editor, webhook, local_server, django_capture_on_commit_callbacks
):
    local_server.routes["/hooks/factcheck"] = [Route(500, b"oops"), Route(502, b"bad gateway"), Route(200, b"ok")]

    override(world, editor, django_capture_on_commit_callbacks)
    tasks.deliver_webhook.apply(args=(WebhookDelivery.objects.get().pk,))  # a duplicate task arrives late

    answered_ok = [r for r in local_server.requests if r is local_server.requests[-1]]
    assert len(local_server.requests) == 3
    assert len(answered_ok) == 1
    assert all(verify(request, SECRET) for request in local_server.requests)
    bodies = {request["body"] for request in local_server.requests}
    assert len(bodies) == 1  # every attempt carries the same delivery
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status, delivery.last_error) == (
        "delivered",
        3,
        200,
        "",
    )


def test_a_receiver_that_keeps_failing_ends_failed_with_the_reason(
    world, editor, webhook, local_server, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 3
    local_server.routes["/hooks/factcheck"] = Route(500, b"down")

    override(world, editor, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status, delivery.last_error) == (
        "failed",
        3,
        500,
        "the receiver answered HTTP 500",
    )
    assert len(local_server.requests) == 3


def test_the_same_verdict_is_recorded_once_per_webhook(
    world, editor, webhook, local_server, django_capture_on_commit_callbacks
):
    local_server.routes["/hooks/factcheck"] = Route(200)
    verdict = override(world, editor, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        again = webhook_deliveries_create(claim_id=world.unpublished.pk, verdict_id=verdict.pk)

    assert again == []
    assert WebhookDelivery.objects.count() == 1
    assert len(local_server.requests) == 1


def test_inactive_webhooks_and_partners_get_nothing(
    world, editor, webhook, local_server, django_capture_on_commit_callbacks
):
    Webhook.objects.create(partner=Partner.objects.create(name="Paused", is_active=False), url=webhook.url)
    Webhook.objects.filter(pk=webhook.pk).update(is_active=False)

    override(world, editor, django_capture_on_commit_callbacks)

    assert WebhookDelivery.objects.count() == 0
    assert local_server.requests == []


def test_a_webhook_on_a_private_address_is_refused_and_logged(
    world, editor, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 1
    Webhook.objects.create(partner=Partner.objects.create(name="Sneaky"), url="http://10.0.0.5/hook", secret=SECRET)

    override(world, editor, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_error) == (
        "failed",
        "the address 10.0.0.5 is private, loopback or reserved",
    )


def test_redirects_from_a_receiver_are_not_followed(
    world, editor, webhook, local_server, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 1
    local_server.routes["/hooks/factcheck"] = Route(307, b"", {"Location": "http://169.254.169.254/"})

    override(world, editor, django_capture_on_commit_callbacks)

    assert WebhookDelivery.objects.get().last_error == "redirects are not followed (got 307)"


def test_backoff_doubles_up_to_the_cap(settings):
    settings.FACTCHECK_WEBHOOK_BACKOFF_BASE = 10
    settings.FACTCHECK_WEBHOOK_BACKOFF_MAX = 60

    assert [tasks.backoff_seconds(n) for n in range(5)] == [10, 20, 40, 60, 60]


def test_signature_is_hmac_sha256_of_timestamp_and_body():
    assert webhook_signature(secret="key", timestamp="1700000000", body=b'{"a":1}') == (
        "sha256=" + hmac.new(b"key", b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
    )


def test_admin_sends_failed_deliveries_again(
    world, editor, webhook, local_server, settings, admin_client, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 1
    local_server.routes["/hooks/factcheck"] = [Route(500), Route(200)]
    override(world, editor, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed"

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/partners/webhookdelivery/", {"action": "send_again", "_selected_action": [delivery.pk]}
        )

    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("delivered", 1)
