from __future__ import annotations

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims import selectors
from claims.claimreview import claim_review


class Command(BaseCommand):
    help = "Print claims with their current verdicts as JSON, or as schema.org ClaimReview JSON-LD."

    def add_arguments(self, parser):
        parser.add_argument("--event", help="only this event's claims")
        parser.add_argument("--format", choices=["json", "claimreview"], default="json")

    def handle(self, *args, **options):
        event = None
        if options["event"]:
            event = selectors.event_by_name(options["event"])
            if event is None:
                raise CommandError(f"no event named {options['event']!r}")
        claims = selectors.claim_list(event=event)
        if options["format"] == "json":
            rows = [selectors.claim_export_row(claim) for claim in claims]
        else:
            base = settings.FACTCHECK_ORGANISATION_URL.rstrip("/")
            rows = [
                claim_review(claim, url=f"{base}/api/v1/claims/{claim.pk}/claimreview/")
                for claim in claims
                if claim.current_verdict is not None
            ]
        self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
