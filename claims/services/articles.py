"""Articles in: ingest a text, or take a URL to be fetched by the worker."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from claims import event_discovery
from claims.models import ArticleEvent, Event
from claims.services.enqueue import article_enqueue_extraction, article_enqueue_fetch
from claims.services.events import event_get_or_create
from sources import fetching
from sources.models import Article, Source
from sources.services import article_get_or_create, source_get_or_create

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def article_ingest(
    *,
    url: str,
    title: str,
    body: str,
    published_at: str | dt.datetime | None,
    source_name: str,
    source_domain: str = "",
    source_kind: str = Source.Kind.OUTLET,
    source_reliability: float = 0.5,
    language: str | None = None,
    event_name: str | None = None,
) -> IngestResult:
    """Store one article (idempotent by url) and send it for extraction after commit."""
    try:
        with transaction.atomic():
            source = source_get_or_create(
                name=source_name, domain=source_domain, kind=source_kind, reliability=source_reliability
            )
            created = article_get_or_create(
                source=source,
                url=url,
                title=title,
                body=body,
                published_at=published_at,
                language=language or "",
            )
            article = created.article
            if created.created:
                # The named event, or the one discovery finds (or starts) for it.
                event_discovery.article_place_in_event(
                    article, event_get_or_create(name=event_name) if event_name else None
                )
                article_enqueue_extraction(article_id=article.pk)
    except IntegrityError:
        # Another request stored the same url between our lookup and insert.
        stored = Article.objects.filter(url=url).first()
        if stored is None:
            raise
        article = stored
        return IngestResult(article, False)
    logger.info("article ingested", extra={"article_id": article.pk, "created": created.created})
    return IngestResult(article, created.created)


def article_submit_url(
    *,
    url: str,
    title: str = "",
    published_at: str | None = None,
    language: str = "",
    source_name: str = "",
    event: Event | None = None,
) -> fetching.SubmittedArticle:
    """Store an article to be fetched from its URL and send it to the worker after commit.

    Idempotent by url: a known url is returned as it is, except that an article whose
    earlier fetch failed is fetched again.
    """
    with transaction.atomic():
        submitted = fetching.article_create_for_fetch(
            url=url, title=title, published_at=published_at, language=language, source_name=source_name
        )
        if submitted.created and event is not None:
            ArticleEvent.objects.create(article=submitted.article, event=event, method=ArticleEvent.Method.AUTO)
        if submitted.created or submitted.refetch:
            article_enqueue_fetch(article_id=submitted.article.pk)
    return submitted
