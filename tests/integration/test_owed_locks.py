"""Extraction never waits on a verification batch, and a re-extraction cannot deadlock with one.

Real PostgreSQL row locks: a batch (`claims_verify`) runs in another thread, on its own
connection, and is stopped at a chosen point while it holds its locks. Extraction runs with
a `lock_timeout`, so any wait on the batch fails the test instead of hanging it.
"""

from __future__ import annotations

import pkgutil
import threading
from collections.abc import Callable, Iterator
from unittest import mock

import pytest
from django.db import OperationalError, connection, transaction

from claims import services, tasks
from claims.models import Claim, Evidence, OwedCheck
from claims.services.enqueue import send_checks
from factcheck import tasks_enqueue
from sources.models import Article
from tests.factories import ArticleEventFactory, ArticleFactory, ClaimFactory, EventFactory, SourceFactory
from tests.integration.conftest import _unavailable, wait_for

pytestmark = pytest.mark.integration

FLOODED = "Rescuers said 41 people were killed when the river burst its banks."
COLLAPSED = "The district office said 44 people were killed after the dam gave way."


@pytest.fixture
def postgres(transactional_db) -> None:
    if connection.vendor != "postgresql":
        _unavailable("row-lock tests need PostgreSQL as the test database (DATABASE_URL unset)")


class PausedBatch:
    """`claims_verify(owed_only=True)` in another thread, stopped inside `where` (a dotted
    name it calls) until `release()`; whatever it raised is in `error`."""

    def __init__(self, claim_ids: list[int], where: str) -> None:
        self.reached, self.released = threading.Event(), threading.Event()
        self.error: BaseException | None = None
        self.result: dict[int, int] | None = None
        real = pkgutil.resolve_name(where)

        def paused(*args, **kwargs):
            self.reached.set()
            assert self.released.wait(60), "the test never released the batch"
            return real(*args, **kwargs)

        self.patch = mock.patch(where, side_effect=paused)
        self.thread = threading.Thread(target=self.run, args=(claim_ids,), daemon=True)

    def run(self, claim_ids: list[int]) -> None:
        try:
            self.result = services.claims_verify(claim_ids=claim_ids, owed_only=True)
        except BaseException as exc:  # reported to the test thread
            self.error = exc
        finally:
            connection.close()

    def __enter__(self) -> PausedBatch:
        self.patch.start()
        self.thread.start()
        assert self.reached.wait(30), "the batch never reached its pause"
        return self

    def release(self) -> None:
        self.released.set()
        self.thread.join(60)
        assert not self.thread.is_alive(), "the batch did not finish"

    def __exit__(self, *exc: object) -> None:
        self.released.set()
        self.thread.join(60)
        self.patch.stop()


def held_by_another_transaction(claim_id: int) -> bool:
    """Whether another transaction holds this claim's row lock (probed with NOWAIT)."""
    try:
        with transaction.atomic():
            Claim.objects.select_for_update(no_key=True, nowait=True).filter(pk=claim_id).exists()
    except OperationalError:
        return True
    return False


def with_lock_timeout(run: Callable[[], object]) -> object:
    with connection.cursor() as cursor:
        cursor.execute("SET lock_timeout = '3s'")
    try:
        return run()
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")


def lock_waits() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return cursor.fetchone()[0]


def waiting_article(event, body: str) -> Article:
    article = ArticleFactory(body=body, extraction_status=Article.Status.PENDING)
    ArticleEventFactory(article=article, event=event)
    return article


def cited_by(claim_id: int) -> set[int]:
    verdict_id = Claim.objects.values_list("current_verdict_id", flat=True).get(pk=claim_id)
    return set(Evidence.objects.filter(verdict_id=verdict_id).values_list("claim_id", flat=True))


@pytest.fixture
def recorded_sends(monkeypatch) -> Iterator[list[int]]:
    """Verification sends recorded, not run (the batch under test is the only check running)."""
    sent: list[int] = []

    class RecordingTask:
        name = "claims.verify_claims"

        def apply(self, args, throw=True):
            sent.extend(args[0])

    # Sends look the task up by name (factcheck/tasks_enqueue.py); other tasks stay real.
    real_task_named = tasks_enqueue.task_named
    monkeypatch.setattr(
        tasks_enqueue,
        "task_named",
        lambda name: RecordingTask() if name == "claims.verify_claims" else real_task_named(name),
    )
    yield sent


