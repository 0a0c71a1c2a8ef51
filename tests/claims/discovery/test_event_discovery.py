"""Event discovery through ingest: stories find their own events, never mixed."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import event_discovery, services
from claims.management.commands.load_demo import DEMO_FILE
from claims.models import ArticleEvent, Claim, Event, EventKey
from sources.models import Article
from tests.claims.discovery.streams import ARTICLES, story_of, write_stream
from tests.claims.test_demo_scenario import SEED_VERDICTS, seed_verdicts
from tests.factories import ArticleFactory, SourceFactory

QUIET = open("/dev/null", "w")  # noqa: SIM115


def ingest(path) -> None:
    call_command("ingest", str(path), stdout=QUIET, stderr=QUIET)


def groups() -> list[set[str]]:
    found: dict[int, set[str]] = {}
    for url, event_id in ArticleEvent.objects.values_list("article__url", "event_id"):
        found.setdefault(event_id, set()).add(story_of(url))
    return list(found.values())


def in_date_order() -> list:
    return sorted(ARTICLES, key=lambda a: dt.datetime.fromisoformat(a[2]))


def shuffled(seed: int) -> list:
    articles = list(ARTICLES)
    random.Random(seed).shuffle(articles)
    return articles


@pytest.mark.django_db
@pytest.mark.parametrize(
    "order",
    [in_date_order, lambda: list(reversed(in_date_order())), lambda: shuffled(7)],
    ids=["dated", "reversed", "shuffled"],
)
def test_a_mixed_stream_without_event_names_groups_each_story_into_one_event(tmp_path, order):
    ingest(write_stream(tmp_path / "stream.jsonl", order()))

    found = groups()
    stories = {story for story, *_ in ARTICLES}
    assert all(len(group) == 1 for group in found), f"two stories mixed: {found}"
    assert sorted(next(iter(g)) for g in found) == sorted(stories)  # one event per story
    assert ArticleEvent.objects.count() == len(ARTICLES)


@pytest.mark.django_db
def test_discovered_events_are_proposed_and_take_dates_country_and_keywords_from_their_articles(tmp_path):
    ingest(write_stream(tmp_path / "stream.jsonl", in_date_order()))

    event = Event.objects.get(article_links__article__url="https://news.example.org/id/banjir-luwu-1")
    assert event.status == Event.Status.PROPOSED
    assert event.keywords_auto
    assert (event.start_date, event.end_date) == (dt.date(2024, 3, 14), dt.date(2024, 3, 18))
    assert event.country == "Indonesia"
    assert "luwu" in event.keywords["id"] and "luwu" in event.keywords["en"]
    assert "banjir" in event.keywords["id"] and "flood" in event.keywords["en"]
    abroad = Event.objects.get(article_links__article__url="https://news.example.org/en/bangkok-rally-1")
    assert abroad.country == "Thailand"
    # The index holds the names of both languages' reports under one key.
    assert EventKey.objects.filter(event=abroad, kind="name", key="bangkok", articles=3).exists()


@pytest.mark.django_db
def test_an_event_named_by_the_submitter_also_takes_its_dates_and_keywords_from_its_articles(tmp_path):
    ingest(write_stream(tmp_path / "named.jsonl", in_date_order(), with_events=True))

    event = Event.objects.get(name="demak-flood")
    assert event.status == Event.Status.CONFIRMED
    assert (event.start_date, event.end_date) == (dt.date(2024, 3, 14), dt.date(2024, 3, 18))
    assert "demak" in event.keywords["id"]
    assert Event.objects.count() == len({story for story, *_ in ARTICLES})


@pytest.mark.django_db
def test_an_editors_keywords_are_kept_and_still_bring_articles_in():
    event = services.event_save(
        event=Event(name="Kebakaran pasar", keywords={"id": ["kebakaran pasar"]}, start_date=dt.date(2024, 5, 1))
    )
    source = SourceFactory()
    result = services.article_ingest(
        url="https://x.example.id/1",
        title="Api Melahap Kios",
        body="Kebakaran pasar melahap 120 kios pada Senin malam.",
        published_at="2024-05-02T20:00:00+07:00",
        language="id",
        source_name=source.name,
        source_domain=source.domain,
    )
    event.refresh_from_db()
    assert result.article.event_link.event == event
    assert event.keywords == {"id": ["kebakaran pasar"]}
    assert not event.keywords_auto


@pytest.mark.django_db
def test_an_unrelated_article_starts_its_own_proposed_event_named_after_its_title():
    source = SourceFactory()
    first = services.article_ingest(
        url="https://x.example.id/a",
        title="Laporan Harian",
        body="Gempa mengguncang Cianjur, Jawa Barat.",
        published_at="2024-03-15T10:00:00+07:00",
        language="id",
        source_name=source.name,
        source_domain=source.domain,
    )
    second = services.article_ingest(
        url="https://x.example.id/b",
        title="Laporan Harian",
        body="Banjir merendam Demak, Jawa Tengah.",
        published_at="2024-03-15T11:00:00+07:00",
        language="id",
        source_name=source.name,
        source_domain=source.domain,
    )
    one, two = first.article.event_link.event, second.article.event_link.event
    assert one != two
    assert one.name == "Laporan Harian"
    assert two.name == "Laporan Harian (2024-03-15)"  # names stay unique
    assert one.status == two.status == Event.Status.PROPOSED


@pytest.mark.django_db(transaction=True)
def test_the_demo_without_event_names_gives_the_same_verdicts_as_with_them(tmp_path):
    lines = []
    for line in DEMO_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            record.pop("event", None)
            lines.append(json.dumps(record, ensure_ascii=False))
    path = tmp_path / "demo_without_events.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    ingest(path)

    assert Event.objects.count() == 1
    assert Article.objects.filter(event_link__isnull=True).count() == 0
    assert seed_verdicts() == SEED_VERDICTS


def _many_events(count: int) -> None:
    """`count` open events, each a story in its own invented town, spread over a year."""
    start = dt.date(2023, 1, 1)
    events = Event.objects.bulk_create(
        Event(
            name=f"Story {n}",
            start_date=start + dt.timedelta(days=n % 365),
            end_date=start + dt.timedelta(days=n % 365 + 2),
        )
        for n in range(count)
    )
    EventKey.objects.bulk_create(
        EventKey(event=e, kind=kind, key=key, articles=2, start_date=e.start_date, end_date=e.end_date)
        for n, e in enumerate(events)
        for kind, key in (("name", f"kota{n}"), ("name", "indonesia"), ("story", "flood"), ("word", f"id:kota{n}"))
    )


@pytest.mark.django_db
def test_matching_reads_the_same_number_of_rows_and_queries_with_few_or_many_events():
    article = ArticleFactory(
        title="Banjir di Kota7",
        body="Banjir merendam Kota7 di Indonesia.",
        language="id",
        published_date=dt.date(2023, 1, 9),
    )
    costs = []
    for count in (20, 400):
        Event.objects.all().delete()
        _many_events(count)
        with CaptureQueriesContext(connection) as queries:
            reading = event_discovery.article_reading(article)
            profiles = event_discovery.candidate_profiles(reading)
        costs.append((len(queries), len(profiles)))
    assert costs[0][0] == costs[1][0]
    # Candidates: events within the date window that share a name, never every event.
    assert costs[1][1] <= event_discovery.CANDIDATE_LIMIT


@pytest.mark.django_db
def test_a_new_event_whose_name_was_taken_meanwhile_gets_a_number(monkeypatch):
    Event.objects.create(name="Laporan Harian")
    monkeypatch.setattr(event_discovery, "_proposed_name", lambda reading: "Laporan Harian")  # as if raced
    article = ArticleFactory(title="Laporan Harian", body="Gempa mengguncang Cianjur, Jawa Barat.", language="id")

    event = event_discovery.article_discover_event(article)

    assert event.name == "Laporan Harian #2"
    assert event.status == Event.Status.PROPOSED


@pytest.mark.django_db
def test_an_article_without_a_language_is_read_in_the_language_detected():
    article = ArticleFactory(
        title="Banjir Rendam Demak",
        body="Banjir merendam ribuan rumah di Kabupaten Demak, Jawa Tengah, dan warga mengungsi ke balai desa.",
        language="",
    )
    reading = event_discovery.article_reading(article)
    assert reading.language == "id"
    assert reading.kinds == {"flood"}


@pytest.mark.django_db
def test_discover_events_places_articles_stored_without_an_event_and_moves_their_claims(
    sent_verifications, django_capture_on_commit_callbacks
):
    from tests.factories import ClaimFactory

    one = ArticleFactory(
        title="Banjir Demak", body="Banjir merendam 12 desa di Kabupaten Demak, Jawa Tengah.", language="id"
    )
    two = ArticleFactory(
        title="Floods in Demak", body="Floods covered 12 villages in Demak regency, Central Java.", language="en"
    )
    claims = [
        ClaimFactory(article=a, event=None, start=a.body.index("12"), end=a.body.index("12") + 2, text="12")
        for a in (one, two)
    ]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("discover_events", stdout=QUIET)

    one.refresh_from_db()
    event = one.event_link.event
    assert ArticleEvent.objects.get(article=two).event == event
    assert {c.event_id for c in Claim.objects.filter(pk__in=[c.pk for c in claims])} == {event.pk}
    assert set(sent_verifications) == {c.pk for c in claims}
