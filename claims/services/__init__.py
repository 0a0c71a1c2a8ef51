"""Writes for articles, events, claims and verdicts, by capability. The admin, the API,
the commands and the tasks all go through these functions (`from claims import services`).

- `articles`: ingest a text, submit a URL to be fetched.
- `extract`: extract an article's claims; record the checks it owes.
- `verify`: check claims in batches and write their verdicts.
- `review`: an editor's verdict, assignment, a source's change.
- `events`: find, link and save events (discovery itself: claims/event_discovery.py).
- `sweeps`: periodic re-checks and re-sends.
- `enqueue`: sends to the claims' tasks by name, after commit (factcheck/tasks_enqueue.py).
- `locks`, `notify`: row locks in id order; `claims.signals.verdicts_changed` for a new verdict.

Tasks import services, never the other way round.
"""

from __future__ import annotations

from claims.services.articles import IngestResult, article_ingest, article_submit_url
from claims.services.enqueue import article_enqueue_extraction, article_enqueue_fetch, enqueue_verification
from claims.services.events import article_link_event, event_get_or_create, event_match, event_save
from claims.services.extract import article_extract
from claims.services.review import claims_assign, source_update, verdict_review
from claims.services.sweeps import articles_sweep_pending, claims_recheck_due
from claims.services.verify import (
    EDITORIAL_STATES,
    LABELS_NEEDING_REVIEW,
    claim_mark_failed,
    claim_verify,
    claims_verify,
    claims_verify_now,
    verify_settings,
)

__all__ = [
    "EDITORIAL_STATES",
    "LABELS_NEEDING_REVIEW",
    "IngestResult",
    "article_enqueue_extraction",
    "article_enqueue_fetch",
    "article_extract",
    "article_ingest",
    "article_link_event",
    "article_submit_url",
    "articles_sweep_pending",
    "claim_mark_failed",
    "claim_verify",
    "claims_assign",
    "claims_recheck_due",
    "claims_verify",
    "claims_verify_now",
    "enqueue_verification",
    "event_get_or_create",
    "event_match",
    "event_save",
    "source_update",
    "verdict_review",
    "verify_settings",
]
