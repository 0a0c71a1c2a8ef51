"""Writes for events, claims and verdicts. The admin, the API, the commands and the
tasks all go through these functions."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from celery.exceptions import Retry
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.utils import timezone

from claims import event_discovery, extraction, selectors, verification
from claims.bounds import bounded_claims
from claims.models import ArticleEvent, Claim, Event, Evidence, OwedCheck, Verdict
from sources.models import Article, Source
from sources.services import article_get_or_create, article_mark_failed, source_get_or_create

logger = logging.getLogger(__name__)

EDITORIAL_STATES = (Verdict.ReviewState.CONFIRMED, Verdict.ReviewState.OVERRIDDEN)
LABELS_NEEDING_REVIEW = (Verdict.Label.CONTRADICTED, Verdict.Label.MIXED, Verdict.Label.OUTDATED)


# --- enqueueing -------------------------------------------------------------------------


def _enqueue(task, *args, on_failure=None) -> None:
    """Send a task once the surrounding transaction commits.

    A broker that is down must not lose the write that preceded it: the row stays
    pending and the sweeps (`recheck_due`, the pending-articles beat task) send it later.
    """

    def send() -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            # Eager retries have already run to the end inside apply().
            with contextlib.suppress(Retry):
                task.apply(args=args, throw=True)
            return
        try:
            task.apply_async(args=args)
        except Exception:  # the broker's exceptions vary by transport
            logger.warning(
                "broker unavailable; left pending for the sweep", extra={"task": task.name, "task_args": args}
            )
            if on_failure is not None:
                on_failure()

    transaction.on_commit(send)


def _extract_task():
    from claims.tasks import extract_article

    return extract_article


def _verify_task():
    from claims.tasks import verify_claims

    return verify_claims


def _fetch_task():
    from claims.fetch_tasks import fetch_article

    return fetch_article


def article_enqueue_extraction(*, article_id: int) -> None:
    """Send an article for extraction once the surrounding transaction commits."""
    _enqueue(_extract_task(), article_id)


def article_enqueue_fetch(*, article_id: int) -> None:
    """Send a URL-submitted article to be fetched once the surrounding transaction commits."""
    _enqueue(_fetch_task(), article_id)


def enqueue_verification(claim_ids: Iterable[int]) -> None:
    """Send these claims for verification once the surrounding transaction commits, in
    batches of claims of the same event and measure, so each task reads a group once.

    Marks them `pending` (a check is owed) under their row locks, taken in id order like
    every other writer that locks several claims. Extraction does not come here: it records
    what it owes without touching the claims' rows (`_owe_checks`).
    """
    ids = sorted(set(claim_ids))
    if not ids:
        return
    rows: list[tuple[int, int | None, str]] = []
    with transaction.atomic():
        for start in range(0, len(ids), 5000):  # bounded IN lists, in id order
            chunk = ids[start : start + 5000]
            # Pending says "a check is owed": the task checks owed claims only, so a duplicate
            # delivery, or a claim another batch has checked since, costs one locking read.
            found = list(
                Claim.objects.select_for_update(no_key=True)
                .filter(pk__in=chunk)
                .order_by("pk")
                .values_list("pk", "event_id", "measure", "status")
            )
            waiting = [pk for pk, _, _, status in found if status != Claim.Status.PENDING]
            if waiting:
                Claim.objects.filter(pk__in=waiting).update(status=Claim.Status.PENDING)
            rows += [row[:3] for row in found]
        _send_checks(rows, due_again_if_unsent=True)


def _send_checks(rows: list[tuple[int, int | None, str]], *, due_again_if_unsent: bool) -> None:
    """Send (claim id, event id, measure) rows to the verification task after commit, in
    batches of FACTCHECK_VERIFY_BATCH_SIZE grouped by event, then measure, then id.

    A batch the broker refuses stays owed: `due_again_if_unsent` makes its claims due at the
    very next sweep; without it the caller has recorded owed checks, which the sweep sends.
    """
    task = _verify_task()
    rows = sorted(set(rows), key=lambda row: (row[1] is None, row[1] or 0, row[2], row[0]))
    size = settings.FACTCHECK_VERIFY_BATCH_SIZE
    for start in range(0, len(rows), size):
        batch = [row[0] for row in rows[start : start + size]]

        def make_due_again(batch: list[int] = batch) -> None:
            # Unsent: due for the very next sweep instead of waiting out the interval.
            Claim.objects.filter(pk__in=batch).update(last_checked_at=None)

        _enqueue(task, batch, on_failure=make_due_again if due_again_if_unsent else None)


def _label_or_confidence_moved(
    previous_id: int | None,
    previous_label: str | None,
    previous_confidence: float | None,
    label: str,
    confidence: float,
) -> bool:
    """Whether partners hear of a new current verdict (`verdict.changed`): the claim had none,
    or its label or confidence moved."""
    if previous_id is None:
        return True
    return previous_label != label or previous_confidence is None or abs(previous_confidence - confidence) > 1e-9


def _verdict_changed(*, claim_id: int, verdict_id: int) -> None:
    """A claim's current verdict changed: tell the partners' webhooks (when that app is on)."""
    _verdicts_changed([(claim_id, verdict_id)])


def _verdicts_changed(changes: list[tuple[int, int]]) -> None:
    """Claims' current verdicts changed, as (claim id, verdict id): tell the partners' webhooks."""
    from django.apps import apps

    if apps.is_installed("partners"):
        from partners.services import webhook_deliveries_create_many

        webhook_deliveries_create_many(changes=changes)


# --- events -----------------------------------------------------------------------------


def event_get_or_create(*, name: str) -> Event:
    event, _ = Event.objects.get_or_create(name=name.strip())
    return event


def event_match(article: Article) -> Event | None:
    """The existing event an article belongs to, or None (event discovery; nothing written)."""
    return event_discovery.event_match(article)


@transaction.atomic
def article_link_event(*, article: Article, event: Event | None, method: str = ArticleEvent.Method.AUTO) -> None:
    """Put an article (and its claims) in an event, or take it out; re-verify what moved.

    Claims are cross-referenced only within an event, so both the claims that moved and the
    claims of the events they left or joined are checked again.
    """
    link = ArticleEvent.objects.filter(article=article).first()
    old_event_id = link.event_id if link else None
    if event is None:
        if link:
            link.delete()
    elif link is None:
        ArticleEvent.objects.create(article=article, event=event, method=method)
    else:
        link.event = event
        link.method = method
        link.linked_at = timezone.now()
        link.save()
    new_event_id = event.pk if event else None
    if old_event_id == new_event_id:
        return
    # Both events' profiles (names, dates, keywords) follow the article.
    event_discovery.events_rebuild([old_event_id, new_event_id])
    # Locked in id order before the update, as every writer of several claims locks them.
    moved = list(
        Claim.objects.select_for_update(no_key=True).filter(article=article).order_by("pk").values_list("pk", "measure")
    )
    Claim.objects.filter(article=article).update(event_id=new_event_id)
    measures = {measure for _, measure in moved}
    affected = set(pk for pk, _ in moved)
    for event_id in {old_event_id, new_event_id} - {None}:
        affected.update(Claim.objects.filter(event_id=event_id, measure__in=measures).values_list("pk", flat=True))
    enqueue_verification(sorted(affected))


# --- ingest and extraction ---------------------------------------------------------------


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def article_ingest(
    *,
    url: str,
    title: str,
    body: str,
    published_at: str | dt.datetime | None,
    source_name: str,
    source_domain: str = "",
    source_kind: str = Source.Kind.OUTLET,
    source_reliability: float = 0.5,
    language: str | None = None,
    event_name: str | None = None,
) -> IngestResult:
    """Store one article (idempotent by url) and send it for extraction after commit."""
    try:
        with transaction.atomic():
            source = source_get_or_create(
                name=source_name, domain=source_domain, kind=source_kind, reliability=source_reliability
            )
            created = article_get_or_create(
                source=source,
                url=url,
                title=title,
                body=body,
                published_at=published_at,
                language=language or "",
            )
            article = created.article
            if created.created:
                # The named event, or the one discovery finds (or starts) for it.
                event_discovery.article_place_in_event(
                    article, event_get_or_create(name=event_name) if event_name else None
                )
                _enqueue(_extract_task(), article.pk)
    except IntegrityError:
        # Another request stored the same url between our lookup and insert.
        article = Article.objects.filter(url=url).first()
        if article is None:
            raise
        return IngestResult(article, False)
    logger.info("article ingested", extra={"article_id": article.pk, "created": created.created})
    return IngestResult(article, created.created)


def article_extract(*, article_id: int) -> list[int] | None:
    """Extract an article's claims and send every claim they touch for verification.

    Idempotent: the article row is locked, a finished article is skipped (a duplicate
    delivery), and claims are keyed by their span so a re-run after a killed worker
    rewrites the same rows. Returns the ids sent for verification, None if skipped.

    Extraction never waits on a verification batch: the checks it owes the claims of its
    event are recorded as OwedCheck rows, not written on the claims' rows a batch may hold
    (`_owe_checks`). Only a re-extraction that changes or removes claims it stored before
    writes claim rows, its own, and takes their locks in the order that cannot deadlock
    with a batch (`_rewrite_claims`).
    """
    with transaction.atomic():
        locked = (
            Article.objects.select_for_update(no_key=True).filter(pk=article_id).values_list("pk", flat=True).first()
        )
        article = Article.objects.filter(pk=locked).select_related("event_link").first() if locked else None
        if article is None or article.extraction_status == Article.Status.DONE:
            return None  # deleted meanwhile, or a duplicate delivery after another worker finished
        if article.extraction_status == Article.Status.FETCH_PENDING:
            return None  # the fetch task sends it here once the body is in
        try:
            found = extraction.extract(
                article.body,
                lang=article.language or None,
                published=article.published_date,
                max_chars=settings.FACTCHECK_MAX_ARTICLE_CHARS,
            )
        except extraction.ExtractionError as exc:
            article_mark_failed(article_id=article.pk, reason=str(exc))
            return None
        found = bounded_claims(found, where=f"article {article.pk}")
        if len(found) > settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE:
            article_mark_failed(
                article_id=article.pk,
                reason=f"The text has {len(found)} numeric claims; the limit is "
                f"{settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE} per article (FACTCHECK_MAX_CLAIMS_PER_ARTICLE).",
            )
            return None
        event_id = article.event_link.event_id if hasattr(article, "event_link") else None
        language = article.language or (found[0].language if found else "")
        # One read of the article's existing claims and one insert for the new ones: an
        # update_or_create per claim made an article of 27 claims cost ~100 queries.
        existing = {(c.start, c.end, c.measure): c for c in Claim.objects.filter(article=article)}
        kept: list[Claim] = []
        to_create: list[Claim] = []
        changed: list[Claim] = []
        seen: set[tuple[int, int, str]] = set()
        for item in found:
            values = {
                "event_id": event_id,
                "sentence": item.sentence,
                "text": item.text,
                "subject": item.subject or "",
                "place": (item.place or "")[:200],
                "value": item.value,
                "low": item.low,
                "high": item.high,
                "qualifier": item.qualifier,
                "unit": item.unit or "",
                "as_of": item.as_of,
                "attributed_to": (item.attributed_to or "")[:300],
                "language": item.language,
            }
            key = (item.start, item.end, item.measure)
            if key in seen:
                continue  # the same span read twice: one row, as update_or_create kept it
            seen.add(key)
            claim = existing.get(key)
            if claim is None:
                to_create.append(Claim(article=article, start=item.start, end=item.end, measure=item.measure, **values))
                continue
            kept.append(claim)
            if any(getattr(claim, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(claim, name, value)
                changed.append(claim)  # an unchanged claim's row is not written, so not locked
        removed = [claim for key, claim in existing.items() if key not in seen]
        _rewrite_claims(changed=changed, removed=removed)
        kept += Claim.objects.bulk_create(to_create)
        Article.objects.filter(pk=article.pk).update(
            extraction_status=Article.Status.DONE,
            extraction_error="",
            extracted_at=timezone.now(),
            language=language,
        )
        # Event-driven re-check: the article's claims, and the claims of the same event and
        # measures (including those of removed claims), whose evidence just changed. Cost
        # follows the claims touched.
        return _owe_checks(
            own=[(claim.pk, claim.measure) for claim in kept],
            event_id=event_id,
            measures={claim.measure for claim in kept} | {claim.measure for claim in removed},
        )


# What a re-extraction writes on a claim it keeps and finds changed.
EXTRACTED_FIELDS = (
    "event_id",
    "sentence",
    "text",
    "subject",
    "place",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "as_of",
    "attributed_to",
    "language",
)


def _rewrite_claims(*, changed: list[Claim], removed: list[Claim]) -> None:
    """Write a re-extraction's changed claims and delete its removed ones, in a lock order
    that cannot deadlock with a verification batch.

    A batch (`claims_verify`) takes FOR NO KEY UPDATE on its claims in id order, then FOR
    KEY SHARE on its evidence claims in id order (`_hold_keys`), and waits on nothing else.
    Here: FOR NO KEY UPDATE on every row written, in id order, then FOR UPDATE on the rows to
    delete, in id order, and nothing that waits after that. Each kind of lock is taken in
    one ascending pass by both sides, and the FOR UPDATE pass, the only one a key-share
    waits on, starts only once this side holds all its no-key locks, so no cycle of waits
    can form. A re-extraction that changes nothing writes no claim row and takes no lock.
    """
    if not changed and not removed:
        return
    _lock_claims([claim.pk for claim in changed] + [claim.pk for claim in removed])
    gone = sorted(claim.pk for claim in removed)
    if gone:
        list(Claim.objects.select_for_update().filter(pk__in=gone).order_by("pk").values_list("pk", flat=True))
    if changed:
        for claim in changed:
            claim.status = Claim.Status.PENDING
        Claim.objects.bulk_update(changed, fields=[*EXTRACTED_FIELDS, "status"])
    if gone:
        Claim.objects.filter(pk__in=gone).delete()


def _owe_checks(*, own: list[tuple[int, str]], event_id: int | None, measures: set[str]) -> list[int]:
    """Record and send the checks an extraction owes: its own claims (`own`, as id and
    measure) and the other claims of its event and these measures, whose evidence changed.
    Returns the ids sent, in order.

    Nothing here waits on a verification batch, and no claim row is written. A claim that
    already waits for a check (`pending`, or with an OwedCheck row) is skipped, but only if
    this transaction could take FOR SHARE on its row (SKIP LOCKED): a batch locks its claims
    FOR NO KEY UPDATE before it reads their debts and evidence, so no batch can check that
    claim before this commits, and the one that does sees this article's claims. A claim a
    batch holds right now (its lock is skipped) may have read its evidence already: it gets
    an OwedCheck row, which that batch did not see and leaves behind. Without the skip, a
    breaking story of N articles in one event costs N^2 checks (bench/bench_ingest.py).
    """
    owed = [(pk, event_id, measure) for pk, measure in own]
    mine = [pk for pk, _ in own]
    if event_id is not None and measures:
        group = Claim.objects.filter(event_id=event_id, measure__in=sorted(measures)).exclude(pk__in=mine)
        held = _share_lock_unheld(group)
        # After the lock, in new statements: the debts of a claim a batch has just checked
        # read as paid. Only a claim this holds, and that is neither pending nor failed, can
        # be skipped for a debt.
        checked = [pk for pk, status in held.items() if status == Claim.Status.VERIFIED]
        indebted = set(OwedCheck.objects.filter(claim_id__in=checked).values_list("claim_id", flat=True))
        for pk, measure in group.order_by().values_list("pk", "measure"):
            if held.get(pk) != Claim.Status.PENDING and pk not in indebted:
                owed.append((pk, event_id, measure))
    now = timezone.now()
    OwedCheck.objects.bulk_create([OwedCheck(claim_id=pk, created_at=now) for pk, _, _ in owed])
    _send_checks(owed, due_again_if_unsent=False)  # unsent: the sweep finds the OwedCheck rows
    return sorted({pk for pk, _, _ in owed})


def _share_lock_unheld(queryset) -> dict[int, str]:
    """FOR SHARE SKIP LOCKED on these claims: {id: status} of the rows locked, i.e. those no
    other transaction holds (a batch's FOR NO KEY UPDATE, a re-extraction's delete). Never
    waits. The status read is the row's newest. SQLite has no row locks: every row."""
    rows = queryset.order_by("pk").values_list("pk", "status")
    if connection.vendor != "postgresql":
        return dict(rows)
    sql, params = rows.query.sql_with_params()
    table = connection.ops.quote_name(Claim._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} FOR SHARE OF {table} SKIP LOCKED", params)
        return dict(cursor.fetchall())


