"""Verification: check claims in batches per (event, measure) and write their verdicts."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Field, Max, Model
from django.utils import timezone

from claims import verification, vocabulary
from claims.models import Claim, Event, Evidence, OwedCheck, Verdict
from claims.services.locks import debts_of, hold_keys, in_groups, lock_claims, lock_owed_neighbours
from claims.services.notify import label_or_confidence_moved, verdicts_changed
from sources.models import Article, Source

logger = logging.getLogger(__name__)

EDITORIAL_STATES = vocabulary.PUBLISHED_STATES  # the verifier never replaces these verdicts
LABELS_NEEDING_REVIEW = vocabulary.LABELS_NEEDING_REVIEW


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
    for row in Claim.objects.filter(in_groups(groups)).order_by("pk").values_list("event_id", *CANDIDATE_COLUMNS):
        found[(row[0], row[2])].append(row[1:])
    return found


def _column(model: type[Model], name: str) -> str:
    """The quoted column of one of `model`'s concrete fields."""
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column is not None  # concrete: a column of its own
    return connection.ops.quote_name(field.column)


def _insert_evidence(rows: Iterable[tuple[int, int, str, bool, str]]) -> None:
    """Insert (verdict id, claim id, relation, credible, explanation) rows in order.

    A batch writes thousands of evidence rows; building a model instance per row cost more
    than the insert itself (bench/bench_ingest.py), so this is COPY on PostgreSQL and one
    prepared statement elsewhere.
    """
    rows = list(rows)
    if not rows:
        return
    columns = ", ".join(_column(Evidence, name) for name in ("verdict", "claim", "relation", "credible", "explanation"))
    table = connection.ops.quote_name(Evidence._meta.db_table)
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
    column = {name: _column(Claim, name) for name in CHECK_COLUMNS}
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
        locked, debts = _lock_owed(wanted, owed_only=owed_only)
        if not locked:
            return {}  # deleted or re-extracted meanwhile, or checked already
        # Plain rows, no model instances: a batch of a breaking story checks hundreds of claims.
        claims = [
            _CheckedClaim.from_row(row)
            for row in Claim.objects.filter(pk__in=locked)
            .order_by("pk")
            .values_list(*CANDIDATE_COLUMNS, *CHECKED_COLUMNS)
        ]
        results = _verify_by_group(claims, config)
        editorial = {c.pk for c in claims if c.verdict_state in EDITORIAL_STATES}
        now = timezone.now()
        unchanged, created = _write_verdicts(claims, results, editorial=editorial, now=now)
        current_of, changed = _record_claims(claims, results, editorial=editorial, unchanged=unchanged, created=created)
        _record_checks([(pk, *current) for pk, current in current_of.items()], checked_at=now)
        if debts:
            # Paid: the rows read before the evidence. One written since stays owed.
            OwedCheck.objects.filter(pk__in=[pk for pks in debts.values() for pk in pks]).delete()
        if changed:
            verdicts_changed(changed)
    logger.info(
        "claims verified",
        extra={"claims": len(claims), "new_verdicts": len(created), "unchanged": len(unchanged)},
    )
    return {pk: current[0] for pk, current in current_of.items()}


def _lock_owed(wanted: list[int], *, owed_only: bool) -> tuple[list[int], dict[int, list[int]]]:
    """Lock the claims to check (id order) and read their debts: (ids locked, debts by id).

    Lock first, then read: under READ COMMITTED a locking read that waited returns the rows'
    newest versions but joined rows from its older snapshot, so a duplicate delivery would
    not see the verdicts the first delivery just wrote. `owed_only` keeps the claims owed a
    check and takes along owed neighbours of their groups that no other check holds.
    """
    found = lock_claims(wanted)
    debts = debts_of([row[0] for row in found])
    if owed_only:
        found = [row for row in found if row[3] == Claim.Status.PENDING or row[0] in debts]
    locked = [row[0] for row in found]
    if owed_only and locked:
        neighbours = lock_owed_neighbours(locked, {(event, measure) for _, event, measure, _ in found if event})
        debts.update(debts_of(neighbours))
        locked += neighbours
    return locked, debts


