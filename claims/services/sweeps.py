"""Periodic sweeps: re-check due claims, send owed checks and waiting articles again."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from claims.models import Claim, OwedCheck
from claims.services.enqueue import article_enqueue_extraction, article_enqueue_fetch, enqueue_verification
from sources.models import Article


def claims_recheck_due(
    *,
    now: dt.datetime | None = None,
    batch_size: int | None = None,
    owed_older_than: dt.timedelta = dt.timedelta(minutes=2),
) -> int:
    """Send for verification the claims whose last check is older than the setting, and
    the claims with checks owed for longer than `owed_older_than` (an extraction recorded
    them and its send met a stopped broker, or the batch's worker died).

    Each batch is claimed with `select_for_update(skip_locked=True)` and stamped, so two
    sweeps running at once never send the same claim. Returns how many were sent.
    """
    now = now or timezone.now()
    batch_size = batch_size or settings.FACTCHECK_RECHECK_BATCH_SIZE
    due_before = now - dt.timedelta(hours=settings.FACTCHECK_RECHECK_AFTER_HOURS)
    total = 0
    while True:
        with transaction.atomic():
            ids = list(
                Claim.objects.select_for_update(no_key=True, skip_locked=True)
                .filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lt=due_before))
                .exclude(status=Claim.Status.FAILED)
                .order_by("last_checked_at", "pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                break
            # Stamping now keeps the next batch (and a concurrent sweep) off these claims;
            # the verification task records the real check time.
            Claim.objects.filter(pk__in=ids).update(last_checked_at=now)
            enqueue_verification(ids)
        total += len(ids)
        if len(ids) < batch_size:
            break
    return total + _send_owed_checks(now=now, owed_before=now - owed_older_than, batch_size=batch_size)


def _send_owed_checks(*, now: dt.datetime, owed_before: dt.datetime, batch_size: int) -> int:
    """Send again the claims with OwedCheck rows older than `owed_before`, in id order; their
    rows are stamped `now`, so the next sweep waits as long again before a second send.
    Claims a check holds are skipped (it pays or leaves the rows); failed claims wait for
    new evidence, as in the re-check sweep. Rows of claims deleted since are dropped."""
    OwedCheck.objects.filter(created_at__lte=owed_before).exclude(
        Exists(Claim.objects.filter(pk=OuterRef("claim_id")))
    ).delete()
    total, after = 0, 0
    while True:
        with transaction.atomic():
            ids = list(
                Claim.objects.select_for_update(no_key=True, skip_locked=True)
                .filter(pk__gt=after, pk__in=OwedCheck.objects.filter(created_at__lte=owed_before).values("claim_id"))
                .exclude(status=Claim.Status.FAILED)
                .order_by("pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                break
            OwedCheck.objects.filter(claim_id__in=ids).update(created_at=now)
            enqueue_verification(ids)
        total += len(ids)
        after = ids[-1]
        if len(ids) < batch_size:
            break
    return total


def articles_sweep_pending(*, older_than: dt.timedelta = dt.timedelta(minutes=2)) -> int:
    """Send again the articles still waiting to be fetched or extracted (their first send
    may have met a stopped broker, or their worker died); a duplicate send is harmless."""
    cutoff = timezone.now() - older_than
    waiting = Article.objects.filter(ingested_at__lte=cutoff)
    to_extract = list(waiting.filter(extraction_status=Article.Status.PENDING).values_list("pk", flat=True))
    to_fetch = list(waiting.filter(extraction_status=Article.Status.FETCH_PENDING).values_list("pk", flat=True))
    for article_id in to_extract:
        article_enqueue_extraction(article_id=article_id)
    for article_id in to_fetch:
        article_enqueue_fetch(article_id=article_id)
    return len(to_extract) + len(to_fetch)
