"""Articles submitted by URL: their page, fetched through the guarded client
(`factcheck/http.py`), and read with trafilatura.

Writes for URL-submitted articles live here too (`article_create_for_fetch`,
`article_fill_fetched`): they touch only sources' own rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

# The fetch errors are part of this module's interface (the fetch task catches them here).
from factcheck.http import FetchError as FetchError
from factcheck.http import FetchRefused, url_check
from factcheck.http import FetchTransientError as FetchTransientError
from factcheck.http import http_request as http_request
from sources.models import Article, Source
from sources.services import article_get_or_create, normalise_domain, parse_published, source_get_or_create

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchedPage:
    url: str
    title: str
    text: str
    language: str
    published: str | None  # ISO date from the page's metadata, when it has one


# --- articles ---------------------------------------------------------------------------


def fetch_article_page(url: str) -> FetchedPage:
    """The readable text of an HTML page (trafilatura), with its title, language and date."""
    import trafilatura

    response = http_request("GET", url, accept_types=HTML_TYPES, headers={"Accept": "text/html"})
    if response.status >= 500 or response.status == 429:
        raise FetchTransientError(f"{urlsplit(response.url).hostname} answered {response.status}")
    if response.status == 404 or response.status == 410:
        raise FetchError(f"the page does not exist (HTTP {response.status})")
    if not 200 <= response.status < 300:
        raise FetchError(f"the server answered HTTP {response.status}")
    html: str | bytes = response.body
    if response.charset:
        try:
            html = response.body.decode(response.charset, errors="replace")
        except LookupError:
            html = response.body  # an unknown charset name: let trafilatura detect it
    document = trafilatura.bare_extraction(html, url=response.url, with_metadata=True, include_comments=False)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise FetchError("no article text found on the page")
    return FetchedPage(
        url=response.url,
        title=(getattr(document, "title", None) or "").strip(),
        text=text,
        language=(getattr(document, "language", None) or "")[:8],
        published=getattr(document, "date", None) or None,
    )


@dataclass(frozen=True)
class SubmittedArticle:
    article: Article
    created: bool
    source_created: bool = False
    # An earlier fetch of this URL failed: the row was put back to fetch_pending.
    refetch: bool = False


def article_create_for_fetch(
    *,
    url: str,
    title: str = "",
    published_at: str | dt.datetime | None = None,
    language: str = "",
    source_name: str = "",
) -> SubmittedArticle:
    """Store an article row, waiting to be fetched (status fetch_pending); idempotent by url.

    The URL is checked without the network first, so an obviously private address is
    refused before anything is stored. The worker checks it again, with DNS.
    """
    try:
        url_check(url)
    except FetchRefused as exc:
        raise ValidationError({"url": str(exc)}) from None
    domain = normalise_domain(urlsplit(url).hostname or "")
    existing = Article.objects.filter(url=url).first()
    if existing is not None:
        refetch = (
            existing.extraction_status == Article.Status.FAILED
            and existing.body == ""
            and Article.objects.filter(pk=existing.pk, extraction_status=Article.Status.FAILED, body="").update(
                extraction_status=Article.Status.FETCH_PENDING, extraction_error=""
            )
            == 1
        )
        if refetch:
            existing.refresh_from_db()
        return SubmittedArticle(existing, False, refetch=refetch)
    try:
        with transaction.atomic():
            source_existed = Source.objects.filter(domain=domain).exists() if domain else False
            source = source_get_or_create(name=source_name or domain, domain=domain, kind=Source.Kind.OUTLET)
            created = article_get_or_create(
                source=source,
                url=url,
                title=title,
                published_at=published_at,
                language=language,
                status=Article.Status.FETCH_PENDING,
            )
    except IntegrityError:
        article = Article.objects.filter(url=url).first()
        if article is None:
            raise
        return SubmittedArticle(article, False)
    return SubmittedArticle(created.article, created.created, source_created=created.created and not source_existed)


def article_fill_fetched(*, article_id: int, page: FetchedPage) -> bool:
    """Put the fetched text in the article, once: fetch_pending -> pending.

    A conditional update, so a duplicate fetch task that arrives later changes nothing
    (the body is never altered after ingest). Returns False when another worker won.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return False
    max_chars = settings.FACTCHECK_MAX_ARTICLE_CHARS
    body = page.text.replace("\x00", "")
    if len(body) > max_chars:
        raise FetchError(f"the page's text has {len(body)} characters; the limit is {max_chars}")
    fields: dict[str, object] = {"body": body, "extraction_status": Article.Status.PENDING, "extraction_error": ""}
    if not article.title and page.title:
        fields["title"] = page.title[:500]
    if not article.language and page.language:
        fields["language"] = page.language
    if article.published_at is None and page.published:
        # An unreadable date in the page's metadata is not worth failing the article.
        with contextlib.suppress(ValidationError):
            fields["published_at"], fields["published_date"] = parse_published(page.published)
    changed = Article.objects.filter(pk=article_id, extraction_status=Article.Status.FETCH_PENDING, body="").update(
        **fields
    )
    return changed == 1


def article_fetch_failed(*, article_id: int, reason: str) -> None:
    """The page could not be used: the article is marked failed and says why."""
    Article.objects.filter(pk=article_id, extraction_status=Article.Status.FETCH_PENDING).update(
        extraction_status=Article.Status.FAILED, extraction_error=f"fetch failed: {reason}"[:2000]
    )


@transaction.atomic
def article_discard_failed_fetch(*, article_id: int, source_id: int | None = None) -> None:
    """Remove an article whose fetch failed before it had a body (and the source made for it,
    when given and now empty), so nothing half-made stays and the URL can be sent again."""
    Article.objects.filter(pk=article_id, extraction_status=Article.Status.FAILED, body="").delete()
    if source_id is not None:
        Source.objects.filter(pk=source_id).exclude(articles__isnull=False).delete()
