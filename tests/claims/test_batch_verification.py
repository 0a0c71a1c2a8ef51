"""Verification in batches: one read per (event, measure) group, the same verdicts as one by one."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services, tasks, verification
from claims.models import Claim, Evidence, Verdict
from factcheck import tasks_enqueue
from tests.factories import ClaimFactory, EditorFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db


def figures(event, measure="killed", values=(12, 12, 15, 30), subject="people"):
    """Claims of one event, each from its own source, dated a day apart."""
    return [
        ClaimFactory(
            event=event,
            measure=measure,
            subject=subject,
            value=value,
            low=value,
            high=value,
            as_of=dt.date(2022, 1, 7) + dt.timedelta(days=index),
            article__source=SourceFactory(reliability=0.9),
        )
        for index, value in enumerate(values)
    ]


def snapshot() -> dict[int, tuple]:
    """Each claim's current verdict and its evidence, as comparable values."""
    found = {}
    for claim in Claim.objects.select_related("current_verdict").order_by("pk"):
        verdict = claim.current_verdict
        evidence = sorted(Evidence.objects.filter(verdict=verdict).values_list("claim_id", "relation", "credible"))
        found[claim.pk] = (verdict.label, verdict.confidence, verdict.fingerprint, tuple(evidence), claim.review_state)
    return found


def test_a_batch_gives_the_same_verdicts_as_checking_claim_by_claim():
    flood, storm = EventFactory(), EventFactory()
    claims = figures(flood) + figures(flood, measure="injured", values=(40, 44)) + figures(storm, values=(3, 5))
    ids = [claim.pk for claim in claims]
    for claim_id in ids:
        services.claim_verify(claim_id=claim_id)
    one_by_one = snapshot()
    Claim.objects.update(current_verdict=None)
    Verdict.objects.all().delete()

    current = services.claims_verify(claim_ids=reversed(ids))

    assert snapshot() == one_by_one
    assert sorted(current) == ids
    assert Verdict.objects.count() == len(ids)
    labels = {claim_id: one_by_one[claim_id][0] for claim_id in ids}
    assert labels[claims[0].pk] == "outdated"  # 12 on the 7th, then 15 and 30 later from other sources


def test_a_batch_delivered_twice_appends_no_second_verdict():
    claims = figures(EventFactory())
    ids = [claim.pk for claim in claims]
    tasks.verify_claims.apply(args=[ids])
    first = snapshot()
    tasks.verify_claims.apply(args=[ids])
    assert snapshot() == first
    assert Verdict.objects.count() == len(ids)
    assert set(Claim.objects.values_list("status", flat=True)) == {Claim.Status.VERIFIED}


def test_a_batch_reads_its_groups_once_whatever_its_size():
    def count(claim_ids):
        with CaptureQueriesContext(connection) as captured:
            services.claims_verify(claim_ids=claim_ids)
        return len(captured.captured_queries)

    small = [c.pk for c in figures(EventFactory(), values=(1, 2, 3))]
    large = [c.pk for c in figures(EventFactory(), values=tuple(range(1, 13)))]
    services.verify_settings(fresh=True)  # the known sources, read once per process
    assert count(small) == count(large)


def test_an_editors_verdict_stays_current_and_a_disagreeing_batch_flags_the_claim():
    event = EventFactory()
    claims = figures(event, values=(12, 12))
    services.claims_verify(claim_ids=[c.pk for c in claims])
    reviewed = Claim.objects.get(pk=claims[0].pk)
    editorial = services.verdict_review(
        claim=reviewed, reviewer=EditorFactory(), action="override", label="contradicted", rationale="Checked by phone."
    )
    services.claims_verify(claim_ids=[c.pk for c in claims])
    reviewed.refresh_from_db()
    assert reviewed.current_verdict_id == editorial.pk
    assert reviewed.review_state == Claim.ReviewState.NEEDS_REVIEW
    assert reviewed.review_reason == "A re-check gives unverified; the editor's verdict is contradicted."
    # The automatic verdict was the same as before the review: no new history row.
    assert Verdict.objects.filter(claim=reviewed, review_state=Verdict.ReviewState.AUTO).count() == 1


def test_claims_gone_before_the_batch_runs_are_skipped():
    claims = figures(EventFactory(), values=(12, 12))
    gone = claims[1].pk
    claims[1].delete()
    current = services.claims_verify(claim_ids=[claims[0].pk, gone])
    assert list(current) == [claims[0].pk]
    assert services.claims_verify(claim_ids=[gone]) == {}


