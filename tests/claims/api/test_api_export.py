from __future__ import annotations

import pytest

from claims.models import Claim
from tests.claims.api.support import UNSAFE_METHODS, call

pytestmark = pytest.mark.django_db

HEADER = (
    "id,article_url,source,event,text,sentence,measure,subject,value,low,high,qualifier,unit,as_of,attributed_to,"
    "language,verdict,confidence,verdict_review_state,review_state,evidence_count"
)


def csv_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="claims.csv"'
    return b"".join(response.streaming_content).decode()


def published_row(world) -> str:
    return (
        f"{world.published.pk},https://ministry.example.org/floods,Ministry,Floods 2022,12,"
        '"At least 12 people were killed in the floods, officials said.",killed,people,12.0,12.0,,at_least,,'
        "2022-01-07,,en,supported,0.8,confirmed,reviewed,1"
    )


def unpublished_row(world) -> str:
    return (
        f"{world.unpublished.pk},https://daily.example.org/floods,Daily,Floods 2022,12,"
        "Officials said 12 people were killed.,killed,people,12.0,12.0,12.0,exact,,2022-01-08,officials,en,"
        "unverified,0.3,auto,none,0"
    )


@pytest.mark.parametrize("role", ["anonymous", "viewer"])
def test_anonymous_export_has_the_published_claims(clients, world, role):
    assert csv_text(clients[role].get("/api/v1/claims/export.csv")) == f"{HEADER}\r\n{published_row(world)}\r\n"


@pytest.mark.parametrize("role", ["partner", "editor", "admin"])
def test_partner_export_has_every_claim(clients, world, role):
    assert csv_text(clients[role].get("/api/v1/claims/export.csv")) == (
        f"{HEADER}\r\n{published_row(world)}\r\n{unpublished_row(world)}\r\n"
    )


def test_export_takes_the_list_filters_and_ordering(clients, world):
    response = clients["partner"].get("/api/v1/claims/export.csv?verdict=unverified&ordering=-id")

    assert csv_text(response) == f"{HEADER}\r\n{unpublished_row(world)}\r\n"


@pytest.mark.parametrize(
    ("ordering", "first"),
    [("as_of", "published"), ("-as_of", "unpublished"), ("confidence", "unpublished"), ("-confidence", "published")],
)
def test_export_sorts_by_date_and_confidence_as_the_list_does(clients, world, ordering, first):
    # world.published: as_of 7 January, confidence 0.8; world.unpublished: 8 January, 0.3.
    rows = {"published": published_row(world), "unpublished": unpublished_row(world)}
    second = "unpublished" if first == "published" else "published"

    exported = csv_text(clients["partner"].get(f"/api/v1/claims/export.csv?ordering={ordering}"))
    listed = clients["partner"].get(f"/api/v1/claims/?ordering={ordering}").json()["results"]

    assert exported == f"{HEADER}\r\n{rows[first]}\r\n{rows[second]}\r\n"
    assert [item["id"] for item in listed] == [getattr(world, first).pk, getattr(world, second).pk]


def test_export_neutralises_spreadsheet_formulas(clients, world):
    Claim.objects.filter(pk=world.unpublished.pk).update(attributed_to='=HYPERLINK("http://evil")')

    text = csv_text(clients["partner"].get(f"/api/v1/claims/export.csv?article={world.draft_article.pk}"))

    assert '"\'=HYPERLINK(""http://evil"")"' in text


def test_export_with_a_bad_filter_answers_400_in_json(clients, world):
    response = clients["partner"].get("/api/v1/claims/export.csv?measure=bogus")

    assert response.status_code == 400
    assert response.json() == {
        "code": "invalid",
        "message": "measure: Select a valid choice. bogus is not one of the available choices.",
        "fields": {"measure": ["Select a valid choice. bogus is not one of the available choices."]},
    }


@pytest.mark.parametrize("method", UNSAFE_METHODS)
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 405), ("editor", 405), ("admin", 405)],
)
def test_export_is_read_only(clients, world, method, role, expected_status):
    assert call(clients[role], method, "/api/v1/claims/export.csv").status_code == expected_status
