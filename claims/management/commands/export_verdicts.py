from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from claims import selectors
from claims.claimreview import claim_review


class Command(BaseCommand):
    help = (
        "Print claims with their current verdicts as JSON, or the schema.org ClaimReview JSON-LD of the "
        "published claims (an editor confirmed or overrode the verdict), as the API's feed serves them."
    )

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
            # Published claims only, like the API's ClaimReview feed; each points to its public page.
            rows = [claim_review(claim) for claim in selectors.published_claims(claims)]
        self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1))
