"""Writes for partners: tokens and webhook deliveries."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Verdict
from claims.representation import claim_dict
from factcheck.http import FetchError, FetchTransientError, http_request
from factcheck.tasks_enqueue import enqueue_on_commit, run_task_now
from partners.models import Partner, PartnerToken, Webhook, WebhookDelivery

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Factcheck-Signature"
TIMESTAMP_HEADER = "X-Factcheck-Timestamp"
DELIVERY_HEADER = "X-Factcheck-Delivery"
EVENT_NAME = "verdict.changed"
# The claim's fields a delivery carries (docs/api.md, Webhooks), from claims.representation.
WEBHOOK_CLAIM_FIELDS = (
    "id",
    "article_url",
    "source",
    "event",
    "text",
    "sentence",
    "measure",
    "subject",
    "place",
    "value",
    "low",
    "high",
    "qualifier",
    "as_of",
)


# --- tokens -----------------------------------------------------------------------------


def partner_token_create(*, partner: Partner, name: str) -> tuple[PartnerToken, str]:
    """A new token and its key; the key is not stored and cannot be shown again."""
    key = PartnerToken.generate_key()
    token = PartnerToken(partner=partner, name=name)
    token.set_key(key)
    token.full_clean()
    token.save()
    return token, key


def partner_tokens_revoke(*, token_ids: list[int]) -> int:
    return PartnerToken.objects.filter(pk__in=token_ids, revoked_at__isnull=True).update(revoked_at=timezone.now())


# --- webhooks ---------------------------------------------------------------------------


def webhook_signature(*, secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex>` of HMAC-SHA256(secret, timestamp + "." + body) (docs/api.md, "Webhooks").

    The timestamp is signed with the body so a captured delivery cannot be replayed later.
    """
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verdict_payload(*, claim_id: int, verdict_id: int) -> dict[str, object] | None:
    verdict = Verdict.objects.select_related("claim__article__source", "claim__event").filter(pk=verdict_id).first()
    if verdict is None or verdict.claim_id != claim_id:
        return None
    claimed: Mapping[str, object] = claim_dict(verdict.claim)
    return {
        "event": EVENT_NAME,
        "claim": {field: claimed[field] for field in WEBHOOK_CLAIM_FIELDS},
        "verdict": {
            "id": verdict.pk,
            "label": verdict.label,
            "confidence": verdict.confidence,
            "review_state": verdict.review_state,
            "method_version": verdict.method_version,
            "computed_at": verdict.computed_at.isoformat(),
            "explanation": verdict.explanation,
        },
    }


def webhook_deliveries_create(*, claim_id: int, verdict_id: int) -> list[int]:
    """Record one delivery per active webhook for a claim's new current verdict, and send
        each after commit. Called inside the claims' transaction (claims.signals.verdicts_changed,
    partners.receivers).

        Exactly once per (webhook, verdict): the unique constraint decides, so a service that
        reports the same verdict twice records (and sends) it once. Returns the new delivery ids.
    """
    return webhook_deliveries_create_many(changes=[(claim_id, verdict_id)])


def webhook_deliveries_create_many(*, changes: list[tuple[int, int]]) -> list[int]:
    """`webhook_deliveries_create` for many (claim id, verdict id) pairs: a batch of checks
    reads the active webhooks once, and nothing more when there are none."""
    webhooks = list(Webhook.objects.filter(is_active=True, partner__is_active=True).values_list("pk", flat=True))
    if not webhooks:
        return []
    created_ids: list[int] = []
    for claim_id, verdict_id in changes:
        payload = verdict_payload(claim_id=claim_id, verdict_id=verdict_id)
        if payload is None:
            continue
        for webhook_id in webhooks:
            delivery, created = WebhookDelivery.objects.get_or_create(
                webhook_id=webhook_id, verdict_id=verdict_id, defaults={"claim_id": claim_id, "payload": payload}
            )
            if created:
                created_ids.append(delivery.pk)
    for delivery_id in created_ids:
        _enqueue_delivery(delivery_id)
    return created_ids


_background_sender: ThreadPoolExecutor | None = None
_background_lock = threading.Lock()


def _send_in_background(delivery_id: int) -> Future:
    """The embedded mode (no broker, no worker): the delivery is POSTed by a thread of this
    process after the response, its retries spaced by the same backoff, so a slow or
    unreachable receiver never holds up a request."""
    global _background_sender
    with _background_lock:
        if _background_sender is None:
            _background_sender = ThreadPoolExecutor(max_workers=2, thread_name_prefix="webhook")
    return _background_sender.submit(_deliver_now, delivery_id)


def _deliver_now(delivery_id: int) -> str:
    from django.db import connections

    try:
        outcome = attempt_delivery(delivery_id)
        retries = 0
        while outcome == RETRY:
            time.sleep(backoff_seconds(retries))
            retries += 1
            outcome = attempt_delivery(delivery_id)
        return outcome
    except Exception:
        logger.exception("webhook delivery %s could not be attempted; left pending", delivery_id)
        return "error"
    finally:
        connections.close_all()  # this thread's connections only


DELIVER_TASK = "partners.deliver_webhook"  # partners/tasks.py