# --- verification -----------------------------------------------------------------------


# What an article quotes, per process: a body never changes once its claims exist (DESIGN.md
# section 3), and re-reading every candidate's body for every check made a check cost
# O(event size) in article text. Keyed by id and ingest time, so an id reused by another
# article (SQLite after a rollback) is not mistaken for it. Bounded: cleared when full.
_quoted_by_article: dict[tuple[int, dt.datetime], tuple[str, ...]] = {}
QUOTED_CACHE_SIZE = 100_000
# The columns a check reads from its candidates (no bodies, no timestamps but the article's
# ingest time, which keys the quoted-origins cache), in the order `_candidate_facts` unpacks.
CANDIDATE_COLUMNS = (
    "pk",
    "measure",
    "subject",
    "low",
    "high",
    "qualifier",
    "value",
    "unit",
    "as_of",
    "attributed_to",
    "article_id",
    "article__url",
    "article__ingested_at",
    "article__published_date",
    "article__source_id",
    "article__source__reliability",
    "place",
    "article__source__name",
    "language",
)


def _quoted_origins(articles: Iterable[tuple[int, dt.datetime]]) -> dict[int, tuple[str, ...]]:
    """quoted_origins of these (article id, ingest time) pairs by id, reading only the bodies
    not seen before."""
    wanted = set(articles)
    missing = wanted - _quoted_by_article.keys()
    if missing:
        if len(_quoted_by_article) + len(missing) > QUOTED_CACHE_SIZE:
            _quoted_by_article.clear()
        bodies = Article.objects.filter(pk__in={pk for pk, _ in missing}).values_list("pk", "ingested_at", "body")
        for pk, ingested_at, body in bodies:
            _quoted_by_article[(pk, ingested_at)] = verification.quoted_origins(body)
    return {pk: _quoted_by_article.get((pk, ingested_at), ()) for pk, ingested_at in wanted}


