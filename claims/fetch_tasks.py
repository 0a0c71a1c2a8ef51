"""Articles submitted by URL: the worker fetches the page, stores its text once, and hands
the article to extraction. Registered by ClaimsConfig.ready (autodiscovery finds tasks.py only).
"""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import transaction

from claims import event_discovery, services
from claims.models import ArticleEvent
from claims.services.articles import article_submit_url
from sources import fetching
from sources.models import Article

logger = logging.getLogger(__name__)


def fetch_backoff_seconds(retries: int) -> int:
    """30 s, 60 s, 120 s ... at most 15 minutes: a page that is down now may be up soon."""
    return min(30 * 2**retries, 900)


@shared_task(
    name="claims.fetch_article",
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=5,
    soft_time_limit=120,
    time_limit=180,
)
def fetch_article(self, article_id: int) -> str:
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.extraction_status != Article.Status.FETCH_PENDING:
        return "skipped"  # deleted meanwhile, or a duplicate delivery after another worker stored the body
    try:
        page = fetching.fetch_article_page(article.url)
    except fetching.FetchTransientError as exc:
        if self.request.is_eager:
            # No worker to try again later (and Celery's eager retry raises into the caller):
            # the submitter hears now that the page could not be reached.
            fetching.article_fetch_failed(article_id=article_id, reason=str(exc))
            return "failed"
        if self.request.retries >= self.max_retries:
            reason = f"{exc} (gave up after {self.max_retries + 1} tries)"
            fetching.article_fetch_failed(article_id=article_id, reason=reason)
            return "failed"
        raise self.retry(exc=exc, countdown=fetch_backoff_seconds(self.request.retries)) from None
    except fetching.FetchError as exc:
        fetching.article_fetch_failed(article_id=article_id, reason=str(exc))
        return "failed"
    except SoftTimeLimitExceeded:
        fetching.article_fetch_failed(article_id=article_id, reason="fetching took longer than the time limit")
        return "failed"
    with transaction.atomic():
        try:
            filled = fetching.article_fill_fetched(article_id=article_id, page=page)
        except fetching.FetchError as exc:
            fetching.article_fetch_failed(article_id=article_id, reason=str(exc))
            return "failed"
        if not filled:
            return "skipped"  # another worker stored the body first; it also sent the extraction
        article = Article.objects.select_related("source").get(pk=article_id)
        link = ArticleEvent.objects.filter(article_id=article_id).select_related("event").first()
        if link is None:
            event_discovery.article_discover_event(article)  # joins its story, or starts one
        else:
            # Named at submission, before its text was known: the event's profile (names,
            # dates, keywords) takes it in now.
            event_discovery.event_take_in(link.event, event_discovery.article_reading(article))
        services.article_enqueue_extraction(article_id=article_id)
    logger.info("article fetched", extra={"article_id": article_id, "chars": len(page.text)})
    return "fetched"


__all__ = ["article_submit_url", "fetch_article"]
