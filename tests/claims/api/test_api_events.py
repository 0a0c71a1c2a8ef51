from __future__ import annotations

import pytest

from tests.claims.api.support import ROLES, UNSAFE_METHODS, call

pytestmark = pytest.mark.django_db


def event_body(world) -> dict:
    return {
        "id": world.event.pk,
        "name": "Floods 2022",
        "keywords": {"en": ["flood"]},
        "country": "Testland",
        "start_date": "2022-01-05",
        "end_date": "2022-01-20",
    }


@pytest.mark.parametrize("role", ROLES)
def test_everyone_lists_events(clients, world, role):
    response = clients[role].get("/api/v1/events/")

    assert response.status_code == 200
    assert response.json() == {"next": None, "previous": None, "results": [event_body(world)]}


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_an_event(clients, world, role):
    response = clients[role].get(f"/api/v1/events/{world.event.pk}/")

    assert response.status_code == 200
    assert response.json() == event_body(world)


def test_unknown_event_answers_404(clients, world):
    response = clients["anonymous"].get("/api/v1/events/424242/")

    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "Not found."}


@pytest.mark.parametrize("method", UNSAFE_METHODS)
@pytest.mark.parametrize(
    ("role", "expected_status"),
    [("anonymous", 401), ("viewer", 403), ("partner", 405), ("editor", 405), ("admin", 405)],
)
@pytest.mark.parametrize("path", ["/api/v1/events/", "/api/v1/events/{id}/"])
def test_events_are_read_only(clients, world, path, method, role, expected_status):
    response = call(clients[role], method, path.format(id=world.event.pk))

    assert response.status_code == expected_status