_known_sources_cache: tuple[float, object, tuple[verification.SourceFacts, ...]] | None = None
KNOWN_SOURCES_TTL = 60.0  # seconds; names and domains only, reliability is read fresh per claim


def _known_sources() -> tuple[verification.SourceFacts, ...]:
    """The sources origin tracing matches against, cached per process so a worker does not
    read the whole Source table for every claim; a new or deleted source (count, newest id)
    or the TTL refreshes it."""
    global _known_sources_cache
    now = time.monotonic()
    stamp = tuple(Source.objects.aggregate(count=Count("pk"), newest=Max("pk")).values())
    cached = _known_sources_cache
    if cached is None or cached[1] != stamp or now - cached[0] > KNOWN_SOURCES_TTL:
        known = tuple(
            verification.SourceFacts(id=pk, name=name, domain=domain)
            for pk, name, domain in Source.objects.values_list("pk", "name", "domain").order_by("pk")
        )
        _known_sources_cache = cached = (now, stamp, known)
    return cached[2]


def verify_settings(*, fresh: bool = False) -> verification.VerifySettings:
    global _known_sources_cache
    if fresh:
        _known_sources_cache = None
    known = _known_sources()
    return verification.VerifySettings(
        credibility_threshold=settings.FACTCHECK_CREDIBILITY_THRESHOLD,
        window_days=settings.FACTCHECK_WINDOW_DAYS,
        known_sources=known,
    )


