from __future__ import annotations

import dataclasses
import datetime as dt
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from claims import extraction, services
from claims.models import ArticleEvent, Claim, Event, Verdict
from sources.models import Article
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY = "At least 18 police officers were killed in the clashes on Friday, officials said."


def ingest(url="https://wire.example.com/a", body=BODY, **extra):
    defaults = dict(
        url=url,
        title="Clashes",
        body=body,
        published_at="2022-01-07T09:00:00+00:00",
        source_name="Wire",
        source_domain="wire.example.com",
        source_kind="wire",
        source_reliability=0.85,
        language="en",
        event_name="Unrest",
    )
    defaults.update(extra)
    return services.article_ingest(**defaults)


def test_ingest_stores_once_per_url_and_enqueues_extraction_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first = ingest()
        second = ingest(title="A different title")
    assert (first.created, second.created) == (True, False)
    assert Article.objects.count() == 1
    assert Article.objects.get().title == "Clashes"
    assert len(callbacks) == 1  # only the new article is sent for extraction


def test_ingest_keeps_the_publishers_calendar_date():
    result = ingest(published_at="2022-01-07T01:00:00+07:00")
    article = Article.objects.get(pk=result.article.pk)
    assert article.published_date == dt.date(2022, 1, 7)
    assert article.published_at == dt.datetime(2022, 1, 6, 18, 0, tzinfo=dt.UTC)


def test_ingest_links_the_named_event():
    result = ingest(event_name="Unrest")
    assert ArticleEvent.objects.get(article=result.article).event.name == "Unrest"


@pytest.mark.parametrize(
    ("body", "message"),
    [("x" * 2_000_001, "limit"), ("18 killed\x00", "NUL")],
)
def test_ingest_refuses_bad_bodies_and_saves_nothing(body, message):
    with pytest.raises(ValidationError, match=message):
        ingest(body=body)
    assert Article.objects.count() == 0


