"""Owed checks: extraction records the checks it owes (OwedCheck rows) instead of writing the
rows of other claims, which a verification batch may hold; a check pays what it read."""

from __future__ import annotations

import datetime as dt
import os
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import services, tasks, verification
from claims.models import Claim, Evidence, OwedCheck
from sources.models import Article
from tests.factories import ArticleEventFactory, ArticleFactory, ClaimFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db

DROWNED = "Rescuers said 41 people were killed when the river burst its banks."
SWEPT_AWAY = "The district office said 44 people were killed after the dam gave way."


def checked_claims(event, values=(40, 41), measure="killed"):
    """Claims of other articles in the event, each from its own source, already checked."""
    claims = [
        ClaimFactory(event=event, measure=measure, value=v, low=v, high=v, article__source=SourceFactory())
        for v in values
    ]
    services.claims_verify(claim_ids=[c.pk for c in claims])
    assert set(Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("status", flat=True)) == {"verified"}
    return claims


def waiting_article(event, body=DROWNED) -> Article:
    article = ArticleFactory(body=body, extraction_status=Article.Status.PENDING)
    ArticleEventFactory(article=article, event=event)
    return article


def claim_writes(captured) -> list[str]:
    """The statements that wrote rows of the claims table."""
    return [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].startswith(('UPDATE "claims_claim"', 'DELETE FROM "claims_claim"'))
    ]


def cited_by(claim: Claim) -> set[int]:
    claim.refresh_from_db()
    return set(Evidence.objects.filter(verdict_id=claim.current_verdict_id).values_list("claim_id", flat=True))


def test_extraction_owes_its_event_a_check_without_writing_the_event_claims(
    sent_verifications, django_capture_on_commit_callbacks
):
    event = EventFactory()
    others = checked_claims(event)
    article = waiting_article(event)
    with CaptureQueriesContext(connection) as captured, django_capture_on_commit_callbacks(execute=True):
        sent = services.article_extract(article_id=article.pk)
    own = Claim.objects.get(article=article)
    assert sent == sorted([own.pk, *(c.pk for c in others)])
    assert sorted(sent_verifications) == sent
    assert claim_writes(captured) == []
    # The others keep their status and verdict until the check; what they are owed is on record.
    assert set(Claim.objects.filter(pk__in=[c.pk for c in others]).values_list("status", flat=True)) == {"verified"}
    assert sorted(OwedCheck.objects.values_list("claim_id", flat=True)) == sent

    tasks.verify_claims.apply(args=[[others[0].pk]])  # takes along every owed claim of the group
    assert OwedCheck.objects.count() == 0
    assert set(Claim.objects.values_list("status", flat=True)) == {"verified"}
    for claim in others:
        assert own.pk in cited_by(claim)


def test_a_claim_already_owed_a_check_is_not_sent_again(sent_verifications, django_capture_on_commit_callbacks):
    event = EventFactory()
    others = checked_claims(event)
    first, second = waiting_article(event), waiting_article(event, SWEPT_AWAY)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_extract(article_id=first.pk)
    sent_verifications.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sent = services.article_extract(article_id=second.pk)
    # The others have an unpaid debt and the first article's claim is pending: one check each
    # will read both new articles, so the second extraction sends only its own claim.
    assert sent == sent_verifications == list(Claim.objects.filter(article=second).values_list("pk", flat=True))

    tasks.verify_claims.apply(args=[sent])
    assert OwedCheck.objects.count() == 0
    new = set(Claim.objects.filter(article__in=[first, second]).values_list("pk", flat=True))
    for claim in others:
        assert new <= cited_by(claim)


def test_a_repeated_delivery_after_the_debt_is_paid_is_one_locking_read():
    claim = checked_claims(EventFactory(), values=(12,))[0]
    OwedCheck.objects.create(claim=claim)
    tasks.verify_claims.apply(args=[[claim.pk]])
    assert OwedCheck.objects.count() == 0
    claim.refresh_from_db()
    checked_at = claim.last_checked_at
    with CaptureQueriesContext(connection) as captured:
        tasks.verify_claims.apply(args=[[claim.pk]])
    assert [q["sql"].split()[0] for q in captured.captured_queries if "claims_claim" in q["sql"]] == ["SELECT"]
    claim.refresh_from_db()
    assert claim.last_checked_at == checked_at
    assert claim.verdicts.count() == 1


