"""What the desk's cells show: figures, the marked span, and which claims need a decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims import services
from claims.models import Claim, Verdict

if TYPE_CHECKING:
    from django.contrib.auth.models import User  # the project's user model (AUTH_USER_MODEL)

EN_DASH = "\N{EN DASH}"
EMPTY = EN_DASH  # what an empty cell shows, as the admin's own empty_value_display does

# A claim needs an editor's decision when a re-check flagged it, or when its automatic
# verdict says the figure is wrong or contested and nobody has looked at it yet.
NEEDS_DECISION = Q(review_state=Claim.ReviewState.NEEDS_REVIEW) | Q(
    current_verdict__review_state=Verdict.ReviewState.AUTO,
    current_verdict__label__in=services.LABELS_NEEDING_REVIEW,
)


def number(value: float | None) -> str:
    """A stored figure as a person writes it: 18.0 -> "18", 2201.0 -> "2,201" (or "2.201" in id)."""
    if value is None:
        return EMPTY
    return number_format(int(value) if float(value).is_integer() else value, force_grouping=True)


def figure_display(low: float, high: float | None, unit: str = "") -> str:
    """A claim's reading as editors say it: "18", "150\N{EN DASH}200", "≥ 2.201" (localised digits)."""
    if high is None:
        reading = f"≥ {number(low)}"
    elif high == low:
        reading = number(low)
    else:
        reading = f"{number(low)}{EN_DASH}{number(high)}"
    return f"{reading} {unit}".strip()


def marked_body(body: str, start: int, end: int) -> SafeString:
    """The article text with the claim's span in `<mark>`; every part is escaped."""
    start = max(0, min(start, len(body)))
    end = max(start, min(end, len(body)))
    return format_html('{}<mark id="claim-span">{}</mark>{}', body[:start], body[start:end], body[end:])


def editor(request: HttpRequest) -> User:
    """The signed-in editor behind an admin request (the admin lets no anonymous caller in)."""
    user = request.user
    if not isinstance(user, get_user_model()):
        raise PermissionDenied
    return user
