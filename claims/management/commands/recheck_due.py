from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand

from claims import services


class Command(BaseCommand):
    help = (
        "Re-check what is due: claims not checked for FACTCHECK_RECHECK_AFTER_HOURS, claims owed a check, "
        "and articles left pending."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--pending-older-than",
            type=float,
            default=120,
            metavar="SECONDS",
            help="send again articles still pending and claims owed a check after this long (default 120; 0: all)",
        )

    def handle(self, *args, **options):
        articles = services.articles_sweep_pending(older_than=dt.timedelta(seconds=options["pending_older_than"]))
        claims = services.claims_recheck_due(owed_older_than=dt.timedelta(seconds=options["pending_older_than"]))
        self.stdout.write(f"sent {articles} pending article(s) and {claims} due claim(s) for checking")
