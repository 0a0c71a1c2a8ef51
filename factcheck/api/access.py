"""Who is calling the API, and what they may do.

Four kinds of caller (docs/api.md, "Authentication"):

- anonymous (and any signed-in user who is not an editor): reads published verdicts only;
- a partner, with `Authorization: Bearer <token>` (tokens are created and revoked in the
  admin, partners.authentication reads them): reads everything and may submit articles;
- an editor (staff in the `Editor` group, session cookie): reads everything, may submit;
- an admin (superuser, session cookie): as an editor.

The roles, the permission and the throttle are the API's, shared by every app; only the
token check itself belongs to `partners`, which owns the tokens.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from rest_framework import permissions, throttling
from rest_framework.request import Request
from rest_framework.settings import api_settings

from factcheck.roles import PartnerPrincipal, is_editor

logger = logging.getLogger(__name__)


def is_partner(request: Request) -> bool:
    # The partner token authentication (partners.authentication) signs a partner in as a
    # PartnerPrincipal; nothing else does.
    return isinstance(request.user, PartnerPrincipal)


def caller_role(request: Request) -> str:
    """`anonymous`, `partner`, `editor` or `admin` (a signed-in non-editor counts as anonymous)."""
    if is_partner(request):
        return "partner"
    user = request.user
    if getattr(user, "is_superuser", False) and user.is_active:
        return "admin"
    if is_editor(user):
        return "editor"
    return "anonymous"


def reads_everything(request: Request) -> bool:
    return caller_role(request) != "anonymous"


class ApiPermission(permissions.BasePermission):
    """Anyone reads (what they see is narrowed by each view); partners and editors write."""

    message = "Only partner tokens and editors may do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return reads_everything(request)


_last_outage_log = 0.0
OUTAGE_LOG_INTERVAL = 60.0


def throttle_unavailable(exc: Exception) -> None:
    """Log that throttling is off because the cache failed: once a minute per process, not
    once per request."""
    global _last_outage_log
    now = time.monotonic()
    if now - _last_outage_log >= OUTAGE_LOG_INTERVAL or _last_outage_log == 0.0:
        _last_outage_log = now
        logger.error("API throttling is off: the cache failed (%s: %s); requests are served", type(exc).__name__, exc)


class ApiThrottle(throttling.SimpleRateThrottle):
    """One bucket per partner token, per signed-in user, and per client address for anonymous.

    A fixed window per bucket counted with one atomic increment in the cache (the default
    throttle reads a history, then writes it back: concurrent requests all read the same
    history and all pass). When the cache fails, throttling fails open and logs.

    The rates come from settings (REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], env-driven) and
    are read on each request, so a test or a deployment can change them without a restart.
    """

    scope = "anon"

    def __init__(self) -> None:  # the scope is only known per request; see allow_request
        pass

    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        return None if rate is None else str(rate)

    def allow_request(self, request: Request, view: Any) -> bool:
        if is_partner(request):
            self.scope = "partner"
        elif getattr(request.user, "is_authenticated", False):
            self.scope = "user"
        else:
            self.scope = "anon"
        self.rate = self.get_rate()
        self.num_requests, self.duration = limit, duration = self.parse_rate(self.rate)
        if limit is None or duration is None:
            return True  # no rate for this scope
        key = self.get_cache_key(request, view)
        now = self.timer()
        window = int(now // duration)
        self.window_ends = (window + 1) * duration
        try:
            count = self._count(f"{key}_{window}", timeout=duration + 1)
        except Exception as exc:  # the cache is down (Redis stopped): serve, and say so
            throttle_unavailable(exc)
            return True
        return count <= limit

    def _count(self, key: str, *, timeout: int) -> int:
        """This request's number in its window: one atomic increment (Redis INCR; locmem holds a
        lock), so concurrent requests can never all read the same count and all pass."""
        self.cache.add(key, 0, timeout=timeout)
        try:
            return self.cache.incr(key)
        except ValueError:  # the key expired between add and incr: a new window began
            self.cache.add(key, 1, timeout=timeout)
            return 1

    def wait(self) -> float | None:
        return max(1.0, self.window_ends - self.timer())

    def get_cache_key(self, request: Request, view: Any) -> str:
        if self.scope == "partner":
            ident = f"token-{request.auth.pk}"
        elif self.scope == "user":
            ident = f"user-{request.user.pk}"
        else:
            ident = self.get_ident(request)
        return f"throttle_{self.scope}_{ident}"