def _lock_claim(claim_id: int) -> bool:
    """Take the claim's row lock for the rest of the transaction; False if it is gone."""
    return bool(_lock_claims([claim_id]))


def _lock_claims(claim_ids: Iterable[int]) -> list[tuple[int, int | None, str, str]]:
    """Lock these claims' rows in id order for the rest of the transaction; returns (id,
    event id, measure, status) of those that still exist. The status is the row's newest,
    so a claim another check has just finished reads as verified here."""
    # FOR NO KEY UPDATE: evidence rows written by other checks take FOR KEY SHARE on these
    # claims through their foreign key; a plain FOR UPDATE would deadlock with them. Id order:
    # every writer that locks several claims (this, `enqueue_verification`, a re-extraction's
    # `_rewrite_claims`) takes them in the same order, so two of them never wait on each
    # other in a cycle.
    return list(
        Claim.objects.select_for_update(no_key=True)
        .filter(pk__in=claim_ids)
        .order_by("pk")
        .values_list("pk", "event_id", "measure", "status")
    )


def _debts_of(claim_ids: list[int]) -> dict[int, list[int]]:
    """The OwedCheck rows of these claims, as {claim id: [row ids]}. Read after the claims
    are locked and before their evidence is: a row committed later stays owed."""
    debts: dict[int, list[int]] = {}
    if claim_ids:
        for claim_id, pk in OwedCheck.objects.filter(claim_id__in=claim_ids).values_list("claim_id", "pk"):
            debts.setdefault(claim_id, []).append(pk)
    return debts


def _lock_owed_neighbours(claim_ids: list[int], groups: set[tuple[int, str]]) -> list[int]:
    """Lock up to FACTCHECK_VERIFY_BATCH_SIZE other claims of these (event, measure) groups
    that are owed a check (`pending`, or with OwedCheck rows), skipping any that another
    transaction holds (so this never waits, and never deadlocks)."""
    if not groups:
        return []
    return list(
        Claim.objects.select_for_update(no_key=True, skip_locked=True)
        .filter(_in_groups(groups))
        .filter(Exists(OwedCheck.objects.filter(claim_id=OuterRef("pk"))) | Q(status=Claim.Status.PENDING))
        .exclude(pk__in=claim_ids)
        .order_by("pk")
        .values_list("pk", flat=True)[: settings.FACTCHECK_VERIFY_BATCH_SIZE]
    )


