"""Real PostgreSQL, Redis and Celery worker processes for the integration tests.

Where the services are absent (a laptop) these tests are skipped with a line that says
so; under CI (CI=true, set by .ci/run) a missing service fails the run instead.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connection

from factcheck.celery import app as celery_app

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"integration services are required in CI: {reason}")
    pytest.skip(
        f"integration test skipped: {reason} (run .ci/run, or start PostgreSQL and Redis and set "
        "DATABASE_URL and CELERY_BROKER_URL)"
    )


def redis_ping(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


@pytest.fixture
def real_services(transactional_db, settings) -> Iterator[str]:
    """PostgreSQL as the test database and a reachable Redis; tasks go to the broker."""
    if connection.vendor != "postgresql":
        _unavailable("the test database is not PostgreSQL (DATABASE_URL unset)")
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not broker:
        _unavailable("CELERY_BROKER_URL is not set")
    if not redis_ping(broker):
        _unavailable(f"Redis at {broker} does not answer")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    try:
        yield queue
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous


class WorkerProcess:
    """A `celery worker` subprocess on the test database, consuming one queue."""

    def __init__(self, queue: str, log_path: Path, concurrency: int = 2) -> None:
        self.queue = queue
        self.log_path = log_path
        self.concurrency = concurrency
        self.process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        db = connection.settings_dict
        url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        env = dict(os.environ)
        env.update(
            # The deployed settings, not the test settings pytest-django exported (those run tasks eagerly).
            DJANGO_SETTINGS_MODULE="factcheck.settings",
            DATABASE_URL=url,
            CELERY_TASK_DEFAULT_QUEUE=self.queue,  # tasks the worker sends stay on this test's queue
            CONN_MAX_AGE="0",
            SECRET_KEY="integration-worker-secret",
            CELERY_VISIBILITY_TIMEOUT="5",
            PYTHONUNBUFFERED="1",
        )
        return env

    def start(self) -> WorkerProcess:
        name = f"{self.queue}-{uuid.uuid4().hex[:6]}@%h"
        log = open(self.log_path, "ab")  # noqa: SIM115 - kept open for the subprocess's lifetime
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "factcheck",
                "worker",
                "-Q",
                self.queue,
                "-n",
                name,
                f"--concurrency={self.concurrency}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=PROJECT_ROOT,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(lambda: b"ready." in self.log_path.read_bytes(), timeout=60, what="the worker to start")
        return self

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool children), as a crash would."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


@pytest.fixture
def start_worker(real_services, tmp_path) -> Iterator[Callable[..., WorkerProcess]]:
    workers: list[WorkerProcess] = []

    def start(concurrency: int = 2) -> WorkerProcess:
        worker = WorkerProcess(real_services, tmp_path / f"worker{len(workers)}.log", concurrency).start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()
    # The worker's queue is private to this test; drop what is left of it.
    import redis
    from django.conf import settings as django_settings

    client = redis.Redis.from_url(django_settings.CELERY_BROKER_URL)
    for key in client.keys(f"{real_services}*"):  # one list per priority (checks wait at 6)
        client.delete(key)


@pytest.fixture
def worker(start_worker) -> WorkerProcess:
    return start_worker()
