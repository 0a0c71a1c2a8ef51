"""Celery workers keep their database connection between tasks (CELERY_DB_REUSE_MAX) and drop
it before a task when it is obsolete or broken, as Django does per request."""

from __future__ import annotations

import time
from types import SimpleNamespace
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection

from factcheck.celery import _drop_stale_connections
from factcheck.celery import app as celery_app


def task(*, eager: bool) -> SimpleNamespace:
    return SimpleNamespace(request=SimpleNamespace(is_eager=eager))


def test_workers_reuse_connections_between_tasks():
    assert settings.CELERY_DB_REUSE_MAX >= 1
    assert celery_app.conf.get("CELERY_DB_REUSE_MAX") == settings.CELERY_DB_REUSE_MAX


@pytest.mark.django_db(transaction=True)
def test_an_obsolete_connection_is_dropped_before_a_task_and_a_fresh_one_kept():
    connection.ensure_connection()
    with mock.patch.object(connection, "close", wraps=connection.close) as close:
        connection.close_at = time.monotonic() + 60
        _drop_stale_connections(sender=task(eager=False))
        assert close.call_count == 0

        connection.close_at = time.monotonic() - 1  # older than CONN_MAX_AGE
        _drop_stale_connections(sender=task(eager=True))  # an eager task runs in its caller's connection
        assert close.call_count == 0
        _drop_stale_connections(sender=task(eager=False))
        assert close.call_count == 1


@pytest.mark.django_db
def test_a_connection_inside_a_transaction_is_left_alone():
    connection.ensure_connection()
    assert connection.in_atomic_block  # the test's transaction
    with mock.patch.object(connection, "close") as close:
        connection.close_at = time.monotonic() - 1
        _drop_stale_connections(sender=task(eager=False))
    assert close.call_count == 0
