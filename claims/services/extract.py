"""Extraction of an article's claims, and the checks it owes the claims it touches."""

from __future__ import annotations

from django.conf import settings
from django.db import connection, transaction
from django.db.models import CharField
from django.utils import timezone

from claims import extraction
from claims.bounds import bounded_claims
from claims.models import Claim, OwedCheck
from claims.services.enqueue import send_checks
from claims.services.locks import lock_claims
from sources.models import Article
from sources.services import article_mark_failed


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
        article = _lock_article_to_extract(article_id)
        if article is None:
            return None
        found = _extract_within_limits(article)
        if found is None:
            return None
        event_id = article.event_link.event_id if hasattr(article, "event_link") else None
        language = article.language or (found[0].language if found else "")
        kept, removed = _store_claims(article, found, event_id=event_id)
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


def _lock_article_to_extract(article_id: int) -> Article | None:
    """The article, its row locked, or None when there is nothing to extract."""
    locked = Article.objects.select_for_update(no_key=True).filter(pk=article_id).values_list("pk", flat=True).first()
    article = Article.objects.filter(pk=locked).select_related("event_link").first() if locked else None
    if article is None or article.extraction_status == Article.Status.DONE:
        return None  # deleted meanwhile, or a duplicate delivery after another worker finished
    if article.extraction_status == Article.Status.FETCH_PENDING:
        return None  # the fetch task sends it here once the body is in
    return article


def _extract_within_limits(article: Article) -> list[extraction.ExtractedClaim] | None:
    """The article's claims, or None once the article is marked failed (a refused text, or
    more claims than FACTCHECK_MAX_CLAIMS_PER_ARTICLE)."""
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
    return found


def _fit(field: str, value: str | None) -> str:
    """A free-text label cut to its column (composed subset labels and quoted sources can run long): a long label
    is shortened, never a reason to lose the claim."""
    column = Claim._meta.get_field(field)
    assert isinstance(column, CharField)  # subject, place, unit, attributed_to
    return (value or "")[: column.max_length]


def _extracted_values(item: extraction.ExtractedClaim, event_id: int | None) -> dict[str, object]:
    """What a claim row holds of an extracted claim, beside its span and measure (the place is part of the key too)."""
    return {
        "event_id": event_id,
        "sentence": item.sentence,
        "text": item.text,
        "subject": _fit("subject", item.subject),
        "place": _fit("place", item.place),
        "value": item.value,
        "low": item.low,
        "high": item.high,
        "qualifier": item.qualifier,
        "unit": _fit("unit", item.unit),
        "as_of": item.as_of,
        "attributed_to": _fit("attributed_to", item.attributed_to),
        "language": item.language,
    }


def _store_claims(
    article: Article, found: list[extraction.ExtractedClaim], *, event_id: int | None
) -> tuple[list[Claim], list[Claim]]:
    """Write the article's claims keyed by span, measure and place: new ones inserted, changed ones rewritten,
    vanished ones deleted. Returns (the claims kept or created, the claims removed).

    One figure can give one claim per place ("masing-masing 200 personel" after three sending regions), so the
    place is part of the key. A claim whose place alone changed is the same claim rewritten (its review kept):
    a new reading is matched to an existing row by its whole key first, then by span and measure."""
    # One read of the article's existing claims and one insert for the new ones: an
    # update_or_create per claim made an article of 27 claims cost ~100 queries.
    existing = {(c.start, c.end, c.measure, c.place): c for c in Claim.objects.filter(article=article)}
    readings: dict[tuple[int, int, str, str], dict[str, object]] = {}
    for item in found:
        values = _extracted_values(item, event_id)
        # the same span and place read twice: one row, as update_or_create kept it
        readings.setdefault((item.start, item.end, item.measure, str(values["place"])), values)
    unmatched = [key for key in existing if key not in readings]
    kept: list[Claim] = []
    to_create: list[Claim] = []
    changed: list[Claim] = []
    for key, values in readings.items():
        claim = existing.get(key)
        if claim is None and (spare := next((k for k in unmatched if k[:3] == key[:3]), None)) is not None:
            unmatched.remove(spare)
            claim = existing[spare]
        if claim is None:
            start, end, measure, _place = key
            to_create.append(Claim(article=article, start=start, end=end, measure=measure, **values))
            continue
        kept.append(claim)
        if any(getattr(claim, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(claim, name, value)
            changed.append(claim)  # an unchanged claim's row is not written, so not locked
    removed = [existing[key] for key in unmatched]
    _rewrite_claims(changed=changed, removed=removed)
    kept += Claim.objects.bulk_create(to_create)
    return kept, removed


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
    KEY SHARE on its evidence claims in id order (`hold_keys`), and waits on nothing else.
    Here: FOR NO KEY UPDATE on every row written, in id order, then FOR UPDATE on the rows to
    delete, in id order, and nothing that waits after that. Each kind of lock is taken in
    one ascending pass by both sides, and the FOR UPDATE pass, the only one a key-share
    waits on, starts only once this side holds all its no-key locks, so no cycle of waits
    can form. A re-extraction that changes nothing writes no claim row and takes no lock.
    """
    if not changed and not removed:
        return
    lock_claims([claim.pk for claim in changed] + [claim.pk for claim in removed])
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
    send_checks(owed, due_again_if_unsent=False)  # unsent: the sweep finds the OwedCheck rows
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
