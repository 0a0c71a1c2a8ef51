"""Editors' control over discovered events: confirm, rename, merge, split, move (services
and the Event admin's actions). A merge or a split re-checks the affected claims."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from claims import event_editing, services
from claims.models import ArticleEvent, Claim, Event, EventKey
from tests.factories import ClaimFactory, EditorFactory, SourceFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_event_changelist")


def ingest(slug: str, title: str, body: str, day: str, event: str | None = None):
    source = SourceFactory()
    return services.article_ingest(
        url=f"https://news.example.org/{slug}",
        title=title,
        body=body,
        published_at=f"{day}T09:00:00+07:00",
        language="id",
        source_name=source.name,
        source_domain=source.domain,
        event_name=event,
    ).article


def with_claim(article) -> Claim:
    """A claim on the article's figure, in the article's event (extraction is not run here)."""
    start = article.body.index("12")
    link = ArticleEvent.objects.get(article=article)
    return ClaimFactory(article=article, event=link.event, start=start, end=start + 2, text="12")


@pytest.fixture
def two_parts_of_one_story():
    """The same flood, found as two events (the editor named them apart at ingest)."""
    first = ingest("a", "Banjir Demak", "Banjir merendam Demak, Jawa Tengah; 12 rumah rusak.", "2024-03-14", "Part one")
    second = ingest("b", "Banjir Demak meluas", "Banjir di Demak meluas; 12 desa terendam.", "2024-03-16", "Part two")
    return first, second


def test_merging_moves_articles_and_claims_deletes_the_others_and_rechecks_every_claim(
    two_parts_of_one_story, sent_verifications, django_capture_on_commit_callbacks
):
    first, second = two_parts_of_one_story
    claims = [with_claim(first), with_claim(second)]
    into, other = Event.objects.get(name="Part one"), Event.objects.get(name="Part two")

    with django_capture_on_commit_callbacks(execute=True):
        count = event_editing.events_merge(into=into, others=[other])

    assert count == 2
    assert not Event.objects.filter(pk=other.pk).exists()
    assert set(Claim.objects.values_list("event_id", flat=True)) == {into.pk}
    assert ArticleEvent.objects.get(article=second).event == into
    assert ArticleEvent.objects.get(article=second).method == "editor"  # the editor moved it
    assert sorted(sent_verifications) == sorted(c.pk for c in claims)
    into.refresh_from_db()
    assert into.status == Event.Status.CONFIRMED
    assert (into.start_date, into.end_date) == (dt.date(2024, 3, 14), dt.date(2024, 3, 16))
    assert EventKey.objects.get(event=into, kind="name", key="demak").articles == 2


def test_merging_needs_two_events(two_parts_of_one_story):
    into = Event.objects.get(name="Part one")
    with pytest.raises(ValidationError):
        event_editing.events_merge(into=into, others=[into])


@pytest.fixture
def two_stories_in_one_event():
    """An editor put two stories in one event; the Luwu flood must come out."""
    demak = ingest("d1", "Banjir Demak", "Banjir merendam Demak, Jawa Tengah; 12 rumah rusak.", "2024-03-14", "Floods")
    demak2 = ingest("d2", "Banjir Demak", "Banjir di Demak; 12 desa terendam.", "2024-03-15", "Floods")
    luwu = ingest("l1", "Banjir Luwu", "Banjir di Luwu, Sulawesi Selatan; 12 warga hilang.", "2024-03-16", "Floods")
    return demak, demak2, luwu


def test_splitting_moves_the_chosen_articles_to_a_new_event_and_rechecks_both(
    two_stories_in_one_event, sent_verifications, django_capture_on_commit_callbacks
):
    demak, demak2, luwu = two_stories_in_one_event
    claims = [with_claim(a) for a in (demak, demak2, luwu)]
    event = Event.objects.get(name="Floods")

    with django_capture_on_commit_callbacks(execute=True):
        new = event_editing.event_split(event=event, articles=[luwu], name="Luwu flood")

    assert new.status == Event.Status.CONFIRMED
    assert Claim.objects.get(article=luwu).event == new
    assert ArticleEvent.objects.get(article=luwu).method == "editor"
    assert sorted(sent_verifications) == sorted(c.pk for c in claims)
    # Each profile now holds only its own articles' names and dates.
    assert not EventKey.objects.filter(event=event, key="luwu").exists()
    assert EventKey.objects.filter(event=new, key="luwu").exists()
    event.refresh_from_db()
    assert event.end_date == dt.date(2024, 3, 15)


def test_splitting_off_every_article_or_under_a_taken_name_is_refused(two_stories_in_one_event):
    demak, demak2, luwu = two_stories_in_one_event
    event = Event.objects.get(name="Floods")
    with pytest.raises(ValidationError, match="empty"):
        event_editing.event_split(event=event, articles=[demak, demak2, luwu], name="All")
    with pytest.raises(ValidationError, match="already"):
        event_editing.event_split(event=event, articles=[luwu], name="Floods")
    assert Event.objects.count() == 1


def test_moving_an_article_rechecks_it_and_recounts_both_profiles(
    two_stories_in_one_event, sent_verifications, django_capture_on_commit_callbacks
):
    _demak, _demak2, luwu = two_stories_in_one_event
    claim = with_claim(luwu)
    target = services.event_save(event=Event(name="Luwu flood"))

    with django_capture_on_commit_callbacks(execute=True):
        event_editing.article_move(article=luwu, event=target)

    claim.refresh_from_db()
    assert claim.event == target
    assert claim.pk in sent_verifications
    assert ArticleEvent.objects.get(article=luwu).method == "editor"
    assert EventKey.objects.filter(event=target, key="luwu").exists()
    assert not EventKey.objects.filter(event__name="Floods", key="luwu").exists()
    target.refresh_from_db()
    assert target.start_date == dt.date(2024, 3, 16)


def test_confirming_and_renaming_a_proposed_event():
    article = ingest("p", "Gempa Cianjur", "Gempa mengguncang Cianjur, Jawa Barat.", "2024-03-15")
    event = article.event_link.event
    assert event.status == Event.Status.PROPOSED
    assert event_editing.events_confirm([event]) == 1
    event_editing.event_rename(event=event, name="  Gempa   Cianjur 2024 ")
    event.refresh_from_db()
    assert (event.status, event.name) == (Event.Status.CONFIRMED, "Gempa Cianjur 2024")
    services.event_save(event=Event(name="Taken"))
    with pytest.raises(ValidationError, match="already"):
        event_editing.event_rename(event=event, name="Taken")


# --- the admin ------------------------------------------------------------------------------


@pytest.fixture
def editor_client() -> Client:
    client = Client()
    client.force_login(EditorFactory())
    return client


def post_action(client: Client, action: str, events: list[Event], **data):
    payload = {"action": action, ACTION_CHECKBOX_NAME: [e.pk for e in events], **data}
    return client.post(CHANGELIST, payload, follow=True)


def test_the_admin_merge_asks_first_then_merges(editor_client, two_parts_of_one_story):
    events = list(Event.objects.order_by("pk"))
    page = post_action(editor_client, "merge_events", events)
    assert page.status_code == 200
    assert "event-action-form" in page.content.decode()
    assert Event.objects.count() == 2  # nothing changed before the editor says yes

    done = post_action(editor_client, "merge_events", events, apply="1", into=events[1].pk)
    assert done.status_code == 200
    assert list(Event.objects.values_list("name", flat=True)) == ["Part two"]
    assert ArticleEvent.objects.filter(event=events[1]).count() == 2


def test_the_admin_split_moves_the_ticked_articles(editor_client, two_stories_in_one_event):
    demak, _demak2, luwu = two_stories_in_one_event
    event = Event.objects.get(name="Floods")
    page = post_action(editor_client, "split_event", [event])
    assert luwu.title in page.content.decode()

    post_action(editor_client, "split_event", [event], apply="1", articles=[luwu.pk], name="Luwu flood")
    assert ArticleEvent.objects.get(article=luwu).event.name == "Luwu flood"
    assert ArticleEvent.objects.get(article=demak).event == event


def test_the_admin_move_puts_the_articles_in_the_chosen_event(editor_client, two_stories_in_one_event):
    _demak, _demak2, luwu = two_stories_in_one_event
    event = Event.objects.get(name="Floods")
    target = services.event_save(event=Event(name="Luwu flood"))

    post_action(editor_client, "move_articles", [event], apply="1", articles=[luwu.pk], target=target.pk)

    assert ArticleEvent.objects.get(article=luwu).event == target


def test_the_admin_confirms_and_renames(editor_client):
    event = ingest("p", "Gempa Cianjur", "Gempa mengguncang Cianjur, Jawa Barat.", "2024-03-15").event_link.event

    post_action(editor_client, "confirm_events", [event])
    post_action(editor_client, "rename_event", [event], apply="1", name="Cianjur earthquake")

    event.refresh_from_db()
    assert (event.status, event.name) == (Event.Status.CONFIRMED, "Cianjur earthquake")


def test_the_admin_refuses_a_one_event_action_on_several_events(editor_client, two_parts_of_one_story):
    events = list(Event.objects.all())
    response = post_action(editor_client, "split_event", events)
    assert "exactly one event" in response.content.decode()
    assert Event.objects.count() == 2
