"""Writes for sources and articles. Nothing here knows about claims."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from sources.models import Article, Source


def normalise_domain(domain: str) -> str:
    domain = (domain or "").strip().lower()
    for prefix in ("https://", "http://"):
        if domain.startswith(prefix):
            domain = domain[len(prefix) :]
    domain = domain.split("/", 1)[0]
    return domain.removeprefix("www.")


@transaction.atomic
def source_get_or_create(
    *, name: str, domain: str = "", kind: str = Source.Kind.OUTLET, reliability: float = 0.5, language: str = ""
) -> Source:
    """The source with this domain (or, without a domain, this name); created if new.

    An existing source keeps its editor-set kind and reliability: ingest never overrides
    what an editor decided.
    """
    domain = normalise_domain(domain)
    lookup = {"domain": domain} if domain else {"domain": "", "name": name.strip()}
    source = Source.objects.filter(**lookup).first()
    if source is not None:
        return source
    source = Source(name=name.strip(), domain=domain, kind=kind, reliability=reliability, language=language)
    source.full_clean()
    source.save()
    return source


def parse_published(value: str | dt.datetime | None) -> tuple[dt.datetime | None, dt.date | None]:
    """The publication instant and its calendar date in the publisher's own time zone.

    >>> parse_published("2022-01-07T18:00:00+07:00")[1]
    datetime.date(2022, 1, 7)
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, str):
        try:
            parsed = parse_datetime(value)  # None when not the shape; ValueError when the shape holds no date
        except ValueError as exc:
            raise ValidationError({"published_at": f"not a valid date or datetime: {value[:40]!r} ({exc})"}) from None
        if parsed is None:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                raise ValidationError({"published_at": f"not an ISO 8601 date or datetime: {value[:40]!r}"}) from None
            parsed = dt.datetime.combine(day, dt.time(12, 0))
        value = parsed
    local_date = value.date()
    if timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    try:
        value.astimezone(dt.UTC)  # stored in UTC: 9999-12-31T23:59:59-23:59 is past year 9999 there
    except OverflowError:
        raise ValidationError({"published_at": f"out of range in UTC: {value.isoformat()}"}) from None
    return value, local_date


@dataclass(frozen=True)
class ArticleCreated:
    article: Article
    created: bool


def article_get_or_create(
    *,
    source: Source,
    url: str,
    title: str = "",
    body: str = "",
    published_at: str | dt.datetime | None = None,
    language: str = "",
    status: str = Article.Status.PENDING,
) -> ArticleCreated:
    """Store an article once per url (idempotent); an existing article is left untouched."""
    existing = Article.objects.filter(url=url).first()
    if existing is not None:
        return ArticleCreated(existing, False)
    max_chars = settings.FACTCHECK_MAX_ARTICLE_CHARS
    if len(body) > max_chars:
        raise ValidationError({"body": f"the body has {len(body)} characters; the limit is {max_chars}"})
    if "\x00" in body:
        raise ValidationError({"body": "the body contains NUL bytes; send text, not binary data"})
    published, published_date = parse_published(published_at)
    article = Article(
        source=source,
        url=url,
        title=title[:500],
        body=body,
        published_at=published,
        published_date=published_date,
        language=language or "",
        extraction_status=status,
    )
    article.full_clean(validate_unique=False)
    article.save()
    return ArticleCreated(article, True)


def article_mark_failed(*, article_id: int, reason: str) -> None:
    Article.objects.filter(pk=article_id).update(
        extraction_status=Article.Status.FAILED, extraction_error=reason[:2000]
    )