def _hold_keys(claim_ids: Iterable[int]) -> set[int]:
    """FOR KEY SHARE on these claims, in id order; returns those that still exist.

    Taken before a check writes evidence rows pointing at them: the foreign-key checks of
    those inserts would take the same locks one by one in no particular order, and could
    then deadlock with a re-extraction deleting some of them (`_rewrite_claims`). Deleted
    meanwhile: left out, and the re-extraction that deleted them owes their group a check.
    """
    ids = sorted(set(claim_ids))
    if not ids:
        return set()
    if connection.vendor != "postgresql":
        return set(Claim.objects.filter(pk__in=ids).values_list("pk", flat=True))
    table, pk = connection.ops.quote_name(Claim._meta.db_table), connection.ops.quote_name(Claim._meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pk} FROM {table} WHERE {pk} = ANY(%s) ORDER BY {pk} FOR KEY SHARE", [ids])
        return {row[0] for row in cursor.fetchall()}


def _in_groups(groups: Iterable[tuple[int, str]]) -> Q:
    """Claims of any of these (event, measure) groups (each one index range)."""
    where = Q()
    for event_id, measure in groups:
        where |= Q(event_id=event_id, measure=measure)
    return where


def _candidate_facts(rows: Iterable[tuple], quoted: dict[int, tuple[str, ...]]) -> list[verification.ClaimFacts]:
    return [
        verification.ClaimFacts(
            id=pk,
            measure=measure,
            subject=subject or None,
            low=low,
            high=high,
            qualifier=qualifier,
            value=value,
            unit=unit or None,
            as_of=as_of or published_date,
            source_id=source_id,
            reliability=reliability,
            article_id=article_id,
            article_url=url,
            attributed_to=attributed_to or None,
            quoted=quoted[article_id],
            place=place or None,
            source_name=source_name,
            language=language,
        )
        for (
            pk,
            measure,
            subject,
            low,
            high,
            qualifier,
            value,
            unit,
            as_of,
            attributed_to,
            article_id,
            url,
            _,
            published_date,
            source_id,
            reliability,
            place,
            source_name,
            language,
        ) in rows
    ]


def _group_candidates(groups: set[tuple[int, str]]) -> dict[tuple[int, str], list[tuple]]:
    """Every claim of these (event, measure) groups, as plain rows, in one query."""
    if not groups:
        return {}
    found: dict[tuple[int, str], list[tuple]] = {group: [] for group in groups}
    for row in Claim.objects.filter(_in_groups(groups)).order_by("pk").values_list("event_id", *CANDIDATE_COLUMNS):
        found[(row[0], row[2])].append(row[1:])
    return found


def _insert_evidence(rows: Iterable[tuple[int, int, str, bool, str]]) -> None:
    """Insert (verdict id, claim id, relation, credible, explanation) rows in order.

    A batch writes thousands of evidence rows; building a model instance per row cost more
    than the insert itself (bench/bench_ingest.py), so this is COPY on PostgreSQL and one
    prepared statement elsewhere.
    """
    rows = list(rows)
    if not rows:
        return
    meta = Evidence._meta
    columns = ", ".join(
        connection.ops.quote_name(meta.get_field(name).column)
        for name in ("verdict", "claim", "relation", "credible", "explanation")
    )
    table = connection.ops.quote_name(meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # COPY: ~10x faster than a pipelined INSERT per row for a batch's thousands of rows.
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s)", rows)


# What a check reads of the claims it checks, beside their CANDIDATE_COLUMNS.
CHECKED_COLUMNS = (
    "event_id",
    "review_state",
    "review_reason",
    "current_verdict_id",
    "current_verdict__fingerprint",
    "current_verdict__review_state",
    "current_verdict__label",
    "current_verdict__explanation",
    "current_verdict__confidence",
)


@dataclass(frozen=True, slots=True)
class _CheckedClaim:
    row: tuple  # CANDIDATE_COLUMNS, as `_candidate_facts` reads them
    event_id: int | None
    review_state: str
    review_reason: str
    verdict_id: int | None
    verdict_fingerprint: str | None
    verdict_state: str | None
    verdict_label: str | None
    verdict_explanation: str | None
    verdict_confidence: float | None

    @classmethod
    def from_row(cls, row: tuple) -> _CheckedClaim:
        """From a row of CANDIDATE_COLUMNS then CHECKED_COLUMNS."""
        split = len(CANDIDATE_COLUMNS)
        return cls(row[:split], *row[split:])

    @property
    def pk(self) -> int:
        return self.row[0]  # CANDIDATE_COLUMNS starts with the id


# The columns `_record_checks` writes.
CHECK_COLUMNS = ("last_checked_at", "status", "status_error", "current_verdict", "review_state", "review_reason")


