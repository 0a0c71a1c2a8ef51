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


# --- the editors' desk (admin pages) --------------------------------------------------------


def admin_page(client, url: str):
    def run():
        assert client.get(url).status_code == 200

    return run


def test_claim_page_runs_the_same_queries_with_two_or_ten_evidence_claims(client) -> None:
    client.force_login(EditorFactory())

    def claim_page(count):
        event = make_event_claims(count)
        claim = Claim.objects.filter(event=event).order_by("pk").first()
        # Evidence from `count` other claims, each from its own source.
        verdict = claim.current_verdict
        for other in (
            Claim.objects.filter(event=event).exclude(pk=claim.pk).exclude(pk__in=verdict.evidence.values("claim_id"))
        ):
            EvidenceFactory(verdict=verdict, claim=other)
        return admin_page(client, f"/admin/claims/claim/{claim.pk}/change/")

    small, large = claim_page(3), claim_page(11)
    small()  # warm: session, permissions cache
    assert queries(small) == queries(large)


def test_claim_history_page_runs_the_same_queries_for_two_or_ten_reviews(client) -> None:
    editor = EditorFactory()
    client.force_login(editor)

    def history_page(reviews):
        claim = make_event_claims(3).claims.order_by("pk").first()
        for index in range(reviews):
            client.post(
                f"/admin/claims/claim/{claim.pk}/review/",
                {"action": "override", "label": "supported", "rationale": f"Reason {index}."},
            )
        assert claim.verdicts.count() == reviews + 1
        return admin_page(client, f"/admin/claims/claim/{claim.pk}/history/")

    small, large = history_page(2), history_page(10)
    small()
    assert queries(small) == queries(large)


def test_event_page_runs_the_same_queries_for_three_claims_as_for_twelve(client) -> None:
    client.force_login(EditorFactory())
    small, large = make_event_claims(3), make_event_claims(12)
    small_page = admin_page(client, f"/admin/claims/event/{small.pk}/change/")
    small_page()
    assert queries(small_page) == queries(admin_page(client, f"/admin/claims/event/{large.pk}/change/"))


def test_source_list_and_reliability_question_run_the_same_queries_for_three_sources_as_for_twelve(
    client,
) -> None:
    client.force_login(EditorFactory())

    def reliability_question(count):
        event = make_event_claims(count)
        source_ids = list(Claim.objects.filter(event=event).values_list("article__source_id", flat=True))
        data = {"form-TOTAL_FORMS": str(count), "form-INITIAL_FORMS": str(count), "_save": "Save"}
        for index, source_id in enumerate(source_ids):
            data |= {f"form-{index}-id": source_id, f"form-{index}-kind": "wire", f"form-{index}-reliability": "0.1"}

        def run():
            response = client.post("/admin/sources/source/", data)
            assert response.context["claim_count"] == count

        return run

    source_list = admin_page(client, "/admin/sources/source/")
    source_list()
    make_event_claims(3)
    three = queries(source_list)
    make_event_claims(9)
    assert queries(source_list) == three
    assert queries(reliability_question(3)) == queries(reliability_question(12))