def _enqueue_delivery(delivery_id: int) -> None:
    enqueue_on_commit(DELIVER_TASK, delivery_id, run_eagerly=lambda: _deliver_eagerly(delivery_id))


def _deliver_eagerly(delivery_id: int) -> None:
    """No broker: POST in this request (FACTCHECK_WEBHOOK_SEND_IN_REQUEST) or from a thread."""
    if settings.FACTCHECK_WEBHOOK_SEND_IN_REQUEST:
        run_task_now(DELIVER_TASK, delivery_id)
    else:
        _send_in_background(delivery_id)


def delivery_lease(*, delivery_id: int, now: dt.datetime | None = None) -> WebhookDelivery | None:
    """Take a pending delivery for one attempt, or None if it is delivered, failed or being
    sent by another worker right now (a conditional update: 0 rows means someone else has it)."""
    now = now or timezone.now()
    lease = dt.timedelta(seconds=settings.FACTCHECK_WEBHOOK_TIMEOUT * 2 + 5)
    taken = (
        WebhookDelivery.objects.filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING)
        .filter(Q(leased_until__isnull=True) | Q(leased_until__lt=now))
        .update(leased_until=now + lease, attempts=F("attempts") + 1, last_attempt_at=now)
    )
    if taken != 1:
        return None
    return WebhookDelivery.objects.select_related("webhook__partner").get(pk=delivery_id)


def delivery_succeeded(*, delivery_id: int, response_status: int) -> None:
    now = timezone.now()
    WebhookDelivery.objects.filter(pk=delivery_id).exclude(status=WebhookDelivery.Status.DELIVERED).update(
        status=WebhookDelivery.Status.DELIVERED,
        delivered_at=now,
        response_status=response_status,
        last_error="",
        leased_until=None,
    )
    logger.info("webhook delivered", extra={"delivery_id": delivery_id})


def delivery_attempt_failed(
    *, delivery_id: int, reason: str, response_status: int | None, final: bool, url: str = "", attempt: int = 0
) -> None:
    """An attempt failed: released for the next retry, or marked failed when none is left.
    One log line per failed attempt, naming the URL and the reason."""
    fields: dict[str, object] = {"last_error": reason[:2000], "response_status": response_status, "leased_until": None}
    if final:
        fields["status"] = WebhookDelivery.Status.FAILED
    WebhookDelivery.objects.filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING).update(**fields)
    logger.warning(
        "webhook delivery %s to %s failed (attempt %s, %s): %s",
        delivery_id,
        url or "?",
        attempt,
        "no attempts left" if final else "will retry",
        reason,
        extra={"delivery_id": delivery_id, "final": final},
    )


@transaction.atomic
def deliveries_resend(*, delivery_ids: list[int]) -> int:
    """An editor sends failed deliveries again (from the admin); delivered ones are left alone."""
    ids = list(
        WebhookDelivery.objects.filter(pk__in=delivery_ids, status=WebhookDelivery.Status.FAILED).values_list(
            "pk", flat=True
        )
    )
    WebhookDelivery.objects.filter(pk__in=ids).update(status=WebhookDelivery.Status.PENDING, attempts=0)
    for delivery_id in ids:
        _enqueue_delivery(delivery_id)
    return len(ids)


def deliveries_sweep_pending(*, older_than: dt.timedelta = dt.timedelta(minutes=5)) -> int:
    """Send again the deliveries still pending whose first send met a stopped broker."""
    cutoff = timezone.now() - older_than
    ids = list(
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, created_at__lt=cutoff)
        .filter(Q(leased_until__isnull=True) | Q(leased_until__lt=timezone.now()))
        .values_list("pk", flat=True)[:1000]
    )
    for delivery_id in ids:
        _enqueue_delivery(delivery_id)
    return len(ids)


# --- one attempt ------------------------------------------------------------------------


def backoff_seconds(retries: int) -> int:
    """10 s, 20 s, 40 s ... capped at FACTCHECK_WEBHOOK_BACKOFF_MAX."""
    return min(settings.FACTCHECK_WEBHOOK_BACKOFF_BASE * 2**retries, settings.FACTCHECK_WEBHOOK_BACKOFF_MAX)


RETRY = "retry"


def attempt_delivery(delivery_id: int) -> str:
    """One signed POST of a delivery: "delivered", "failed" (no attempts left), "retry", or
    "skipped" (already delivered or failed by a duplicate task, or another worker is on it)."""
    delivery = delivery_lease(delivery_id=delivery_id)
    if delivery is None:
        return "skipped"
    body = json.dumps({"delivery_id": delivery.pk, **delivery.payload}, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: webhook_signature(secret=delivery.webhook.secret, timestamp=timestamp, body=body),
        TIMESTAMP_HEADER: timestamp,
        DELIVERY_HEADER: str(delivery.pk),
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
            delivery_succeeded(delivery_id=delivery.pk, response_status=status)
            return "delivered"
        reason = f"the receiver answered HTTP {status}"
    except (FetchError, FetchTransientError) as exc:
        reason = str(exc)
    final = delivery.attempts >= settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS
    delivery_attempt_failed(
        delivery_id=delivery.pk,
        reason=reason,
        response_status=status,
        final=final,
        url=delivery.webhook.url,
        attempt=delivery.attempts,
    )
    return "failed" if final else RETRY