def test_one_claim_that_cannot_be_checked_fails_alone_and_the_rest_of_its_batch_is_verified():
    claims = figures(EventFactory(), values=(12, 12, 15))
    broken = claims[1].pk
    real_verify_many = verification.verify_many

    def verify_many(claims, evidence, config):
        if any(claim.id == broken for claim in claims):
            raise ValueError("an interval the verifier cannot read")
        return real_verify_many(claims, evidence, config)

    with mock.patch("claims.verification.verify_many", side_effect=verify_many):
        tasks.verify_claims.apply(args=[[c.pk for c in claims]])
    states = dict(Claim.objects.values_list("pk", "status"))
    assert states == {claims[0].pk: "verified", broken: "failed", claims[2].pk: "verified"}
    assert Claim.objects.get(pk=broken).status_error == "ValueError: an interval the verifier cannot read"


def test_claims_are_sent_in_batches_of_one_event_and_measure(settings, monkeypatch, django_capture_on_commit_callbacks):
    settings.FACTCHECK_VERIFY_BATCH_SIZE = 2
    batches: list[list[int]] = []

    class RecordingTask:
        name = "claims.verify_claims"

        def apply(self, args, throw=True):
            batches.append(list(args[0]))

    # Sends look the task up by name (factcheck/tasks_enqueue.py); other tasks stay real.
    real_task_named = tasks_enqueue.task_named
    monkeypatch.setattr(
        tasks_enqueue,
        "task_named",
        lambda name: RecordingTask() if name == "claims.verify_claims" else real_task_named(name),
    )
    flood, storm = EventFactory(), EventFactory()
    killed = figures(flood, values=(1, 2, 3))
    injured = figures(flood, measure="injured", values=(4,))
    elsewhere = figures(storm, values=(5,))
    mixed = [elsewhere[0], injured[0], killed[2], killed[0], killed[1]]
    with django_capture_on_commit_callbacks(execute=True):
        services.enqueue_verification([c.pk for c in mixed] + [killed[0].pk])
    # Grouped by event, then measure, then id; each id once; two per batch.
    assert batches == [[injured[0].pk, killed[0].pk], [killed[1].pk, killed[2].pk], [elsewhere[0].pk]]


def test_the_task_checks_pending_claims_only_so_a_repeat_delivery_is_one_locking_read():
    claims = figures(EventFactory())
    ids = [claim.pk for claim in claims]
    Claim.objects.update(status=Claim.Status.PENDING)
    tasks.verify_claims.apply(args=[ids])
    first = snapshot()
    with CaptureQueriesContext(connection) as captured:
        tasks.verify_claims.apply(args=[ids])
    assert snapshot() == first
    assert [q["sql"].split()[0] for q in captured.captured_queries if "claims_claim" in q["sql"]] == ["SELECT"]


def test_the_task_takes_along_the_other_pending_claims_of_its_groups():
    flood = EventFactory()
    sent, waiting = figures(flood, values=(12, 15))
    elsewhere = figures(EventFactory(), values=(7,))[0]  # pending, but in another event
    Claim.objects.update(status=Claim.Status.PENDING)
    tasks.verify_claims.apply(args=[[sent.pk]])
    states = dict(Claim.objects.values_list("pk", "status"))
    assert states == {sent.pk: "verified", waiting.pk: "verified", elsewhere.pk: "pending"}
    # The batch sent later for the claim taken along finds nothing owed.
    verdicts = Verdict.objects.count()
    tasks.verify_claims.apply(args=[[waiting.pk]])
    assert Verdict.objects.count() == verdicts == 2


def test_sending_a_claim_for_a_check_marks_it_owed(django_capture_on_commit_callbacks, sent_verifications):
    claim = figures(EventFactory(), values=(12,))[0]
    services.claims_verify(claim_ids=[claim.pk])
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.VERIFIED
    with django_capture_on_commit_callbacks(execute=True):
        services.enqueue_verification([claim.pk])
    assert sent_verifications == [claim.pk]
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.PENDING


def test_a_direct_check_runs_whatever_the_status():
    claim = figures(EventFactory(), values=(12,))[0]
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.FAILED, status_error="earlier failure")
    verdict_id = services.claims_verify(claim_ids=[claim.pk])[claim.pk]
    assert Verdict.objects.get(pk=verdict_id).label == "unverified"
    assert Claim.objects.filter(pk=claim.pk, status=Claim.Status.VERIFIED, status_error="").exists()
