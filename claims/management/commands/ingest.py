from __future__ import annotations

import json
import re
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims import services
from sources.models import Article, Source
from sources.services import parse_published

# Characters that do not occur in text: a file holding them is binary, refused whole.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

REQUIRED = ("url", "body", "source")
KNOWN_FIELDS = {"url", "title", "body", "published_at", "language", "event", "source"}


def parse_line(line: str) -> dict:
    """One JSONL line as ingest keyword arguments; ValueError says what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
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
    try:
        parse_published(record.get("published_at"))
    except ValidationError as exc:
        raise ValueError("; ".join(exc.messages)) from None
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


def read_text(raw: bytes) -> list[str]:
    """The file's lines, or CommandError for a file that is not UTF-8 text (a BOM is fine)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_number = raw.count(b"\n", 0, exc.start) + 1
        raise CommandError(
            f"the file is not UTF-8 text (line {line_number}: byte 0x{raw[exc.start]:02x} cannot be decoded); "
            "nothing was ingested"
        ) from None
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        control = _CONTROL.search(line)
        if control is not None:
            raise CommandError(
                f"the file holds binary data (line {number}, column {control.start() + 1}: "
                f"control character U+{ord(control.group()):04X}); nothing was ingested"
            )
    return lines


class Command(BaseCommand):
    help = (
        "Ingest articles from a JSONL file (one article per line); idempotent by url. The whole file is read "
        "and checked first: a file that is not UTF-8 text, or has no usable line, is refused before anything "
        "is written; bad lines are reported with their number and skipped, the rest land."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSONL file, or - for standard input")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            if path == "-":
                raw = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as handle:
                    raw = handle.read()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from exc
        lines = read_text(raw)

        # First pass: check every line; nothing is written yet.
        usable: list[tuple[int, dict]] = []
        bad = 0
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                usable.append((number, parse_line(line)))
            except ValueError as exc:
                self.stderr.write(f"line {number}: skipped: {exc}")
                bad += 1
        if not usable:
            self.stdout.write(f"ingested 0 new, 0 already present, {bad} bad line(s) skipped")
            raise CommandError(
                f"{path}: no usable line ({bad} bad, the rest blank); nothing was ingested"
                if bad
                else f"{path}: the file has no article line; nothing was ingested"
            )

        # Second pass: write the lines that passed.
        new = unchanged = 0
        for number, kwargs in usable:
            try:
                result = services.article_ingest(**kwargs)
            except ValidationError as exc:
                self.stderr.write(f"line {number}: skipped: {'; '.join(exc.messages)}")
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
