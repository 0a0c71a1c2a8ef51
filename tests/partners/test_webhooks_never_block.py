"""Webhooks never hold up a request (issue 13, item 9): in the embedded mode a delivery is
POSTed by a background thread after the response; each failed attempt is logged once with the
URL and the reason; loopback and private URLs are refused when the webhook is saved; and
`verdict.changed` fires only when the label or the confidence moved."""

from __future__ import annotations

import http.server
import logging
import threading
import time

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from claims.services import verdict_review
from partners.models import Partner, Webhook, WebhookDelivery
from tests.claims.api.support import Route


class HeldReceiver:
    """A receiver that answers each POST only once the test lets it (at most 20 s)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.received = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.received.set()
                receiver.release.wait(20)
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def wait_until(condition, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def editor_group(transactional_db):
    """A transactional test runs on a flushed database: the Editor group a migration made may be gone."""
    Group.objects.get_or_create(name="Editor")


@pytest.mark.django_db(transaction=True)
def test_the_embedded_mode_sends_deliveries_after_the_response(editor_group, world, editor, settings):
    settings.FACTCHECK_WEBHOOK_SEND_IN_REQUEST = False  # the embedded mode as deployed
    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = True
    receiver = HeldReceiver()
    try:
        webhook = Webhook.objects.create(partner=Partner.objects.create(name="Slow"), url=receiver.url())
        verdict = verdict_review(
            claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Wrong day."
        )
        # The review returned while the receiver still holds the POST: nobody waited for it.
        delivery = WebhookDelivery.objects.get(webhook=webhook, verdict=verdict)
        assert delivery.status == WebhookDelivery.Status.PENDING
        assert receiver.received.wait(20), "the background sender never POSTed"
        assert WebhookDelivery.objects.get(pk=delivery.pk).status == WebhookDelivery.Status.PENDING
        receiver.release.set()
        wait_until(
            lambda: WebhookDelivery.objects.get(pk=delivery.pk).status == WebhookDelivery.Status.DELIVERED,
            "the delivery to be recorded as delivered",
        )
    finally:
        receiver.close()


@pytest.mark.django_db
def test_each_failed_attempt_is_logged_once_with_url_and_reason(
    world, editor, local_server, settings, caplog, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 2
    local_server.routes["/hooks/down"] = Route(503, b"maintenance")
    url = local_server.url("/hooks/down")
    Webhook.objects.create(partner=Partner.objects.create(name="Down"), url=url)
    with caplog.at_level(logging.WARNING, logger="partners"), django_capture_on_commit_callbacks(execute=True):
        verdict_review(
            claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Wrong day."
        )
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("partners")]
    assert lines == [
        f"webhook delivery {WebhookDelivery.objects.get().pk} to {url} failed (attempt 1, will retry): "
        "the receiver answered HTTP 503",
        f"webhook delivery {WebhookDelivery.objects.get().pk} to {url} failed (attempt 2, no attempts left): "
        "the receiver answered HTTP 503",
    ]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://[::1]/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::ffff:127.0.0.1]/hook",
        "ftp://receiver.example.org/hook",
    ],
)
@pytest.mark.django_db
def test_loopback_and_private_webhook_urls_are_refused_when_saved(url, settings):
    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = False
    webhook = Webhook(partner=Partner.objects.create(name="Sneaky"), url=url)
    with pytest.raises(ValidationError) as refused:
        webhook.full_clean()
    assert "url" in refused.value.message_dict


@pytest.mark.django_db
def test_the_admin_refuses_a_private_webhook_url(admin_client, settings):
    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = False
    partner = Partner.objects.create(name="Via admin")
    response = admin_client.post(
        "/admin/partners/webhook/add/",
        {"partner": partner.pk, "url": "http://10.0.0.7/hook", "secret": "x" * 40, "is_active": "on"},
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Webhook URLs must be public" in response.content.decode()
    assert not Webhook.objects.exists()


@pytest.mark.django_db
def test_a_public_webhook_url_is_accepted(settings):
    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = False
    Webhook(partner=Partner.objects.create(name="Fine"), url="https://8.8.8.8/hook").full_clean()


@pytest.mark.django_db
def test_a_confirmation_that_moves_neither_label_nor_confidence_is_not_a_change(
    world, editor, local_server, django_capture_on_commit_callbacks
):
    local_server.routes["/hooks/factcheck"] = Route(204)
    Webhook.objects.create(partner=Partner.objects.create(name="Quiet"), url=local_server.url("/hooks/factcheck"))
    with django_capture_on_commit_callbacks(execute=True):
        verdict_review(claim=world.unpublished, reviewer=editor, action="confirm")
    assert WebhookDelivery.objects.count() == 0
    assert local_server.requests == []
    with django_capture_on_commit_callbacks(execute=True):
        verdict_review(
            claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Wrong day."
        )
    assert WebhookDelivery.objects.count() == 1
