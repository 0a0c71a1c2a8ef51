"""Set up Django for a benchmark script: a throwaway SQLite database unless DATABASE_URL is set."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"


def setup() -> str:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ.setdefault("FACTCHECK_HTTPS", "false")  # plain http on loopback
    os.environ.pop("CELERY_BROKER_URL", None)  # benchmarks call services in-process
    if "DATABASE_URL" not in os.environ:
        folder = tempfile.mkdtemp(prefix="factcheck-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.db import connection

    return connection.vendor


def merge_results(figures: dict[str, object]) -> None:
    """Read-modify-write bench/results.json, keeping the other benchmarks' keys."""
    current = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    current.update(figures)
    RESULTS.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")
