"""Event discovery's database side: an article without an event joins the event it belongs
to, or starts a proposed one; events keep a profile of what their articles say (the
`EventKey` index); editors confirm, rename, merge and split events and move articles.

The reading of articles and the scoring live in the pure core, `claims/discovery/`.
Candidate events come from the index, by the article's names and date window, so matching
one article reads a bounded number of rows however many events are open.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from claims.discovery import lexicon, matching
from claims.discovery.reading import ArticleText, Reading, content_words, read_article
from claims.models import ArticleEvent, Claim, Event, EventKey
from sources.models import Article

logger = logging.getLogger(__name__)

CANDIDATE_LIMIT = 25
SMALL_EVENT = 20  # articles: a profile read whole (larger ones: only what the article can share)
KEYWORDS_PER_LANGUAGE = 8
# Profile attribute -> EventKey kind.
PROFILE_KINDS = {
    "names": EventKey.Kind.NAME,
    "localities": EventKey.Kind.LOCALITY,
    "kinds": EventKey.Kind.STORY,
    "measures": EventKey.Kind.MEASURE,
    "figures": EventKey.Kind.FIGURE,
    "words": EventKey.Kind.WORD,
    "towns": EventKey.Kind.TOWN,
}
KIND_TO_ATTRIBUTE: dict[str, str] = {kind: attribute for attribute, kind in PROFILE_KINDS.items()}


def home_country() -> str:
    return getattr(settings, "FACTCHECK_HOME_COUNTRY", "indonesia")


def window_days() -> int:
    return getattr(settings, "FACTCHECK_DISCOVERY_WINDOW_DAYS", 10)


def article_language(article: Article) -> str:
    """The article's language as given, else as detected (extraction's detector)."""
    if article.language:
        return article.language
    from claims.extraction import detect_language

    text = f"{article.title}\n{article.body}".strip()
    return detect_language(text[:4000]) if text else ""


def article_reading(article: Article) -> Reading:
    source = article.source
    return read_article(
        ArticleText(
            title=article.title,
            body=article.body,
            language=article_language(article),
            published=article.published_date,
            source_name=source.name,
            source_kind=source.kind,
        ),
        home_country=home_country(),
    )


# --- candidates -----------------------------------------------------------------------------


def max_span_days() -> int:
    return getattr(settings, "FACTCHECK_DISCOVERY_MAX_SPAN_DAYS", 120)


def _name_window(day: dt.date | None) -> Q:
    """Keys of events whose dates, widened by the window, hold `day`, as one index range:
    end_date between day - window and day + window + the longest span an event is
    expected to have (so the (key, end_date) index bounds the read on both sides)."""
    if day is None:
        return Q()
    window = dt.timedelta(days=window_days())
    return Q(
        end_date__gte=day - window,
        end_date__lte=day + window + dt.timedelta(days=max_span_days()),
        start_date__lte=day + window,
    )


def _keyword_window(day: dt.date | None) -> Q:
    """An editor's event may have no dates yet: its keywords match any day."""
    if day is None:
        return Q()
    window = dt.timedelta(days=window_days())
    return (Q(end_date__gte=day - window) | Q(end_date__isnull=True)) & (
        Q(start_date__lte=day + window) | Q(start_date__isnull=True)
    )


def candidate_profiles(reading: Reading, *, exclude: Iterable[int] = ()) -> list[matching.EventProfile]:
    """The profiles of the events that share a name or an editor's keyword with the article
    and whose dates, widened by the window, hold its date: at most CANDIDATE_LIMIT, those
    sharing the most specific names first. Two index reads, then three small reads."""
    # Only names that can anchor a match are looked up: the home country or a lone
    # capitalised word never joins an article to an event alone, and the home country is
    # shared by most events in any window.
    names = [
        key[:200]
        for key in reading.names
        if key in reading.towns or matching.name_weight(key, home_country()) >= matching.ANCHOR_MIN
    ]
    words = [word[:200] for word in reading.words]
    if not names and not words:
        return []
    excluded = list(exclude)
    rows = list(
        EventKey.objects.filter(kind=EventKey.Kind.NAME, key__in=names)
        .filter(_name_window(reading.published))
        .exclude(event_id__in=excluded)
        .values_list("event_id", "kind", "key")
    )
    if words:
        rows += (
            EventKey.objects.filter(kind=EventKey.Kind.KEYWORD, key__in=words)
            .filter(_keyword_window(reading.published))
            .exclude(event_id__in=excluded)
            .values_list("event_id", "kind", "key")
        )
    rank: dict[int, float] = defaultdict(float)
    for event_id, kind, key in rows:
        weight = matching.JOIN_THRESHOLD if kind == EventKey.Kind.KEYWORD else matching.name_weight(key, home_country())
        rank[event_id] += weight
    chosen = heapq.nlargest(CANDIDATE_LIMIT, rank, key=rank.__getitem__)
    return profiles_of(chosen, reading)


