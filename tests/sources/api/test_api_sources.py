from __future__ import annotations

import pytest

from tests.claims.api.support import ROLES, UNSAFE_METHODS, call

pytestmark = pytest.mark.django_db


def daily(world) -> dict:
    return {
        "id": world.outlet.pk,
        "name": "Daily",
        "domain": "daily.example.org",
        "kind": "outlet",
        "reliability": 0.6,
        "language": "en",
    }


def ministry(world) -> dict:
    return {
        "id": world.official.pk,
        "name": "Ministry",
        "domain": "ministry.example.org",
        "kind": "official",
        "reliability": 0.9,
        "language": "en",
    }


@pytest.mark.parametrize("role", ROLES)
def test_everyone_lists_sources_by_name(clients, world, role):
    response = clients[role].get("/api/v1/sources/")

    assert response.status_code == 200
    assert response.json() == {"next": None, "previous": None, "results": [daily(world), ministry(world)]}


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_a_source(clients, world, role):
    response = clients[role].get(f"/api/v1/sources/{world.official.pk}/")

    assert response.status_code == 200
    assert response.json() == ministry(world)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=official", ["ministry"]),
        ("kind=ngo", []),
        ("domain=daily.example.org", ["daily"]),
        ("language=en", ["daily", "ministry"]),
    ],
)
def test_source_filters(clients, world, query, expected):
    response = clients["anonymous"].get(f"/api/v1/sources/?{query}")

    bodies = {"daily": daily(world), "ministry": ministry(world)}
    assert response.json()["results"] == [bodies[name] for name in expected]


def test_a_bad_kind_answers_400(clients, world):
    response = clients["anonymous"].get("/api/v1/sources/?kind=blog")

    assert response.status_code == 400
    assert response.json() == {
        "code": "invalid",
        "message": "kind: Select a valid choice. blog is not one of the available choices.",
        "fields": {"kind": ["Select a valid choice. blog is not one of the available choices."]},
    }


def test_sources_page_with_a_cursor(clients, world):
    first = clients["anonymous"].get("/api/v1/sources/?page_size=1").json()
    second = clients["anonymous"].get(first["next"]).json()

    assert first["results"] == [daily(world)]
    assert second["results"] == [ministry(world)]
    assert second["next"] is None


@pytest.mark.parametrize("method", UNSAFE_METHODS)
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 405), ("editor", 405), ("admin", 405)],
)
@pytest.mark.parametrize("path", ["/api/v1/sources/", "/api/v1/sources/{id}/"])
def test_sources_are_read_only_through_the_api(clients, world, path, method, role, expected_status):
    response = call(clients[role], method, path.format(id=world.official.pk))

    assert response.status_code == expected_status
