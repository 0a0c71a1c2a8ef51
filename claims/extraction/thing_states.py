"""Things picked out by a state (DESIGN.md 4.1: a subset named by something other than the measure is ``other``,
with a subject naming the subset, as "heavily damaged houses" is).

BNPB and BPBD recaps count the houses a flood reached apart from those it damaged: "214 rumah yang terdampak banjir",
"85 rumah di desa tersebut terdampak", "Rumah terdampak sebanyak 1.310 unit". A counted thing whose label the language
lists (``[cues] stated_things``) followed in its clause by a state of ``[composed_labels.thing_states]`` (past
``[cues] thing_state_skips`` and a place after a preposition), or a predicate figure after that thing and its
state, counts the things in that state: affected houses.

>>> from claims.extraction import extract
>>> [(c.low, c.subject) for c in extract("Sebanyak 120 rumah warga di desa itu terdampak banjir.", "id")]
[(120, 'affected houses')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.phrase_table import PhraseTable
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 8  # tokens between the noun phrase and its state: "rumah di Desa Kali Jernih juga ikut terdampak"


def thing_states(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the ``other`` figures of a listed thing in a state the state's label (module docstring)."""
    table = s.lex.composed_labels.get("thing_states")
    things = s.lex.cue("stated_things")
    if table is None or not things:
        return
    for m in mentions:
        if m.measure != "other" or not m.valid or m.unit is not None or m.subject not in things:
            continue
        state = _state_after(s, m, table) or _state_before(s, m, table)
        if state is not None:
            m.subject = f"{state} {m.subject}"


def _state_after(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The state in the figure's clause after its noun phrase ("214 rumah yang terdampak", "85 rumah di desa
    tersebut terdampak"); none past another figure, a list joiner or another measure word."""
    words, skips, n = s.words, s.lex.cue("thing_state_skips"), len(s.words)
    places = s.lex.cue("group_place_words")
    j, stop = m.num_end, min(n, max(m.np_end, m.num_end) + _REACH)
    in_place = False
    while j < stop:
        w = words[j]
        if w == "," or w in CLAUSE_PUNCT or w in s.lex.list_joiners or j in s.mention_firsts:
            return None
        found = table.match(words, j) if w in table.firsts else None
        if found is not None:
            return found[1]
        if j < m.np_end:
            pass  # the figure's own noun phrase ("rumah warga"), which may reach over its state
        elif w in places:
            in_place = True  # "di Kota Kendari", "di desa tersebut": a place, then the state
        elif (not in_place and w not in skips) or (in_place and s.measure_at(j) is not None):
            return None  # a word that is no skip before a place, or a verb of its own inside one
        j += 1
    return None


def _state_before(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The state that heads a predicate figure with its thing ("Rumah terdampak sebanyak 1.310 unit", "total rumah
    yang terdampak mencapai 126 unit")."""
    words, k, skips = s.words, m.first - 1, s.lex.cue("thing_state_skips")
    while k >= 0 and (words[k] in s.lex.fillers or words[k] in skips):
        k -= 1
    found = table.match_ending(words, k + 1) if k >= 0 and words[k] in table.lasts else None
    if found is None:
        return None
    k -= found[0]
    if k >= 0 and words[k] in skips:
        k -= 1  # "rumah yang terdampak"
    nouns = s.lex.nouns
    for start in range(max(0, k - 2), k + 1):
        noun = nouns.match(words, start) if words[start] in nouns.firsts else None
        if noun is not None and start + noun[0] == k + 1 and noun[1].label == m.subject:
            return found[1]
    return None