def test_extraction_runs_eagerly_and_verifies_the_new_claims(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest()
    article = Article.objects.get(pk=result.article.pk)
    assert article.extraction_status == Article.Status.DONE
    claim = article.claims.get()
    assert (claim.measure, claim.subject, claim.low, claim.high) == ("killed", "police", 18, None)
    assert claim.text == article.body[claim.start : claim.end]
    assert claim.current_verdict.label == "unverified"  # nobody else has reported yet
    assert claim.event.name == "Unrest"


def test_labels_longer_than_their_columns_are_shortened_not_lost(django_capture_on_commit_callbacks):
    # composed subset labels ("Somali aid workers injured") and units are free text: a long one must fit its column
    real = extraction.extract(BODY, lang="en")
    long = [dataclasses.replace(real[0], subject="very " * 30 + "long subject", unit="u" * 80)]
    with (
        mock.patch("claims.services.extract.extraction.extract", return_value=long),
        django_capture_on_commit_callbacks(execute=True),
    ):
        result = ingest()
    claim = Article.objects.get(pk=result.article.pk).claims.get()
    assert claim.subject == ("very " * 30)[:64]
    assert claim.unit == "u" * 32
    assert (claim.measure, claim.low) == ("killed", 18)


def test_extracting_twice_gives_the_same_claims(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest()
    ids = list(Claim.objects.values_list("pk", flat=True))
    Article.objects.filter(pk=result.article.pk).update(extraction_status=Article.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_extract(article_id=result.article.pk)
    assert list(Claim.objects.values_list("pk", flat=True)) == ids


def test_one_figure_given_to_several_places_is_stored_once_per_place(django_capture_on_commit_callbacks):
    body = "Polda Riau, Polda Jambi dan Polda Bengkulu masing-masing mengirim 150 personel ke lokasi bentrokan."
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest(body=body, language="id")
    stored = Claim.objects.filter(article=result.article).order_by("place")
    assert [(c.measure, c.low, c.place) for c in stored] == [
        ("deployed", 150, "Polda Bengkulu"),
        ("deployed", 150, "Polda Jambi"),
        ("deployed", 150, "Polda Riau"),
    ]
    assert len({(c.start, c.end) for c in stored}) == 1  # one figure, three claims


def test_a_claim_whose_place_alone_changes_is_rewritten_not_replaced(django_capture_on_commit_callbacks):
    # a reviewed claim keeps its row (and its history) when a better reading moves only its place
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest()
    before = Claim.objects.get(article=result.article)
    moved = [dataclasses.replace(c, place="Almaty") for c in extraction.extract(BODY, lang="en")]
    Article.objects.filter(pk=result.article.pk).update(extraction_status=Article.Status.PENDING)
    with (
        mock.patch("claims.services.extract.extraction.extract", return_value=moved),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.article_extract(article_id=result.article.pk)
    after = Claim.objects.get(article=result.article)
    assert (after.pk, after.place) == (before.pk, "Almaty")


def test_a_finished_article_is_not_extracted_again():
    article = ArticleFactory(extraction_status=Article.Status.DONE)
    assert services.article_extract(article_id=article.pk) is None


def test_a_broker_that_is_down_leaves_the_article_pending(settings, django_capture_on_commit_callbacks):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with (
        mock.patch("claims.tasks.extract_article.apply_async", side_effect=ConnectionError("refused")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        result = ingest()
    assert Article.objects.get(pk=result.article.pk).extraction_status == Article.Status.PENDING


def two_sources_same_event():
    event = EventFactory(name="Floods")
    official = ClaimFactory(event=event, article__source=SourceFactory(kind="official", reliability=0.9))
    other = ClaimFactory(event=event, article__source=SourceFactory(reliability=0.8))
    return official, other


def test_an_unchanged_recheck_only_records_when_it_was_checked():
    claim, _ = two_sources_same_event()
    first = services.claim_verify(claim_id=claim.pk)
    checked = first.checked_at
    second = services.claim_verify(claim_id=claim.pk)
    assert second.pk == first.pk
    assert Verdict.objects.filter(claim=claim).count() == 1
    assert Verdict.objects.get(pk=first.pk).checked_at > checked


def test_a_changed_result_appends_a_verdict():
    claim, other = two_sources_same_event()
    assert services.claim_verify(claim_id=claim.pk).label == "supported"
    Claim.objects.filter(pk=other.pk).update(low=40, high=40)
    verdict = services.claim_verify(claim_id=claim.pk)
    assert verdict.label == "contradicted"
    assert list(Verdict.objects.filter(claim=claim).values_list("label", flat=True)) == ["contradicted", "supported"]
    claim.refresh_from_db()
    assert claim.current_verdict == verdict
    assert claim.review_state == Claim.ReviewState.NEEDS_REVIEW


def test_an_editors_verdict_is_never_overwritten_and_a_disagreement_is_flagged():
    claim, _other = two_sources_same_event()
    services.claim_verify(claim_id=claim.pk)
    editor = EditorFactory()
    override = services.verdict_review(
        claim=claim, reviewer=editor, action="override", label="unverified", rationale="Figures still moving."
    )
    services.claim_verify(claim_id=claim.pk)  # same evidence: still supported, which disagrees
    claim.refresh_from_db()
    assert claim.current_verdict == override
    assert claim.review_state == Claim.ReviewState.NEEDS_REVIEW
    assert "supported" in claim.review_reason


def test_an_override_needs_a_rationale():
    claim, _ = two_sources_same_event()
    services.claim_verify(claim_id=claim.pk)
    with pytest.raises(ValidationError, match="rationale"):
        services.verdict_review(claim=claim, reviewer=EditorFactory(), action="override", label="mixed")


def test_confirm_keeps_the_label_and_marks_the_claim_reviewed():
    claim, _ = two_sources_same_event()
    services.claim_verify(claim_id=claim.pk)
    verdict = services.verdict_review(claim=claim, reviewer=EditorFactory(), action="confirm")
    claim.refresh_from_db()
    assert (verdict.label, verdict.review_state) == ("supported", "confirmed")
    assert claim.review_state == Claim.ReviewState.REVIEWED


def test_recheck_due_sends_only_claims_not_checked_recently(settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_RECHECK_AFTER_HOURS = 6
    now = timezone.now()
    due = ClaimFactory(last_checked_at=now - dt.timedelta(hours=7))
    never = ClaimFactory(last_checked_at=None)
    fresh = ClaimFactory(last_checked_at=now - dt.timedelta(hours=1))
    with mock.patch("claims.services.sweeps.enqueue_verification") as enqueue:
        sent = services.claims_recheck_due(now=now, batch_size=1)
    assert sent == 2
    sent_ids = sorted(i for call in enqueue.call_args_list for i in call.args[0])
    assert sent_ids == sorted([due.pk, never.pk])
    assert fresh.pk not in sent_ids


def test_moving_an_article_to_another_event_moves_its_claims(django_capture_on_commit_callbacks):
    claim = ClaimFactory()
    target = EventFactory(name="Another story")
    with django_capture_on_commit_callbacks(execute=True):
        services.article_link_event(article=claim.article, event=target, method=ArticleEvent.Method.EDITOR)
    claim.refresh_from_db()
    assert claim.event == target
    assert claim.current_verdict is not None
    assert ArticleEvent.objects.get(article=claim.article).method == "editor"


def test_event_match_uses_keywords_and_the_date_window():
    Event.objects.create(
        name="Floods", keywords={"en": ["flood"]}, start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 1, 10)
    )
    inside = ArticleFactory(body="The flood rose overnight.", published_date=dt.date(2022, 1, 11))
    outside = ArticleFactory(body="The flood rose overnight.", published_date=dt.date(2022, 2, 1))
    unrelated = ArticleFactory(body="Elections were held.", published_date=dt.date(2022, 1, 5))
    assert services.event_match(inside).name == "Floods"
    assert services.event_match(outside) is None
    assert services.event_match(unrelated) is None
