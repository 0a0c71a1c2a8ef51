"""Webhook delivery task: one signed POST per attempt (services.attempt_delivery), retried
with exponential backoff."""

from __future__ import annotations

import logging

from celery import shared_task

from partners import services
from partners.services import RETRY, attempt_delivery, backoff_seconds

logger = logging.getLogger(__name__)


class DeliveryFailed(Exception):
    """The receiver did not answer 2xx; the attempt is retried."""


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


__all__ = ["RETRY", "attempt_delivery", "backoff_seconds", "deliver_webhook", "sweep_pending_deliveries"]
