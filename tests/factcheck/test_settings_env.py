"""Settings come from the environment, with safe defaults and clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_settings(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE"}
    }
    clean.update(env)
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='factcheck.settings'; django.setup();"
        "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER,"
        " s.DEBUG)"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60)


def test_defaults_are_sqlite_eager_tasks_and_debug_off(tmp_path):
    result = load_settings(SECRET_KEY="a-real-secret", DATABASE_URL=f"sqlite:///{tmp_path}/x.sqlite3")
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True", "False"]


def test_postgres_and_a_broker_come_from_the_environment():
    result = load_settings(
        SECRET_KEY="a-real-secret",
        DATABASE_URL="postgres://u:p@db:5432/factcheck",
        CELERY_BROKER_URL="redis://redis:6379/0",
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "False", "False"]


def test_the_development_key_is_refused_when_debug_is_off():
    result = load_settings(SECRET_KEY="django-insecure-factcheck-development-key-do-not-deploy", DEBUG="false")
    assert result.returncode != 0
    assert "development SECRET_KEY is refused" in result.stderr


def test_a_malformed_value_fails_at_start_up_with_its_name():
    result = load_settings(SECRET_KEY="a-real-secret", FACTCHECK_WINDOW_DAYS="two")
    assert result.returncode != 0
    assert "FACTCHECK_WINDOW_DAYS is malformed" in result.stderr


def test_a_verification_batch_of_fewer_than_one_claim_is_refused_at_start_up():
    result = load_settings(SECRET_KEY="a-real-secret", FACTCHECK_VERIFY_BATCH_SIZE="0")
    assert result.returncode != 0
    assert "FACTCHECK_VERIFY_BATCH_SIZE must be at least 1." in result.stderr
