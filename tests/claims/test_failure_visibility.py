"""A permanent failure is recorded with its reason and shown in the API and the admin."""

from __future__ import annotations

from unittest import mock

import pytest
from rest_framework.test import APIClient

from claims import tasks
from sources.models import Article
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory

pytestmark = pytest.mark.django_db


def test_a_failed_claim_shows_its_reason_in_the_api_and_the_admin(client):
    claim = ClaimFactory()
    with mock.patch("claims.verification.verify_many", side_effect=ValueError("bad interval")):
        tasks.verify_claim.apply(args=[claim.pk])
    editor = EditorFactory()
    api = APIClient()
    api.force_login(editor)
    body = api.get(f"/api/v1/claims/{claim.pk}/").json()
    assert (body["status"], body["status_error"]) == ("failed", "ValueError: bad interval")
    client.force_login(editor)
    page = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "ValueError: bad interval" in page


def test_a_failed_article_shows_its_reason_in_the_api():
    article = ArticleFactory(extraction_status="pending")
    with mock.patch("claims.extraction.extract", side_effect=RuntimeError("lexicon broken")):
        tasks.extract_article.apply(args=[article.pk])
    api = APIClient()
    api.force_login(EditorFactory())
    body = api.get(f"/api/v1/articles/{article.pk}/").json()
    assert (body["extraction_status"], body["extraction_error"]) == (
        Article.Status.FAILED,
        "RuntimeError: lexicon broken",
    )
