"""The public fact-check page of a published claim: content, language, 404s and its JSON-LD."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from claims import services
from claims.models import Claim
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db

SITE = "https://cekfakta.example.id"
BODY = "Sedikitnya 18 orang polisi tewas dalam kerusuhan di Almaty, kata pejabat setempat."
OTHER = "Kementerian Dalam Negeri menyebut 18 polisi tewas."


class PageParser(HTMLParser):
    """Collects the JSON-LD scripts, the <html lang> and the text of elements by id."""

    VOID = frozenset({"meta", "link", "br", "input", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.json_ld: list[str] = []
        self.lang = ""
        self.texts: dict[str, str] = {}
        self._script = False
        self._open: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang", "")
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._script = True
            self.json_ld.append("")
        if tag in self.VOID:
            return
        self._open.append((tag, attributes.get("id")))
        if attributes.get("id"):
            self.texts.setdefault(attributes["id"], "")

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = False
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        if self._script:
            self.json_ld[-1] += data
        for _, element in self._open:
            if element:
                self.texts[element] += data


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


@pytest.fixture
def published(settings) -> Claim:
    settings.FACTCHECK_SITE_URL = SITE + "/"
    event = EventFactory(name="Kerusuhan Almaty")
    start = BODY.index("18")
    claim = ClaimFactory(
        article=ArticleFactory(source=SourceFactory(name="Kabar Harian", reliability=0.6), body=BODY, language="id"),
        event=event, start=start, end=start + 2, subject="police", value=18, low=18, high=18, language="id",
        attributed_to="pejabat setempat",
    )  # fmt: skip
    ministry = SourceFactory(name="Kementerian Dalam Negeri", reliability=0.9, language="id")
    at = OTHER.index("18")
    ClaimFactory(
        article=ArticleFactory(source=ministry, body=OTHER, language="id", url="https://kemendagri.example.kz/rilis"),
        event=event, start=at, end=at + 2, subject="police", value=18, low=18, high=18, language="id",
    )  # fmt: skip
    services.claim_verify(claim_id=claim.pk)
    services.verdict_review(claim=claim, reviewer=EditorFactory(), action="confirm")
    claim.refresh_from_db()
    return claim


def test_the_page_shows_the_claim_in_its_sentence_the_verdict_and_the_evidence(client, published):
    response = client.get(f"/cek-fakta/{published.pk}/")

    assert response.status_code == 200
    assert response["Content-Language"] == "id"
    page = parse(response.content.decode())
    assert page.lang == "id"
    assert page.texts["claim-sentence"] == BODY
    assert page.texts["claim-figure"] == "18"
    assert '<mark id="claim-figure">18</mark> orang polisi tewas' in response.content.decode()
    assert page.texts["verdict-label"] == "Didukung"
    assert page.texts["explanation"] == (
        "Didukung: Kementerian Dalam Negeri melaporkan 18 polisi tewas pada 7 Januari, yang memastikan angkanya 18."
    )
    evidence = " ".join(page.texts["evidence"].split())
    assert "Kementerian Dalam Negeri 18 7 Januari 2022 mendukung" in evidence
    assert 'href="https://kemendagri.example.kz/rilis"' in response.content.decode()


def test_the_json_ld_in_the_head_is_the_claimreview_with_its_review_body(client, published):
    html = client.get(f"/cek-fakta/{published.pk}/").content.decode()

    head = html.split("</head>", 1)[0]
    (script,) = parse(head).json_ld
    review = json.loads(script)
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"{SITE}/cek-fakta/{published.pk}/"
    assert review["reviewBody"] == published.current_verdict.explanation
    assert review["reviewRating"]["alternateName"] == "True"
    # The sentence is too long for claimReviewed: the figure's own clause, verb included.
    assert review["claimReviewed"] == "Sedikitnya 18 orang polisi tewas dalam kerusuhan di Almaty"


def test_the_page_url_comes_from_the_setting_not_the_host_asked(client, published):
    html = client.get(f"/cek-fakta/{published.pk}/", HTTP_HOST="localhost").content.decode()

    assert f'<link rel="canonical" href="{SITE}/cek-fakta/{published.pk}/">' in html
    assert "//localhost" not in html


def test_an_unpublished_or_missing_claim_has_no_page(client, published):
    draft = ClaimFactory(event=published.event)
    services.claim_verify(claim_id=draft.pk)

    assert client.get(f"/cek-fakta/{draft.pk}/").status_code == 404
    assert client.get("/cek-fakta/999999/").status_code == 404


def test_an_english_claim_gets_an_english_page(client, settings):
    settings.FACTCHECK_SITE_URL = SITE
    claim = ClaimFactory()
    services.claim_verify(claim_id=claim.pk)
    services.verdict_review(
        claim=claim, reviewer=EditorFactory(), action="override", label="contradicted", rationale="Wrong day."
    )

    page = parse(client.get(f"/cek-fakta/{claim.pk}/").content.decode())

    assert page.lang == "en"
    assert page.texts["verdict-label"] == "Contradicted"
    assert page.texts["explanation"] == "Contradicted (editor review): Wrong day."
    assert page.texts["claim-figure"] == "12"


def test_a_claim_in_neither_language_follows_the_readers_language_and_lang_asks_for_one(client, published):
    Claim.objects.filter(pk=published.pk).update(language="")
    published.article.__class__.objects.filter(pk=published.article_id).update(language="")

    by_header = client.get(f"/cek-fakta/{published.pk}/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    asked = client.get(f"/cek-fakta/{published.pk}/?lang=id", HTTP_ACCEPT_LANGUAGE="en")

    assert parse(by_header.content.decode()).texts["verdict-label"] == "Supported"
    assert parse(asked.content.decode()).texts["verdict-label"] == "Didukung"


def test_article_text_cannot_close_the_json_ld_script(client, published):
    hostile = "Sedikitnya 18 orang polisi tewas </script><script>alert(1)</script> di Almaty."
    Claim.objects.filter(pk=published.pk).update(sentence=hostile)

    html = client.get(f"/cek-fakta/{published.pk}/").content.decode()

    head = html.split("</head>", 1)[0]
    assert "<script>alert(1)" not in html
    (script,) = parse(head).json_ld
    assert "alert(1)" in json.loads(script)["claimReviewed"]


def test_a_site_url_that_is_not_http_is_refused_at_start_up():
    from tests.factcheck.test_settings_env import load_settings

    result = load_settings(SECRET_KEY="a-real-secret", FACTCHECK_SITE_URL="cekfakta.example.id")

    assert result.returncode != 0
    assert "FACTCHECK_SITE_URL must be an http(s) URL" in result.stderr
