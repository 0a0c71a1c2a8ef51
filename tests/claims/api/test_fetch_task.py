"""claims.fetch_article: the worker side of articles submitted by URL."""

from __future__ import annotations

import pytest

from claims import fetch_tasks, services
from sources import fetching
from sources.models import Article
from tests.claims.api.support import ARTICLE_HTML, Route
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_for_extraction(monkeypatch) -> list[int]:
    sent: list[int] = []
    monkeypatch.setattr(services, "article_extract", lambda *, article_id: sent.append(article_id))
    return sent


def submit(url: str, django_capture_on_commit_callbacks, **kwargs) -> Article:
    with django_capture_on_commit_callbacks(execute=True):
        submitted = fetch_tasks.article_submit_url(url=url, **kwargs)
    return Article.objects.get(pk=submitted.article.pk)


def test_the_body_is_stored_once_and_extraction_sent_once(
    local_server, sent_for_extraction, django_capture_on_commit_callbacks
):
    local_server.routes["/a"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})
    article = submit(local_server.url("/a"), django_capture_on_commit_callbacks)
    body = article.body

    with django_capture_on_commit_callbacks(execute=True):
        again = fetch_tasks.fetch_article.apply(args=(article.pk,)).get()  # a duplicate delivery

    article.refresh_from_db()
    assert again == "skipped"
    assert article.body == body
    assert article.extraction_status == "pending"
    assert sent_for_extraction == [article.pk]
    assert len(local_server.requests) == 1


def test_a_fetched_article_is_linked_to_its_event_by_keywords(
    local_server, sent_for_extraction, django_capture_on_commit_callbacks
):
    event = EventFactory(name="River floods", keywords={"en": ["floods"]})
    local_server.routes["/a"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})

    article = submit(local_server.url("/a"), django_capture_on_commit_callbacks)

    assert article.event_link.event == event


def test_a_worker_failure_is_recorded_on_the_article(local_server, django_capture_on_commit_callbacks):
    local_server.routes["/doc"] = Route(200, b"%PDF", {"Content-Type": "application/pdf"})

    article = submit(local_server.url("/doc"), django_capture_on_commit_callbacks)

    assert (article.extraction_status, article.extraction_error, article.body) == (
        "failed",
        "fetch failed: the page is not HTML (Content-Type: application/pdf)",
        "",
    )


def test_submitting_a_failed_url_again_fetches_it_again(
    local_server, sent_for_extraction, django_capture_on_commit_callbacks
):
    local_server.routes["/a"] = [Route(503, b"busy"), Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})]
    failed = submit(local_server.url("/a"), django_capture_on_commit_callbacks)
    assert failed.extraction_status == "failed"

    article = submit(local_server.url("/a"), django_capture_on_commit_callbacks)

    assert article.pk == failed.pk
    assert article.extraction_status == "pending"
    assert article.title == "Floods: toll rises to 14"


def test_a_transient_failure_is_retried_by_a_worker_with_backoff(local_server, monkeypatch):
    article = Article.objects.get(pk=fetching.article_create_for_fetch(url="https://news.example.org/later").article.pk)
    monkeypatch.setattr(
        fetching, "fetch_article_page", lambda url: (_ for _ in ()).throw(fetching.FetchTransientError("timed out"))
    )
    retried: list[int] = []

    def fake_retry(*, exc, countdown):
        retried.append(countdown)
        return RuntimeError("retry")

    monkeypatch.setattr(fetch_tasks.fetch_article, "retry", fake_retry)
    # As a worker would run it (not eager), on its first delivery.
    fetch_tasks.fetch_article.push_request(retries=0, is_eager=False)
    try:
        with pytest.raises(RuntimeError):
            fetch_tasks.fetch_article.run(article.pk)
    finally:
        fetch_tasks.fetch_article.pop_request()

    article.refresh_from_db()
    assert retried == [30]
    assert article.extraction_status == "fetch_pending"


def test_backoff_grows_to_fifteen_minutes():
    assert [fetch_tasks.fetch_backoff_seconds(n) for n in range(7)] == [30, 60, 120, 240, 480, 900, 900]


def test_the_task_is_registered_under_its_stable_name():
    from factcheck.celery import app

    app.loader.import_default_modules()  # what a worker does at start: autodiscovery of tasks modules
    assert app.tasks["claims.fetch_article"].run.__module__ == "claims.fetch_tasks"
    assert app.tasks["partners.deliver_webhook"].run.__module__ == "partners.tasks"
