"""The throttle counts atomically and fails open when its cache fails (issue 13, item 2).
The same against a real Redis, stopped mid-test, is in tests/integration/test_redis_outage.py."""

from __future__ import annotations

import logging

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from rest_framework.test import APIClient

from factcheck.api import access as authentication
from factcheck.api.access import ApiThrottle

pytestmark = pytest.mark.django_db


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

        return fail


@pytest.fixture
def low_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "partner": "2/minute", "user": "2/minute"},
    }


def test_a_failing_cache_turns_throttling_off_and_is_logged_once(world, low_rates, monkeypatch, caplog):
    monkeypatch.setattr(ApiThrottle, "cache", BrokenCache())
    monkeypatch.setattr(authentication, "_last_outage_log", 0.0)
    client = APIClient()
    with caplog.at_level(logging.ERROR, logger="factcheck.api.access"):
        statuses = [client.get("/api/v1/sources/").status_code for _ in range(4)]
    assert statuses == [200] * 4  # over the rate of 2, but nothing can count: served
    outage_lines = [r for r in caplog.records if "throttling is off" in r.getMessage()]
    assert len(outage_lines) == 1
    assert "Connection refused" in outage_lines[0].getMessage()


def test_the_window_count_says_when_to_come_back(world, low_rates, monkeypatch):
    monkeypatch.setattr(ApiThrottle, "timer", lambda self: 1_000_000.0)  # 40 s into a minute window
    client = APIClient()
    statuses = [client.get("/api/v1/sources/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert client.get("/api/v1/sources/")["Retry-After"] == "20"
