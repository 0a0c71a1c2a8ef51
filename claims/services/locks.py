"""Row locks shared by extraction, verification and review, always taken in id order."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import connection
from django.db.models import Exists, OuterRef, Q

from claims.models import Claim, OwedCheck


def lock_claim(claim_id: int) -> bool:
    """Take the claim's row lock for the rest of the transaction; False if it is gone."""
    return bool(lock_claims([claim_id]))


def lock_claims(claim_ids: Iterable[int]) -> list[tuple[int, int | None, str, str]]:
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


def debts_of(claim_ids: list[int]) -> dict[int, list[int]]:
    """The OwedCheck rows of these claims, as {claim id: [row ids]}. Read after the claims
    are locked and before their evidence is: a row committed later stays owed."""
    debts: dict[int, list[int]] = {}
    if claim_ids:
        for claim_id, pk in OwedCheck.objects.filter(claim_id__in=claim_ids).values_list("claim_id", "pk"):
            debts.setdefault(claim_id, []).append(pk)
    return debts


def lock_owed_neighbours(claim_ids: list[int], groups: set[tuple[int, str]]) -> list[int]:
    """Lock up to FACTCHECK_VERIFY_BATCH_SIZE other claims of these (event, measure) groups
    that are owed a check (`pending`, or with OwedCheck rows), skipping any that another
    transaction holds (so this never waits, and never deadlocks)."""
    if not groups:
        return []
    return list(
        Claim.objects.select_for_update(no_key=True, skip_locked=True)
        .filter(in_groups(groups))
        .filter(Exists(OwedCheck.objects.filter(claim_id=OuterRef("pk"))) | Q(status=Claim.Status.PENDING))
        .exclude(pk__in=claim_ids)
        .order_by("pk")
        .values_list("pk", flat=True)[: settings.FACTCHECK_VERIFY_BATCH_SIZE]
    )


def hold_keys(claim_ids: Iterable[int]) -> set[int]:
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


def in_groups(groups: Iterable[tuple[int, str]]) -> Q:
    """Claims of any of these (event, measure) groups (each one index range)."""
    where = Q()
    for event_id, measure in groups:
        where |= Q(event_id=event_id, measure=measure)
    return where
