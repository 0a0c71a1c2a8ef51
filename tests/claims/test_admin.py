"""The editors' desk: review queue, claim page, actions, event timelines, permissions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
from django.contrib import admin as django_admin
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from claims.admin import figure_display, marked_body
from claims.charts import event_timeline_charts, render_timeline, timeline_series
from claims.models import ArticleEvent, Claim, Event, Evidence, Verdict
from sources.models import Source
from tests.factories import (
    ArticleEventFactory,
    ArticleFactory,
    ClaimFactory,
    EditorFactory,
    EventFactory,
    EvidenceFactory,
    SourceFactory,
    VerdictFactory,
    ViewerFactory,
)

pytestmark = pytest.mark.django_db

QUEUE_URL = reverse("admin:claims_claim_changelist")
BODY = 'Sedikitnya 18 orang polisi tewas <b>dalam</b> kerusuhan di Almaty, kata "pejabat" & media.'


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def review_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_review", args=[claim.pk])


@dataclass
class Desk:
    event: Event
    official: Source
    outlet: Source
    flagged: Claim  # contradicted, automatic, flagged for review
    unflagged_mixed: Claim  # mixed, automatic, not flagged: still needs a decision
    supported: Claim  # official figure, supported
    reviewed: Claim  # overridden by an editor
    unchecked: Claim  # no verdict yet, other event, other language


@pytest.fixture
def desk() -> Desk:
    event = EventFactory(name="Kazakhstan unrest 2022")
    official = SourceFactory(name="Kementerian Dalam Negeri", kind=Source.Kind.OFFICIAL, reliability=0.9)
    outlet = SourceFactory(name="Kabar Harian", kind=Source.Kind.OUTLET, reliability=0.7)
    outlet_article = ArticleFactory(source=outlet, title="Kerusuhan Almaty", body=BODY, language="id")
    start = BODY.index("18")
    flagged = ClaimFactory(
        article=outlet_article,
        event=event,
        start=start,
        end=start + 2,
        subject="police",
        value=18,
        low=18,
        high=18,
        language="id",
        attributed_to="pejabat",
        review_state=Claim.ReviewState.NEEDS_REVIEW,
        review_reason="Automatic verdict: contradicted.",
    )
    official_article = ArticleFactory(source=official, title="Official toll", language="en")
    supported = ClaimFactory(
        article=official_article, event=event, low=12, high=None, qualifier="at_least", as_of=dt.date(2022, 1, 8)
    )
    mixed_article = ArticleFactory(source=outlet, title="Injured in Almaty", language="en")
    unflagged_mixed = ClaimFactory(article=mixed_article, event=event, measure="injured", low=10, high=15)
    reviewed_article = ArticleFactory(source=outlet, title="Arrests", language="en")
    reviewed = ClaimFactory(
        article=reviewed_article, event=event, measure="arrested", review_state=Claim.ReviewState.REVIEWED
    )
    # Named, so that a search for "18" never meets a factory's sequence number ("Article 18").
    russian = SourceFactory(name="Vesti", domain="vesti.example.ru")
    unchecked = ClaimFactory(
        article=ArticleFactory(source=russian, title="Unrest", url="https://vesti.example.ru/unrest", language="ru"),
        event=EventFactory(name="Elsewhere"),
        language="ru",
    )

    flagged_verdict = VerdictFactory(claim=flagged, label=Verdict.Label.CONTRADICTED, confidence=0.75)
    EvidenceFactory(
        verdict=flagged_verdict,
        claim=supported,
        relation=Evidence.Relation.CONTRADICTS,
        explanation="the official toll is higher",
    )
    VerdictFactory(claim=supported, label=Verdict.Label.SUPPORTED, confidence=0.9)
    VerdictFactory(claim=unflagged_mixed, label=Verdict.Label.MIXED, confidence=0.4)
    VerdictFactory(claim=reviewed, label=Verdict.Label.CONTRADICTED, confidence=0.6)
    VerdictFactory(
        claim=reviewed,
        label=Verdict.Label.SUPPORTED,
        confidence=1.0,
        method_version="editor",
        review_state=Verdict.ReviewState.OVERRIDDEN,
        reviewer=EditorFactory(username="senior"),
        rationale="The ministry corrected its figure.",
    )
    claims = [Claim.objects.get(pk=c.pk) for c in (flagged, unflagged_mixed, supported, reviewed, unchecked)]
    return Desk(event, official, outlet, *claims)


def queue_ids(client: Client, query: str = "") -> list[int]:
    response = client.get(QUEUE_URL + query)
    assert response.status_code == 200
    assert "e" not in response.wsgi_request.GET  # the admin marks unknown filters with ?e=1
    return [claim.pk for claim in response.context["cl"].result_list]


# --- the queue ------------------------------------------------------------------------------


def test_queue_puts_claims_needing_a_decision_first(admin_client, desk):
    assert queue_ids(admin_client) == [
        desk.unflagged_mixed.pk,
        desk.flagged.pk,
        desk.unchecked.pk,
        desk.reviewed.pk,
        desk.supported.pk,
    ]


def test_queue_shows_counts_per_verdict_over_the_filtered_claims(admin_client, desk):
    response = admin_client.get(QUEUE_URL)
    counts = response.context["verdict_counts"]
    assert {item["label"]: item["count"] for item in counts["labels"]} == {
        "mixed": 1,
        "contradicted": 1,
        "outdated": 0,
        "supported": 2,
        "unverified": 0,
        "none": 1,
    }
    assert counts["needs_decision"] == 2
    assert '<span data-count="contradicted">1</span>' in response.content.decode()

    filtered = admin_client.get(QUEUE_URL + f"?event__id__exact={desk.event.pk}&measure__exact=killed")
    assert {item["label"]: item["count"] for item in filtered.context["verdict_counts"]["labels"]} == {
        "mixed": 0,
        "contradicted": 1,
        "outdated": 0,
        "supported": 1,
        "unverified": 0,
        "none": 0,
    }


def test_queue_count_links_filter_by_that_verdict(admin_client, desk):
    counts = admin_client.get(QUEUE_URL + "?measure__exact=killed").context["verdict_counts"]
    link = next(item["url"] for item in counts["labels"] if item["label"] == "contradicted")
    assert link == "?measure__exact=killed&verdict=contradicted"
    assert queue_ids(admin_client, link) == [desk.flagged.pk]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?verdict=contradicted", ["flagged"]),
        ("?verdict=supported", ["reviewed", "supported"]),
        ("?verdict=none", ["unchecked"]),
        ("?decision=needed", ["unflagged_mixed", "flagged"]),
        ("?decision=done", ["unchecked", "reviewed", "supported"]),
        ("?review_state__exact=needs_review", ["flagged"]),
        ("?review_state__exact=reviewed", ["reviewed"]),
        ("?measure__exact=injured", ["unflagged_mixed"]),
        ("?measure__exact=killed", ["flagged", "unchecked", "supported"]),
        ("?language__exact=id", ["flagged"]),
        ("?language__exact=ru", ["unchecked"]),
        ("?as_of__gte=2022-01-08&as_of__lt=2022-01-09", ["supported"]),
        ("?assignee=none", ["unflagged_mixed", "flagged", "unchecked", "reviewed", "supported"]),
    ],
)
def test_queue_filters(admin_client, desk, query, expected):
    assert queue_ids(admin_client, query) == [getattr(desk, name).pk for name in expected]


def test_queue_filters_by_event_and_source(admin_client, desk):
    assert queue_ids(admin_client, f"?event__id__exact={desk.event.pk}") == [
        desk.unflagged_mixed.pk,
        desk.flagged.pk,
        desk.reviewed.pk,
        desk.supported.pk,
    ]
    assert queue_ids(admin_client, f"?article__source__id__exact={desk.official.pk}") == [desk.supported.pk]


def test_my_claims_filter_shows_the_claims_assigned_to_the_editor(client, desk):
    editor = EditorFactory()
    other = EditorFactory()
    Claim.objects.filter(pk=desk.flagged.pk).update(assignee=editor)
    Claim.objects.filter(pk=desk.supported.pk).update(assignee=other)
    client.force_login(editor)
    assert queue_ids(client, "?assignee=me") == [desk.flagged.pk]
    assert queue_ids(client, f"?assignee={other.pk}") == [desk.supported.pk]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("18", ["flagged"]),  # the claim text
        ("Injured in Almaty", ["unflagged_mixed"]),  # the article title
        ("Kementerian", ["supported"]),  # the source name
    ],
)
def test_queue_search(admin_client, desk, search, expected):
    assert queue_ids(admin_client, f"?q={search}") == [getattr(desk, name).pk for name in expected]


def test_queue_row_shows_the_claim_in_its_sentence_verdict_confidence_source_and_date(admin_client, desk):
    html = admin_client.get(QUEUE_URL + "?verdict=contradicted").content.decode()
    assert (
        '<span class="verdict verdict-contradicted">contradicted</span><br>'
        '<span class="needs-decision">⚑ needs a decision</span>'
    ) in html
    assert "Sedikitnya <mark>18</mark> orang polisi tewas &lt;b&gt;dalam&lt;/b&gt; kerusuhan" in html
    assert '<td class="field-confidence">75%</td>' in html
    assert '<td class="field-source">Kabar Harian</td>' in html
    assert '<td class="field-date">01/07/2022</td>' in html


def test_queue_does_not_show_needs_a_decision_as_a_green_tick(admin_client, desk):
    html = admin_client.get(QUEUE_URL).content.decode()
    assert "icon-yes.svg" not in html
    assert html.count('<span class="needs-decision">') == 2  # the flagged and the unflagged mixed claim


def _bulk_claims(count: int, event: Event, start_at: int = 0) -> None:
    """`count` claims with a current verdict each, written in a few queries."""
    article = ArticleFactory(body="x" * (start_at + count + 1))
    labels = Verdict.Label.values
    claims = Claim.objects.bulk_create(
        Claim(
            article=article,
            event=event,
            start=start_at + i,
            end=start_at + i + 1,
            sentence="x",
            text="x",
            measure="killed",
            low=i,
            high=i,
            language="en",
        )
        for i in range(count)
    )
    verdicts = Verdict.objects.bulk_create(
        Verdict(claim=claim, label=labels[i % len(labels)], confidence=0.5, method_version="test")
        for i, claim in enumerate(claims)
    )
    for claim, verdict in zip(claims, verdicts, strict=True):
        claim.current_verdict = verdict
    Claim.objects.bulk_update(claims, ["current_verdict"], batch_size=500)


def _queue_query_count(client: Client, query: str = "") -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(QUEUE_URL + query)
    assert response.status_code == 200
    return len(queries)


def test_queue_query_count_does_not_grow_with_claims_or_page_size(admin_client, monkeypatch):
    event = EventFactory()
    _bulk_claims(10, event)
    admin_client.get(QUEUE_URL)  # warm the session and content-type caches
    with_ten = _queue_query_count(admin_client)

    _bulk_claims(990, event)
    assert Claim.objects.count() == 1000
    with_thousand = _queue_query_count(admin_client)
    monkeypatch.setattr(django_admin.site._registry[Claim], "list_per_page", 500)
    big_page = _queue_query_count(admin_client, "?verdict=mixed&q=x")

    assert with_ten == with_thousand == big_page
    # session, user, the event, source and assignee filter choices, the filtered and full
    # counts, the page of claims (verdict, article, source, event, assignee joined in), the
    # verdict counts, the language filter's distinct values.
    assert with_thousand == 10


# --- the claim page -------------------------------------------------------------------------


def test_claim_page_marks_the_span_and_escapes_the_article(admin_client, desk):
    html = admin_client.get(change_url(desk.flagged)).content.decode()
    assert (
        'Sedikitnya <mark id="claim-span">18</mark> orang polisi tewas &lt;b&gt;dalam&lt;/b&gt; kerusuhan di '
        "Almaty, kata &quot;pejabat&quot; &amp; media." in html
    )
    assert "<b>dalam</b>" not in html


def test_marked_body_escapes_the_span_itself():
    assert marked_body("a <i>b</i> c", 2, 10) == 'a <mark id="claim-span">&lt;i&gt;b&lt;/i&gt;</mark> c'
    assert marked_body("short", 3, 99) == 'sho<mark id="claim-span">rt</mark>'


@pytest.mark.parametrize(
    ("low", "high", "unit", "expected"),
    [
        (18, 18, "", "18"),
        (2201, None, "", "≥ 2,201"),
        (150, 200, "", "150\N{EN DASH}200"),
        (2.5, 2.5, "%", "2.5 %"),
    ],
)
def test_figure_display(low, high, unit, expected):
    with translation.override("en"):
        assert figure_display(low, high, unit) == expected


def test_claim_page_shows_reading_verdict_evidence_and_history(admin_client, desk):
    response = admin_client.get(change_url(desk.flagged))
    html = response.content.decode()
    assert '<td id="reading-value">18</td>' in html
    assert '<td id="reading-low">18</td>' in html
    assert '<td id="reading-high">18</td>' in html
    assert '<td id="reading-qualifier">exact</td>' in html
    assert '<td id="reading-as-of">Jan. 7, 2022</td>' in html
    assert '<td id="reading-attributed-to">pejabat</td>' in html
    assert '<span class="verdict verdict-contradicted" id="current-verdict-label">contradicted</span>' in html
    assert '<strong id="current-verdict-confidence">75%</strong>' in html
    assert "Automatic verdict: contradicted." in html

    rows = response.context["evidence_rows"]
    assert [(r["relation"], r["source"].name, r["reliability"], r["date"], r["figure"]) for r in rows] == [
        ("contradicts", "Kementerian Dalam Negeri", 0.9, dt.date(2022, 1, 8), "≥ 12")
    ]
    assert f'href="{change_url(desk.supported)}" class="evidence-claim-link"' in html
    assert reverse("admin:sources_source_change", args=[desk.official.pk]) in html
    assert [v.label for v in response.context["history"]] == ["contradicted"]


def test_claim_page_history_lists_every_verdict_newest_first(admin_client, desk):
    response = admin_client.get(change_url(desk.reviewed))
    history = response.context["history"]
    assert [(v.label, v.review_state, v.rationale) for v in history] == [
        ("supported", "overridden", "The ministry corrected its figure."),
        ("contradicted", "auto", ""),
    ]
    assert "The ministry corrected its figure." in response.content.decode()


def test_override_records_an_editor_verdict_with_its_rationale(admin_client, desk, admin_user):
    response = admin_client.post(
        review_url(desk.flagged),
        {"action": "override", "label": "supported", "rationale": "Police confirmed 18 officers."},
    )
    assert response.status_code == 302
    assert response["Location"] == change_url(desk.flagged)
    claim = Claim.objects.select_related("current_verdict").get(pk=desk.flagged.pk)
    verdict = claim.current_verdict
    assert (verdict.label, verdict.review_state, verdict.reviewer, verdict.rationale) == (
        "supported",
        "overridden",
        admin_user,
        "Police confirmed 18 officers.",
    )
    assert claim.review_state == Claim.ReviewState.REVIEWED
    # The editor's verdict keeps the evidence it was decided on.
    assert list(verdict.evidence.values_list("claim_id", "relation")) == [(desk.supported.pk, "contradicts")]
    history_html = admin_client.get(change_url(desk.flagged)).content.decode()
    assert '<td class="rationale">Police confirmed 18 officers.</td>' in history_html


def test_override_without_a_rationale_is_refused_with_the_form_error(admin_client, desk):
    response = admin_client.post(
        review_url(desk.flagged), {"action": "override", "label": "supported", "rationale": "   "}
    )
    assert response.status_code == 200
    assert response.context["override_form"].errors == {"rationale": ["This field is required."]}
    assert Verdict.objects.filter(claim=desk.flagged).count() == 1


def test_override_with_an_unknown_label_is_refused(admin_client, desk):
    response = admin_client.post(review_url(desk.flagged), {"action": "override", "label": "true", "rationale": "x"})
    assert response.status_code == 200
    assert list(response.context["override_form"].errors) == ["label"]
    assert Verdict.objects.filter(claim=desk.flagged).count() == 1


def test_confirm_keeps_the_label_and_marks_it_reviewed(admin_client, desk, admin_user):
    response = admin_client.post(review_url(desk.flagged), {"action": "confirm"})
    assert response.status_code == 302
    claim = Claim.objects.select_related("current_verdict").get(pk=desk.flagged.pk)
    assert (claim.current_verdict.label, claim.current_verdict.review_state, claim.current_verdict.reviewer) == (
        "contradicted",
        "confirmed",
        admin_user,
    )
    assert claim.review_state == Claim.ReviewState.REVIEWED


def test_confirm_without_a_verdict_says_so(admin_client, desk):
    response = admin_client.post(review_url(desk.unchecked), {"action": "confirm"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "There is no verdict to confirm yet; re-check the claim first."
    ]
    assert Verdict.objects.filter(claim=desk.unchecked).count() == 0


def test_recheck_now_sends_the_claim_for_verification(
    admin_client, desk, sent_verifications, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(review_url(desk.flagged), {"action": "recheck"})
    assert response.status_code == 302
    assert sent_verifications == [desk.flagged.pk]


def test_review_page_get_shows_the_override_form(admin_client, desk):
    response = admin_client.get(review_url(desk.flagged))
    assert response.status_code == 200
    assert response.context["override_form"].initial == {"label": "contradicted"}


def test_unknown_review_action_changes_nothing(admin_client, desk):
    response = admin_client.post(review_url(desk.flagged), {"action": "publish"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Unknown review action."]
    assert Verdict.objects.filter(claim=desk.flagged).count() == 1


def test_claim_page_saves_the_assignee(admin_client, desk):
    editor = EditorFactory()
    response = admin_client.post(change_url(desk.flagged), {"assignee": editor.pk, "_save": "Save"})
    assert response.status_code == 302
    assert Claim.objects.get(pk=desk.flagged.pk).assignee == editor


def test_claims_cannot_be_added_or_deleted_in_the_admin(admin_client, desk):
    assert admin_client.get(reverse("admin:claims_claim_add")).status_code == 403
    assert admin_client.get(reverse("admin:claims_claim_delete", args=[desk.flagged.pk])).status_code == 403


# --- bulk actions ---------------------------------------------------------------------------


def run_action(client: Client, action: str, claims: list[Claim], **extra: str):
    data = {"action": action, "_selected_action": [c.pk for c in claims], **extra}
    return client.post(QUEUE_URL, data, follow=True)


def test_bulk_confirm_confirms_claims_with_a_verdict_and_skips_the_rest(admin_client, desk):
    response = run_action(admin_client, "confirm_verdicts", [desk.flagged, desk.unflagged_mixed, desk.unchecked])
    assert [str(m) for m in response.context["messages"]] == [
        "Confirmed 2 verdicts.",
        "1 claim has no verdict yet and was skipped.",
    ]
    confirmed = Claim.objects.filter(current_verdict__review_state="confirmed").order_by("pk")
    assert list(confirmed.values_list("pk", "current_verdict__label")) == [
        (desk.flagged.pk, "contradicted"),
        (desk.unflagged_mixed.pk, "mixed"),
    ]


def test_bulk_recheck_sends_every_selected_claim(
    admin_client, desk, sent_verifications, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(admin_client, "recheck_claims", [desk.supported, desk.flagged])
    assert [str(m) for m in response.context["messages"]] == ["Sent 2 claims for re-checking."]
    assert sent_verifications == sorted([desk.flagged.pk, desk.supported.pk])


def test_bulk_assign_asks_for_the_editor_then_assigns(admin_client, desk):
    editor = EditorFactory(username="rina")
    page = run_action(admin_client, "assign_to_editor", [desk.flagged, desk.supported])
    assert page.templates[0].name == "admin/claims/claim/assign.html"
    assert [c.pk for c in page.context["claims"]] == sorted([desk.flagged.pk, desk.supported.pk])

    response = run_action(
        admin_client, "assign_to_editor", [desk.flagged, desk.supported], assignee=str(editor.pk), apply="Assign"
    )
    assert [str(m) for m in response.context["messages"]] == ["Assigned 2 claims to rina."]
    assert sorted(Claim.objects.filter(assignee=editor).values_list("pk", flat=True)) == sorted(
        [desk.flagged.pk, desk.supported.pk]
    )

    run_action(admin_client, "assign_to_editor", [desk.flagged], assignee="", apply="Assign")
    assert list(Claim.objects.filter(assignee=editor).values_list("pk", flat=True)) == [desk.supported.pk]


def test_bulk_assign_to_me(client, desk):
    editor = EditorFactory()
    client.force_login(editor)
    response = run_action(client, "assign_to_me", [desk.flagged])
    assert [str(m) for m in response.context["messages"]] == ["Assigned 1 claim to you."]
    assert queue_ids(client, "?assignee=me") == [desk.flagged.pk]


# --- the history page ---------------------------------------------------------------------------


def history_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_history", args=[claim.pk])


def history_actions(client: Client, claim: Claim) -> list[tuple[str, str]]:
    response = client.get(history_url(claim))
    assert response.status_code == 200
    rows = re.findall(
        r'<tr class="editor-action">\s*<th scope="row">[^<]*</th>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>',
        response.content.decode(),
    )
    return [(user.strip(), message.strip()) for user, message in rows]


def test_history_page_shows_the_verdict_history_and_says_when_no_editor_acted(admin_client, desk):
    response = admin_client.get(history_url(desk.reviewed))
    html = response.content.decode()
    assert [(v.label, v.review_state) for v in response.context["verdict_history"]] == [
        ("supported", "overridden"),
        ("contradicted", "auto"),
    ]
    assert '<td class="rationale">The ministry corrected its figure.</td>' in html
    assert "No editor has acted on this claim yet." in html
    assert "have a change history" not in html


def test_history_page_lists_every_editor_action_on_the_claim(client, desk, sent_verifications):
    rina = EditorFactory(username="rina")
    client.force_login(rina)
    client.post(review_url(desk.flagged), {"action": "confirm"})
    client.post(review_url(desk.flagged), {"action": "override", "label": "supported", "rationale": "Two agree."})
    client.post(review_url(desk.flagged), {"action": "recheck"})
    run_action(client, "assign_to_me", [desk.flagged])
    run_action(client, "assign_to_editor", [desk.flagged], assignee="", apply="Assign")
    run_action(client, "confirm_verdicts", [desk.flagged])
    run_action(client, "recheck_claims", [desk.flagged])
    client.post(change_url(desk.flagged), {"assignee": rina.pk, "_save": "Save"})
    assert history_actions(client, desk.flagged) == [
        ("rina", "Confirmed the verdict: contradicted."),
        ("rina", "Overrode the verdict to supported. Rationale: Two agree."),
        ("rina", "Sent for re-checking."),
        ("rina", "Assigned to rina."),
        ("rina", "Unassigned."),
        ("rina", "Confirmed the verdict: supported."),
        ("rina", "Sent for re-checking."),
        ("rina", "Assigned to rina."),
    ]
    # Actions on other claims stay on their own pages.
    assert history_actions(client, desk.supported) == []


def test_claim_page_shows_the_verdicts_explanation_only_when_there_is_one(admin_client, desk):
    assert 'id="verdict-explanation"' not in admin_client.get(change_url(desk.flagged)).content.decode()
    Verdict.objects.filter(pk=desk.flagged.current_verdict_id).update(
        explanation="Kementerian Dalam Negeri (7 January) counted 12 police deaths, not 18."
    )
    html = admin_client.get(change_url(desk.flagged)).content.decode()
    assert (
        '<p class="verdict-explanation" id="verdict-explanation">'
        "Kementerian Dalam Negeri (7 January) counted 12 police deaths, not 18.</p>"
    ) in html


def test_claim_page_marks_the_figure_in_the_parsed_sentence(admin_client, desk):
    html = admin_client.get(change_url(desk.flagged)).content.decode()
    assert '<td class="sentence" id="reading-sentence">Sedikitnya <mark>18</mark> orang polisi' in html


# --- editor and viewer ------------------------------------------------------------------------


def test_editor_sees_every_action_and_the_review_forms(client, desk):
    client.force_login(EditorFactory())
    queue = client.get(QUEUE_URL)
    assert [name for name, _ in queue.context["action_form"].fields["action"].choices][1:] == [
        "confirm_verdicts",
        "recheck_claims",
        "assign_to_me",
        "assign_to_editor",
    ]
    page = client.get(change_url(desk.flagged))
    assert (page.context["can_review"], page.context["can_recheck"]) == (True, True)
    assert 'id="override-form"' in page.content.decode()


def test_editor_can_override(client, desk):
    editor = EditorFactory()
    client.force_login(editor)
    client.post(review_url(desk.flagged), {"action": "override", "label": "mixed", "rationale": "Sources disagree."})
    assert Claim.objects.get(pk=desk.flagged.pk).current_verdict.reviewer == editor


def test_viewer_reads_the_desk_but_cannot_act(client, desk, sent_verifications, django_capture_on_commit_callbacks):
    client.force_login(ViewerFactory())
    queue = client.get(QUEUE_URL)
    assert queue.status_code == 200
    assert queue.context["action_form"] is None
    page = client.get(change_url(desk.flagged))
    assert page.status_code == 200
    assert (page.context["can_review"], page.context["can_recheck"]) == (False, False)
    html = page.content.decode()
    assert 'id="override-form"' not in html
    assert '<mark id="claim-span">18</mark>' in html

    with django_capture_on_commit_callbacks(execute=True):
        for action in ("confirm", "override", "recheck"):
            response = client.post(review_url(desk.flagged), {"action": action, "label": "supported", "rationale": "x"})
            assert response.status_code == 403
        action_response = run_action(client, "confirm_verdicts", [desk.flagged])
    assert action_response.status_code == 200
    assert Verdict.objects.filter(claim=desk.flagged).count() == 1
    assert sent_verifications == []
    assert client.post(change_url(desk.flagged), {"assignee": ""}).status_code == 403


def test_anonymous_users_are_sent_to_the_login_page(client, desk):
    response = client.get(change_url(desk.flagged))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert client.post(review_url(desk.flagged), {"action": "confirm"}).status_code == 302


# --- the event page ------------------------------------------------------------------------------


def test_event_page_draws_a_timeline_per_measure(admin_client, desk):
    response = admin_client.get(reverse("admin:claims_event_change", args=[desk.event.pk]))
    assert response.status_code == 200
    charts = response.context["timeline_charts"]
    assert [(c.measure, c.figure_count) for c in charts] == [("killed", 2), ("injured", 1), ("arrested", 1)]
    html = response.content.decode()
    assert html.count('<figure class="timeline-chart"') == 3
    assert '<figure class="timeline-chart" id="timeline-killed" data-figures="2"><svg' in html
    assert "★ Kementerian Dalam Negeri (official)" in html
    assert "<script" not in charts[0].svg
    assert f"?event__id__exact={desk.event.pk}" in html


def test_event_changelist_counts_claims(admin_client, desk):
    response = admin_client.get(reverse("admin:claims_event_changelist") + "?q=Kazakhstan")
    assert [(e.name, e.claim_count, e.needs_decision_count) for e in response.context["cl"].result_list] == [
        ("Kazakhstan unrest 2022", 4, 1)
    ]


def test_event_is_saved_through_the_service(admin_client, desk):
    response = admin_client.post(
        reverse("admin:claims_event_change", args=[desk.event.pk]),
        {
            "name": desk.event.name,
            "keywords": '{"id": ["kazakhstan"], "en": ["kazakhstan"]}',
            "country": "Kazakhstan",
            "start_date": "2022-01-02",
            "end_date": "2022-01-11",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    event = Event.objects.get(pk=desk.event.pk)
    assert (event.country, event.keywords, event.start_date) == (
        "Kazakhstan",
        {"id": ["kazakhstan"], "en": ["kazakhstan"]},
        dt.date(2022, 1, 2),
    )


def test_timeline_series_groups_by_measure_and_source_in_date_order(desk):
    later = ArticleFactory(source=desk.official, body="Now 30 people were killed.", published_date=dt.date(2022, 1, 9))
    ClaimFactory(article=later, event=desk.event, start=4, end=6, low=30, high=30, as_of=None)
    series = timeline_series(Claim.objects.filter(event=desk.event).select_related("article__source"))
    assert list(series) == [("killed", ""), ("injured", ""), ("arrested", "")]
    killed = series[("killed", "")]
    assert [(s.name, s.official) for s in killed] == [("Kementerian Dalam Negeri", True), ("Kabar Harian", False)]
    assert [(f.day, f.low, f.high) for f in killed[0].figures] == [
        (dt.date(2022, 1, 8), 12, None),
        (dt.date(2022, 1, 9), 30, 30),
    ]


def test_timeline_escapes_source_names_and_has_no_script(admin_client, desk):
    Source.objects.filter(pk=desk.outlet.pk).update(name="<script>alert(1)</script> News")
    charts = event_timeline_charts(desk.event)
    svg = str(charts[0].svg)
    assert "<script" not in svg
    assert svg.startswith("<svg")
    assert [entry.name for entry in charts[0].legend] == ["Kementerian Dalam Negeri", "<script>alert(1)</script> News"]
    html = admin_client.get(reverse("admin:claims_event_change", args=[desk.event.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; News</li>" in html
    assert "<script>alert(1)" not in html


def test_timeline_gives_each_source_one_colour_on_every_chart(desk):
    charts = event_timeline_charts(desk.event)
    colours = {(entry.name, entry.colour) for chart in charts for entry in chart.legend}
    names = {name for name, _ in colours}
    assert len(colours) == len(names) == 2  # the same source never changes colour between charts
    assert len({colour for _, colour in colours}) == 2
    for chart in charts:
        for index, entry in enumerate(chart.legend):  # pygal colours its n-th series with .color-n
            assert re.search(rf"\.color-{index} a:visited\{{stroke:{entry.colour};", str(chart.svg))


def test_timeline_draws_money_apart_from_counts(desk):
    body = "Losses reached 150 billion rupiah."
    start = body.index("150")
    ClaimFactory(
        article=ArticleFactory(source=desk.outlet, body=body),
        event=desk.event,
        start=start,
        end=start + 3,
        measure="killed",
        low=150e9,
        high=150e9,
        unit="rupiah",
    )
    charts = event_timeline_charts(desk.event)
    assert [(c.measure, c.unit, c.anchor, c.figure_count) for c in charts] == [
        ("killed", "", "timeline-killed", 2),
        ("killed", "rupiah", "timeline-killed-rupiah", 1),
        ("injured", "", "timeline-injured", 1),
        ("arrested", "", "timeline-arrested", 1),
    ]
    assert charts[1].label == "killed (rupiah)"


def test_render_timeline_with_no_figures_is_an_empty_svg():
    assert str(render_timeline("killed", [])).startswith("<svg")


# --- article links, verdicts and evidence ------------------------------------------------------


def test_linking_an_article_to_an_event_goes_through_the_service(
    admin_client, desk, sent_verifications, django_capture_on_commit_callbacks
):
    article = desk.unchecked.article
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:claims_articleevent_add"), {"article": article.pk, "event": desk.event.pk, "_save": "Save"}
        )
    assert response.status_code == 302
    link = ArticleEvent.objects.get(article=article)
    assert (link.event, link.method) == (desk.event, ArticleEvent.Method.EDITOR)
    assert Claim.objects.get(pk=desk.unchecked.pk).event == desk.event
    # The moved claim and the event's claims of the same measure are checked again.
    assert sent_verifications == sorted([desk.flagged.pk, desk.supported.pk, desk.unchecked.pk])


def test_unlinking_an_article_goes_through_the_service(admin_client, desk):
    link = ArticleEventFactory(article=desk.supported.article, event=desk.event)
    response = admin_client.post(
        reverse("admin:claims_articleevent_changelist"),
        {"action": "unlink_articles", "_selected_action": [link.pk]},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == ["Took 1 article out of its event."]
    assert not ArticleEvent.objects.filter(pk=link.pk).exists()
    assert Claim.objects.get(pk=desk.supported.pk).event is None


def test_article_link_delete_page_goes_through_the_service(admin_client, desk):
    link = ArticleEventFactory(article=desk.supported.article, event=desk.event)
    response = admin_client.post(reverse("admin:claims_articleevent_delete", args=[link.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert Claim.objects.get(pk=desk.supported.pk).event is None


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("claims_verdict", "?label__exact=supported&review_state__exact=overridden&q=ministry"),
        ("claims_evidence", "?relation__exact=contradicts&credible__exact=1&q=official"),
        ("claims_articleevent", "?method__exact=auto&q=Almaty"),
        ("claims_event", "?country=Testland&q=Kazakhstan"),
    ],
)
def test_read_only_record_changelists_filter_and_search(admin_client, desk, name, query):
    ArticleEventFactory(article=desk.flagged.article, event=desk.event)
    response = admin_client.get(reverse(f"admin:{name}_changelist") + query)
    assert response.status_code == 200
    assert "e" not in response.wsgi_request.GET
    assert len(response.context["cl"].result_list) == 1


def test_verdict_page_is_read_only_with_its_evidence(admin_client, desk):
    verdict = Verdict.objects.get(claim=desk.flagged)
    response = admin_client.get(reverse("admin:claims_verdict_change", args=[verdict.pk]))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert "the official toll is higher" in response.content.decode()
    assert admin_client.get(reverse("admin:claims_verdict_add")).status_code == 403
    evidence = Evidence.objects.get(verdict=verdict)
    assert admin_client.get(reverse("admin:claims_evidence_change", args=[evidence.pk])).status_code == 200


# --- language ---------------------------------------------------------------------------------


def test_desk_follows_the_browsers_language(client, desk):
    client.force_login(EditorFactory())
    html = client.get(change_url(desk.flagged), headers={"accept-language": "id"}).content.decode()
    assert '<span class="verdict verdict-contradicted" id="current-verdict-label">dibantah</span>' in html
    assert "Riwayat putusan" in html  # "Verdict history"
    assert 'value="Timpa"' in html  # the override button
    queue = client.get(QUEUE_URL, headers={"accept-language": "id"}).content.decode()
    assert "Perlu keputusan" in queue  # "Needs a decision"
    assert re.search(r"<option value=\"confirm_verdicts\">Konfirmasi putusan saat ini</option>", queue)


def test_desk_speaks_english_by_default(client, desk):
    client.force_login(EditorFactory())
    html = client.get(change_url(desk.flagged), headers={"accept-language": "en"}).content.decode()
    assert "Verdict history" in html


def test_language_switch_in_the_header_sets_the_desk_language(client, desk):
    client.force_login(EditorFactory())
    assert 'id="language-switch"' in client.get(QUEUE_URL).content.decode()
    response = client.post(reverse("set_language"), {"language": "id", "next": QUEUE_URL})
    assert response.status_code == 302
    assert response["Location"] == QUEUE_URL
    html = client.get(QUEUE_URL, headers={"accept-language": "en"}).content.decode()
    assert "Perlu keputusan" in html