def profiles_of(event_ids: list[int], reading: Reading | None = None) -> list[matching.EventProfile]:
    """The events' profiles; with `reading`, only the parts its scoring reads (names and
    figures the article has, title words in its language that it has or that several
    articles share), so a story of a thousand articles is not read whole for each new one."""
    if not event_ids:
        return []
    profiles: dict[int, matching.EventProfile] = {}
    for pk, start, end, keywords, auto in Event.objects.filter(pk__in=event_ids).values_list(
        "pk", "start_date", "end_date", "keywords", "keywords_auto"
    ):
        phrases: tuple[str, ...] = ()
        if not auto and isinstance(keywords, dict):
            phrases = tuple(str(w) for ws in keywords.values() if isinstance(ws, list) for w in ws if str(w).strip())
        profiles[pk] = matching.EventProfile(event_id=pk, start=start, end=end, keywords=phrases)
    for event_id, count in (
        ArticleEvent.objects.filter(event_id__in=event_ids)
        .values("event_id")
        .annotate(n=Count("id"))
        .values_list("event_id", "n")
    ):
        profiles[event_id].articles = count
    rows = EventKey.objects.filter(event_id__in=event_ids)
    if reading is not None:
        title_words = [f"{reading.language}:{word}"[:200] for word in reading.title_words]
        rows = rows.filter(
            Q(kind__in=[EventKey.Kind.LOCALITY, EventKey.Kind.STORY, EventKey.Kind.MEASURE, EventKey.Kind.TOWN])
            | Q(kind=EventKey.Kind.NAME, key__in=[key[:200] for key in reading.names])
            | Q(kind=EventKey.Kind.FIGURE, key__in=[str(value) for value in reading.figures])
            | (
                Q(kind=EventKey.Kind.WORD, key__startswith=f"{reading.language}:")
                & (
                    Q(key__in=title_words)
                    | Q(articles__gte=2)
                    | Q(event_id__in=[pk for pk, p in profiles.items() if p.articles <= SMALL_EVENT])
                )
            )
        )
    for event_id, kind, key, count in rows.values_list("event_id", "kind", "key", "articles"):
        attribute = KIND_TO_ATTRIBUTE.get(kind)
        if attribute is None:
            continue
        value: object = int(key) if kind == EventKey.Kind.FIGURE else key
        getattr(profiles[event_id], attribute)[value] = count
    return [profiles[pk] for pk in event_ids if pk in profiles]


# --- discovery ------------------------------------------------------------------------------


def _proposed_name(reading: Reading) -> str:
    base = " ".join(reading.title.split())[:150]
    if not base:
        places = [key.title() for key in reading.names if key in lexicon.places()][:2]
        base = ", ".join(places) or "Story"
    day = reading.published.isoformat() if reading.published else ""
    candidates = [base, f"{base} ({day})" if day else base]
    candidates += [f"{base} ({day}) {n}" if day else f"{base} ({n})" for n in range(2, 1000)]
    taken = set(Event.objects.filter(name__in=candidates[:50]).values_list("name", flat=True))
    for name in candidates:
        if name not in taken and (len(taken) < 50 or not Event.objects.filter(name=name).exists()):
            return name
    return f"{base} {timezone.now().timestamp()}"


def _event_start(reading: Reading) -> Event:
    """A new proposed event for the article; a name taken meanwhile by another worker's
    event gets a number."""
    name = _proposed_name(reading)
    for attempt in range(1, 6):
        try:
            with transaction.atomic():
                return Event.objects.create(
                    name=name if attempt == 1 else f"{name[:190]} #{attempt}",
                    status=Event.Status.PROPOSED,
                    keywords_auto=True,
                    start_date=reading.published,
                    end_date=reading.published,
                )
        except IntegrityError:
            continue
    raise IntegrityError(f"could not find a free name for a new event like {name!r}")


