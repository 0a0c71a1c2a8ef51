from __future__ import annotations

import json
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims import services
from sources.models import Article, Source

REQUIRED = ("url", "body", "source")
KNOWN_FIELDS = {"url", "title", "body", "published_at", "language", "event", "source"}


def parse_line(line: str) -> dict:
    """One JSONL line as ingest keyword arguments; ValueError says what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    missing = [name for name in REQUIRED if not record.get(name)]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    unknown = sorted(set(record) - KNOWN_FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}")
    source = record["source"]
    if not isinstance(source, dict) or not source.get("name"):
        raise ValueError("source must be an object with at least a name")
    kind = source.get("kind", Source.Kind.OUTLET)
    if kind not in Source.Kind.values:
        raise ValueError(f"source kind {kind!r} is not one of {', '.join(Source.Kind.values)}")
    reliability = source.get("reliability", 0.5)
    if not isinstance(reliability, int | float) or not 0 <= reliability <= 1:
        raise ValueError("source reliability must be a number from 0 to 1")
    for name in ("url", "title", "body", "published_at", "language", "event"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise ValueError(f"{name} must be a string")
    return {
        "url": record["url"],
        "title": record.get("title") or "",
        "body": record["body"],
        "published_at": record.get("published_at"),
        "language": record.get("language"),
        "event_name": record.get("event"),
        "source_name": source["name"],
        "source_domain": source.get("domain", ""),
        "source_kind": kind,
        "source_reliability": float(reliability),
    }


class Command(BaseCommand):
    help = "Ingest articles from a JSONL file (one article per line); idempotent by url."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSONL file, or - for standard input")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            handle = open(path, encoding="utf-8") if path != "-" else sys.stdin  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from exc
        new = unchanged = bad = 0
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    result = services.article_ingest(**parse_line(line))
                except (ValueError, ValidationError) as exc:
                    message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
                    self.stderr.write(f"line {number}: skipped: {message}")
                    bad += 1
                    continue
                if result.created:
                    new += 1
                    article = Article.objects.get(pk=result.article.pk)
                    self.stdout.write(
                        f"line {number}: {article.url} ({article.extraction_status}, {article.claims.count()} claims)"
                    )
                else:
                    unchanged += 1
                    self.stdout.write(f"line {number}: {result.article.url} already ingested")
        self.stdout.write(f"ingested {new} new, {unchanged} already present, {bad} bad line(s) skipped")
        if bad:
            raise CommandError(f"{bad} line(s) could not be ingested; the other lines landed")
