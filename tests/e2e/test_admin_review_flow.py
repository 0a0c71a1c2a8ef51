"""Headless Chromium walks the editors' desk, in English and in Indonesian, against a live
server: queue -> claim -> confirm -> override with a rationale -> history -> event timeline.

Driven by Playwright for Python with Debian's `chromium` (no browser download). Skipped
with a message where Chromium is absent; under CI (CI=true) that is a failure instead,
since `.ci/run` installs it. Screenshots of every step (1400 px wide) are kept in
$E2E_ARTIFACTS_DIR, else tests/e2e/artifacts (git-ignored), for a person to look at.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps

from claims.models import Claim
from tests.claims.desk_scenario import EXPLANATION, make_desk_scenario
from tests.factories import EditorFactory

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
VIEWPORT = {"width": 1400, "height": 900}
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS_DIR") or Path(__file__).parent / "artifacts")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@dataclass(frozen=True)
class Words:
    """What the desk says at each step, in one language."""

    locale: str
    contradicted: str
    supported: str
    needs_decision: str
    confidence: str
    confirmed_message: str
    overridden_message: str
    overridden_state: str
    confirm_action: str
    override_action: str
    rationale: str
    killed_chart: str
    money_chart: str


ENGLISH = Words(
    locale="en-US",
    contradicted="contradicted",
    supported="supported",
    needs_decision="needs a decision",
    confidence="99.8%",
    confirmed_message="The verdict is confirmed.",
    overridden_message="The verdict is overridden.",
    overridden_state="overridden by an editor",
    confirm_action="Confirmed the verdict: contradicted.",
    override_action="Overrode the verdict to supported.",
    rationale="The ministry's later count of 21 includes the 18 officers named by the outlet.",
    killed_chart="killed",
    money_chart="other (rupiah)",
)
INDONESIAN = Words(
    locale="id-ID",
    contradicted="dibantah",
    supported="didukung",
    needs_decision="perlu keputusan",
    confidence="99,8%",
    confirmed_message="Putusan telah dikonfirmasi.",
    overridden_message="Putusan telah ditimpa.",
    overridden_state="ditimpa oleh editor",
    confirm_action="Mengonfirmasi putusan: dibantah.",
    override_action="Mengganti putusan menjadi didukung.",
    rationale="Angka terbaru kementerian, 21, sudah mencakup 18 polisi yang disebut media.",
    killed_chart="tewas",
    money_chart="lainnya (rupiah)",
)


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


@pytest.mark.parametrize("words", [ENGLISH, INDONESIAN], ids=["english", "indonesian"])
def test_editor_walks_queue_claim_confirm_override_history_and_timeline(
    chromium, groups, live_server, monkeypatch, words
):
    from playwright.sync_api import expect, sync_playwright

    scenario = make_desk_scenario()
    editor = EditorFactory(username="editor")
    # Playwright's sync API runs an event loop in this thread; the ORM calls below are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    shots = ARTIFACTS / words.locale
    shots.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(locale=words.locale, viewport=VIEWPORT)
            page = context.new_page()
            page.set_default_timeout(20_000)

            page.goto(f"{live_server.url}/admin/login/?next=/admin/claims/claim/")
            page.fill("#id_username", editor.username)
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")

            # The queue: the flagged claim first, in its sentence, with an amber flag (not a tick).
            first_row = page.locator("#result_list tbody tr").first
            expect(first_row.locator("mark")).to_have_text("18")
            expect(first_row.locator(".verdict")).to_have_text(words.contradicted)
            expect(first_row.locator(".needs-decision")).to_contain_text(words.needs_decision)
            expect(first_row.locator("td.field-confidence")).to_have_text(words.confidence)
            expect(first_row.locator("td.field-source")).to_have_text("Kabar Harian")
            # The columns fit the screen beside the filters: nothing to scroll sideways at 1400 px.
            assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
            results = page.locator("#changelist .results")
            assert results.evaluate("e => e.scrollWidth <= e.clientWidth"), "the queue's columns overflow"
            expect(page.locator("#result_list thead th.column-assignee")).to_be_visible()
            page.screenshot(path=str(shots / "1-queue.png"), full_page=True)
            # And on a 1366 px laptop screen.
            page.set_viewport_size({"width": 1366, "height": VIEWPORT["height"]})
            assert results.evaluate("e => e.scrollWidth <= e.clientWidth"), "the queue overflows at 1366 px"
            page.screenshot(path=str(shots / "1-queue-1366.png"))
            page.set_viewport_size(VIEWPORT)

            # The claim: the article box has scrolled to the figure; the sentence is marked too.
            first_row.locator("th a").click()
            expect(page.locator("#claim-span")).to_have_text("18")
            expect(page.locator("#reading-sentence mark")).to_have_text("18")
            expect(page.locator("#verdict-explanation")).to_have_text(EXPLANATION)
            expect(page.locator("#current-verdict-confidence")).to_have_text(words.confidence)
            assert page.evaluate("document.getElementById('article-body').scrollTop") > 0
            figure_box = page.locator("#claim-span").bounding_box()
            article_box = page.locator("#article-body").bounding_box()
            assert article_box["y"] <= figure_box["y"] <= article_box["y"] + article_box["height"]
            page.screenshot(path=str(shots / "2-claim.png"), full_page=True)

            page.click("#confirm-form input[type=submit]")
            expect(page.locator("ul.messagelist")).to_contain_text(words.confirmed_message)

            page.select_option("#override-form select[name=label]", "supported")
            page.fill("#override-form textarea[name=rationale]", words.rationale)
            page.click("#override-form input[type=submit]")
            expect(page.locator("ul.messagelist")).to_contain_text(words.overridden_message)
            expect(page.locator("#current-verdict-label")).to_have_text(words.supported)
            page.screenshot(path=str(shots / "3-claim-overridden.png"), full_page=True)

            # The history: every verdict, newest first, and what the editor did.
            page.click("a.historylink")
            verdicts = page.locator("#history-table tbody tr")
            expect(verdicts).to_have_count(3)
            expect(verdicts.first.locator("td.rationale")).to_have_text(words.rationale)
            expect(verdicts.first).to_contain_text(words.overridden_state)
            actions = page.locator("#editor-actions-table tbody tr")
            expect(actions).to_have_count(2)
            expect(actions.nth(0)).to_contain_text(words.confirm_action)  # the admin lists actions oldest first
            expect(actions.nth(1)).to_contain_text(words.override_action)
            page.screenshot(path=str(shots / "4-history.png"), full_page=True)

            # The event timeline: money on its own chart, one legend entry per source.
            page.goto(f"{live_server.url}/admin/claims/event/{scenario.event.pk}/change/")
            charts = page.locator("figure.timeline-chart")
            expect(charts).to_have_count(2)
            expect(page.locator("#timeline-killed svg .title")).to_have_text(words.killed_chart)
            expect(page.locator("#timeline-other-rupiah svg .title")).to_have_text(words.money_chart)
            expect(page.locator("#timeline-killed .timeline-legend li")).to_have_count(2)
            page.locator("#event-timelines").screenshot(path=str(shots / "5-event-timeline.png"))
        finally:
            browser.close()

    verdict = Claim.objects.select_related("current_verdict__reviewer").get(pk=scenario.flagged.pk).current_verdict
    assert (verdict.label, verdict.review_state, verdict.reviewer.username, verdict.rationale) == (
        "supported",
        "overridden",
        "editor",
        words.rationale,
    )
    for name in ("1-queue", "2-claim", "3-claim-overridden", "4-history", "5-event-timeline"):
        assert (shots / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
