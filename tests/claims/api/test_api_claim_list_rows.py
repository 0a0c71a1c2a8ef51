"""The claim list is built from rows (claims.selectors.claim_rows, serializers.claim_resource),
not from model instances through ClaimSerializer (the resource's schema): its answers must be
byte for byte the ones the full serializer path gives, links and cursors included."""

from __future__ import annotations

import datetime as dt

import pytest
from rest_framework import mixins
from rest_framework.test import APIRequestFactory, force_authenticate

from claims.api.views import ClaimViewSet, visible_claims
from claims.models import Claim, Verdict
from tests.claims.api.support import T1, T2
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, SourceFactory, VerdictFactory

pytestmark = pytest.mark.django_db


class FullSerializerClaimViewSet(ClaimViewSet):
    """The claim list as DRF's generic list answers it: model instances through ClaimSerializer."""

    list = mixins.ListModelMixin.list

    def get_queryset(self):
        return visible_claims(self.request)


def add_claims_with_null_fields(world, editor) -> None:
    """Claims with every optional field empty next to ones with everything set."""
    bare_source = SourceFactory(name="Wire", domain="", language="")
    undated = ArticleFactory(
        source=bare_source, url="https://wire.example.org/1", title="", published_at=None, published_date=None
    )
    ClaimFactory(
        article=undated, event=None, start=0, end=2, value=None, high=None, as_of=None, subject="", unit=""
    )  # no verdict, no event, no dates
    checked = ClaimFactory(
        article=undated,
        event=world.event,
        start=20,
        end=22,
        measure="injured",
        low=3.5,
        high=None,
        qualifier="at_least",
        as_of=dt.date(2022, 1, 9),
        attributed_to="the governor",
        language="id",
        unit="people",
    )
    Claim.objects.filter(pk=checked.pk).update(
        last_checked_at=dt.datetime(2022, 1, 9, 8, 15, 30, 250000, tzinfo=dt.UTC),
        status="failed",
        status_error="Timed out.\nRetried.",
    )
    overridden = VerdictFactory(
        claim=checked,
        label="contradicted",
        confidence=0.0,
        method_version="editor",
        computed_at=T2,
        checked_at=T2,
        review_state=Verdict.ReviewState.OVERRIDDEN,
        reviewer=editor,
        rationale="Ünïcode \u2013 \u201cquoted\u201d \u2028 line.",
    )
    EvidenceFactory(verdict=overridden, claim=world.published, relation="contradicts", credible=False, explanation="")
    EvidenceFactory(verdict=overridden, claim=world.unpublished, relation="supports")
    auto_only = ClaimFactory(article=world.draft_article, event=world.event, start=30, end=32, as_of=None)
    VerdictFactory(claim=auto_only, label="unverified", confidence=0.25, computed_at=T1, checked_at=T1)


def answers(client_role: str, clients, query: str, editor) -> tuple[bytes, bytes]:
    """(the API's answer, the full serializer's answer) to the same request."""
    response = clients[client_role].get(f"/api/v1/claims/?{query}")
    assert response.status_code == 200, response.content
    request = APIRequestFactory().get(f"/api/v1/claims/?{query}")
    if client_role == "partner":
        request.META["HTTP_AUTHORIZATION"] = clients["partner"]._credentials["HTTP_AUTHORIZATION"]
    elif client_role == "editor":
        force_authenticate(request, user=editor)
    full = FullSerializerClaimViewSet.as_view({"get": "list"})(request)
    full.render()
    assert full.status_code == 200, full.content
    return response.content, full.content


QUERIES = [
    "",
    "page_size=2",
    "ordering=-id&page_size=2",
    "ordering=as_of&page_size=2",
    "ordering=-as_of&page_size=3",
    "ordering=confidence&page_size=2",
    "ordering=-confidence",
    "ordering=created_at&page_size=2",
    "search=floods",
    "measure=injured",
    "verdict_review_state=overridden",
]


@pytest.mark.parametrize("role", ["anonymous", "partner", "editor"])
@pytest.mark.parametrize("query", QUERIES)
def test_claim_list_answers_exactly_what_the_full_serializer_does(clients, world, editor, role, query):
    add_claims_with_null_fields(world, editor)

    lean, full = answers(role, clients, query, editor)

    assert lean == full


@pytest.mark.parametrize("ordering", ["id", "-as_of", "confidence", "-created_at"])
def test_every_page_and_cursor_matches_the_full_serializer(clients, world, editor, ordering):
    add_claims_with_null_fields(world, editor)
    query = f"ordering={ordering}&page_size=2"
    pages = 0
    while query is not None:
        lean, full = answers("partner", clients, query, editor)
        assert lean == full
        pages += 1
        body = clients["partner"].get(f"/api/v1/claims/?{query}").json()
        query = body["next"].split("?", 1)[1] if body["next"] else None

    assert pages == 3  # five claims, two a page


def test_claim_list_item_with_empty_fields_is_all_nulls_and_blanks(clients, world, editor):
    add_claims_with_null_fields(world, editor)
    bare = Claim.objects.get(article__url="https://wire.example.org/1", start=0)

    response = clients["partner"].get("/api/v1/claims/?page_size=50")

    item = next(item for item in response.json()["results"] if item["id"] == bare.pk)
    assert item["article"] == {
        "id": bare.article_id,
        "url": "https://wire.example.org/1",
        "title": "",
        "published_at": None,
        "source": {"id": bare.article.source_id, "name": "Wire", "domain": ""},
    }
    nulls = ("event", "value", "high", "as_of", "verdict", "subject", "place", "unit", "attributed_to")
    assert [item[name] for name in nulls] == [None] * len(nulls)
