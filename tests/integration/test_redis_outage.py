"""The API against a real Redis cache (the docker-compose shape): the throttle is atomic under
concurrent requests, and a stopped Redis turns throttling off (logged) instead of every
request into a 500; reads and article submission keep working (issue 13, item 2)."""

from __future__ import annotations

import logging
import os
import threading

import pytest
from rest_framework.request import Request
from rest_framework.test import APIClient, APIRequestFactory

from factcheck.api import access as authentication
from factcheck.api.access import ApiThrottle
from partners.models import Partner
from partners.services import partner_token_create
from sources.models import Article
from tests.integration.conftest import redis_ping, wait_for
from tests.integration.test_faults import start_redis, stop_redis

pytestmark = pytest.mark.integration


@pytest.fixture
def redis_cache(real_services, settings):
    """The Django cache on the real Redis (a database of its own), as CACHE_URL=redis://... sets it."""
    base = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"{base}/3",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield cache
    if redis_ping(os.environ["CELERY_BROKER_URL"]):
        cache.clear()


def test_concurrent_requests_never_pass_the_rate(redis_cache, settings, monkeypatch):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "40/hour"}}
    monkeypatch.setattr(ApiThrottle, "timer", lambda self: 1_000_000.0)  # one window for the whole test
    request = Request(APIRequestFactory().get("/api/v1/sources/", REMOTE_ADDR="203.0.113.7"), authenticators=())
    allowed: list[bool] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(24)

    def caller() -> None:
        start.wait()
        try:
            for _ in range(5):
                verdict = ApiThrottle().allow_request(request, None)
                with lock:
                    allowed.append(verdict)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=caller) for _ in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(allowed) == 120
    assert allowed.count(True) == 40


def test_a_stopped_redis_cache_leaves_reads_and_submissions_working(redis_cache, tmp_path, monkeypatch, caplog):
    _, key = partner_token_create(partner=Partner.objects.create(name="Outage"), name="outage")
    partner = APIClient()
    partner.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    anonymous = APIClient()
    assert anonymous.get("/api/v1/sources/").status_code == 200  # the throttle counts in Redis

    monkeypatch.setattr(authentication, "_last_outage_log", 0.0)
    stop_redis()
    try:
        wait_for(lambda: not redis_ping(os.environ["CELERY_BROKER_URL"]), timeout=30, what="Redis to stop")
        with caplog.at_level(logging.ERROR, logger="factcheck.api.access"):
            reads = [anonymous.get("/api/v1/claims/").status_code, partner.get("/api/v1/events/").status_code]
            submitted = partner.post(
                "/api/v1/articles/",
                {"url": "https://wire.example.com/outage/cache", "body": "Sebanyak 12 orang tewas dalam banjir."},
                format="json",
            )
    finally:
        start_redis(tmp_path)
    wait_for(lambda: redis_ping(os.environ["CELERY_BROKER_URL"]), timeout=30, what="Redis to come back")

    assert reads == [200, 200]
    assert submitted.status_code == 201, submitted.content[:300]
    # Stored, and left for the sweep: the broker was down too.
    article = Article.objects.get(url="https://wire.example.com/outage/cache")
    assert article.extraction_status == Article.Status.PENDING
    assert "API throttling is off: the cache failed" in caplog.text
