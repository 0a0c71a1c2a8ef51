"""Sources and articles in the admin: editors set kind and reliability; articles are read-only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sources.models import Source
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, EventFactory, SourceFactory, ViewerFactory

pytestmark = pytest.mark.django_db

SOURCES_URL = reverse("admin:sources_source_changelist")
ARTICLES_URL = reverse("admin:sources_article_changelist")


def source_form(source: Source, **changes: object) -> dict[str, object]:
    data = {
        "name": source.name,
        "domain": source.domain,
        "kind": source.kind,
        "reliability": source.reliability,
        "language": source.language,
        "_save": "Save",
    }
    data.update(changes)
    return data


@pytest.fixture
def wire() -> Source:
    return SourceFactory(name="Antara", domain="antaranews.com", kind=Source.Kind.WIRE, reliability=0.8, language="id")


@pytest.fixture
def event_claims(wire):
    """Claims of one event: one from the wire, one from another outlet; and one elsewhere."""
    event = EventFactory(name="Almaty unrest")
    from_wire = ClaimFactory(article=ArticleFactory(source=wire), event=event)
    from_outlet = ClaimFactory(article=ArticleFactory(source=SourceFactory(name="Kabar")), event=event)
    elsewhere = ClaimFactory(article=ArticleFactory(source=SourceFactory(name="Far away")))
    return from_wire, from_outlet, elsewhere


def test_source_list_shows_kind_reliability_and_article_counts(admin_client, wire):
    ArticleFactory.create_batch(2, source=wire)
    SourceFactory(name="Kemenlu", kind=Source.Kind.OFFICIAL)
    response = admin_client.get(SOURCES_URL)
    assert [(s.name, s.kind, s.reliability, s.article_count) for s in response.context["cl"].result_list] == [
        ("Antara", "wire", 0.8, 2),
        ("Kemenlu", "official", 0.8, 0),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?q=antaranews", ["Antara"]),
        ("?q=Kemen", ["Kemenlu"]),
        ("?kind__exact=official", ["Kemenlu"]),
        ("?language__exact=id", ["Antara"]),
    ],
)
def test_source_list_search_and_filters(admin_client, wire, query, expected):
    SourceFactory(name="Kemenlu", domain="kemlu.go.id", kind=Source.Kind.OFFICIAL, language="en")
    response = admin_client.get(SOURCES_URL + query)
    assert "e" not in response.wsgi_request.GET
    assert [s.name for s in response.context["cl"].result_list] == expected


def test_changing_reliability_says_how_many_claims_it_rechecks_and_asks_first(
    client, wire, event_claims, sent_verifications, django_capture_on_commit_callbacks
):
    client.force_login(EditorFactory())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:sources_source_change", args=[wire.pk]), source_form(wire, reliability="0.3")
        )
    assert response.status_code == 200
    assert response.templates[0].name == "admin/sources/source/recheck_confirmation.html"
    assert response.context["claim_count"] == 2
    html = response.content.decode()
    assert "This change re-checks 2 claims" in html
    assert "0.80 &rarr; 0.30" in html
    assert '<input type="hidden" name="reliability" value="0.3">' in html
    # Nothing is saved or sent until the editor says yes.
    assert Source.objects.get(pk=wire.pk).reliability == 0.8
    assert sent_verifications == []


def test_going_back_from_the_recheck_question_changes_nothing(client, wire, event_claims, sent_verifications):
    client.force_login(EditorFactory())
    url = reverse("admin:sources_source_change", args=[wire.pk])
    response = client.post(url, source_form(wire, reliability="0.3"))
    assert response.context["back_url"] == url
    assert client.get(url).context["adminform"].form.initial["reliability"] == 0.8
    assert sent_verifications == []


def test_changing_reliability_rechecks_the_affected_claims_once_confirmed(
    client, wire, event_claims, sent_verifications, django_capture_on_commit_callbacks
):
    from_wire, from_outlet, _elsewhere = event_claims
    client.force_login(EditorFactory())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:sources_source_change", args=[wire.pk]),
            source_form(wire, reliability="0.3", _confirm_recheck="1"),
        )
    assert response.status_code == 302
    assert Source.objects.get(pk=wire.pk).reliability == 0.3
    # Every claim of the events where the wire's claims stand; not the unrelated event.
    assert sent_verifications == sorted([from_wire.pk, from_outlet.pk])


def test_changing_kind_from_the_list_rechecks_the_affected_claims(
    admin_client, wire, event_claims, sent_verifications, django_capture_on_commit_callbacks
):
    from_wire, from_outlet, _elsewhere = event_claims
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": str(wire.pk),
        "form-0-kind": "official",
        "form-0-reliability": "0.8",
        "_save": "Save",
    }
    question = admin_client.post(SOURCES_URL + "?q=Antara", data)
    assert question.templates[0].name == "admin/sources/source/recheck_confirmation.html"
    assert question.context["claim_count"] == 2
    assert "wire &rarr; official" in question.content.decode()
    assert Source.objects.get(pk=wire.pk).kind == Source.Kind.WIRE
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(SOURCES_URL + "?q=Antara", {**data, "_confirm_recheck": "1"})
    assert response.status_code == 302
    assert Source.objects.get(pk=wire.pk).kind == Source.Kind.OFFICIAL
    assert sent_verifications == sorted([from_wire.pk, from_outlet.pk])


def test_renaming_a_source_does_not_recheck(
    admin_client, wire, event_claims, sent_verifications, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:sources_source_change", args=[wire.pk]), source_form(wire, name="ANTARA News")
        )
    assert response.status_code == 302
    assert Source.objects.get(pk=wire.pk).name == "ANTARA News"
    assert sent_verifications == []


def test_reliability_outside_zero_to_one_is_refused(admin_client, wire):
    response = admin_client.post(
        reverse("admin:sources_source_change", args=[wire.pk]), source_form(wire, reliability="1.5")
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "reliability": ["Ensure this value is less than or equal to 1.0."]
    }
    assert Source.objects.get(pk=wire.pk).reliability == 0.8


def test_source_changes_are_kept_in_the_history_with_the_editor(client, wire):
    editor = EditorFactory(username="dewi")
    client.force_login(editor)
    client.post(
        reverse("admin:sources_source_change", args=[wire.pk]),
        source_form(wire, reliability="0.6", _confirm_recheck="1"),
    )
    latest = wire.history.first()
    assert (latest.reliability, latest.history_user) == (0.6, editor)
    history_page = client.get(reverse("admin:sources_source_history", args=[wire.pk]))
    assert history_page.status_code == 200


def test_superuser_adds_a_source_through_the_service(admin_client):
    response = admin_client.post(
        reverse("admin:sources_source_add"),
        {"name": "Reuters", "domain": "reuters.com", "kind": "wire", "reliability": "0.9", "language": "en"},
    )
    assert response.status_code == 302
    assert Source.objects.filter(name="Reuters", kind="wire", reliability=0.9).count() == 1


def test_viewer_reads_sources_but_cannot_change_them(client, wire):
    client.force_login(ViewerFactory())
    assert client.get(SOURCES_URL).status_code == 200
    page = client.get(reverse("admin:sources_source_change", args=[wire.pk]))
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    response = client.post(reverse("admin:sources_source_change", args=[wire.pk]), source_form(wire, reliability="0"))
    assert response.status_code == 403
    assert Source.objects.get(pk=wire.pk).reliability == 0.8


def test_editor_cannot_add_or_delete_sources(client, wire):
    client.force_login(EditorFactory())
    assert client.get(reverse("admin:sources_source_add")).status_code == 403
    assert client.get(reverse("admin:sources_source_delete", args=[wire.pk])).status_code == 403


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?q=Banjir", ["Banjir di Jakarta"]),
        ("?q=antaranews", ["Banjir di Jakarta"]),
        ("?extraction_status__exact=failed", ["Gempa"]),
        ("?language__exact=en", ["Gempa"]),
    ],
)
def test_article_list_search_and_filters(admin_client, wire, query, expected):
    ArticleFactory(source=wire, title="Banjir di Jakarta", language="id")
    ArticleFactory(title="Gempa", language="en", extraction_status="failed")
    response = admin_client.get(ARTICLES_URL + query)
    assert "e" not in response.wsgi_request.GET
    assert [a.title for a in response.context["cl"].result_list] == expected


def test_articles_are_read_only(admin_client, wire):
    article = ArticleFactory(source=wire, body="Body <b>kept</b> as ingested.")
    page = admin_client.get(reverse("admin:sources_article_change", args=[article.pk]))
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert "Body &lt;b&gt;kept&lt;/b&gt; as ingested." in page.content.decode()
    assert admin_client.get(reverse("admin:sources_article_add")).status_code == 403
    assert admin_client.get(reverse("admin:sources_article_delete", args=[article.pk])).status_code == 403
