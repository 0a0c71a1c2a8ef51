"""The partner token check: `Authorization: Bearer <token>` signs a partner in.

What each kind of caller may do is decided in `factcheck/api/access.py`.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from factcheck.roles import PartnerPrincipal
from partners.models import PartnerToken, token_digest

# Touching last_used_at on every request would turn every read into a write.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)

__all__ = ["LAST_USED_RESOLUTION", "PartnerPrincipal", "PartnerTokenAuthentication"]


class PartnerTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[PartnerPrincipal, PartnerToken] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None  # not ours: the session (or anonymous) takes over
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid Authorization header: use 'Bearer <token>'.")
        try:
            key = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        token = (
            PartnerToken.objects.select_related("partner")
            .filter(digest=token_digest(key), revoked_at__isnull=True, partner__is_active=True)
            .first()
        )
        if token is None:
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        now = timezone.now()
        if token.last_used_at is None or token.last_used_at < now - LAST_USED_RESOLUTION:
            PartnerToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return PartnerPrincipal(token.partner_id, token.partner.name, token.pk), token

    def authenticate_header(self, request: Request) -> str:
        # Makes unauthenticated requests answer 401 with a challenge instead of 403.
        return f'{self.keyword} realm="api"'