def event_choose(article: Article, reading: Reading | None = None) -> tuple[Event | None, Reading]:
    """The existing event the article belongs to (None: it starts its own)."""
    reading = reading or article_reading(article)
    chosen, scores = matching.choose(
        reading, candidate_profiles(reading), home_country=home_country(), window_days=window_days()
    )
    logger.info(
        "event discovery",
        extra={
            "article_id": article.pk,
            "event_id": chosen,
            "scores": [(s.event_id, s.points, s.anchored, s.ruled_out) for s in scores[:5]],
        },
    )
    return (Event.objects.filter(pk=chosen).first() if chosen is not None else None), reading


def event_match(article: Article) -> Event | None:
    """The existing event the article belongs to, or None (nothing is written)."""
    return event_choose(article)[0]


@transaction.atomic
def article_discover_event(article: Article) -> Event:
    """Link an article that has no event to the event it belongs to, or to a new proposed
    event made from it; the event's profile, dates, country and keywords take it in."""
    event, reading = event_choose(article)
    if event is None:
        event = _event_start(reading)
    ArticleEvent.objects.create(article=article, event=event, method=ArticleEvent.Method.AUTO)
    event_take_in(event, reading)
    return event


@transaction.atomic
def article_link_named_event(article: Article, event: Event) -> None:
    """Link an article to the event its submitter named; the event's profile takes it in."""
    ArticleEvent.objects.create(article=article, event=event, method=ArticleEvent.Method.AUTO)
    event_take_in(event, article_reading(article))


def article_place_in_event(article: Article, event: Event | None = None) -> Event:
    """Where an article without a link goes: the named event, or discovery's choice."""
    if event is not None:
        article_link_named_event(article, event)
        return event
    return article_discover_event(article)


