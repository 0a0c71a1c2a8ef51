"""gunicorn settings for the web process (docker-compose.yml, scripts/smoke_stack.py, bench/bench_api.py:
`gunicorn -c factcheck/gunicorn_conf.py factcheck.wsgi`, as docker-compose.yml does).

Why: a page of 50 claims allocates ~10^5 Python objects (model instances, serializer fields,
JSON). With CPython's default thresholds a full (generation 2) collection ran every ~15
requests and walked every object Django, DRF and the app had loaded: 100-170 ms each, which
was the whole p95 of the claim list (measured with gc callbacks; docs/performance.md).
Freezing what the app loaded before the fork takes those objects out of the collector's
sight (and keeps the pages shared between workers), and a larger first threshold makes the
young collections rarer; cycles made by requests are still collected.
"""

from __future__ import annotations

import gc
import os

preload_app = True
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1))
backlog = 2048
timeout = 60


def when_ready(server) -> None:
    gc.freeze()


def post_fork(server, worker) -> None:
    gc.set_threshold(50_000, 20, 10)
