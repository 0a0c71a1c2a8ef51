"""Thin Celery adapters: ids in, one service call, failures recorded on the row.

Every task is idempotent (the services lock the row and skip finished work), acks late
and is redelivered if its worker dies, so a duplicate delivery or a retry is harmless.
"""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from claims import services
from sources.services import article_mark_failed

logger = logging.getLogger(__name__)

# Transient: the database or the broker went away for a moment; try again with backoff.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)
RETRY_OPTIONS = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 8,
    "acks_late": True,
    "reject_on_worker_lost": True,
}


def _close_stale_connections() -> None:
    # After a database restart the kept connection is dead; drop it before the retry. Never
    # inside a transaction (an eager task in a caller's atomic block, or a test).
    from django.db import connection

    if not connection.in_atomic_block and connection.connection is not None and not connection.is_usable():
        connection.close()


@shared_task(name="claims.extract_article", bind=True, **RETRY_OPTIONS)
def extract_article(self, article_id: int) -> None:
    try:
        services.article_extract(article_id=article_id)
    except TRANSIENT_ERRORS:
        _close_stale_connections()
        raise
    except SoftTimeLimitExceeded:
        article_mark_failed(article_id=article_id, reason="extraction took longer than the time limit")
    except Exception as exc:
        logger.exception("extraction failed", extra={"article_id": article_id})
        article_mark_failed(article_id=article_id, reason=f"{type(exc).__name__}: {exc}")


@shared_task(name="claims.verify_claims", bind=True, **RETRY_OPTIONS)
def verify_claims(self, claim_ids: list[int]) -> None:
    """Check a batch of claims (services.enqueue_verification groups them by event and measure)."""
    try:
        services.claims_verify(claim_ids=claim_ids, owed_only=True)
    except TRANSIENT_ERRORS:
        _close_stale_connections()
        raise
    except SoftTimeLimitExceeded:
        for claim_id in claim_ids:
            services.claim_mark_failed(claim_id=claim_id, reason="verification took longer than the time limit")
    except Exception:
        # One claim that cannot be checked must not fail its batch: check them one by one,
        # so the failure is recorded on that claim's row alone.
        logger.exception("batch verification failed; checking its claims one by one", extra={"claims": claim_ids})
        for claim_id in claim_ids:
            _verify_one(claim_id)


@shared_task(name="claims.verify_claim", bind=True, **RETRY_OPTIONS)
def verify_claim(self, claim_id: int) -> None:
    """One claim; kept for messages queued before batches (and for callers that have one)."""
    _verify_one(claim_id)


def _verify_one(claim_id: int) -> None:
    try:
        services.claim_verify(claim_id=claim_id)
    except TRANSIENT_ERRORS:
        _close_stale_connections()
        raise
    except SoftTimeLimitExceeded:
        services.claim_mark_failed(claim_id=claim_id, reason="verification took longer than the time limit")
    except Exception as exc:
        logger.exception("verification failed", extra={"claim_id": claim_id})
        services.claim_mark_failed(claim_id=claim_id, reason=f"{type(exc).__name__}: {exc}")


@shared_task(name="claims.recheck_due", **RETRY_OPTIONS)
def recheck_due() -> int:
    return services.claims_recheck_due()


@shared_task(name="claims.sweep_pending_articles", **RETRY_OPTIONS)
def sweep_pending_articles() -> int:
    return services.articles_sweep_pending()
