from __future__ import annotations

import os

from celery import Celery
from celery.signals import task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
def _drop_stale_connections(sender=None, **kwargs) -> None:
    """Database connections are kept between tasks (CELERY_DB_REUSE_MAX): before each task,
    drop one that is broken or older than CONN_MAX_AGE and re-arm its health check (a
    database restart), as Django does at the start of each request. Not for eager tasks,
    which run inside their caller's connection and transaction."""
    if sender is None or getattr(sender.request, "is_eager", False):
        return
    from django.db import connections

    for conn in connections.all(initialized_only=True):
        if not conn.in_atomic_block:
            conn.close_if_unusable_or_obsolete()
