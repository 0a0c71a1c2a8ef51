"""Cost per claim of `claim_verify` as the database grows from 10 to 1,000 events.

    .venv/bin/python bench/bench_event_scaling.py [--claims-per-event 50] [--runs 5]

Each event holds the same number of claims (one measure, several sources). The cost per
claim must stay flat: verification reads only the claim's own event and measure through
the (event, measure) index. Prints the median over runs and merges the figures into
bench/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._django import merge_results, setup


def populate(events_wanted: int, per_event: int) -> None:
    from claims.models import Claim, Event
    from sources.models import Article, Source

    sources = list(Source.objects.all())
    while len(sources) < 5:
        n = len(sources)
        sources.append(Source.objects.create(name=f"Source {n}", domain=f"s{n}.example.org", reliability=0.8))
    have = Event.objects.count()
    for index in range(have, events_wanted):
        event = Event.objects.create(name=f"Event {index}")
        articles = Article.objects.bulk_create(
            Article(
                source=sources[i % 5],
                url=f"https://e{index}.example.org/{i}",
                body="12 killed",
                published_date=dt.date(2022, 1, 7),
                extraction_status="done",
            )
            for i in range(per_event)
        )
        Claim.objects.bulk_create(
            Claim(
                article=article,
                event=event,
                start=0,
                end=2,
                sentence="12 killed",
                text="12",
                measure="killed",
                subject="people",
                value=12,
                low=12 + i % 3,
                high=12 + i % 3,
                as_of=dt.date(2022, 1, 7),
            )
            for i, article in enumerate(articles)
        )


def time_per_claim(sample: int) -> float:
    from claims import services
    from claims.models import Claim

    config = services.verify_settings()
    # The newest event of this bench (PostgreSQL sorts NULL first in a descending order).
    event_id = (
        Claim.objects.filter(event_id__isnull=False).order_by("-event_id").values_list("event_id", flat=True).first()
    )
    ids = list(Claim.objects.filter(event_id=event_id).values_list("pk", flat=True)[:sample])
    start = time.perf_counter()
    for claim_id in ids:
        services.claim_verify(claim_id=claim_id, config=config)
    return (time.perf_counter() - start) / len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims-per-event", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()
    vendor = setup()
    figures: dict[str, float] = {}
    for events in (10, 100, 1000):
        populate(events, args.claims_per_event)
        runs = [time_per_claim(args.sample) * 1000 for _ in range(args.runs)]
        figures[str(events)] = round(statistics.median(runs), 3)
        print(
            f"{vendor}: {events:>5} events x {args.claims_per_event} claims: "
            f"{figures[str(events)]:.3f} ms per claim verified (median of {args.runs})"
        )
    growth = figures["1000"] / figures["10"]
    print(f"growth 10 -> 1000 events: {growth:.2f}x")
    merge_results(
        {
            "verify_ms_per_claim_by_events": figures,
            "verify_cost_growth_10_to_1000_events": round(growth, 3),
            "verify_db_vendor": vendor,
        }
    )


if __name__ == "__main__":
    main()
