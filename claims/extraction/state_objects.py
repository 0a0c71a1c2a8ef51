"""People of an open group that a verb right before their figure puts in a state are named by the state before their
own noun (DESIGN 4.1: ``other`` names the subset; the gold's "state before the group's noun", README "Subject naming"):
"Longsor di tambang itu menimbun sedikitnya 27 penambang" counts buried miners, as "27 penambang tertimbun" does.
The verbs are the lexicons' ``[composed_labels.state_verbs]`` (state label -> verbs); counted by a generic noun the
people are "<state> people" ("menimbun tiga warga": buried people, as the gold's "31 had been buried").
"""

from __future__ import annotations

from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def object_state(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "menimbun sedikitnya 27 penambang": buried miners; None when no state verb stands right before the figure
    ``m`` (its qualifier included) or no open group of people counts it."""
    verbs, words = tables.get("state_verbs"), s.words
    if verbs is None or m.first == 0 or words[m.first - 1] not in verbs.lasts:
        return None
    hit = verbs.match_ending(words, m.first)
    if hit is None:
        return None
    group = next((n.label for n in m.nouns if n.subject_class == "people" and not n.generic), None)
    if group is None:  # "menimbun tiga warga": buried people (as "14 orang tertimbun longsor")
        return f"{hit[1]} people" if m.subject == "people" and all(n.generic for n in m.nouns) else None
    return f"{hit[1]} {group}" if m.subject == group else None


__all__ = ["object_state"]
