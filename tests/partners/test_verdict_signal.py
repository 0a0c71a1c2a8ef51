"""claims tells partners of a new current verdict through claims.signals.verdicts_changed
(claims never imports partners); partners' receiver, connected in PartnersConfig.ready,
records the webhook deliveries in the claims' transaction and sends them on commit."""

from __future__ import annotations

import pytest

from claims import signals
from claims.services import verdict_review
from partners import services as partner_services
from partners.models import Partner, Webhook, WebhookDelivery
from partners.receivers import record_webhook_deliveries
from tests.claims.api.support import Route

pytestmark = pytest.mark.django_db


@pytest.fixture
def webhook(db) -> Webhook:
    partner = Partner.objects.create(name="Harbour Desk")
    return Webhook.objects.create(partner=partner, url="https://hooks.harbourdesk.example.net/in", secret="k" * 24)


@pytest.fixture
def sent(monkeypatch) -> list[int]:
    """The delivery ids handed to the sender (not sent anywhere)."""
    ids: list[int] = []
    monkeypatch.setattr(partner_services, "_enqueue_delivery", ids.append)
    return ids


def test_the_partners_receiver_is_connected_once():
    # Each entry: ((dispatch uid, sender key), a weak reference to the receiver, ...).
    live = {entry[0][0]: entry[1]() for entry in signals.verdicts_changed.receivers}

    assert live == {"partners.record_webhook_deliveries": record_webhook_deliveries}


def test_the_signal_records_a_delivery_per_webhook_and_hands_it_to_the_sender(world, webhook, sent):
    verdict = world.unpublished_verdict

    signals.verdicts_changed.send(sender=None, changes=[(world.unpublished.pk, verdict.pk)])

    delivery = WebhookDelivery.objects.get()
    assert (delivery.webhook_id, delivery.claim_id, delivery.verdict_id) == (
        webhook.pk,
        world.unpublished.pk,
        verdict.pk,
    )
    assert delivery.payload["claim"]["id"] == world.unpublished.pk
    assert sent == [delivery.pk]


def test_an_editors_override_reaches_the_webhook_through_the_signal_on_commit(
    world, editor, local_server, django_capture_on_commit_callbacks
):
    hook = Webhook.objects.create(partner=Partner.objects.create(name="Loopback Desk"), url=local_server.url("/in"))
    local_server.routes["/in"] = Route(204)
    heard: list[list[tuple[int, int]]] = []

    def listener(sender: object, *, changes: list[tuple[int, int]], **kwargs: object) -> None:
        heard.append(changes)

    signals.verdicts_changed.connect(listener, dispatch_uid="test.listener")
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            verdict = verdict_review(
                claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Old."
            )
    finally:
        signals.verdicts_changed.disconnect(dispatch_uid="test.listener")

    assert heard == [[(world.unpublished.pk, verdict.pk)]]
    delivery = WebhookDelivery.objects.get(webhook=hook)
    assert (delivery.verdict_id, delivery.status, local_server.requests) == (verdict.pk, "pending", [])
    for callback in callbacks:  # the commit
        callback()
    delivery.refresh_from_db()
    assert delivery.status == "delivered"
    assert [request["path"] for request in local_server.requests] == ["/in"]


def test_without_a_receiver_a_verdict_change_records_nothing(
    world, editor, webhook, django_capture_on_commit_callbacks
):
    signals.verdicts_changed.disconnect(dispatch_uid="partners.record_webhook_deliveries")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            verdict_review(
                claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Old."
            )
    finally:
        signals.verdicts_changed.connect(record_webhook_deliveries, dispatch_uid="partners.record_webhook_deliveries")

    assert not WebhookDelivery.objects.exists()
