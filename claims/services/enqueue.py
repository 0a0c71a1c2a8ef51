"""Sends to the claims' tasks, by task name, once the surrounding transaction commits.

Services never import the task modules (the tasks import the services): they name the
task, and `factcheck.tasks_enqueue` finds it in Celery's registry."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction

from claims.models import Claim
from factcheck.tasks_enqueue import enqueue_on_commit

# The tasks' stable names (claims/tasks.py, claims/fetch_tasks.py).
EXTRACT_TASK = "claims.extract_article"
VERIFY_TASK = "claims.verify_claims"
FETCH_TASK = "claims.fetch_article"

# Checks wait behind the extraction (and fetch) tasks queued with them. With Redis a higher
# number is a lower priority (0, the default, is served first). An extraction records the
# checks it owes (services.article_extract) and returns; while a breaking story's articles
# keep coming, their debts pile up on the same claims and one check pays them all, where
# first-come order checked the event's claims again after every article. A check still runs
# whenever no extraction is waiting; give verification its own workers (docs/scaling.md)
# where extraction could keep every worker busy for long.
VERIFY_PRIORITY = 6


def article_enqueue_extraction(*, article_id: int) -> None:
    """Send an article for extraction once the surrounding transaction commits."""
    enqueue_on_commit(EXTRACT_TASK, article_id)


def article_enqueue_fetch(*, article_id: int) -> None:
    """Send a URL-submitted article to be fetched once the surrounding transaction commits."""
    enqueue_on_commit(FETCH_TASK, article_id)


def enqueue_verification(claim_ids: Iterable[int]) -> None:
    """Send these claims for verification once the surrounding transaction commits, in
    batches of claims of the same event and measure, so each task reads a group once.

    Marks them `pending` (a check is owed) under their row locks, taken in id order like
    every other writer that locks several claims. Extraction does not come here: it records
    what it owes without touching the claims' rows (`_owe_checks`).
    """
    ids = sorted(set(claim_ids))
    if not ids:
        return
    rows: list[tuple[int, int | None, str]] = []
    with transaction.atomic():
        for start in range(0, len(ids), 5000):  # bounded IN lists, in id order
            chunk = ids[start : start + 5000]
            # Pending says "a check is owed": the task checks owed claims only, so a duplicate
            # delivery, or a claim another batch has checked since, costs one locking read.
            found = list(
                Claim.objects.select_for_update(no_key=True)
                .filter(pk__in=chunk)
                .order_by("pk")
                .values_list("pk", "event_id", "measure", "status")
            )
            waiting = [pk for pk, _, _, status in found if status != Claim.Status.PENDING]
            if waiting:
                Claim.objects.filter(pk__in=waiting).update(status=Claim.Status.PENDING)
            rows += [row[:3] for row in found]
        send_checks(rows, due_again_if_unsent=True)


def send_checks(rows: list[tuple[int, int | None, str]], *, due_again_if_unsent: bool) -> None:
    """Send (claim id, event id, measure) rows to the verification task after commit, in
    batches of FACTCHECK_VERIFY_BATCH_SIZE grouped by event, then measure, then id.

    A batch the broker refuses stays owed: `due_again_if_unsent` makes its claims due at the
    very next sweep; without it the caller has recorded owed checks, which the sweep sends.
    """
    rows = sorted(set(rows), key=lambda row: (row[1] is None, row[1] or 0, row[2], row[0]))
    size = settings.FACTCHECK_VERIFY_BATCH_SIZE
    for start in range(0, len(rows), size):
        batch = [row[0] for row in rows[start : start + size]]

        def make_due_again(batch: list[int] = batch) -> None:
            # Unsent: due for the very next sweep instead of waiting out the interval.
            Claim.objects.filter(pk__in=batch).update(last_checked_at=None)

        enqueue_on_commit(
            VERIFY_TASK,
            batch,
            on_failure=make_due_again if due_again_if_unsent else None,
            priority=VERIFY_PRIORITY,
        )
