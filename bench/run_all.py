"""`make bench`: run every benchmark script in bench/ in turn; each merges into bench/results.json.

Without DATABASE_URL, throwaway PostgreSQL and Redis servers are started on loopback
(scripts/services.sh, ports from BENCH_PG_PORT / BENCH_REDIS_PORT, default 55441 / 56391
so a developer's own instance is left alone) and stopped at the end, whatever happens.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCRIPTS = sorted(p for p in HERE.glob("bench_*.py"))
RESULTS = HERE / "results.json"


def start_services(folder: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PG_PORT"] = os.environ.get("BENCH_PG_PORT", "55441")
    env["REDIS_PORT"] = os.environ.get("BENCH_REDIS_PORT", "56391")
    exports = subprocess.run(
        ["scripts/services.sh", "start", folder], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, str] = {}
    for line in exports.splitlines():
        for word in shlex.split(line.removeprefix("export ")):
            name, _, value = word.partition("=")
            found[name] = value
    return found


def stop_services(folder: str) -> None:
    env = dict(os.environ)
    env["PG_PORT"] = os.environ.get("BENCH_PG_PORT", "55441")
    env["REDIS_PORT"] = os.environ.get("BENCH_REDIS_PORT", "56391")
    subprocess.run(["scripts/services.sh", "stop", folder], cwd=ROOT, env=env, check=False)


def summarise() -> None:
    """Figures that combine several scripts' results."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    peaks = [results[k] for k in ("celery_peak_mb_ingest", "celery_peak_mb_recheck") if k in results]
    if peaks:
        results["celery_peak_mb"] = max(peaks)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


def main() -> int:
    folder = None
    if "DATABASE_URL" not in os.environ:
        folder = tempfile.mkdtemp(prefix="factcheck-bench-services-")
        os.environ.update(start_services(folder))
        print(f"services: PostgreSQL and Redis in {folder}", flush=True)
    failed = []
    started = time.monotonic()
    try:
        # `bench/run_all.py bench_api.py ...` runs only the scripts named.
        chosen = [script for script in SCRIPTS if not sys.argv[1:] or script.name in sys.argv[1:]]
        for script in chosen:
            print(f"== {script.name}", flush=True)
            began = time.monotonic()
            if subprocess.run([sys.executable, str(script)], cwd=ROOT).returncode != 0:
                failed.append(script.name)
            print(f"   ({time.monotonic() - began:.0f} s)", flush=True)
    finally:
        if folder is not None:
            stop_services(folder)
            shutil.rmtree(folder, ignore_errors=True)
    summarise()
    print(f"results in {RESULTS} ({time.monotonic() - started:.0f} s in all)")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
