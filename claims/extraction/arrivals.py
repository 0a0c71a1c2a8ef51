"""Refugees who land are displaced (NEWS_CONSTRUCTIONS.md section 1, "refugees landed"): "setidaknya 174 orang
Rohingya tiba di desa pesisir", "Lebih dari 500 orang Rohingya mendarat di Aceh", "87 etnis Rohingya terdampar di
pantai". A noun of people who flee by sea (``[cues] arrival_nouns``) in the figure's noun phrase and an arrival verb
(``[cues] arrival_verbs``) right after it, perhaps past a few words of ``arrival_skips`` ("yang baru tiba"), name the
measure. Travellers, pilgrims and passengers who arrive are no refugees: their nouns are not in the list; a boat
"membawa 76 orang Rohingya" counts the people on board (the verb before the figure decides first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_SKIPS: Final = 3  # words between the noun phrase and the verb: "yang baru saja tiba"


def landed(f: Figure) -> str | None:
    """``displaced`` for a count of refugees followed by an arrival verb, else None.

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure) for c in extract("Sebanyak 96 orang Rohingya mendarat di Pantai Ujong Blang.", "id")]
    [('96', 'displaced')]
    """
    s, m = f.s, f.m
    nouns = s.lex.cue("arrival_nouns")
    if nouns.isdisjoint(s.word_set) or f.cls not in PERSON_CLASSES:
        return None
    lists = s.lex.composed_labels.get("lists")
    k = s.before_determiners(m.first - 1)
    if k >= 0 and lists is not None and (found := lists.match_ending(s.words, k + 1)) and found[1] == "carry_verbs":
        return None  # "kapal yang membawa 208 etnis Rohingya tiba": the people on board
    end = max(m.np_end, m.num_end)
    noun = next((k for k in range(m.num_end, end) if s.words[k] in nouns), None)
    if noun is None:
        return None
    verbs, skips = s.lex.cue("arrival_verbs"), s.lex.cue("arrival_skips")
    for k in range(noun + 1, min(len(s.words), end + _SKIPS + 1)):  # the noun phrase may run over an unknown verb
        w = s.words[k]
        if w in verbs:
            return "displaced"
        if w in CLAUSE_PUNCT or w not in skips:
            return None
    return None
