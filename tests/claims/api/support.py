"""Shared fixtures for the API tests (imported by the conftest of each API test folder)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from rest_framework.test import APIClient

from claims.models import Claim, Verdict
from partners.models import Partner
from partners.services import partner_token_create
from tests.factories import (
    ArticleEventFactory,
    ArticleFactory,
    ClaimFactory,
    EditorFactory,
    EventFactory,
    EvidenceFactory,
    SourceFactory,
    UserFactory,
    VerdictFactory,
)

T0 = dt.datetime(2022, 1, 8, 9, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2022, 1, 8, 10, 0, tzinfo=dt.UTC)
T2 = dt.datetime(2022, 1, 8, 11, 30, tzinfo=dt.UTC)
EXPLANATION = "Supported: Daily reported 12 people killed on 8 January, which pins the figure at 12."
ROLES = ("anonymous", "viewer", "partner", "editor", "admin")
UNSAFE_METHODS = ("post", "put", "patch", "delete")


@pytest.fixture(autouse=True)
def _fresh_throttle_buckets():
    # Throttle counts live in the cache, which outlives a test; each test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def partner_key(db) -> str:
    partner = Partner.objects.create(name="Newsroom One", contact_email="dev@newsroom.example.org")
    _, key = partner_token_create(partner=partner, name="production")
    return key


@pytest.fixture
def editor(db):
    return EditorFactory(username="editor1")


@pytest.fixture
def clients(db, partner_key, editor) -> dict[str, APIClient]:
    """One client per kind of caller: anonymous, a signed-in non-editor ("viewer"), a partner
    token, an editor and an admin (superuser)."""
    anonymous = APIClient()
    viewer = APIClient()
    viewer.force_login(UserFactory(username="reader1"))
    partner = APIClient()
    partner.credentials(HTTP_AUTHORIZATION=f"Bearer {partner_key}")
    editor_client = APIClient()
    editor_client.force_login(editor)
    admin = APIClient()
    admin.force_login(
        get_user_model().objects.create_superuser(username="admin1", email="admin@example.org", password="x" * 12)
    )
    return {"anonymous": anonymous, "viewer": viewer, "partner": partner, "editor": editor_client, "admin": admin}


@dataclass
class World:
    official: object
    outlet: object
    event: object
    published_article: object
    draft_article: object
    published: Claim  # its current verdict was confirmed by an editor
    unpublished: Claim  # only an automatic verdict
    auto_verdict: Verdict
    confirmed_verdict: Verdict
    unpublished_verdict: Verdict


def build_world(editor) -> World:
    """Two sources reporting the same flood toll; one claim published by an editor, one not."""
    official = SourceFactory(
        name="Ministry", domain="ministry.example.org", kind="official", reliability=0.9, language="en"
    )
    outlet = SourceFactory(name="Daily", domain="daily.example.org", kind="outlet", reliability=0.6, language="en")
    event = EventFactory(
        name="Floods 2022",
        keywords={"en": ["flood"]},
        country="Testland",
        start_date=dt.date(2022, 1, 5),
        end_date=dt.date(2022, 1, 20),
    )
    published_article = ArticleFactory(
        source=official,
        url="https://ministry.example.org/floods",
        title="Flood toll rises",
        body="At least 12 people were killed in the floods, officials said.",
        ingested_at=T0,
        extracted_at=T0,
    )
    draft_article = ArticleFactory(
        source=outlet,
        url="https://daily.example.org/floods",
        title="Floods in the north",
        body="Officials said 12 people were killed.",
        ingested_at=T0,
        extracted_at=T0,
    )
    ArticleEventFactory(article=published_article, event=event)
    ArticleEventFactory(article=draft_article, event=event)
    published = ClaimFactory(article=published_article, event=event, start=9, end=11, qualifier="at_least", high=None)
    unpublished = ClaimFactory(
        article=draft_article, event=event, start=15, end=17, attributed_to="officials", as_of=dt.date(2022, 1, 8)
    )
    auto_verdict = VerdictFactory(
        claim=published,
        label="supported",
        confidence=0.8,
        method_version="v1",
        computed_at=T1,
        checked_at=T1,
        explanation=EXPLANATION,
    )
    EvidenceFactory(verdict=auto_verdict, claim=unpublished, relation="supports", explanation="same toll, a day later")
    confirmed_verdict = VerdictFactory(
        claim=published,
        label="supported",
        confidence=0.8,
        method_version="editor",
        computed_at=T2,
        checked_at=T2,
        review_state=Verdict.ReviewState.CONFIRMED,
        reviewer=editor,
        rationale="Matches the ministry's figure.",
        explanation=EXPLANATION,
    )
    EvidenceFactory(
        verdict=confirmed_verdict, claim=unpublished, relation="supports", explanation="same toll, a day later"
    )
    Claim.objects.filter(pk=published.pk).update(review_state=Claim.ReviewState.REVIEWED, status="verified")
    unpublished_verdict = VerdictFactory(
        claim=unpublished,
        label="unverified",
        confidence=0.3,
        method_version="v1",
        computed_at=T1,
        checked_at=T1,
        explanation="Unverified: no other source reported this figure for the event.",
    )
    published.refresh_from_db()
    unpublished.refresh_from_db()
    return World(
        official,
        outlet,
        event,
        published_article,
        draft_article,
        published,
        unpublished,
        auto_verdict,
        confirmed_verdict,
        unpublished_verdict,
    )


@pytest.fixture
def world(db, editor) -> World:
    return build_world(editor)


def call(client: APIClient, method: str, url: str, data: object = None):
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, data if data is not None else {}, format="json")


# --- a web server on loopback (tests never reach the internet) --------------------------


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] | None = None


class LocalServer:
    """Serves `routes` (path -> Route, or a list of Routes served in turn) on 127.0.0.1 and
    records every request it receives."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.routes: dict[str, Route | list[Route]] = {}
        self.requests: list[dict] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                route = server.routes.get(self.path.split("?", 1)[0])
                if isinstance(route, list):
                    route = route.pop(0) if len(route) > 1 else route[0]
                route = route or Route(404, b"not here", {"Content-Type": "text/plain"})
                self.send_response(route.status)
                for name, value in (route.headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            do_GET = _serve
            do_POST = _serve

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def local_server(settings):
    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = True
    server = LocalServer()
    yield server
    server.close()


ARTICLE_HTML = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floods: toll rises to 14</title>
<meta property="article:published_time" content="2022-01-09"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Floods: toll rises to 14</h1>
<p>At least 14 people were killed in the floods in the north of the country, the health ministry said on Sunday.</p>
<p>Rescue teams were still searching villages along the river, and officials said more than 200 people had been
moved to shelters since the water began to rise on Friday evening.</p>
<p>The regional governor asked residents to stay away from the river banks until the water level falls.</p>
</article><footer>Copyright News</footer></body></html>"""
