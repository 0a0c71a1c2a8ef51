"""Property-based API tests from the OpenAPI schema (schemathesis), in process through WSGI.

Every operation gets a bounded number of generated requests, as an anonymous caller and as
a partner; every response must be a documented status with a documented content type and
a body that matches the schema, and none may be a 5xx. Nothing leaves the machine: the
WSGI app is called in process and the URL fetcher is disabled.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import CHECKS

from factcheck.wsgi import application
from partners.models import Partner
from partners.services import partner_token_create
from tests.claims.api.support import build_world
from tests.factories import EditorFactory

# Every check schemathesis has (`--checks all`): conformance of status, content type, headers
# and body; negative data rejected and positive data accepted; unsupported methods answered 405
# with Allow; authentication not ignored; and the stateful ones where links allow.
ALL_CHECKS = CHECKS.get_all()


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """The WSGI app fires request_started/finished, whose close_old_connections would close
    the test's transaction on PostgreSQL; Django's own test client disconnects it the same way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def offline_and_unthrottled(settings, monkeypatch):
    from sources import fetching

    def no_network(url: str) -> None:
        raise fetching.FetchRefused("the network is off in the schema tests")

    monkeypatch.setattr(fetching, "fetch_article_page", no_network)
    # Generated requests come fast from one address; the throttle is tested on its own.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "partner": None, "user": None},
    }


# Served by the app itself, so the test checks the schema clients actually get.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture
def small_world(db) -> None:
    build_world(EditorFactory(username="schema-editor"))


@pytest.fixture
def partner_headers(small_world) -> dict[str, str]:
    _, key = partner_token_create(partner=Partner.objects.create(name="Fuzzer"), name="schemathesis")
    return {"Authorization": f"Bearer {key}"}


BOUNDED = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@pytest.mark.timeout(120)
@schema.parametrize()
@BOUNDED
def test_every_operation_answers_anonymous_callers_as_documented(case, small_world):
    case.call_and_validate(checks=ALL_CHECKS)


@pytest.mark.timeout(120)
@schema.parametrize()
@BOUNDED
def test_every_operation_answers_partners_as_documented(case, partner_headers):
    case.call_and_validate(headers=partner_headers, checks=ALL_CHECKS)


# --- `schemathesis run --checks all`, as a client would run it ------------------------------
# The in-process tests above run every check on hypothesis' examples; the command line adds
# the coverage phase (boundary values, repeated and wrong-typed parameters) and the stateful
# phase (links between operations), which found what the tests above did not. It runs here
# against the live test server, with the repository's schemathesis.toml.

ROOT = Path(__file__).resolve().parents[1]
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture
def fuzzed_server(live_server, transactional_db, settings, monkeypatch):
    from sources import fetching

    def no_network(url: str) -> None:
        raise fetching.FetchRefused("the network is off in the schema tests")

    monkeypatch.setattr(fetching, "fetch_article_page", no_network)
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "partner": None, "user": None},
    }
    build_world(EditorFactory(username="cli-editor"))
    return live_server.url


@pytest.mark.timeout(300)
@pytest.mark.parametrize("caller", ["anonymous", "partner"])
def test_schemathesis_run_with_all_checks_finds_nothing(fuzzed_server, caller):
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{fuzzed_server}/api/schema/?format=json",
        "--checks",
        "all",
        "--max-examples",
        "10",
        "--seed",
        "1",
        "--workers",
        "1",
        "--no-color",
    ]
    if caller == "partner":
        _, key = partner_token_create(partner=Partner.objects.create(name="CLI fuzzer"), name="schemathesis-cli")
        command += ["-H", f"Authorization: Bearer {key}"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=280)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    generated = re.search(r"(\d+) generated, (\d+) passed", output)
    assert generated is not None, output[-2000:]
    assert "Selected: 15/15" in output
