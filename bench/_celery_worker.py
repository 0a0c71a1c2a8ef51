"""A Celery worker for the benchmarks: `python bench/_celery_worker.py [--park-verify] [celery worker options]`.

With --park-verify, verification tasks are routed to a queue nobody consumes, so the
worker runs the ingest pipeline with extraction only (the reference of bench_ingest).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARKED_QUEUE = "bench-parked"


def main() -> None:
    args = sys.argv[1:]
    from factcheck.celery import app

    if "--park-verify" in args:
        args.remove("--park-verify")
        app.conf.task_routes = {
            name: {"queue": PARKED_QUEUE} for name in ("claims.verify_claim", "claims.verify_claims")
        }
    app.worker_main(["worker", *args])


if __name__ == "__main__":
    main()
