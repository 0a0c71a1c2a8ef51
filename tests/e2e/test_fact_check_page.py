"""A headless Chromium renders a published claim's public fact-check page and reads its JSON-LD.

Same set-up as test_admin_review_flow.py: Playwright for Python with Debian's `chromium`, a
live server, skipped with a message where Chromium is absent (a failure under CI=true).
"""

from __future__ import annotations

import json

import pytest

from claims import services
from claims.models import Claim
from tests.e2e.test_admin_review_flow import CHROMIUM_ARGS, chromium, groups  # noqa: F401 (fixtures)
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SITE = "https://cekfakta.example.id"
BODY = "Sebanyak 41 orang hilang setelah banjir lahar dingin di Sumatera Barat, kata petugas pada Sabtu."
SAME_DAY = "BNPB mencatat 41 warga masih hilang pada Sabtu."


@pytest.fixture
def published(groups, settings) -> Claim:  # noqa: F811 (the imported fixture)
    settings.FACTCHECK_SITE_URL = SITE
    event = EventFactory(name="Banjir lahar dingin 2024")
    start = BODY.index("41")
    claim = ClaimFactory(
        article=ArticleFactory(source=SourceFactory(name="Harian Minang", reliability=0.7), body=BODY, language="id"),
        event=event, start=start, end=start + 2, measure="missing", value=41, low=41, high=41, language="id",
    )  # fmt: skip
    at = SAME_DAY.index("41")
    ClaimFactory(
        article=ArticleFactory(source=SourceFactory(name="BNPB", reliability=0.9), body=SAME_DAY, language="id"),
        event=event, start=at, end=at + 2, measure="missing", value=41, low=41, high=41, language="id",
    )  # fmt: skip
    services.claim_verify(claim_id=claim.pk)
    services.verdict_review(claim=claim, reviewer=EditorFactory(), action="confirm")
    return Claim.objects.select_related("current_verdict").get(pk=claim.pk)


def test_the_public_page_renders_in_a_browser_with_its_claimreview(
    chromium,  # noqa: F811 (the imported fixture)
    published,
    live_server,
    monkeypatch,
):
    from playwright.sync_api import expect, sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(locale="en-US").new_page()
            page.set_default_timeout(20_000)
            response = page.goto(f"{live_server.url}/cek-fakta/{published.pk}/")
            assert response is not None and response.status == 200

            expect(page.locator("html")).to_have_attribute("lang", "id")
            expect(page.locator("#claim-figure")).to_have_text("41")
            expect(page.locator("#verdict-label")).to_have_text("Didukung")
            expect(page.locator("#explanation")).to_have_text(published.current_verdict.explanation)
            expect(page.locator("tr.evidence-row")).to_contain_text("BNPB")
            scripts = page.locator('head script[type="application/ld+json"]').all_text_contents()
            missing = page.goto(f"{live_server.url}/cek-fakta/{published.pk + 1000}/")
            assert missing is not None and missing.status == 404
        finally:
            browser.close()

    (script,) = scripts
    review = json.loads(script)
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"{SITE}/cek-fakta/{published.pk}/"
    assert review["reviewBody"] == published.current_verdict.explanation
    assert review["reviewBody"].startswith("Didukung: BNPB melaporkan 41 orang hilang")
    assert review["reviewRating"]["alternateName"] == "True"
