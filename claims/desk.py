"""How the editors' desk writes a claim's figures for people: confidence, the claim in its
sentence, and the editor actions recorded in the admin's history.

Shared by the admin (`claims/admin/`) and its templates (`claims/templatetags/desk.py`).
"""

from __future__ import annotations

import json
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from claims.models import Verdict

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
# The queue's snippet keeps this many characters of the sentence on each side of the figure.
SNIPPET_CONTEXT = 60
# An editor action in LogEntry.change_message: [{"desk": {"action": ..., ...}}]. Stored as
# data, not as an English sentence, so the history page reads it in the editor's language.
DESK_KEY = "desk"


def confidence_display(confidence: float | None) -> str:
    """A verdict's confidence as a percentage with at most one decimal, rounded down, so a
    confidence below 1 never reads as certainty.

    Rounding down keeps the digits that matter: 0.9985 is "99.8%", not "1.00" or "100%".

    >>> confidence_display(0.9985), confidence_display(0.75), confidence_display(0.29), confidence_display(1.0)
    ('99.8%', '75%', '29%', '100%')
    >>> confidence_display(0.0004), confidence_display(None) == "\N{EN DASH}"
    ('0%', True)
    """
    if confidence is None:
        return "\N{EN DASH}"
    percent = (Decimal(str(confidence)) * 100).quantize(Decimal("0.1"), rounding=ROUND_FLOOR)
    if percent == percent.to_integral_value():
        return f"{number_format(int(percent))}%"
    return f"{number_format(percent, 1)}%"


def _figure_at(text: str, figure: str, start_hint: int | None = None) -> tuple[int, int] | None:
    """Where the figure stands in the text: the occurrence nearest `start_hint`, else the first."""
    if not figure:
        return None
    positions = []
    index = text.find(figure)
    while index != -1:
        positions.append(index)
        index = text.find(figure, index + 1)
    if not positions:
        return None
    best = min(positions, key=lambda p: abs(p - start_hint)) if start_hint is not None else positions[0]
    return best, best + len(figure)


def subject_display(subject: str) -> str:
    """A claim's subject ("police") in the current language; the names are listed for the
    translators in `claims/subject_names.py`."""
    return _(subject) if subject else "\N{EN DASH}"


def marked_sentence(sentence: str, figure: str, start_hint: int | None = None) -> SafeString:
    """The whole sentence with the figure in `<mark>`; every part is escaped.

    >>> marked_sentence("Police said <b>18</b> died.", "18")
    'Police said &lt;b&gt;<mark>18</mark>&lt;/b&gt; died.'
    """
    span = _figure_at(sentence, figure, start_hint)
    if span is None:
        return format_html("{}", sentence)
    start, end = span
    return format_html("{}<mark>{}</mark>{}", sentence[:start], sentence[start:end], sentence[end:])


def claim_snippet(sentence: str, figure: str, context: int = SNIPPET_CONTEXT) -> SafeString:
    """The claim in its sentence for the queue: the figure marked, at most `context`
    characters on either side, cut at word boundaries.

    >>> claim_snippet("In the capital, police said that at least 18 officers died on Friday night.", "18", 20)
    '…said that at least <mark>18</mark> officers died on…'
    """
    span = _figure_at(sentence, figure)
    if span is None:
        return format_html("{}", Truncator(sentence).chars(2 * context))
    start, end = span
    before, after = sentence[:start], sentence[end:]
    if len(before) > context:
        cut = before[-context:]
        before = ELLIPSIS + cut[cut.find(" ") + 1 :] if " " in cut else ELLIPSIS + cut
    if len(after) > context:
        cut = after[:context]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + ELLIPSIS
    return format_html("{}<mark>{}</mark>{}", before, sentence[start:end], after)


# --- editor actions in the admin's history ------------------------------------------------


def desk_action(action: str, **details: str) -> list[dict[str, Any]]:
    """A LogEntry change message for an editor action on a claim."""
    return [{DESK_KEY: {"action": action, **details}}]


def desk_action_message(change_message: str) -> str | None:
    """The editor action a LogEntry records, in the current language; None when the entry is
    not a desk action (the admin's own message is shown then)."""
    try:
        parsed = json.loads(change_message)
    except (TypeError, ValueError):
        return None
    if not (isinstance(parsed, list) and parsed and isinstance(parsed[0], dict) and DESK_KEY in parsed[0]):
        return None
    details = parsed[0][DESK_KEY]
    labels = dict(Verdict.Label.choices)
    label = str(labels.get(details.get("label", ""), details.get("label", "")))
    action = details.get("action")
    if action == "confirm":
        return _("Confirmed the verdict: %(label)s.") % {"label": label}
    if action == "override":
        return _("Overrode the verdict to %(label)s. Rationale: %(rationale)s") % {
            "label": label,
            "rationale": details.get("rationale", ""),
        }
    if action == "assign":
        if details.get("assignee"):
            return _("Assigned to %(name)s.") % {"name": details["assignee"]}
        return _("Unassigned.")
    if action == "recheck":
        return _("Sent for re-checking.")
    return None
