"""A breakdown set off by commas between a figure's noun phrase and its predicate (issue 11, round 10 wave 2).

Police and hospital copy break a whole down before its verb: "Sebanyak 660 personel gabungan, terdiri atas 420
polisi, 150 prajurit TNI dan 90 anggota Satpol PP, disiagakan di 12 titik", "Lima korban, masing-masing empat murid
SD dan satu siswi SMP, masih dirawat". The aside opens with a breakdown lead (``[cues] breakdown_asides``), holds the
items' figures and the commas between them, and closes at the comma before the predicate: the whole reaches across
it (``reach._past_comma``), as it reaches across a short aside with no figure (``clauses.comma_aside_end``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.clauses import verb_soon
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.mention_type import Mention

_LEAD_WORDS: Final = 2  # "terdiri atas", "masing-masing"
_REACH: Final = 30  # tokens from the opening comma to the closing one: a list of three or four items with their nouns


def aside_end(s: SentenceView, j: int) -> int:
    """The token after a breakdown aside that opens at the comma ``j`` right after a figure's noun phrase and closes
    at a comma before the predicate (module docstring); -1 when there is none."""
    words = s.words
    if j + 1 >= len(words) or words[j] != "," or words[j + 1] not in s.lex.cue_firsts("breakdown_asides"):
        return -1  # most commas: no breakdown lead after them (a table lookup)
    lead = s.cue_phrase_at(j + 1, "breakdown_asides", _LEAD_WORDS)
    if lead == 0:
        return -1
    counted = False
    for k in range(j + 1 + lead, min(len(words), j + _REACH)):
        if k in s.mention_firsts:
            counted = True
        elif words[k] in CLAUSE_PUNCT or words[k] in {".", ";"}:
            return -1
        elif words[k] == ",":
            if k + 1 in s.mention_firsts:
                continue  # ", 150 prajurit TNI": the list goes on
            return k + 1 if counted and verb_soon(s, k + 1) else -1
    return -1


def holds(s: SentenceView, start: int, k: int) -> bool:
    """True when token ``k`` lies inside a breakdown aside that opens at token ``start`` (a comma)."""
    return start < len(s.words) and s.words[start] == "," and aside_end(s, start) > k


def item_of_aside(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """True when the figure ``m`` is an item of a breakdown aside after an earlier figure's noun phrase."""
    if "," not in s.word_set:
        return False
    return any(o.last <= m.first and holds(s, max(o.np_end, o.num_end), m.first) for o in mentions if o is not m)
