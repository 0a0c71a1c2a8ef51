from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims import selectors, services


class Command(BaseCommand):
    help = "(Re)verify claims in this process: --all, or those of one --event."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--all", action="store_true")
        group.add_argument("--event", help="the event's name")

    def handle(self, *args, **options):
        event = None
        if options["event"]:
            event = selectors.event_by_name(options["event"])
            if event is None:
                raise CommandError(f"no event named {options['event']!r}")
        count = services.claims_verify_now(event=event)
        self.stdout.write(f"verified {count} claim(s)")
