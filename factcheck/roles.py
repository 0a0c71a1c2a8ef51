"""Who a caller is, from its user alone (no request, no DRF): the API's access rules
(factcheck/api/access.py) and the querysets' visibility (`Claim.objects.visible_to(user)`)
both read it here.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser

EDITOR_GROUP = "Editor"


class PartnerPrincipal(AnonymousUser):
    """`request.user` for a partner token.

    Not a Django user: to Django code (the admin, simple_history's history_user, permission
    checks) it is anonymous, which is exactly what a partner is there. The API tells partners
    apart by `request.auth` (the PartnerToken), see `caller_role`.
    """

    def __init__(self, partner_id: int, partner_name: str, token_id: int) -> None:
        self.partner_id = partner_id
        self.partner_name = partner_name
        self.token_id = token_id

    def __str__(self) -> str:
        return f"partner {self.partner_name}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartnerPrincipal) and other.token_id == self.token_id

    def __hash__(self) -> int:
        return hash(("partner", self.token_id))


def is_editor(user: Any) -> bool:
    """Staff in the Editor group, or a superuser (admins can do what editors do)."""
    if not getattr(user, "is_authenticated", False) or isinstance(user, PartnerPrincipal):
        return False
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not user.is_staff:
        return False
    cached = getattr(user, "_factcheck_is_editor", None)
    if cached is None:
        cached = user.groups.filter(name=EDITOR_GROUP).exists()
        user._factcheck_is_editor = cached
    return cached


def sees_everything(user: Any) -> bool:
    """A partner, an editor or an admin reads every claim; anyone else, published ones only."""
    return isinstance(user, PartnerPrincipal) or is_editor(user)
