"""No N+1: the lists and the tasks run the same number of queries for a few rows as for many.

Each test runs the same code on a small and a larger data set and compares the queries
counted by CaptureQueriesContext; the counts must be equal (SQLite and PostgreSQL alike).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import services
from claims.models import Claim, Verdict
from sources.models import Article
from tests.factories import (
    ArticleEventFactory,
    ArticleFactory,
    ClaimFactory,
    EditorFactory,
    EventFactory,
    EvidenceFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


def make_event_claims(count: int, *, published: bool = False):
    """`count` claims of one event, each from its own article and source, each with a current
    verdict citing two other claims of the event."""
    event = EventFactory()
    claims = [ClaimFactory(event=event) for _ in range(count)]
    editor = EditorFactory() if published else None
    for index, claim in enumerate(claims):
        verdict = VerdictFactory(
            claim=claim,
            review_state=Verdict.ReviewState.CONFIRMED if published else Verdict.ReviewState.AUTO,
            reviewer=editor,
        )
        for other in (claims[(index + 1) % count], claims[(index + 2) % count]):
            EvidenceFactory(verdict=verdict, claim=other)
    return event


def queries(run) -> int:
    with CaptureQueriesContext(connection) as captured:
        run()
    return len(captured.captured_queries)


def test_claim_list_runs_the_same_queries_for_three_claims_as_for_twelve(client) -> None:
    client.force_login(EditorFactory())
    small, large = make_event_claims(3), make_event_claims(12)

    def page(event):
        def run():
            response = client.get(f"/api/v1/claims/?event={event.pk}&page_size=50")
            assert response.status_code == 200
            assert {len(item["verdict"]["evidence"]) for item in response.json()["results"]} == {2}

        return run

    page(small)()  # warm: session, permissions cache
    assert queries(page(small)) == queries(page(large))


def test_claim_csv_export_runs_the_same_queries_for_three_claims_as_for_twelve(client) -> None:
    client.force_login(EditorFactory())
    small, large = make_event_claims(3), make_event_claims(12)

    def export(event, rows):
        def run():
            response = client.get(f"/api/v1/claims/export.csv?event={event.pk}")
            assert response.status_code == 200
            assert len(b"".join(response.streaming_content).decode().strip().splitlines()) == rows + 1

        return run

    export(small, 3)()
    assert queries(export(small, 3)) == queries(export(large, 12))


def test_claimreview_feed_runs_the_same_queries_for_three_claims_as_for_twelve(client) -> None:
    make_event_claims(3, published=True)

    def feed(count):
        def run():
            response = client.get("/api/v1/claimreview/")
            assert response.status_code == 200
            assert len(response.json()["results"]) == count

        return run

    feed(3)()
    small = queries(feed(3))
    make_event_claims(9, published=True)
    assert queries(feed(12)) == small


def test_verifying_a_claim_runs_the_same_queries_with_two_or_ten_evidence_claims() -> None:
    services.verify_settings(fresh=True)

    def verify_first_of(count):
        event = EventFactory()
        claims = [ClaimFactory(event=event) for _ in range(count + 1)]
        return lambda: services.claim_verify(claim_id=claims[0].pk)

    assert queries(verify_first_of(2)) == queries(verify_first_of(10))


def test_extracting_an_article_runs_the_same_queries_for_one_claim_as_for_four(sent_verifications) -> None:
    def extract(body):
        article = ArticleFactory(body=body, extraction_status=Article.Status.PENDING)
        ArticleEventFactory(article=article)
        return lambda: services.article_extract(article_id=article.pk)

    one = extract("At least 12 people were killed in the floods.")
    four = extract(
        "At least 12 people were killed and 30 injured in the floods. Police arrested 45 people. "
        "About 300 people were evacuated, officials said."
    )
    assert queries(one) == queries(four)
    assert Claim.objects.filter(article__body__startswith="At least 12 people were killed and").count() == 4


def test_recheck_sweep_runs_the_same_queries_for_three_due_claims_as_for_twelve(
    sent_verifications, django_capture_on_commit_callbacks
) -> None:
    now = timezone.now()
    stale = now - dt.timedelta(days=2)

    def sweep(count):
        Claim.objects.update(last_checked_at=now)
        for claim in ClaimFactory.create_batch(count):
            Claim.objects.filter(pk=claim.pk).update(last_checked_at=stale)

        def run():
            with django_capture_on_commit_callbacks(execute=True):
                assert services.claims_recheck_due(now=now, batch_size=50) == count

        return run

    assert queries(sweep(3)) == queries(sweep(12))
    assert len(sent_verifications) == 15
