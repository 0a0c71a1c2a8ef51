from __future__ import annotations

from django.core.management.base import BaseCommand

from claims import services


class Command(BaseCommand):
    help = "Re-check what is due: claims not checked for FACTCHECK_RECHECK_AFTER_HOURS, and articles left pending."

    def handle(self, *args, **options):
        articles = services.articles_sweep_pending()
        claims = services.claims_recheck_due()
        self.stdout.write(f"sent {articles} pending article(s) and {claims} due claim(s) for checking")
