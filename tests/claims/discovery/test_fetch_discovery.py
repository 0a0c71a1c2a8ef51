"""The worker places an article submitted by URL once its page is fetched."""

from __future__ import annotations

import pytest

from claims import fetch_tasks, services
from claims.models import Event, EventKey
from sources.models import Article
from tests.claims.api.support import Route, local_server  # noqa: F401

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-03-15"></head><body><article><h1>{title}</h1>
<p>{body}</p></article></body></html>"""


@pytest.fixture
def no_extraction(monkeypatch):
    monkeypatch.setattr(services, "article_extract", lambda *, article_id: None)


def submit(local_server, django_capture_on_commit_callbacks, path, title, body, **kwargs) -> Article:  # noqa: F811
    html = PAGE.format(title=title, body=body).encode()
    local_server.routes[path] = Route(200, html, {"Content-Type": "text/html"})
    with django_capture_on_commit_callbacks(execute=True):
        submitted = fetch_tasks.article_submit_url(url=local_server.url(path), language="id", **kwargs)
    return Article.objects.select_related("event_link__event").get(pk=submitted.article.pk)


def test_fetched_articles_of_one_story_find_one_event_and_another_story_its_own(
    local_server,  # noqa: F811
    no_extraction,
    django_capture_on_commit_callbacks,
):
    first = submit(
        local_server,
        django_capture_on_commit_callbacks,
        "/a",
        "Banjir Rendam Demak",
        "Banjir merendam 3.200 rumah di Kabupaten Demak, Jawa Tengah, sejak Rabu malam hingga Kamis pagi.",
    )
    second = submit(
        local_server,
        django_capture_on_commit_callbacks,
        "/b",
        "Pengungsi Banjir Demak Bertambah",
        "Pengungsi banjir di Kabupaten Demak, Jawa Tengah, bertambah menjadi 4.100 orang pada Jumat siang.",
    )
    other = submit(
        local_server,
        django_capture_on_commit_callbacks,
        "/c",
        "Banjir Bandang di Luwu",
        "Banjir bandang melanda Kabupaten Luwu, Sulawesi Selatan, dan membuat 860 warga mengungsi ke tenda.",
    )

    assert first.event_link.event == second.event_link.event
    assert other.event_link.event != first.event_link.event
    assert first.event_link.event.status == Event.Status.PROPOSED


def test_an_event_named_at_submission_takes_the_fetched_article_into_its_profile(
    local_server,  # noqa: F811
    no_extraction,
    django_capture_on_commit_callbacks,
):
    event = services.event_get_or_create(name="Banjir Demak 2024")
    article = submit(
        local_server,
        django_capture_on_commit_callbacks,
        "/n",
        "Banjir Rendam Demak",
        "Banjir merendam 3.200 rumah di Kabupaten Demak, Jawa Tengah, sejak Rabu malam hingga Kamis pagi.",
        event=event,
    )

    assert article.event_link.event == event
    assert EventKey.objects.filter(event=event, kind="name", key="demak").exists()
    event.refresh_from_db()
    assert "demak" in event.keywords["id"]
