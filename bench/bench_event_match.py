"""Cost per article of event discovery's matching as open events grow from 100 to 10,000.

    .venv/bin/python bench/bench_event_match.py [--runs 5] [--sample 40]

Each event is a story in its own (invented) town, in one of the provinces, with the profile
its articles would leave in the index (names, localities, kind, measures, figures, title
words). News keeps its pace (about nine new stories a day): 10,000 events are three years
of history, 100 the last eleven days. The articles matched are about the newest stories and
name their town and province as a real report does. Matching reads the article, finds
candidate events through the (key, end_date) index by the article's names and date window,
and scores them: its cost follows the events in the window that share a name with the
article, not the number of events, so it must stay flat. Prints the median over runs and merges the figures into
bench/results.json (`event_match_ms_per_article`).
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

START = dt.date(2022, 1, 1)
DAYS = 3 * 365
SYLLABLES = ("ka", "ra", "su", "ma", "ju", "ba", "ti", "se", "lo", "wa", "ng", "di", "pu", "re", "no", "ga")
KINDS = ("flood", "landslide", "quake", "fire", "unrest", "crush")
KIND_WORDS = {
    "flood": "Banjir",
    "landslide": "Longsor",
    "quake": "Gempa",
    "fire": "Kebakaran",
    "unrest": "Kerusuhan",
    "crush": "Desak-desakan",
}


def town(n: int) -> str:
    """A pronounceable invented town name, unique per n."""
    parts = []
    n += 4096
    while n:
        n, digit = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    return "".join(parts).capitalize()


def provinces() -> list[tuple[str, str]]:
    from claims.discovery import lexicon

    return sorted((p.key, p.parent or "") for p in lexicon.places().values() if p.kind == "region")


def day_of(n: int) -> dt.date:
    """Story n began n / 9 days before the last day: news keeps its pace (about nine new
    stories a day), so 10,000 events are three years of history, 100 the last eleven days."""
    return START + dt.timedelta(days=DAYS - 1 - n * DAYS // 10_000)


def populate(wanted: int) -> None:
    from claims.models import Event, EventKey

    regions = provinces()
    have = Event.objects.count()
    for first in range(have, wanted, 1000):
        batch = range(first, min(first + 1000, wanted))
        events = Event.objects.bulk_create(
            Event(
                name=f"Story {n}",
                status=Event.Status.PROPOSED,
                keywords_auto=True,
                start_date=day_of(n),
                end_date=day_of(n) + dt.timedelta(days=n % 4),
            )
            for n in batch
        )
        keys = []
        for n, event in zip(batch, events, strict=True):
            region, country = regions[n % len(regions)]
            name = town(n).lower()
            kind = KINDS[n % len(KINDS)]
            for key_kind, key, count in (
                ("name", name, 3),
                ("name", region, 3),
                ("name", country, 3),
                ("name", f"posko {name}", 1),
                ("locality", region, 3),
                ("story", kind, 3),
                ("measure", "killed", 2),
                ("measure", "displaced", 2),
                ("figure", str(100 + n % 900), 2),
                ("word", f"id:{name}", 2),
                ("word", "id:warga", 2),
                ("word", f"en:{name}", 1),
            ):
                keys.append(
                    EventKey(
                        event=event,
                        kind=key_kind,
                        key=key,
                        articles=count,
                        start_date=event.start_date,
                        end_date=event.end_date,
                    )
                )
        EventKey.objects.bulk_create(keys, batch_size=2000)


def articles(sample: int) -> list:
    """Unsaved articles about existing stories (each names its town and province)."""
    from claims.discovery import lexicon
    from sources.models import Article, Source

    source, _ = Source.objects.get_or_create(name="Bench outlet", domain="bench.example.id")
    regions = provinces()
    found = []
    for i in range(sample):
        n = (i * 37) % 100  # a story among the first hundred, so both sizes hold it
        region = regions[n % len(regions)][0]
        indonesian = next((f for f, k in lexicon.place_forms("id").items() if k == region and f != k), region)
        what = KIND_WORDS[KINDS[n % len(KINDS)]]
        article = Article(
            source=source,
            url=f"https://bench.example.id/{i}",
            title=f"{what} di {town(n)}, Ratusan Warga Mengungsi",
            body=(
                f"{what} melanda {town(n)}, {indonesian.title()}, sejak Senin. Sedikitnya {100 + n % 900} "
                f"warga mengungsi ke Posko {town(n)} dan dua orang tewas, kata BPBD setempat."
            ),
            language="id",
            published_date=day_of(n) + dt.timedelta(days=1),
        )
        article.story = n  # which event it belongs to, for the check
        found.append(article)
    return found


def time_per_article(sample: list) -> float:
    from claims import event_discovery

    start = time.perf_counter()
    for article in sample:
        event_discovery.event_match(article)
    return (time.perf_counter() - start) / len(sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args()
    vendor = setup()
    from claims import event_discovery

    figures: dict[str, float] = {}
    for events in (100, 10_000):
        populate(events)
        sample = articles(args.sample)
        chosen = [event_discovery.event_match(a) for a in sample]
        joined = sum(e is not None and e.name == f"Story {a.story}" for a, e in zip(sample, chosen, strict=True))
        wrong = sum(e is not None and e.name != f"Story {a.story}" for a, e in zip(sample, chosen, strict=True))
        runs = [time_per_article(sample) * 1000 for _ in range(args.runs)]
        figures[str(events)] = round(statistics.median(runs), 3)
        print(
            f"{vendor}: {events:>6} events: {figures[str(events)]:.3f} ms per article matched "
            f"(median of {args.runs}; {joined}/{len(sample)} joined their story, {wrong} another)"
        )
    growth = figures["10000"] / figures["100"]
    print(f"growth 100 -> 10,000 events: {growth:.2f}x")
    merge_results(
        {
            "event_match_ms_per_article": figures,
            "event_match_growth_100_to_10000_events": round(growth, 3),
            "event_match_db_vendor": vendor,
        }
    )


if __name__ == "__main__":
    main()
