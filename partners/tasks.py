"""Webhook delivery: one signed POST per attempt, retried with exponential backoff."""

from __future__ import annotations

import json
import logging
import time

from celery import shared_task
from django.conf import settings

from partners import services
from sources.fetching import FetchError, FetchTransientError, http_request

logger = logging.getLogger(__name__)


class DeliveryFailed(Exception):
    """The receiver did not answer 2xx; the attempt is retried."""


def backoff_seconds(retries: int) -> int:
    """10 s, 20 s, 40 s ... capped at FACTCHECK_WEBHOOK_BACKOFF_MAX."""
    return min(settings.FACTCHECK_WEBHOOK_BACKOFF_BASE * 2**retries, settings.FACTCHECK_WEBHOOK_BACKOFF_MAX)


RETRY = "retry"


def attempt_delivery(delivery_id: int) -> str:
    """One signed POST of a delivery: "delivered", "failed" (no attempts left), "retry", or
    "skipped" (already delivered or failed by a duplicate task, or another worker is on it)."""
    delivery = services.delivery_lease(delivery_id=delivery_id)
    if delivery is None:
        return "skipped"
    body = json.dumps({"delivery_id": delivery.pk, **delivery.payload}, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        services.SIGNATURE_HEADER: services.webhook_signature(
            secret=delivery.webhook.secret, timestamp=timestamp, body=body
        ),
        services.TIMESTAMP_HEADER: timestamp,
        services.DELIVERY_HEADER: str(delivery.pk),
    }
    status: int | None = None
    try:
        response = http_request(
            "POST",
            delivery.webhook.url,
            body=body,
            headers=headers,
            follow_redirects=False,
            timeout=settings.FACTCHECK_WEBHOOK_TIMEOUT,
            max_bytes=64 * 1024,
        )
        status = response.status
        if 200 <= status < 300:
            services.delivery_succeeded(delivery_id=delivery.pk, response_status=status)
            return "delivered"
        reason = f"the receiver answered HTTP {status}"
    except (FetchError, FetchTransientError) as exc:
        reason = str(exc)
    final = delivery.attempts >= settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS
    services.delivery_attempt_failed(
        delivery_id=delivery.pk,
        reason=reason,
        response_status=status,
        final=final,
        url=delivery.webhook.url,
        attempt=delivery.attempts,
    )
    return "failed" if final else RETRY


@shared_task(
    name="partners.deliver_webhook",
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,  # bounded by FACTCHECK_WEBHOOK_MAX_ATTEMPTS, counted on the delivery row
    soft_time_limit=60,
    time_limit=90,
)
def deliver_webhook(self, delivery_id: int) -> str:
    outcome = attempt_delivery(delivery_id)
    # Eager (no broker): there is no worker to come back later, and Celery's eager retry
    # raises into the caller, so the attempts are made now, one after the other.
    while outcome == RETRY and self.request.is_eager:
        outcome = attempt_delivery(delivery_id)
    if outcome == RETRY:
        raise self.retry(exc=DeliveryFailed(delivery_id), countdown=backoff_seconds(self.request.retries))
    return outcome


@shared_task(name="partners.sweep_pending_deliveries", acks_late=True)
def sweep_pending_deliveries() -> int:
    return services.deliveries_sweep_pending()
