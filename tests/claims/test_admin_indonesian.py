"""With the browser in Indonesian, every word an editor reads on the desk is Indonesian.

Each page is rendered with `Accept-Language: id`; its visible text (text nodes outside
<script> and <style>, plus button labels and placeholders) is split into words and checked
against English words and labels that have an Indonesian translation in the catalogue.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from claims.models import Claim
from tests.claims.desk_scenario import make_desk_scenario
from tests.factories import EditorFactory

pytestmark = pytest.mark.django_db

# English words the desk showed before it was translated (labels, column headers, filter
# titles, field names, measures, subjects, verdicts, relations, months), none of them also an
# Indonesian word. Lower case; the page's words are compared in lower case.
ENGLISH_WORDS = {
    # admin chrome and breadcrumbs
    "home", "claims", "claim", "sources", "source", "events", "event", "articles", "article", "change", "history",
    "filter", "search", "save", "view", "site", "welcome", "documentation", "password", "log", "out", "add",
    "select", "go", "by", "all", "yes", "no", "show", "counts", "clear", "selection", "results", "result",
    # column headers, filters, field labels
    "verdict", "verdicts", "confidence", "date", "assignee", "error", "last", "checked", "review", "state",
    "reason", "sentence", "measure", "subject", "figure", "value", "low", "high", "qualifier", "unit", "attributed",
    "language", "reliability", "kind", "name", "country", "keywords", "start", "end", "relation", "explanation",
    "rationale", "reviewer", "when", "method", "needs", "decision", "needed", "assignment", "checking", "timeline",
    "actions", "action", "editor's", "current", "unassigned", "nobody", "override", "confirm", "recheck", "re-check",
    "now", "reading", "parsed", "text", "evidence", "user", "entries", "entry", "any", "unknown", "today", "past",
    "days", "month", "year", "this", "the", "of", "and", "to", "for", "with", "from", "has", "not", "yet",
    # measures, subjects, kinds, states, verdicts, relations
    "killed", "injured", "arrested", "missing", "displaced", "other", "people", "police", "official", "outlet",
    "wire", "social", "pending", "verified", "failed", "automatic", "confirmed", "overridden", "reviewed",
    "mixed", "contradicted", "outdated", "supported", "unverified", "supports", "contradicts", "supersedes",
    "bounds", "exact", "least", "more", "than", "about", "unbounded", "credible", "context", "only",
    # months and dates as English writes them
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "a.m", "p.m", "noon", "midnight",
}  # fmt: skip
# Words of the test's own data (place names, the method tag) and words Indonesian shares with
# English (KBBI lists "filter", "status", "editor", "domain"; Django's own catalogue uses them).
ALLOWED = {"kazakhstan", "almaty", "v2", "rupiah", "status", "editor", "url", "domain", "filter", "id", "en"}


class VisibleText(HTMLParser):
    """Text an editor reads: text nodes outside <script>/<style>, button labels, placeholders,
    and the selected option's label of each <select>."""

    HIDDEN = {"script", "style", "title"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.parts.append(attributes.get("value") or "")
        if attributes.get("placeholder"):
            self.parts.append(attributes["placeholder"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.parts.append(data)


def visible_words(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    apostrophes = "'\N{RIGHT SINGLE QUOTATION MARK}"
    words = re.findall(rf"[A-Za-z][A-Za-z.{apostrophes}-]*", " ".join(parser.parts))
    return {word.lower().strip("." + apostrophes) for word in words}


def english_left(html: str) -> list[str]:
    return sorted((visible_words(html) & ENGLISH_WORDS) - ALLOWED)


@pytest.fixture
def indonesian_desk(client):
    scenario = make_desk_scenario()
    editor = EditorFactory(username="editor")
    client.force_login(editor)
    # An editor action, so the history page lists one as well as the verdicts.
    review_url = reverse("admin:claims_claim_review", args=[scenario.flagged.pk])
    client.post(review_url, {"action": "confirm"}, HTTP_ACCEPT_LANGUAGE="id")
    return scenario


def get_in_indonesian(client, url: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200, url
    assert '<html lang="id"' in response.content.decode()
    return response.content.decode()


def test_visible_text_skips_scripts_and_reads_buttons():
    html = '<p>Klaim <b>baru</b></p><script>var claims = 1;</script><input type="submit" value="Save">'
    assert visible_words(html) == {"klaim", "baru", "save"}
    assert english_left(html) == ["save"]


@pytest.mark.parametrize(
    "page",
    [
        "index",
        "queue",
        "queue filtered",
        "claim",
        "claim review",
        "claim history",
        "event",
        "event list",
        "source",
        "source list",
        "source history",
        "article",
        "article list",
        "verdict",
        "verdict list",
        "evidence list",
        "article-event links",
    ],
)
def test_desk_pages_have_no_english_label_left_in_indonesian(client, indonesian_desk, page):
    scenario = indonesian_desk
    claim = Claim.objects.get(pk=scenario.flagged.pk)
    url = {
        "index": reverse("admin:index"),
        "event list": reverse("admin:claims_event_changelist"),
        "source history": reverse("admin:sources_source_history", args=[scenario.official.pk]),
        "article": reverse("admin:sources_article_change", args=[claim.article_id]),
        "article list": reverse("admin:sources_article_changelist"),
        "verdict": reverse("admin:claims_verdict_change", args=[claim.current_verdict_id]),
        "verdict list": reverse("admin:claims_verdict_changelist"),
        "evidence list": reverse("admin:claims_evidence_changelist"),
        "article-event links": reverse("admin:claims_articleevent_changelist"),
        "queue": reverse("admin:claims_claim_changelist"),
        "queue filtered": reverse("admin:claims_claim_changelist") + "?decision=needed&measure__exact=killed",
        "claim": reverse("admin:claims_claim_change", args=[claim.pk]),
        "claim review": reverse("admin:claims_claim_review", args=[claim.pk]),
        "claim history": reverse("admin:claims_claim_history", args=[claim.pk]),
        "event": reverse("admin:claims_event_change", args=[scenario.event.pk]),
        "source": reverse("admin:sources_source_change", args=[scenario.official.pk]),
        "source list": reverse("admin:sources_source_changelist"),
    }[page]
    html = get_in_indonesian(client, url)
    assert english_left(html) == []


def test_queue_in_indonesian_reads_headers_filters_and_verdicts(client, indonesian_desk):
    html = get_in_indonesian(client, reverse("admin:claims_claim_changelist"))
    words = visible_words(html)
    # Column headers, filter titles ("Berdasarkan ..."), a verdict chip and a subject of the page.
    assert {"klaim", "putusan", "keyakinan", "sumber", "tanggal", "berdasarkan"} <= words
    assert "Berdasarkan penanggung jawab" in html
    assert "Berdasarkan status tinjauan" in html


def test_claim_page_in_indonesian_names_fields_measure_subject_and_relations(client, indonesian_desk):
    claim = indonesian_desk.flagged
    html = get_in_indonesian(client, reverse("admin:claims_claim_change", args=[claim.pk]))
    for label in ("Penanggung jawab", "Galat status", "Terakhir diperiksa", "Status tinjauan", "Peristiwa"):
        assert label in html, label
    assert '<td id="reading-subject">polisi</td>' in html
    assert "membantah" in html  # the evidence relation "contradicts"
    # Confidence 0.9985 keeps its digits and the decimal comma: never "1.00" or "100%".
    assert '<strong id="current-verdict-confidence">99,8%</strong>' in html


def test_reliability_question_in_indonesian_has_no_english_label_left(client, indonesian_desk):
    source = indonesian_desk.official
    data = {"name": source.name, "domain": source.domain, "kind": "wire", "reliability": "0.5", "language": "id"}
    response = client.post(
        reverse("admin:sources_source_change", args=[source.pk]), {**data, "_save": "Simpan"}, HTTP_ACCEPT_LANGUAGE="id"
    )
    html = response.content.decode()
    assert "Perubahan ini memeriksa ulang 4 klaim" in html
    assert english_left(html) == []


def test_history_in_indonesian_reads_the_editor_action(client, indonesian_desk):
    claim = indonesian_desk.flagged
    assert LogEntry.objects.filter(object_id=str(claim.pk)).count() == 1
    html = get_in_indonesian(client, reverse("admin:claims_claim_history", args=[claim.pk]))
    assert "Mengonfirmasi putusan: dibantah." in html
    assert Claim.objects.get(pk=claim.pk).current_verdict.review_state == "confirmed"


def test_the_same_pages_in_english_are_caught_by_the_check(client, indonesian_desk):
    """The check is not vacuous: in English the desk's labels are found."""
    claim = indonesian_desk.flagged
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="en").content
    assert {"verdict", "confidence", "assignee", "police", "killed", "contradicts"} <= set(english_left(html.decode()))