def _verify_by_group(
    claims: list[_CheckedClaim], config: verification.VerifySettings
) -> dict[int, verification.VerificationResult]:
    """Run the verifier once per (event, measure) group: each evidence item's interval and
    origins are worked out once."""
    groups = _group_candidates({(c.event_id, c.row[1]) for c in claims if c.event_id is not None})
    quoted = _quoted_origins(
        {(c.row[10], c.row[12]) for c in claims} | {(row[10], row[12]) for rows in groups.values() for row in rows}
    )
    members: dict[tuple[int | None, str], list[tuple]] = {}
    for claim in claims:
        members.setdefault((claim.event_id, claim.row[1]), []).append(claim.row)
    results: dict[int, verification.VerificationResult] = {}
    for (event_id, measure), rows in members.items():
        evidence = _candidate_facts(groups[(event_id, measure)], quoted) if event_id is not None else []
        results.update(verification.verify_many(_candidate_facts(rows, quoted), evidence, config))
    return results


def _previous_results(claims: list[_CheckedClaim], editorial: set[int]) -> dict[int, tuple[int, str, str]]:
    """The verdict each claim's new result is compared with, as (id, fingerprint,
    explanation): the current one, or for an editor's verdict the newest automatic one."""
    previous: dict[int, tuple[int, str, str]] = {}
    for claim_id, verdict_id, fingerprint, explanation in Verdict.objects.filter(
        claim_id__in=editorial, review_state=Verdict.ReviewState.AUTO
    ).values_list("claim_id", "pk", "fingerprint", "explanation"):
        previous.setdefault(claim_id, (verdict_id, fingerprint, explanation))  # Meta.ordering: newest first
    for claim in claims:
        if claim.pk not in editorial and claim.verdict_id:
            previous[claim.pk] = (claim.verdict_id, claim.verdict_fingerprint or "", claim.verdict_explanation or "")
    return previous


def _write_verdicts(
    claims: list[_CheckedClaim],
    results: dict[int, verification.VerificationResult],
    *,
    editorial: set[int],
    now: dt.datetime,
) -> tuple[dict[int, int], list[Verdict]]:
    """Append a Verdict (with its evidence) where the result changed; otherwise move the
    previous one's `checked_at`. Returns ({claim id: unchanged verdict id}, new verdicts)."""
    previous_of = _previous_results(claims, editorial)
    unchanged: dict[int, int] = {}
    reworded: list[Verdict] = []
    created: list[Verdict] = []
    for claim in claims:
        result = results[claim.pk]
        fingerprint = result.fingerprint()
        previous = previous_of.get(claim.pk)
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
    cited = hold_keys(item.claim_id for verdict in created for item in results[verdict.claim_id].evidence)
    Verdict.objects.bulk_create(created)
    _insert_evidence(
        (verdict.pk, item.claim_id, item.relation, item.credible, item.explanation[:300])
        for verdict in created
        for item in results[verdict.claim_id].evidence
        if item.claim_id in cited
    )
    return unchanged, created


def _record_claims(
    claims: list[_CheckedClaim],
    results: dict[int, verification.VerificationResult],
    *,
    editorial: set[int],
    unchanged: dict[int, int],
    created: list[Verdict],
) -> tuple[dict[int, tuple[int, str, str]], list[tuple[int, int]]]:
    """Each claim's current verdict and review state after the check, as {claim id:
    (verdict id, review state, reason)}, and the (claim id, verdict id) pairs the partners
    hear of. An editor's verdict stays current; a disagreeing result flags the claim."""
    new_verdicts = {verdict.claim_id: verdict.pk for verdict in created}
    current_of: dict[int, tuple[int, str, str]] = {}
    changed: list[tuple[int, int]] = []
    for claim in claims:
        label, state, reason = results[claim.pk].label, claim.review_state, claim.review_reason
        if claim.pk in editorial:
            verdict_id = claim.verdict_id
            assert verdict_id is not None  # an editor's verdict is the claim's current one
            if label != claim.verdict_label and state != Claim.ReviewState.NEEDS_REVIEW:
                state = Claim.ReviewState.NEEDS_REVIEW
                reason = f"A re-check gives {label}; the editor's verdict is {claim.verdict_label}."
        else:
            verdict_id = new_verdicts.get(claim.pk) or unchanged[claim.pk]
            if verdict_id != claim.verdict_id:
                needs = label in LABELS_NEEDING_REVIEW
                state = Claim.ReviewState.NEEDS_REVIEW if needs else Claim.ReviewState.NONE
                reason = f"Automatic verdict: {label}." if needs else ""
                if label_or_confidence_moved(
                    claim.verdict_id,
                    claim.verdict_label,
                    claim.verdict_confidence,
                    label,
                    round(results[claim.pk].confidence, 4),
                ):
                    changed.append((claim.pk, verdict_id))  # new evidence alone is no verdict.changed
        current_of[claim.pk] = (verdict_id, state, reason)
    return current_of, changed


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
