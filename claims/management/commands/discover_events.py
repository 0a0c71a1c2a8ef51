from __future__ import annotations

from django.core.management.base import BaseCommand

from claims import event_discovery


class Command(BaseCommand):
    help = (
        "Place every article that has no event in the event it belongs to, or a new proposed one "
        "(articles stored before event discovery, or taken out of their event); their claims are re-checked."
    )

    def handle(self, *args, **options):
        count = event_discovery.articles_discover_unlinked()
        self.stdout.write(f"placed {count} article(s) in events")
