"""A predicate figure whose clause opens with a group of people and a relative clause of a state names the state before
the group's noun (DESIGN 4.1: ``other`` names the subset; README "Conventions settled (round 17)"): "Jemaah yang
sakit kini berjumlah 64 orang" counts sick pilgrims, as "64 jemaah jatuh sakit" does. The states are the lexicons'
``[composed_labels.state_prefixes]``; a generic noun ("Warga yang sakit") names no group, and the label stays.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

REACH: Final = 12
"""Tokens back from the figure to the relative word of the clause's opening group."""


def opening_state(s: SentenceView, m: Mention) -> str | None:
    """ "Jemaah yang sakit kini berjumlah 64 orang": sick pilgrims, when a noun of an open group of people stands right
    before a relative word and a state of ``state_prefixes`` after it, before the figure ``m`` whose subject is the
    group or the state; None otherwise."""
    prefixes = s.lex.composed_labels.get("state_prefixes")
    words = s.words
    if prefixes is None or m.subject is None:
        return None
    for j in range(max(1, m.first - REACH), m.first - 1):
        if words[j] not in s.lex.relative_words or words[j + 1] not in prefixes.firsts:
            continue
        state = prefixes.match(words, j + 1)
        group = _group_before(s, j) if state is not None else None
        if state is not None and group is not None and m.subject in (group, state[1], f"{state[1]} people"):
            return f"{state[1]} {group}"
    return None


def _group_before(s: SentenceView, j: int) -> str | None:
    """The label of the noun of an open group of people (no generic noun) that ends right before token ``j``."""
    for k in range(max(0, j - 3), j):
        noun = s.noun_at(k)
        if noun is not None and k + noun[0] == j and noun[1].subject_class == "people" and not noun[1].generic:
            return noun[1].label
    return None


__all__ = ["opening_state"]