def test_extraction_and_re_extraction_complete_while_a_batch_holds_the_event_claims(postgres, recorded_sends):
    event = EventFactory()
    reported = [ClaimFactory(event=event, article__source=SourceFactory()).pk for _ in range(3)]
    first = waiting_article(event, FLOODED)
    services.article_extract(article_id=first.pk)
    own = Claim.objects.get(article=first)
    batch_claims = sorted([own.pk, *reported])
    second = waiting_article(event, COLLAPSED)
    Article.objects.filter(pk=first.pk).update(extraction_status=Article.Status.PENDING)
    OwedCheck.objects.all().delete()
    Claim.objects.update(status=Claim.Status.PENDING)

    with PausedBatch(batch_claims, "claims.verification.verify_many") as batch:
        assert all(held_by_another_transaction(pk) for pk in batch_claims)
        # Neither a new article of the event nor a re-extraction of the held article waits.
        sent_new = with_lock_timeout(lambda: services.article_extract(article_id=second.pk))
        sent_again = with_lock_timeout(lambda: services.article_extract(article_id=first.pk))
        new = Claim.objects.get(article=second).pk
        assert sent_new == sorted([*batch_claims, new])
        # The new claim waits for its first check, unheld: the one it gets will read this article.
        assert sent_again == batch_claims
        batch.release()
    assert batch.error is None
    assert sorted(batch.result) == batch_claims

    # The batch read its evidence before the new article committed: what it checked is still
    # owed a check, which reads the new claim.
    assert set(OwedCheck.objects.values_list("claim_id", flat=True)) >= set(batch_claims)
    assert all(new not in cited_by(pk) for pk in reported)
    tasks.verify_claims.apply(args=[batch_claims])
    assert OwedCheck.objects.count() == 0
    assert all(new in cited_by(pk) for pk in reported)


def stale_claim_setup():
    """An event whose pending claims a batch will check, and an article re-extracted with a
    claim the extractor no longer finds (`lost`), cited by that batch as evidence."""
    event = EventFactory()
    checked = [ClaimFactory(event=event, article__source=SourceFactory()) for _ in range(2)]
    article = waiting_article(event, FLOODED)
    services.article_extract(article_id=article.pk)
    lost = ClaimFactory(article=article, event=event, start=0, end=8)  # "Rescuers": no claim now
    Claim.objects.filter(article=article).update(status=Claim.Status.VERIFIED)
    OwedCheck.objects.all().delete()
    Article.objects.filter(pk=article.pk).update(extraction_status=Article.Status.PENDING)
    return [c.pk for c in checked], article, lost


def test_a_re_extraction_deleting_a_claim_a_paused_batch_will_cite_completes_at_once(postgres, recorded_sends):
    checked, article, lost = stale_claim_setup()
    with PausedBatch(checked, "claims.verification.verify_many") as batch:
        with_lock_timeout(lambda: services.article_extract(article_id=article.pk))
        assert not Claim.objects.filter(pk=lost.pk).exists()
        batch.release()
    # The batch read the lost claim as a candidate; its evidence rows leave it out.
    assert batch.error is None
    assert sorted(batch.result) == checked
    assert not Evidence.objects.filter(claim_id=lost.pk).exists()
    assert set(OwedCheck.objects.values_list("claim_id", flat=True)) >= set(checked)


def test_a_re_extraction_deleting_a_claim_a_batch_cites_waits_for_it_without_deadlock(postgres, recorded_sends):
    checked, article, lost = stale_claim_setup()
    outcome: dict[str, object] = {}

    def re_extract() -> None:
        try:
            outcome["sent"] = services.article_extract(article_id=article.pk)
        except BaseException as exc:  # reported to the test thread
            outcome["error"] = exc
        finally:
            connection.close()

    # Stopped after taking its key-share locks on the claims it cites, before writing evidence.
    with PausedBatch(checked, "claims.services.verify._insert_evidence") as batch:
        extraction = threading.Thread(target=re_extract, daemon=True)
        extraction.start()
        wait_for(
            lambda: lock_waits() > 0,
            timeout=30,
            what="the re-extraction to wait for the batch's lock on the claim it deletes",
        )
        batch.release()
        extraction.join(60)
    assert not extraction.is_alive()
    assert batch.error is None and "error" not in outcome, (batch.error, outcome.get("error"))
    assert sorted(batch.result) == checked
    # The batch cited the lost claim; the re-extraction deleted it and that evidence after it.
    assert not Claim.objects.filter(pk=lost.pk).exists()
    assert not Evidence.objects.filter(claim_id=lost.pk).exists()
    assert set(checked) <= set(outcome["sent"])


def test_a_queued_extraction_is_served_before_queued_checks(real_services):
    """Checks wait behind extractions on the broker, so the debts of a burst of articles are
    paid by one check per claim (claims.services.enqueue.VERIFY_PRIORITY)."""
    import redis
    from django.conf import settings as django_settings

    from factcheck.celery import app as celery_app

    send_checks([(1, None, "killed"), (2, None, "killed")], due_again_if_unsent=False)
    send_checks([(3, 7, "injured")], due_again_if_unsent=False)
    services.article_enqueue_extraction(article_id=4)
    served = []
    try:
        with celery_app.connection_for_read() as broker:
            channel = broker.default_channel
            while (message := channel.basic_get(real_services, no_ack=True)) is not None:
                served.append(message.headers["task"])
    finally:
        client = redis.Redis.from_url(django_settings.CELERY_BROKER_URL)
        for key in client.keys(f"{real_services}*"):
            client.delete(key)
    assert served == ["claims.extract_article", "claims.verify_claims", "claims.verify_claims"]
