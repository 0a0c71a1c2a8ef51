"""People of an open group that a verb right before their figure puts in a state are named by the state before their
own noun (DESIGN 4.1: ``other`` names the subset; the gold's "state before the group's noun", README "Subject naming"):
"Longsor di tambang itu menimbun sedikitnya 27 penambang" counts buried miners, as "27 penambang tertimbun" does.
The verbs are the lexicons' ``[composed_labels.state_verbs]`` (state label -> verbs); counted by a generic noun the
people are "<state> people" ("menimbun tiga warga": buried people, as the gold's "31 had been buried"), or the state
alone for ``[cues] bare_states`` ("Rescuers pulled 68 people off the hull": rescued). A group of its own keeps its
noun for ``[cues] group_kept_states`` ("rescued 56 migrants": migrants) unless a state of danger picks it out
("mengevakuasi puluhan pendaki yang terjebak": rescued climbers). The label the verb itself gives the figure as an
other-verb ("had rescued at least 310 people": survivors) gives way; survivors counted by their own noun stay.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.lexicon import NounInfo, PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

KEPT_GROUPS: Final = frozenset({"survivors"})
"""Group labels that already name the state of a rescue ("Rescuers pulled 187 survivors from the water")."""


def object_state(
    s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]], after: str | None = None
) -> str | None:
    """ "menimbun sedikitnya 27 penambang": buried miners; None when no state verb stands right before the figure
    ``m`` (its qualifier included) or no open group of people counts it. ``after`` is the state a predicate after
    the group gives it ("pendaki yang terjebak": trapped people), None for none."""
    verbs, words = tables.get("state_verbs"), s.words
    if verbs is None or m.first == 0 or words[m.first - 1] not in verbs.lasts:
        return None
    hit = verbs.match_ending(words, m.first)
    if hit is None or m.subject is None:
        return None
    danger = m.subject in s.lex.cue("state_labels") or after in s.lex.cue("state_labels")  # "pendaki yang terjebak"
    own = _verb_label(s, m.first - hit[0]) == m.subject or danger
    if not danger and words[m.first - hit[0]] in s.lex.cue("danger_state_verbs"):
        return None  # "mengevakuasi 40 penumpang bus yang mogok": no danger, no rescue
    if any(w in s.lex.cue("saved_lives") for w in words[m.num_end : m.num_end + 2]):
        return None  # "saved 40 lives", "menyelamatkan 1,5 juta jiwa dari narkoba"
    group = open_group(m.nouns)
    if group is None:  # "menimbun tiga warga": buried people (as "14 orang tertimbun longsor")
        named = m.subject == "people" or any(n.label == m.subject for n in m.nouns)  # "pulled 200 residents"
        if not all(n.generic for n in m.nouns) or not (own or named):
            return None
        return hit[1] if hit[1] in s.lex.cue("bare_states") else f"{hit[1]} people"
    if group in KEPT_GROUPS or (hit[1] in s.lex.cue("group_kept_states") and not danger):
        return None  # "rescued 56 migrants": migrants (the author's), but "mengevakuasi ... pendaki yang terjebak"
    return f"{hit[1]} {group}" if m.subject == group or own else None


def open_group(nouns: list[NounInfo]) -> str | None:
    """The label of the first noun of an open group of people among ``nouns`` (no generic one: "penambang", not
    "warga"), None for none."""
    return next((n.label for n in nouns if n.subject_class == "people" and not n.generic), None)


def _verb_label(s: SentenceView, k: int) -> str | None:
    """The label the other-verb at token ``k`` gives its figure ("rescued": survivors), None for none."""
    found = s.measure_at(k) if 0 <= k < len(s.words) else None
    return found[1][1:] if found is not None and found[1].startswith("=") else None


__all__ = ["object_state", "open_group"]