def test_a_debt_recorded_after_a_check_read_its_debts_stays_owed():
    claim = checked_claims(EventFactory(), values=(12,))[0]
    paid = OwedCheck.objects.create(claim=claim)
    real_verify_many = verification.verify_many
    late: list[OwedCheck] = []

    def verify_many(claims, evidence, config):
        # An extraction commits while the check is running, after it read the claim's debts.
        late.append(OwedCheck.objects.create(claim=claim))
        return real_verify_many(claims, evidence, config)

    with mock.patch("claims.verification.verify_many", side_effect=verify_many):
        tasks.verify_claims.apply(args=[[claim.pk]])
    assert list(OwedCheck.objects.values_list("pk", flat=True)) == [late[0].pk]
    assert not OwedCheck.objects.filter(pk=paid.pk).exists()
    tasks.verify_claims.apply(args=[[claim.pk]])  # the next delivery checks it again
    assert OwedCheck.objects.count() == 0


def test_a_re_extraction_that_finds_nothing_changed_writes_no_claim_row(
    sent_verifications, django_capture_on_commit_callbacks
):
    event = EventFactory()
    checked_claims(event)
    article = waiting_article(event)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_extract(article_id=article.pk)
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    Article.objects.filter(pk=article.pk).update(extraction_status=Article.Status.PENDING)
    with CaptureQueriesContext(connection) as captured, django_capture_on_commit_callbacks(execute=True):
        services.article_extract(article_id=article.pk)
    assert claim_writes(captured) == []
    assert list(Claim.objects.order_by("pk").values_list("pk", flat=True)) == ids


def test_a_re_extraction_rewrites_changed_claims_deletes_lost_ones_and_owes_their_groups(
    sent_verifications, django_capture_on_commit_callbacks
):
    event = EventFactory()
    injured = checked_claims(event, values=(7,), measure="injured")[0]
    article = waiting_article(event)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_extract(article_id=article.pk)
    kept = Claim.objects.get(article=article)
    services.claims_verify(claim_ids=[kept.pk])
    # As if an older extractor had read another subject, and a claim the extractor no longer finds.
    Claim.objects.filter(pk=kept.pk).update(subject="soldiers")
    lost = ClaimFactory(article=article, event=event, start=0, end=8, measure="injured", value=8, low=8, high=8)
    services.claims_verify(claim_ids=[injured.pk, lost.pk])
    assert lost.pk in cited_by(injured)
    OwedCheck.objects.all().delete()
    Article.objects.filter(pk=article.pk).update(extraction_status=Article.Status.PENDING)
    sent_verifications.clear()

    with django_capture_on_commit_callbacks(execute=True):
        sent = services.article_extract(article_id=article.pk)
    kept.refresh_from_db()
    assert (kept.subject, kept.status) == ("people", "pending")
    assert not Claim.objects.filter(pk=lost.pk).exists()
    assert not Evidence.objects.filter(claim_id=lost.pk).exists()
    # The injured claim lost evidence: its group is owed a check though no claim of it is kept.
    assert sent == sorted([kept.pk, injured.pk]) == sorted(sent_verifications)
    assert sorted(OwedCheck.objects.values_list("claim_id", flat=True)) == sent


def test_the_sweep_sends_again_checks_owed_for_too_long(sent_verifications, django_capture_on_commit_callbacks):
    now = timezone.now()
    stale, fresh, failed = checked_claims(EventFactory(), values=(3, 4, 5))
    Claim.objects.update(last_checked_at=now)  # none is due for a re-check of its own
    Claim.objects.filter(pk=failed.pk).update(status=Claim.Status.FAILED)
    long_ago = now - dt.timedelta(minutes=10)
    OwedCheck.objects.create(claim=stale, created_at=long_ago)
    OwedCheck.objects.create(claim=failed, created_at=long_ago)
    OwedCheck.objects.create(claim=fresh, created_at=now)
    orphan = OwedCheck.objects.create(claim_id=fresh.pk + 1000, created_at=long_ago)  # its claim was deleted

    with django_capture_on_commit_callbacks(execute=True):
        sent = services.claims_recheck_due(now=now, owed_older_than=dt.timedelta(minutes=2))
    assert sent == 1
    assert sent_verifications == [stale.pk]
    assert not OwedCheck.objects.filter(pk=orphan.pk).exists()
    # Sent again just now: the next sweep waits as long again before a second send.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.claims_recheck_due(now=now + dt.timedelta(minutes=1)) == 0
    assert sent_verifications == [stale.pk]


def test_the_recheck_command_sends_owed_checks_at_once_when_asked(
    sent_verifications, django_capture_on_commit_callbacks
):
    claim = checked_claims(EventFactory(), values=(9,))[0]
    Claim.objects.update(last_checked_at=timezone.now())
    OwedCheck.objects.create(claim=claim)
    with django_capture_on_commit_callbacks(execute=True), open(os.devnull, "w") as devnull:
        call_command("recheck_due", "--pending-older-than", "0", stdout=devnull)
    assert sent_verifications == [claim.pk]
