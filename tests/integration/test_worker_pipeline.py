"""The demo data through PostgreSQL and a real Celery worker process (not eager)."""

from __future__ import annotations

import pytest

from claims.models import Claim
from sources.models import Article
from tests.claims.test_demo_scenario import SEED_VERDICTS, ingest_demo, seed_verdicts
from tests.integration.conftest import wait_for

pytestmark = pytest.mark.integration


def all_processed() -> bool:
    return (
        Article.objects.exclude(extraction_status=Article.Status.DONE).count() == 0
        and Claim.objects.filter(current_verdict__isnull=True).count() == 0
    )


def test_demo_through_a_real_worker_gives_the_same_verdicts_as_eager(worker):
    ingest_demo()
    # Nothing ran in this process: the articles wait for the worker.
    wait_for(all_processed, timeout=120, what="the worker to extract and verify the demo")
    # Event-driven re-checks may still be in flight; wait until the verdicts settle.
    wait_for(lambda: seed_verdicts() == SEED_VERDICTS, timeout=60, what=f"verdicts; log:\n{worker.log()}")
    assert Article.objects.count() == 9
