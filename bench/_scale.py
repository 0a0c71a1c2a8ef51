"""Shared plumbing of the scale benchmarks (bench_api, bench_ingest, bench_recheck).

Each dataset lives in its own PostgreSQL database next to the one DATABASE_URL names:
`factcheck_bench_10000`, `factcheck_bench_100000`, `factcheck_bench_1000000`, cloned
from a migrated template and filled by bench/generate.py. A dataset is generated once and
reused while its marker (generator version, size, seed, migrations) still matches, so the
API and re-check benchmarks of one `make bench` share the 1M-claim database.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
GENERATOR_VERSION = "3"
TEMPLATE = "factcheck_bench_template"


def base_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("the scale benchmarks need PostgreSQL: run them through `make bench` or set DATABASE_URL")
    return url


def db_url(name: str) -> str:
    parts = urlsplit(base_url())
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_connection():
    import psycopg

    return psycopg.connect(db_url("postgres"), autocommit=True)


def django_env(url: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "factcheck.settings",
            "SECRET_KEY": env.get("SECRET_KEY") or "bench-only-secret-key",
            "PYTHONPATH": str(ROOT),
            "LOG_LEVEL": "ERROR",
            "FACTCHECK_HTTPS": "false",  # plain http on loopback
        }
    )
    env.update(extra)
    return env


def _migrations_digest() -> str:
    names = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/migrations/0*.py"))
    return hashlib.sha1("\n".join(names).encode()).hexdigest()[:12]


def _exists(connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def _marker(connection, name: str) -> str | None:
    row = connection.execute(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
    ).fetchone()
    return row[0] if row else None


def migrate(url: str) -> None:
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=django_env(url), check=True)


def _drop(connection, name: str) -> None:
    connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def clone_template(name: str) -> str:
    """A new, empty, migrated database `name` (replacing any old one)."""
    with admin_connection() as connection:
        if not _exists(connection, TEMPLATE) or _marker(connection, TEMPLATE) != _migrations_digest():
            _drop(connection, TEMPLATE)
            connection.execute(f'CREATE DATABASE "{TEMPLATE}"')
            migrate(db_url(TEMPLATE))
            connection.execute(f"COMMENT ON DATABASE \"{TEMPLATE}\" IS '{_migrations_digest()}'")
        _drop(connection, name)
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    return db_url(name)


def dataset(claims: int, seed: int = 7) -> str:
    """The URL of a database holding the generated dataset of `claims` claims."""
    name = f"factcheck_bench_{claims}"
    marker = f"generate v{GENERATOR_VERSION} claims={claims} seed={seed} migrations={_migrations_digest()}"
    with admin_connection() as connection:
        if _exists(connection, name) and _marker(connection, name) == marker:
            return db_url(name)
    url = clone_template(name)
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "bench/generate.py", "--claims", str(claims), "--seed", str(seed)],
        cwd=ROOT,
        env=django_env(url),
        check=True,
    )
    print(f"  dataset {claims:,} claims generated in {time.perf_counter() - started:.1f} s", flush=True)
    with admin_connection() as connection:
        connection.execute(f"COMMENT ON DATABASE \"{name}\" IS '{marker}'")
    return url


def mark_dirty(claims: int) -> None:
    """A benchmark changed the dataset (new verdicts): the next run generates it again."""
    with admin_connection() as connection:
        connection.execute(f"COMMENT ON DATABASE \"factcheck_bench_{claims}\" IS 'dirty'")


# --- processes ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """A child in its own process group, so stopping it stops its workers too."""
    return subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
    )


def stop(process: subprocess.Popen, timeout: float = 20.0) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # the task ended meanwhile
            found += [int(p) for p in (task / "children").read_text().split()]
    return found


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def start_gunicorn(
    url: str, port: int, workers: int, log: Path, *, app: str = "factcheck.wsgi", **extra_env: str
) -> subprocess.Popen:
    process = start(
        [
            str(BIN / "gunicorn"),
            "--config",
            "factcheck/gunicorn_conf.py",
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--backlog",
            "2048",
            "--timeout",
            "60",
        ],
        django_env(url, **extra_env),
        log,
    )
    wait_for_port(port)
    return process


def start_celery(url: str, broker: str, concurrency: int, log: Path, *, park_verify: bool = False) -> subprocess.Popen:
    process = start(
        [
            PYTHON,
            "bench/_celery_worker.py",
            *(["--park-verify"] if park_verify else []),
            "--concurrency",
            str(concurrency),
            "--pool",
            "prefork",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel",
            os.environ.get("BENCH_CELERY_LOGLEVEL", "WARNING"),  # INFO logs each task's duration
        ],
        django_env(url, CELERY_BROKER_URL=broker),
        log,
    )
    deadline = time.monotonic() + 60
    while len(children(process.pid)) < concurrency:
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError(f"celery worker did not start; see {log}")
        time.sleep(0.2)
    return process


def python_json(code: str, env: dict[str, str]) -> object:
    """Run `code` (which prints one JSON document last) in a fresh Django process."""
    prologue = "import django, json; django.setup()\n"
    result = subprocess.run(
        [PYTHON, "-c", prologue + code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- figures -----------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def logs_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / "factcheck-bench-logs"
    folder.mkdir(exist_ok=True)
    return folder