def articles_discover_unlinked(*, batch_size: int = 200) -> int:
    """Place every article that has no event (stored before discovery, or taken out of its
    event), oldest first; their claims follow and are checked with their new neighbours.
    Returns how many articles were placed."""
    from claims.services import enqueue_verification

    placed = 0
    while True:
        ids = list(
            Article.objects.filter(event_link__isnull=True)
            .exclude(extraction_status=Article.Status.FETCH_PENDING)
            .order_by("published_date", "pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return placed
        for article in Article.objects.filter(pk__in=ids).select_related("source").order_by("published_date", "pk"):
            with transaction.atomic():
                event = article_discover_event(article)
                moved = list(Claim.objects.filter(article=article).values_list("pk", "measure"))
                if moved:
                    Claim.objects.filter(article=article).update(event=event)
                    others = Claim.objects.filter(event=event, measure__in={m for _, m in moved})
                    enqueue_verification(sorted({pk for pk, _ in moved} | set(others.values_list("pk", flat=True))))
            placed += 1


# --- profiles -------------------------------------------------------------------------------


def _keys_of(reading: Reading) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    for attribute, kind in PROFILE_KINDS.items():
        for value in matching.profile_keys(reading)[attribute]:
            keys.append((kind, str(value)[:200]))
    return keys


def event_take_in(event: Event, reading: Reading) -> None:
    """Count one more article into the event's profile (incremental: a few queries)."""
    start, end = Event.objects.filter(pk=event.pk).values_list("start_date", "end_date").get()
    day = reading.published
    if day is not None:
        start = day if start is None else min(start, day)
        end = day if end is None else max(end, day)
    keys = _keys_of(reading)
    existing = dict(
        ((kind, key), pk)
        for pk, kind, key in EventKey.objects.filter(event=event, key__in={k for _, k in keys}).values_list(
            "pk", "kind", "key"
        )
    )
    found = [existing[k] for k in keys if k in existing]
    if found:
        EventKey.objects.filter(pk__in=found).update(articles=F("articles") + 1)
    EventKey.objects.bulk_create(
        [
            EventKey(event=event, kind=kind, key=key, articles=1, start_date=start, end_date=end)
            for kind, key in keys
            if (kind, key) not in existing
        ]
    )
    _event_refresh_fields(event, span=(start, end))


def _event_refresh_fields(event: Event, *, span: tuple[dt.date | None, dt.date | None]) -> None:
    """Dates from the articles (`span`), country and (automatic) keywords from the profile."""
    event = Event.objects.get(pk=event.pk)
    start, end = span
    changes: dict[str, object] = {}
    if (start, end) != (event.start_date, event.end_date):
        changes.update(start_date=start, end_date=end)
    rows = list(
        EventKey.objects.filter(event=event, kind__in=[EventKey.Kind.NAME, EventKey.Kind.WORD])
        .order_by("-articles", "key")
        .values_list("kind", "key", "articles")[:400]
    )
    countries = [key for kind, key, _ in rows if kind == EventKey.Kind.NAME and lexicon.country_of(key) == key]
    foreign = [key for key in countries if key != home_country()]
    country = (foreign or countries or [""])[0]
    if country and not event.country:
        changes["country"] = country.title()
    if event.keywords_auto or not event.keywords:
        keywords: dict[str, list[str]] = {}
        for kind, key, _ in rows:
            if kind != EventKey.Kind.WORD:
                continue
            language, _, word = key.partition(":")
            if len(keywords.setdefault(language, [])) < KEYWORDS_PER_LANGUAGE:
                keywords[language].append(word)
        if keywords and keywords != event.keywords:
            changes.update(keywords=keywords, keywords_auto=True)
    if changes:
        Event.objects.filter(pk=event.pk).update(**changes)
        if "start_date" in changes:
            EventKey.objects.filter(event=event).update(start_date=start, end_date=end)


def event_rebuild(event: Event) -> None:
    """Recount an event's profile from its articles (after a move, a merge or a split)."""
    EventKey.objects.filter(event=event).exclude(kind=EventKey.Kind.KEYWORD).delete()
    articles = Article.objects.filter(event_link__event=event).select_related("source")
    counts: Counter[tuple[str, str]] = Counter()
    days = []
    for article in articles.iterator(chunk_size=200):
        reading = article_reading(article)
        counts.update(set(_keys_of(reading)))
        if reading.published is not None:
            days.append(reading.published)
    stored = Event.objects.get(pk=event.pk)
    start, end = (min(days), max(days)) if days else (stored.start_date, stored.end_date)
    EventKey.objects.bulk_create(
        [
            EventKey(event=event, kind=kind, key=key, articles=n, start_date=start, end_date=end)
            for (kind, key), n in counts.items()
        ],
        batch_size=1000,
    )
    _event_refresh_fields(event, span=(start, end))
    EventKey.objects.filter(event=event).update(start_date=start, end_date=end)


def events_rebuild(event_ids: Iterable[int | None]) -> None:
    for event in Event.objects.filter(pk__in=[pk for pk in event_ids if pk is not None]):
        event_rebuild(event)


def event_index_sync(event: Event) -> None:
    """Keep the index in step with an event's own fields: its dates on every key, and an
    editor's keywords as keys (called whenever an event is saved)."""
    EventKey.objects.filter(event=event).exclude(start_date=event.start_date, end_date=event.end_date).update(
        start_date=event.start_date, end_date=event.end_date
    )
    wanted: set[str] = set()
    if not event.keywords_auto and isinstance(event.keywords, dict):
        for words in event.keywords.values():
            for phrase in words if isinstance(words, list) else []:
                wanted.update(w[:200] for w in content_words(str(phrase)) or [str(phrase).strip().lower()[:200]])
    wanted.discard("")
    current = set(EventKey.objects.filter(event=event, kind=EventKey.Kind.KEYWORD).values_list("key", flat=True))
    if current - wanted:
        EventKey.objects.filter(event=event, kind=EventKey.Kind.KEYWORD, key__in=current - wanted).delete()
    EventKey.objects.bulk_create(
        EventKey(
            event=event,
            kind=EventKey.Kind.KEYWORD,
            key=key,
            articles=0,
            start_date=event.start_date,
            end_date=event.end_date,
        )
        for key in sorted(wanted - current)
    )


def _on_event_saved(sender: type, instance: Event, raw: bool = False, **kwargs: object) -> None:
    if not raw:
        event_index_sync(instance)
