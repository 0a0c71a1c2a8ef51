from __future__ import annotations

import pytest

from claims.models import Claim
from tests.claims.api.support import EXPLANATION, ROLES, UNSAFE_METHODS, call

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(settings):
    settings.FACTCHECK_SITE_URL = "https://factcheck.example.org"


def claim_review_body(world) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        # The public page on the configured site, not on the host the request came in by.
        "url": f"https://factcheck.example.org/cek-fakta/{world.published.pk}/",
        "claimReviewed": "At least 12 people were killed in the floods, officials said.",
        "itemReviewed": {
            "@type": "Claim",
            "appearance": [{"@type": "CreativeWork", "url": "https://ministry.example.org/floods"}],
            "author": {"@type": "Organization", "name": "Ministry"},
            "datePublished": "2022-01-07",
        },
        "author": {"@type": "Organization", "name": "Factcheck", "url": "https://factcheck.example.org"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 5,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "True",
        },
        "reviewBody": EXPLANATION,
        "inLanguage": "en",
        "datePublished": "2022-01-08",
        "dateModified": "2022-01-08T11:30:00+00:00",
    }


@pytest.mark.parametrize("role", ROLES)
def test_published_claim_has_a_claimreview_for_everyone(clients, world, role):
    response = clients[role].get(f"/api/v1/claims/{world.published.pk}/claimreview/")

    assert response.status_code == 200
    assert response.json() == claim_review_body(world)


@pytest.mark.parametrize("role", ROLES)
def test_unpublished_claim_has_no_claimreview_even_for_partners(clients, world, role):
    response = clients[role].get(f"/api/v1/claims/{world.unpublished.pk}/claimreview/")

    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "Not found."}


@pytest.mark.parametrize("role", ROLES)
def test_feed_lists_only_published_claims(clients, world, role):
    response = clients[role].get("/api/v1/claimreview/")

    assert response.status_code == 200
    assert response.json() == {"next": None, "previous": None, "results": [claim_review_body(world)]}


def test_an_overridden_verdict_is_published_with_its_own_rating(clients, world, editor):
    from claims.services import verdict_review

    verdict_review(
        claim=world.unpublished, reviewer=editor, action="override", label="contradicted", rationale="Wrong day."
    )

    response = clients["anonymous"].get(f"/api/v1/claims/{world.unpublished.pk}/claimreview/")

    assert response.status_code == 200
    assert response.json()["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "False",
    }
    assert response.json()["claimReviewed"] == "Officials said 12 people were killed."


def test_claim_reviewed_is_shorter_than_75_characters(clients, world):
    long_sentence = "In a statement issued late on Sunday, " + world.published.sentence
    Claim.objects.filter(pk=world.published.pk).update(sentence=long_sentence)

    response = clients["anonymous"].get(f"/api/v1/claims/{world.published.pk}/claimreview/")

    assert len(response.json()["claimReviewed"]) < 75


@pytest.mark.parametrize("method", UNSAFE_METHODS)
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 405), ("editor", 405), ("admin", 405)],
)
@pytest.mark.parametrize("path", ["/api/v1/claimreview/", "/api/v1/claims/{id}/claimreview/"])
def test_claimreview_is_read_only(clients, world, path, method, role, expected_status):
    response = call(clients[role], method, path.format(id=world.published.pk))

    assert response.status_code == expected_status
