"""The floor under the claim list benchmark (bench/bench_api.py): two WSGI apps that serve the
same page as its raw SQL reference, through the same gunicorn, with less and less framework.

* `bare`: no framework at all. psycopg runs PAGE_SQL and EVIDENCE_SQL and `json.dumps` writes
  the rows. What any Python web stack behind gunicorn pays at least.
* `django`: Django's full request cycle (factcheck.settings, every middleware) and one plain
  view that runs the same two statements on Django's connection and returns the rows as
  JSON: no DRF, no ORM, no filters, no authentication.

Neither is an endpoint of the project: they exist only to show where the API's time goes.
"""

from __future__ import annotations

import json
import os
from urllib.parse import parse_qs

from bench.bench_api import EVIDENCE_SQL, PAGE_SQL


def _event(query_string: str) -> int:
    return int(parse_qs(query_string)["event"][0])


def _page(cursor_factory, event: int) -> bytes:
    with cursor_factory() as cursor:
        cursor.execute(PAGE_SQL, [event])
        rows = cursor.fetchall()
        cursor.execute(EVIDENCE_SQL, [[row[27] for row in rows if row[27] is not None]])
        evidence = cursor.fetchall()
    return json.dumps({"results": rows, "evidence": evidence}, default=str).encode()


_connection = None


def bare(environ, start_response):
    global _connection
    import psycopg

    if _connection is None:
        _connection = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
    body = _page(_connection.cursor, _event(environ["QUERY_STRING"]))
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def _django_app():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    from django.conf import settings

    settings.ROOT_URLCONF = __name__  # this module's `urlpatterns`, nothing else
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def page_view(request):
    from django.db import connection
    from django.http import HttpResponse

    return HttpResponse(_page(connection.cursor, _event(request.META["QUERY_STRING"])), content_type="application/json")


def __getattr__(name: str):
    # `django` is built on first use, so importing this module for `bare` loads no Django.
    if name == "django":
        app = globals()["django"] = _django_app()
        return app
    if name == "urlpatterns":
        from django.urls import path

        patterns = globals()["urlpatterns"] = [path("api/v1/claims/", page_view)]
        return patterns
    raise AttributeError(name)
