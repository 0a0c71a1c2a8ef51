"""A headless Chromium smoke test of the editors' review flow, against a live server.

Driven by Playwright for Python with Debian's `chromium` (no browser download). Skipped
with a message where Chromium is absent; under CI (CI=true) that is a failure instead,
since `.ci/run` installs it.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest
from django.apps import apps

from claims.models import Claim, Evidence, Verdict
from sources.models import Source
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, EventFactory, SourceFactory, VerdictFactory

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "correct-horse-battery"  # the factories' password
BODY = "Sedikitnya 18 orang polisi tewas dalam kerusuhan di Almaty, kata pejabat."
RATIONALE = "The interior ministry confirmed 18 police deaths on 7 January."

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        message = f"browser test skipped: {CHROMIUM} is absent (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture
def groups() -> None:
    # A transactional test starts from a flushed database when another one ran before it:
    # put back the groups (and their permissions) that the data migration creates.
    migration = importlib.import_module("claims.migrations.0002_groups")
    migration.create_groups(apps, None)


@pytest.fixture
def flagged_claim(groups) -> Claim:
    event = EventFactory(name="Kazakhstan unrest 2022")
    outlet = SourceFactory(name="Kabar Harian", reliability=0.7)
    official = SourceFactory(name="Kementerian", kind=Source.Kind.OFFICIAL, reliability=0.9)
    start = BODY.index("18")
    claim = ClaimFactory(
        article=ArticleFactory(source=outlet, title="Kerusuhan Almaty", body=BODY, language="id"),
        event=event,
        start=start,
        end=start + 2,
        subject="police",
        value=18,
        low=18,
        high=18,
        language="id",
        review_state=Claim.ReviewState.NEEDS_REVIEW,
    )
    other = ClaimFactory(article=ArticleFactory(source=official, title="Official toll"), event=event, low=12, high=None)
    verdict = VerdictFactory(claim=claim, label=Verdict.Label.CONTRADICTED, confidence=0.7)
    Evidence.objects.create(verdict=verdict, claim=other, relation=Evidence.Relation.CONTRADICTS)
    return claim


def test_editor_overrides_a_verdict_and_finds_it_in_the_history(
    chromium, flagged_claim, live_server, tmp_path, monkeypatch
):
    from playwright.sync_api import expect, sync_playwright

    editor = EditorFactory(username="editor")
    # Playwright's sync API runs an event loop in this thread; the ORM calls below are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    screenshot = tmp_path / "review_flow.png"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900}).new_page()
            page.set_default_timeout(20_000)

            page.goto(f"{live_server.url}/admin/login/?next=/admin/claims/claim/")
            page.fill("#id_username", editor.username)
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")

            # The queue: the flagged claim comes first, with its verdict.
            first_row = page.locator("#result_list tbody tr").first
            expect(first_row).to_contain_text("contradicted")
            first_row.locator("th a", has_text="18").click()

            expect(page.locator("#claim-span")).to_have_text("18")
            expect(page.locator("#current-verdict-label")).to_have_text("contradicted")
            page.select_option("#override-form select[name=label]", "supported")
            page.fill("#override-form textarea[name=rationale]", RATIONALE)
            page.click("#override-form input[type=submit]")

            expect(page.locator("ul.messagelist")).to_contain_text("The verdict is overridden.")
            expect(page.locator("#current-verdict-label")).to_have_text("supported")
            newest = page.locator("#history-table tbody tr").first
            expect(newest.locator("td.rationale")).to_have_text(RATIONALE)
            expect(newest).to_contain_text("overridden by an editor")
            expect(newest).to_contain_text("editor")
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()

    verdict = Claim.objects.select_related("current_verdict__reviewer").get(pk=flagged_claim.pk).current_verdict
    assert (verdict.label, verdict.review_state, verdict.reviewer.username, verdict.rationale) == (
        "supported",
        "overridden",
        "editor",
        RATIONALE,
    )
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
