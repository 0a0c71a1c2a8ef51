from __future__ import annotations

import secrets
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand

from claims import selectors, services
from sources.models import Article

DEMO_FILE = Path(settings.BASE_DIR) / "demo" / "kazakhstan_2022.jsonl"
SEED_URL = "https://news.example.id/2022/01/07/kazakhstan-rusuh"
DEMO_EDITOR = "editor"


def format_range(low: float, high: float | None) -> str:
    def number(value: float) -> str:
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"

    if high is None:
        return f"{number(low)}.."
    return number(low) if low == high else f"{number(low)}..{number(high)}"


class Command(BaseCommand):
    help = "Load the demo data (the seed article and sample sources), print the seed's verdicts, set up a demo editor."

    def add_arguments(self, parser):
        parser.add_argument("--no-editor", action="store_true", help="do not create or reset the demo editor")

    def handle(self, *args, **options):
        # The same path as any newsroom's file: idempotent by url, bad lines reported.
        call_command("ingest", str(DEMO_FILE), stdout=StringIO(), stderr=self.stderr)
        services.claims_verify_now()
        seed = Article.objects.get(url=SEED_URL)
        self.stdout.write(f"\nSeed article: {seed.title}\n{seed.url}\n")
        self.print_table(selectors.claim_list().filter(article=seed))
        if not options["no_editor"]:
            self.reset_demo_editor()

    def print_table(self, claims) -> None:
        rows = [("claim", "measure", "subject", "reading", "qualifier", "verdict", "confidence")]
        for claim in claims:
            verdict = claim.current_verdict
            rows.append(
                (
                    claim.text,
                    claim.measure,
                    claim.subject or "-",
                    format_range(claim.low, claim.high),
                    claim.qualifier,
                    verdict.label if verdict else "pending",
                    f"{verdict.confidence:.2f}" if verdict else "-",
                )
            )
        widths = [min(40, max(len(row[i]) for row in rows)) for i in range(len(rows[0]))]
        for index, row in enumerate(rows):
            cells = [
                (cell if len(cell) <= widths[i] else cell[: widths[i] - 1] + "…").ljust(widths[i])
                for i, cell in enumerate(row)
            ]
            self.stdout.write("  ".join(cells).rstrip())
            if index == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        self.stdout.write("")

    def reset_demo_editor(self) -> None:
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=DEMO_EDITOR, defaults={"is_staff": True})
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name="Editor"))
        self.stdout.write(f"Demo editor login: {DEMO_EDITOR} / {password}  (a new password on every run)")
