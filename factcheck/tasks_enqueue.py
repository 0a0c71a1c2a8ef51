"""Send a Celery task by its name once the surrounding transaction commits.

The one way services of every app (claims, partners) enqueue work. They name the task
(`"claims.extract_article"`) and never import the task modules, which import the services:
no import loop. The task object is looked up in Celery's registry when the transaction
commits; the apps register their tasks when Django starts (their AppConfig.ready).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from celery import Task
from celery.exceptions import Retry
from django.conf import settings
from django.db import transaction

from factcheck.celery import app as celery_app

logger = logging.getLogger(__name__)


def task_named(name: str) -> Task:
    """The registered task called `name` (KeyError names it if no app registered it)."""
    return celery_app.tasks[name]


def run_task_now(name: str, *args: object) -> None:
    """Run a task in this process, as eager mode does (no broker); its exceptions propagate."""
    # Eager retries have already run to the end inside apply().
    with contextlib.suppress(Retry):
        task_named(name).apply(args=args, throw=True)


def enqueue_on_commit(
    name: str,
    *args: object,
    on_failure: Callable[[], None] | None = None,
    run_eagerly: Callable[[], None] | None = None,
    priority: int | None = None,
) -> None:
    """Send task `name` with `args` once the surrounding transaction commits.

    `priority` is the message's (with Redis 0, the default, is served first). It is given per
    send: Celery 6 drops the task attribute, and a route without a queue would skip the
    default queue.

    Eager mode (no broker, CELERY_TASK_ALWAYS_EAGER) runs it in this process, or calls
    `run_eagerly` instead where the caller has its own way (webhooks POST from a thread).
    A broker that is down must not lose the write that preceded the send: the row stays
    pending for the sweeps, and `on_failure` may make it due sooner.
    """

    def send() -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            if run_eagerly is not None:
                run_eagerly()
            else:
                run_task_now(name, *args)
            return
        try:
            options = {} if priority is None else {"priority": priority}
            task_named(name).apply_async(args=args, **options)
        except Exception:  # the broker's exceptions vary by transport
            logger.warning("broker unavailable; left pending for the sweep", extra={"task": name, "task_args": args})
            if on_failure is not None:
                on_failure()

    transaction.on_commit(send)