def _record_checks(rows: list[tuple[int, int, str, str]], *, checked_at: dt.datetime) -> None:
    """Record a batch's checks: each (claim id, current verdict id, review state, review
    reason), the claims now verified at `checked_at`. One statement per 5,000 claims on
    PostgreSQL (an UPDATE from a VALUES list), one prepared statement elsewhere: each claim's
    row is written once, where `bulk_update`'s CASE expressions cost ~1.7 ms a claim to build."""
    if not rows:
        return
    meta = Claim._meta
    quote = connection.ops.quote_name
    column = {name: quote(meta.get_field(name).column) for name in CHECK_COLUMNS}
    table, pk = quote(meta.db_table), quote(meta.pk.column)
    when = connection.ops.adapt_datetimefield_value(checked_at)
    verified = Claim.Status.VERIFIED.value
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for start in range(0, len(rows), 5000):
                chunk = rows[start : start + 5000]
                values = ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
                cursor.execute(
                    f"UPDATE {table} SET {column['last_checked_at']} = %s, {column['status']} = %s, "
                    f"{column['status_error']} = '', {column['current_verdict']} = v.column2::bigint, "
                    f"{column['review_state']} = v.column3::text, {column['review_reason']} = v.column4::text "
                    f"FROM (VALUES {values}) AS v WHERE {table}.{pk} = v.column1::bigint",
                    [when, verified, *(value for row in chunk for value in row)],
                )
        else:
            cursor.executemany(
                f"UPDATE {table} SET {column['last_checked_at']} = %s, {column['status']} = %s, "
                f"{column['status_error']} = '', {column['current_verdict']} = %s, {column['review_state']} = %s, "
                f"{column['review_reason']} = %s WHERE {pk} = %s",
                [(when, verified, verdict, state, reason, claim) for claim, verdict, state, reason in rows],
            )


def claims_verify(
    *, claim_ids: Iterable[int], config: verification.VerifySettings | None = None, owed_only: bool = False
) -> dict[int, int]:
    """Check a batch of claims, each against its event's other claims of the same measure.

    Each (event, measure) group is read once for the whole batch and the verdicts are
    written in bulk: checking claim by claim re-read the group for every claim, which made
    a breaking story cost O(group size) queries-worth of rows per claim.

    `owed_only` (the task's mode): check only the claims owed a check, i.e. `pending` (sent
    for a check) or with OwedCheck rows (an extraction changed their evidence); and take
    along up to FACTCHECK_VERIFY_BATCH_SIZE other owed claims of the same groups that no
    other check holds, so a breaking story's claims are checked in few large batches and the
    batches sent for them later find nothing left to do. A check pays the OwedCheck rows it
    read before reading the evidence, whatever the mode.

    Locks, all in id order: FOR NO KEY UPDATE on the claims checked, then FOR KEY SHARE on
    the claims cited as evidence; nothing else waits. Extraction never waits on these
    (see `article_extract`).

    A result equal to the current verdict only moves its `checked_at` (and rewrites its
    explanation if the words changed); a changed result appends a Verdict with its
    explanation. An editor's verdict is never replaced: a disagreeing re-check is kept in the
    history and flags the claim for review. Returns the current verdict id of
    each claim checked (claims deleted meanwhile, or not owed a check, are left out).
    """
    config = config or verify_settings()
    wanted = sorted(set(claim_ids))
    if not wanted:
        return {}
    with transaction.atomic():
        # Lock first, then read: under READ COMMITTED a locking read that waited returns the
        # rows' newest versions but joined rows from its older snapshot, so a duplicate
        # delivery would not see the verdicts the first delivery just wrote.
        found = _lock_claims(wanted)
        debts = _debts_of([row[0] for row in found])
        if owed_only:
            found = [row for row in found if row[3] == Claim.Status.PENDING or row[0] in debts]
        locked = [row[0] for row in found]
        if owed_only and locked:
            neighbours = _lock_owed_neighbours(locked, {(event, measure) for _, event, measure, _ in found if event})
            debts.update(_debts_of(neighbours))
            locked += neighbours
        if not locked:
            return {}  # deleted or re-extracted meanwhile, or checked already
        # Plain rows, no model instances: a batch of a breaking story checks hundreds of claims.
        claims = [
            _CheckedClaim.from_row(row)
            for row in Claim.objects.filter(pk__in=locked)
            .order_by("pk")
            .values_list(*CANDIDATE_COLUMNS, *CHECKED_COLUMNS)
        ]
        groups = _group_candidates({(c.event_id, c.row[1]) for c in claims if c.event_id is not None})
        quoted = _quoted_origins(
            {(c.row[10], c.row[12]) for c in claims} | {(row[10], row[12]) for rows in groups.values() for row in rows}
        )
        # One pass per group: each evidence item's interval and origins are worked out once.
        members: dict[tuple[int | None, str], list[tuple]] = {}
        for claim in claims:
            members.setdefault((claim.event_id, claim.row[1]), []).append(claim.row)
        results: dict[int, verification.VerificationResult] = {}
        for (event_id, measure), rows in members.items():
            evidence = _candidate_facts(groups[(event_id, measure)], quoted) if event_id is not None else []
            results.update(verification.verify_many(_candidate_facts(rows, quoted), evidence, config))
        editorial = {c.pk for c in claims if c.verdict_state in EDITORIAL_STATES}
        latest_auto: dict[int, tuple[int, str, str]] = {}
        for claim_id, verdict_id, fingerprint, explanation in Verdict.objects.filter(
            claim_id__in=editorial, review_state=Verdict.ReviewState.AUTO
        ).values_list("claim_id", "pk", "fingerprint", "explanation"):
            latest_auto.setdefault(claim_id, (verdict_id, fingerprint, explanation))  # Meta.ordering: newest first

        now = timezone.now()
        unchanged: dict[int, int] = {}
        reworded: list[Verdict] = []
        created: list[Verdict] = []
        for claim in claims:
            result = results[claim.pk]
            fingerprint = result.fingerprint()
            if claim.pk in editorial:
                previous = latest_auto.get(claim.pk)
            elif claim.verdict_id:
                previous = (claim.verdict_id, claim.verdict_fingerprint or "", claim.verdict_explanation or "")
            else:
                previous = None
            if previous is not None and previous[1] == fingerprint:
                unchanged[claim.pk] = previous[0]
                if previous[2] != result.explanation:
                    # Same result, new words (a verdict from before explanations, a renamed
                    # source): the sentence is derived text, so it is brought up to date in place.
                    reworded.append(Verdict(pk=previous[0], explanation=result.explanation))
                continue
            created.append(
                Verdict(
                    claim_id=claim.pk,
                    label=result.label,
                    confidence=round(result.confidence, 4),
                    method_version=result.method_version,
                    computed_at=now,
                    checked_at=now,
                    fingerprint=fingerprint,
                    explanation=result.explanation,
                )
            )
        if unchanged:
            Verdict.objects.filter(pk__in=unchanged.values()).update(checked_at=now)
        if reworded:
            Verdict.objects.bulk_update(reworded, ["explanation"], batch_size=500)
        cited = _hold_keys(item.claim_id for verdict in created for item in results[verdict.claim_id].evidence)
        Verdict.objects.bulk_create(created)
        _insert_evidence(
            (verdict.pk, item.claim_id, item.relation, item.credible, item.explanation[:300])
            for verdict in created
            for item in results[verdict.claim_id].evidence
            if item.claim_id in cited
        )
        new_verdicts = {verdict.claim_id: verdict.pk for verdict in created}

        current_of: dict[int, int] = {}
        changed: list[tuple[int, int]] = []
        rows: list[tuple[int, int, str, str]] = []
        for claim in claims:
            label, state, reason = results[claim.pk].label, claim.review_state, claim.review_reason
            if claim.pk in editorial:
                verdict_id = claim.verdict_id
                if label != claim.verdict_label and state != Claim.ReviewState.NEEDS_REVIEW:
                    state = Claim.ReviewState.NEEDS_REVIEW
                    reason = f"A re-check gives {label}; the editor's verdict is {claim.verdict_label}."
            else:
                verdict_id = new_verdicts.get(claim.pk) or unchanged[claim.pk]
                if verdict_id != claim.verdict_id:
                    needs = label in LABELS_NEEDING_REVIEW
                    state = Claim.ReviewState.NEEDS_REVIEW if needs else Claim.ReviewState.NONE
                    reason = f"Automatic verdict: {label}." if needs else ""
                    if _label_or_confidence_moved(
                        claim.verdict_id,
                        claim.verdict_label,
                        claim.verdict_confidence,
                        label,
                        round(results[claim.pk].confidence, 4),
                    ):
                        changed.append((claim.pk, verdict_id))  # new evidence alone is no verdict.changed
            current_of[claim.pk] = verdict_id
            rows.append((claim.pk, verdict_id, state, reason))
        _record_checks(rows, checked_at=now)
        if debts:
            # Paid: the rows read before the evidence. One written since stays owed.
            OwedCheck.objects.filter(pk__in=[pk for pks in debts.values() for pk in pks]).delete()
        if changed:
            _verdicts_changed(changed)
    logger.info(
        "claims verified",
        extra={"claims": len(claims), "new_verdicts": len(created), "unchanged": len(unchanged)},
    )
    return current_of


