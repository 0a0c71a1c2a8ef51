"""Template filters of the editors' desk (see `claims/desk.py`)."""

from __future__ import annotations

from django import template

from claims.desk import confidence_display, desk_action_message, marked_sentence

register = template.Library()

register.filter("confidence", confidence_display)


@register.filter
def marked(sentence: str, figure: str) -> str:
    return marked_sentence(sentence, figure)


@register.filter
def history_message(entry) -> str:
    """A LogEntry's message: the editor action in the current language, else the admin's own."""
    return desk_action_message(entry.change_message) or entry.get_change_message()
