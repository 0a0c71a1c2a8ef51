"""The tasks are thin, idempotent, and record permanent failures on the row."""

from __future__ import annotations

import logging
from unittest import mock

import pytest
from django.db import OperationalError

from claims import tasks
from claims.models import Claim, Verdict
from sources.models import Article
from tests.factories import ArticleFactory, ClaimFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_every_task_has_a_stable_name_and_acks_late():
    for task, name in [
        (tasks.extract_article, "claims.extract_article"),
        (tasks.verify_claim, "claims.verify_claim"),
        (tasks.verify_claims, "claims.verify_claims"),
        (tasks.recheck_due, "claims.recheck_due"),
        (tasks.sweep_pending_articles, "claims.sweep_pending_articles"),
    ]:
        assert task.name == name
        assert task.acks_late is True
        assert task.reject_on_worker_lost is True


def test_extract_article_run_twice_gives_the_same_state(django_capture_on_commit_callbacks):
    article = ArticleFactory(body="At least 30 people were killed on Friday.", extraction_status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        tasks.extract_article.apply(args=[article.pk])
    first = list(Claim.objects.values_list("pk", "low", "high"))
    with django_capture_on_commit_callbacks(execute=True):
        tasks.extract_article.apply(args=[article.pk])
    assert list(Claim.objects.values_list("pk", "low", "high")) == first == [(first[0][0], 30, None)]


def test_verify_claim_run_twice_appends_one_verdict():
    event = EventFactory()
    claim = ClaimFactory(event=event)
    ClaimFactory(event=event, article__source=SourceFactory())
    tasks.verify_claim.apply(args=[claim.pk])
    tasks.verify_claim.apply(args=[claim.pk])
    assert Verdict.objects.filter(claim=claim).count() == 1


def test_a_missing_row_is_a_no_op(caplog):
    # A task whose row was deleted meanwhile returns quietly: it neither raises, nor takes
    # the failure path (which logs an error and tries to mark the missing row failed).
    caplog.set_level(logging.ERROR)
    assert tasks.extract_article.apply(args=[987654]).get() is None
    assert tasks.verify_claim.apply(args=[987654]).get() is None
    assert tasks.verify_claims.apply(args=[[987654]]).get() is None
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR] == []
    assert (Article.objects.count(), Claim.objects.count(), Verdict.objects.count()) == (0, 0, 0)


def test_a_permanent_failure_marks_the_article_failed_with_the_reason():
    article = ArticleFactory(extraction_status="pending")
    with mock.patch("claims.extraction.extract", side_effect=RuntimeError("lexicon broken")):
        tasks.extract_article.apply(args=[article.pk])
    article.refresh_from_db()
    assert article.extraction_status == Article.Status.FAILED
    assert article.extraction_error == "RuntimeError: lexicon broken"


def test_a_permanent_failure_marks_the_claim_failed_with_the_reason():
    claim = ClaimFactory()
    with mock.patch("claims.verification.verify_many", side_effect=ValueError("bad interval")):
        tasks.verify_claim.apply(args=[claim.pk])
    claim.refresh_from_db()
    assert (claim.status, claim.status_error) == (Claim.Status.FAILED, "ValueError: bad interval")


def test_a_transient_database_error_is_retried_not_recorded_as_failure():
    claim = ClaimFactory()
    calls = []

    def flaky(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")

    with mock.patch("claims.services.claim_verify", side_effect=flaky):
        tasks.verify_claim.apply(args=[claim.pk], throw=False)
    claim.refresh_from_db()
    assert len(calls) == 2
    assert claim.status != Claim.Status.FAILED