def claim_verify(*, claim_id: int, config: verification.VerifySettings | None = None) -> Verdict | None:
    """Check one claim (see `claims_verify`); returns its current verdict, None if it is gone."""
    verdict_id = claims_verify(claim_ids=[claim_id], config=config).get(claim_id)
    return Verdict.objects.get(pk=verdict_id) if verdict_id is not None else None


def claim_mark_failed(*, claim_id: int, reason: str) -> None:
    Claim.objects.filter(pk=claim_id).update(status=Claim.Status.FAILED, status_error=reason[:2000])


def claims_verify_now(*, event: Event | None = None) -> int:
    """Verify claims in this process (for the `verify` command); returns how many."""
    config = verify_settings(fresh=True)
    queryset = Claim.objects.all()
    if event is not None:
        queryset = queryset.filter(event=event)
    count = 0
    for claim_id in queryset.values_list("pk", flat=True).order_by("pk"):
        claim_verify(claim_id=claim_id, config=config)
        count += 1
    return count


# --- editor review ----------------------------------------------------------------------


@transaction.atomic
def verdict_review(
    *,
    claim: Claim,
    reviewer: AbstractBaseUser,
    action: str,
    label: str | None = None,
    rationale: str = "",
) -> Verdict:
    """An editor confirms the current verdict or overrides it with a label and a rationale."""
    if not _lock_claim(claim.pk):
        raise ValidationError("This claim no longer exists.")
    claim = Claim.objects.select_related("current_verdict", "article").defer("article__body").get(pk=claim.pk)
    current = claim.current_verdict
    now = timezone.now()
    if action == "confirm":
        if current is None:
            raise ValidationError("There is no verdict to confirm yet; re-check the claim first.")
        state, label = Verdict.ReviewState.CONFIRMED, current.label
    elif action == "override":
        if label not in Verdict.Label.values:
            raise ValidationError({"label": f"choose one of {', '.join(Verdict.Label.values)}"})
        if not rationale.strip():
            raise ValidationError({"rationale": "An override needs a rationale."})
        state = Verdict.ReviewState.OVERRIDDEN
    else:
        raise ValidationError(f"Unknown review action {action!r}.")
    if action == "confirm" and current is not None and current.explanation:
        explanation = current.explanation  # the editor agrees with the automatic reasons
    else:
        explanation = verification.review_sentence(label, rationale, claim.language or claim.article.language)
    verdict = Verdict.objects.create(
        claim=claim,
        label=label,
        confidence=current.confidence if current and action == "confirm" else 1.0,
        method_version="editor",
        computed_at=now,
        checked_at=now,
        review_state=state,
        reviewer=reviewer,
        rationale=rationale.strip(),
        fingerprint="",
        explanation=explanation,
    )
    if current is not None:
        evidence = list(current.evidence.all())
        cited = _hold_keys(item.claim_id for item in evidence)  # in id order, as a batch does
        Evidence.objects.bulk_create(
            Evidence(
                verdict=verdict,
                claim_id=item.claim_id,
                relation=item.relation,
                credible=item.credible,
                explanation=item.explanation,
            )
            for item in evidence
            if item.claim_id in cited
        )
    Claim.objects.filter(pk=claim.pk).update(
        current_verdict=verdict, review_state=Claim.ReviewState.REVIEWED, review_reason=""
    )
    previous = (current.pk, current.label, current.confidence) if current is not None else (None, None, None)
    if _label_or_confidence_moved(*previous, verdict.label, verdict.confidence):
        _verdict_changed(claim_id=claim.pk, verdict_id=verdict.pk)
    return verdict


