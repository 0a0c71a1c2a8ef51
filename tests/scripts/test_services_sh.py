"""`scripts/services.sh start` fails, saying why, when PostgreSQL or Redis cannot have its
port (issue 13, item 12). Skipped where the servers are not installed (a laptop without
PostgreSQL or redis-server); CI installs them."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "services.sh"


def _require_servers() -> None:
    missing = [
        name
        for name, found in (
            ("redis-server", shutil.which("redis-server")),
            ("PostgreSQL", glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")),
        )
        if not found
    ]
    if missing:
        reason = f"{', '.join(missing)} not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(f"services.sh test needs the servers in CI: {reason}")
        pytest.skip(f"services.sh test skipped: {reason} (CI installs them; see .ci/run)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def folder() -> Iterator[Path]:
    _require_servers()
    # Under /tmp, readable by the postgres user that initdb runs as under root (CI).
    path = Path(tempfile.mkdtemp(prefix="factcheck-services-"))
    path.chmod(0o755)
    yield path / "services"
    shutil.rmtree(path, ignore_errors=True)


def start(folder: Path, pg_port: int, redis_port: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, PG_PORT=str(pg_port), REDIS_PORT=str(redis_port))
    return subprocess.run(
        ["bash", str(SCRIPT), "start", str(folder)], env=env, capture_output=True, text=True, timeout=180
    )


def stop(folder: Path, pg_port: int, redis_port: int) -> None:
    env = dict(os.environ, PG_PORT=str(pg_port), REDIS_PORT=str(redis_port))
    subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], env=env, capture_output=True, timeout=60)


def occupied(port: int, *, listening: bool) -> socket.socket:
    """The port taken: bound only (a connection is refused, but a server cannot bind) or listening."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", port))
    if listening:
        holder.listen()
    return holder


@pytest.mark.parametrize("listening", [False, True], ids=["bound", "listening"])
def test_start_fails_when_redis_cannot_bind_its_port(folder, listening):
    pg_port, redis_port = free_port(), free_port()
    with occupied(redis_port, listening=listening):
        result = start(folder, pg_port, redis_port)
        stop(folder, pg_port, redis_port)
    assert result.returncode != 0
    assert "export DATABASE_URL" not in result.stdout
    if listening:
        assert f"port {redis_port} (REDIS_PORT) on 127.0.0.1 is already in use" in result.stderr
    else:
        assert f"redis-server could not start on 127.0.0.1:{redis_port}" in result.stderr
        assert "Address already in use" in result.stderr  # redis's own reason, from its log


@pytest.mark.parametrize("listening", [False, True], ids=["bound", "listening"])
def test_start_fails_when_postgres_cannot_bind_its_port(folder, listening):
    pg_port, redis_port = free_port(), free_port()
    with occupied(pg_port, listening=listening):
        result = start(folder, pg_port, redis_port)
        stop(folder, pg_port, redis_port)
    assert result.returncode != 0
    assert "export DATABASE_URL" not in result.stdout
    if listening:
        assert f"port {pg_port} (PG_PORT) on 127.0.0.1 is already in use" in result.stderr
    else:
        assert f"PostgreSQL could not start on 127.0.0.1:{pg_port}" in result.stderr


def test_start_succeeds_on_free_ports(folder):
    pg_port, redis_port = free_port(), free_port()
    try:
        result = start(folder, pg_port, redis_port)
        assert result.returncode == 0, result.stderr
        assert f"export CELERY_BROKER_URL=redis://127.0.0.1:{redis_port}/0" in result.stdout
    finally:
        stop(folder, pg_port, redis_port)
