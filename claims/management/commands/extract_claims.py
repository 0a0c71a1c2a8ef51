from __future__ import annotations

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims import extraction


class Command(BaseCommand):
    help = "Print the numeric claims of a text file (or - for standard input) as JSON. No database needed."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
        parser.add_argument("--lang", choices=["auto", *extraction.SUPPORTED_LANGUAGES], default="auto")
        parser.add_argument("--json", action="store_true", help="print a JSON array (the default and only format)")
        parser.add_argument("--published", help="publication date (YYYY-MM-DD) for relative dates and as_of")

    def handle(self, *args, **options):
        raw = self._read(options["file"])
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"the input is not UTF-8 text (byte {exc.start} cannot be decoded)") from exc
        published = None
        if options["published"]:
            import datetime as dt

            try:
                published = dt.date.fromisoformat(options["published"])
            except ValueError as exc:
                raise CommandError(f"--published must be YYYY-MM-DD: {exc}") from exc
        lang = None if options["lang"] == "auto" else options["lang"]
        try:
            found = extraction.extract(
                text, lang=lang, published=published, max_chars=settings.FACTCHECK_MAX_ARTICLE_CHARS
            )
        except extraction.ExtractionError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps([claim.to_dict() for claim in found], ensure_ascii=False, indent=1))

    def _read(self, path: str) -> bytes:
        if path == "-":
            return sys.stdin.buffer.read()
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from exc