def claims_assign(*, claims: Iterable[Claim], assignee: AbstractBaseUser | None) -> int:
    return Claim.objects.filter(pk__in=[c.pk for c in claims]).update(assignee=assignee)


def source_update(*, source: Source, **fields: object) -> Source:
    """Change a source (kind, reliability, ...) and re-check the claims its change affects:
    every claim in the events where this source's claims stand."""
    before = (source.kind, source.reliability)
    with transaction.atomic():
        for name, value in fields.items():
            setattr(source, name, value)
        source.full_clean()
        source.save()
        if (source.kind, source.reliability) != before:
            enqueue_verification(selectors.source_claims_to_recheck(source_ids=[source.pk]))
    return source


# --- sweeps -----------------------------------------------------------------------------


def claims_recheck_due(
    *,
    now: dt.datetime | None = None,
    batch_size: int | None = None,
    owed_older_than: dt.timedelta = dt.timedelta(minutes=2),
) -> int:
    """Send for verification the claims whose last check is older than the setting, and
    the claims with checks owed for longer than `owed_older_than` (an extraction recorded
    them and its send met a stopped broker, or the batch's worker died).

    Each batch is claimed with `select_for_update(skip_locked=True)` and stamped, so two
    sweeps running at once never send the same claim. Returns how many were sent.
    """
    now = now or timezone.now()
    batch_size = batch_size or settings.FACTCHECK_RECHECK_BATCH_SIZE
    due_before = now - dt.timedelta(hours=settings.FACTCHECK_RECHECK_AFTER_HOURS)
    total = 0
    while True:
        with transaction.atomic():
            ids = list(
                Claim.objects.select_for_update(no_key=True, skip_locked=True)
                .filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lt=due_before))
                .exclude(status=Claim.Status.FAILED)
                .order_by("last_checked_at", "pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                break
            # Stamping now keeps the next batch (and a concurrent sweep) off these claims;
            # the verification task records the real check time.
            Claim.objects.filter(pk__in=ids).update(last_checked_at=now)
            enqueue_verification(ids)
        total += len(ids)
        if len(ids) < batch_size:
            break
    return total + _send_owed_checks(now=now, owed_before=now - owed_older_than, batch_size=batch_size)


def _send_owed_checks(*, now: dt.datetime, owed_before: dt.datetime, batch_size: int) -> int:
    """Send again the claims with OwedCheck rows older than `owed_before`, in id order; their
    rows are stamped `now`, so the next sweep waits as long again before a second send.
    Claims a check holds are skipped (it pays or leaves the rows); failed claims wait for
    new evidence, as in the re-check sweep. Rows of claims deleted since are dropped."""
    OwedCheck.objects.filter(created_at__lte=owed_before).exclude(
        Exists(Claim.objects.filter(pk=OuterRef("claim_id")))
    ).delete()
    total, after = 0, 0
    while True:
        with transaction.atomic():
            ids = list(
                Claim.objects.select_for_update(no_key=True, skip_locked=True)
                .filter(pk__gt=after, pk__in=OwedCheck.objects.filter(created_at__lte=owed_before).values("claim_id"))
                .exclude(status=Claim.Status.FAILED)
                .order_by("pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                break
            OwedCheck.objects.filter(claim_id__in=ids).update(created_at=now)
            enqueue_verification(ids)
        total += len(ids)
        after = ids[-1]
        if len(ids) < batch_size:
            break
    return total


def articles_sweep_pending(*, older_than: dt.timedelta = dt.timedelta(minutes=2)) -> int:
    """Send again the articles still waiting to be fetched or extracted (their first send
    may have met a stopped broker, or their worker died); a duplicate send is harmless."""
    cutoff = timezone.now() - older_than
    waiting = Article.objects.filter(ingested_at__lte=cutoff)
    to_extract = list(
        waiting.filter(extraction_status__in=[Article.Status.PENDING, Article.Status.RUNNING]).values_list(
            "pk", flat=True
        )
    )
    to_fetch = list(waiting.filter(extraction_status=Article.Status.FETCH_PENDING).values_list("pk", flat=True))
    for article_id in to_extract:
        article_enqueue_extraction(article_id=article_id)
    for article_id in to_fetch:
        article_enqueue_fetch(article_id=article_id)
    return len(to_extract) + len(to_fetch)


# --- admin writes -------------------------------------------------------------------------


def event_save(*, event: Event) -> Event:
    """Create or change an event (name, keywords, country, dates), validated first.

    Existing article links are left as they are: keywords only decide the event of
    articles ingested from now on; editors move older articles through their links.
    Keywords an editor writes are kept as written (no longer filled from titles).
    """
    event.full_clean()
    if event.pk is None:
        event.keywords_auto = not event.keywords
    else:
        stored = Event.objects.filter(pk=event.pk).values_list("keywords", flat=True).first()
        if stored is not None and stored != event.keywords:
            event.keywords_auto = False
    event.save()
    return event
