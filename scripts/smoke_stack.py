"""Smoke-test the deployed process shape natively (what docker-compose.yml runs).

Against the running PostgreSQL and Redis (DATABASE_URL, CELERY_BROKER_URL): migrate, start
gunicorn and celery beat, ingest the demo data through the Celery worker that .ci/run
started on queue CELERY_TASK_DEFAULT_QUEUE, wait until every article is extracted and every
claim verified, check the seed article's verdicts, and read them through the API served by
gunicorn. Exits non-zero with the reason on any failure. Bounded: 180 s at most.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
SEED_URL = "https://news.example.id/2022/01/07/kazakhstan-rusuh"
EXPECTED = {
    ("killed", "people", 20.0, 99.0): "outdated",
    ("injured", "people", 1001.0, None): "supported",
    ("killed", "police", 18.0, 18.0): "supported",
    ("arrested", "people", 2201.0, None): "outdated",
    ("other", "countries", 5.0, 5.0): "contradicted",
    ("other", None, 3.0, 3.0): "unverified",
}


def manage(*args: str) -> str:
    result = subprocess.run([PY, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result.stdout


def seed_verdicts() -> dict:
    rows = json.loads(manage("export_verdicts", "--format", "json"))
    return {
        (r["measure"], r["subject"], float(r["low"]), None if r["high"] is None else float(r["high"])): r["verdict"]
        for r in rows
        if r["article_url"] == SEED_URL
    }


def main() -> int:
    manage("migrate", "--noinput")
    logs = Path(os.environ.get("SMOKE_LOG_DIR", "/tmp"))
    gunicorn = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "factcheck.wsgi:application",
            "-c",
            "factcheck/gunicorn_conf.py",
            "--bind",
            "127.0.0.1:18000",
            "--workers",
            "2",
        ],
        cwd=ROOT,
        stdout=open(logs / "gunicorn.log", "wb"),  # noqa: SIM115 (the child keeps it)
        stderr=subprocess.STDOUT,
    )
    beat = subprocess.Popen(
        [PY, "-m", "celery", "-A", "factcheck", "beat", "--loglevel=INFO", "-s", str(logs / "beat-schedule")],
        cwd=ROOT,
        stdout=open(logs / "beat.log", "wb"),  # noqa: SIM115 (the child keeps it)
        stderr=subprocess.STDOUT,
    )
    try:
        manage("ingest", str(ROOT / "demo" / "kazakhstan_2022.jsonl"))
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if seed_verdicts() == EXPECTED:
                break
            time.sleep(2)
        else:
            raise SystemExit(f"the worker did not produce the seed verdicts: {seed_verdicts()}")
        print("smoke: the worker extracted and verified the demo; seed verdicts as expected")
        # The production settings (FACTCHECK_HTTPS on): a request as the TLS proxy in front sends it.
        behind_proxy = {"X-Forwarded-Proto": "https"}
        claims = urllib.request.Request("http://127.0.0.1:18000/api/v1/claims/?measure=killed", headers=behind_proxy)
        with urllib.request.urlopen(claims, timeout=10) as response:
            assert response.status == 200, response.status
            assert "max-age=" in response.headers.get("Strict-Transport-Security", ""), dict(response.headers)
            json.loads(response.read())
        schema = urllib.request.Request("http://127.0.0.1:18000/api/schema/", headers=behind_proxy)
        with urllib.request.urlopen(schema, timeout=10) as response:
            assert response.status == 200, response.status
        print("smoke: gunicorn serves the API and its schema")
        beat_log = (logs / "beat.log").read_text(errors="replace")
        if beat.poll() is not None or "beat: Starting" not in beat_log:
            raise SystemExit(f"celery beat did not start:\n{beat_log[-2000:]}")
        print("smoke: celery beat runs with the database scheduler")
    finally:
        for process in (gunicorn, beat):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
