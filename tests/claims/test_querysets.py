"""Visibility lives on the claim queryset: `published()` and `visible_to(user)`."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from claims.models import Claim, Verdict
from factcheck.roles import PartnerPrincipal
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims_by_state() -> dict[str, Claim]:
    """One claim per state of its current verdict, each in its own article."""
    reviewer = EditorFactory()
    claims = {"unchecked": ClaimFactory(article=ArticleFactory())}
    for state in Verdict.ReviewState.values:
        claim = ClaimFactory(article=ArticleFactory())
        VerdictFactory(claim=claim, review_state=state, reviewer=None if state == "auto" else reviewer)
        claims[state] = claim
    return claims


def test_published_keeps_the_claims_an_editor_confirmed_or_overrode(claims_by_state):
    published = set(Claim.objects.published().values_list("pk", flat=True))
    assert published == {claims_by_state["confirmed"].pk, claims_by_state["overridden"].pk}


@pytest.mark.parametrize(
    ("caller", "sees_all"),
    [
        (lambda: AnonymousUser(), False),
        (lambda: UserFactory(), False),
        (lambda: UserFactory(is_staff=True), False),
        (lambda: EditorFactory(), True),
        (lambda: UserFactory(is_superuser=True, is_staff=True), True),
        (lambda: UserFactory(is_superuser=True, is_active=False), False),
        (lambda: PartnerPrincipal(partner_id=1, partner_name="Harian", token_id=7), True),
    ],
    ids=["anonymous", "signed-in", "staff-not-editor", "editor", "admin", "inactive-admin", "partner"],
)
def test_visible_to_shows_everything_to_partners_editors_and_admins_only(claims_by_state, caller, sees_all):
    visible = set(Claim.objects.visible_to(caller()).values_list("pk", flat=True))
    expected = Claim.objects.all() if sees_all else Claim.objects.published()
    assert visible == set(expected.values_list("pk", flat=True))
    assert len(visible) == (4 if sees_all else 2)
