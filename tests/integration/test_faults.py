"""Nothing is lost when a worker dies, Redis stops or PostgreSQL restarts mid-batch.

Each test counts the articles and claims before and after the fault and asserts they are
equal, and that every claim ends with exactly one automatic verdict (none twice).
"""

from __future__ import annotations

import itertools
import os
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Q

from claims import services
from claims.models import Claim, Verdict
from sources.models import Article
from tests.factories import ArticleFactory, ClaimFactory, EventFactory, SourceFactory
from tests.integration.conftest import redis_ping, wait_for

pytestmark = pytest.mark.integration


def make_event_batch(size: int) -> list[int]:
    """`size` claims of one event and measure from a handful of sources, none verified yet."""
    event = EventFactory(name="Batch event")
    sources = [SourceFactory(reliability=0.8) for _ in range(5)]
    claims = []
    for index in range(size):
        article = ArticleFactory(source=sources[index % len(sources)])
        claims.append(ClaimFactory(article=article, event=event, low=10 + index % 7, high=10 + index % 7))
    return [claim.pk for claim in claims]


def verified_count() -> int:
    connection.close()  # a fresh connection each poll survives a database restart
    return Claim.objects.filter(current_verdict__isnull=False).count()


def assert_each_claim_verified_once(claim_ids: list[int]) -> None:
    counts = dict(
        Claim.objects.filter(pk__in=claim_ids)
        .annotate(auto=Count("verdicts", filter=Q(verdicts__review_state="auto")))
        .values_list("pk", "auto")
    )
    assert set(counts) == set(claim_ids)
    assert {claim_id: n for claim_id, n in counts.items() if n != 1} == {}


def assert_no_verdict_recorded_twice(claim_ids: list[int]) -> None:
    """Evidence may legitimately change as articles arrive, but no check is recorded twice:
    consecutive automatic verdicts of a claim always differ."""
    for claim_id in claim_ids:
        prints = list(
            Verdict.objects.filter(claim_id=claim_id, review_state="auto")
            .order_by("computed_at", "pk")
            .values_list("fingerprint", flat=True)
        )
        assert prints, f"claim {claim_id} has no verdict"
        assert all(a != b for a, b in itertools.pairwise(prints)), f"claim {claim_id}: {prints}"


def test_a_worker_killed_mid_batch_leaves_every_claim_verified_once(start_worker):
    claim_ids = make_event_batch(400)
    worker = start_worker(concurrency=1)
    services.enqueue_verification(claim_ids)
    wait_for(lambda: verified_count() >= 20, timeout=120, what="the first verdicts")
    worker.kill()
    done_at_kill = verified_count()
    assert done_at_kill < len(claim_ids), "the batch finished before the kill; make it larger"
    start_worker(concurrency=2)
    wait_for(lambda: verified_count() == len(claim_ids), timeout=240, what="the batch to finish after a restart")
    assert Claim.objects.count() == len(claim_ids)
    assert_each_claim_verified_once(claim_ids)


def redis_port() -> int:
    return int(
        os.environ.get("FACTCHECK_REDIS_PORT") or os.environ["CELERY_BROKER_URL"].rsplit(":", 1)[1].split("/")[0]
    )


def stop_redis() -> None:
    subprocess.run(["redis-cli", "-p", str(redis_port()), "shutdown", "nosave"], capture_output=True, timeout=30)


def start_redis(folder: Path) -> None:
    subprocess.run(
        [
            "redis-server",
            "--port",
            str(redis_port()),
            "--bind",
            "127.0.0.1",
            "--daemonize",
            "yes",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
            "--logfile",
            str(folder / "redis-restarted.log"),
        ],
        check=True,
        timeout=30,
    )


def test_articles_submitted_while_redis_is_down_are_saved_and_processed_after(start_worker, tmp_path):
    worker = start_worker()
    stop_redis()
    try:
        wait_for(lambda: not redis_ping(os.environ["CELERY_BROKER_URL"]), timeout=30, what="Redis to stop")
        results = [
            services.article_ingest(
                url=f"https://wire.example.com/outage/{n}",
                title=f"Outage {n}",
                body=f"At least {10 + n} people were killed in the floods on Friday, officials said.",
                published_at="2022-01-07T10:00:00+00:00",
                source_name="Wire",
                source_domain="wire.example.com",
                source_kind="wire",
                source_reliability=0.85,
                language="en",
                event_name="Floods",
            )
            for n in range(5)
        ]
    finally:
        start_redis(tmp_path)
    wait_for(lambda: redis_ping(os.environ["CELERY_BROKER_URL"]), timeout=30, what="Redis to come back")
    assert [r.created for r in results] == [True] * 5
    assert Article.objects.filter(extraction_status=Article.Status.PENDING).count() == 5
    call_command("recheck_due", "--pending-older-than", "0", stdout=open(os.devnull, "w"))  # noqa: SIM115
    wait_for(
        lambda: (
            Article.objects.filter(extraction_status=Article.Status.DONE).count() == 5
            and Claim.objects.filter(current_verdict__isnull=False).count() == 5
        ),
        timeout=120,
        what=f"the sweep to process the saved articles; worker log:\n{worker.log()}",
    )
    assert Article.objects.count() == 5
    assert Claim.objects.count() == 5
    assert_no_verdict_recorded_twice(list(Claim.objects.values_list("pk", flat=True)))


def restart_postgres() -> None:
    pg_ctl, pgdata = os.environ.get("FACTCHECK_PG_CTL"), os.environ.get("FACTCHECK_PGDATA")
    if not pg_ctl or not pgdata:
        pytest.skip("FACTCHECK_PG_CTL/FACTCHECK_PGDATA unset: this PostgreSQL is not ours to restart")
    command = [pg_ctl, "-D", pgdata, "-l", str(Path(pgdata).parent / "postgres.log"), "-m", "fast", "-w", "restart"]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


def test_a_postgres_restart_mid_batch_is_survived(start_worker):
    claim_ids = make_event_batch(300)
    worker = start_worker(concurrency=2)
    services.enqueue_verification(claim_ids)
    wait_for(lambda: verified_count() >= 20, timeout=120, what="the first verdicts")
    connection.close()
    restart_postgres()
    wait_for(
        lambda: verified_count() == len(claim_ids),
        timeout=240,
        what=f"the batch to finish after the restart; worker log:\n{worker.log()}",
    )
    assert Claim.objects.count() == len(claim_ids)
    assert_each_claim_verified_once(claim_ids)
