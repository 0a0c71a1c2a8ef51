"""Evacuation in its rescue sense (issue 11, round 8 second wave, Indonesian).

An evacuation word names ``displaced`` for people moved away from a threat. On fresh reports of building collapses
and eruptions most of its wrong readings took people *out of the event itself*: the evacuated are the event's
casualties ("total korban yang telah dievakuasi sebanyak 108 orang, lima di antaranya meninggal dunia", "Dari
sekitar 140 santri yang menjadi korban, ...", "dua korban berhasil di evakuasi hingga ke pos pendakian") or were got
out by a success verb ("sebanyak 102 orang berhasil dievakuasi"): rescued, which the dev split and the corpora mark
``other`` ("54 dari 71 pendaki berhasil dievakuasi"). Water or traffic in the sentence keeps the displacement
("30 warga yang terjebak banjir berhasil dievakuasi"), and so does a destination after a success verb ("31 warga
berhasil dievakuasi ke Kota Wamena"). The lists are ``[cues] rescue_leads``, ``rescue_destinations``,
``casualty_heads`` and ``trapped_not_by``; a language without them never takes this path, and a sentence without one
of their words costs a set lookup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.clause_scans import word_in_clause
from claims.extraction.part_whole_gates import word_after
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_VERB_REACH = (
    8  # tokens before a figure where the evacuation word of its subject may stand ("korban yang ... sebanyak")
)


def rescued_not_displaced(f: Figure, measure: str) -> bool:
    """The evacuation word that named ``displaced`` for ``f`` tells a rescue: the figure is ``other``."""
    if measure != "displaced" or f.rule_name not in ("_word_after", "_verb_before"):
        return False
    s, lex = f.s, f.s.lex
    leads, heads = lex.cue("rescue_leads"), lex.cue("casualty_heads")
    if (leads.isdisjoint(s.word_set) and heads.isdisjoint(s.word_set)) or not lex.cue("trapped_not_by").isdisjoint(
        s.word_set
    ):
        return False
    k = _evacuation_word(s, f)
    if k is None:
        return False
    if k > 0 and s.words[k - 1] in leads and not _destination_after(s, k):
        return True  # "102 orang berhasil dievakuasi"; not "berhasil dievakuasi aparat ke Kota Wamena"
    # the evacuated: the subject before the word ("korban yang telah dievakuasi sebanyak 108"), or the figure's noun
    lo, hi = (_clause_start(s, k), k) if k < f.m.first else (f.m.num_end, max(f.m.np_end, f.m.last))
    return any(s.words[j] in heads and _bare(s, j, hi) for j in range(lo, hi))


def _bare(s: SentenceView, j: int, end: int) -> bool:
    """The casualty word at ``j`` stands alone: no complement names an event whose affected it counts ("korban
    penembakan", "korban banjir" are the people an event struck, who may well be displaced)."""
    k = j + 1
    if k >= end:
        return True
    w = s.words[k]
    return w in s.lex.relative_words or w in s.lex.cue("rescue_leads") or w in s.lex.cue("verb_auxiliaries")


def _evacuation_word(s: SentenceView, f: Figure) -> int | None:
    """The token of the word that named ``displaced``: after the figure for ``_word_after``, before it else."""
    if f.rule_name == "_word_after":
        return word_after(s, max(f.m.np_end, f.m.last), "displaced")
    words = s.words
    for k in range(f.m.first - 1, max(-1, f.m.first - 1 - _VERB_REACH), -1):
        if words[k] in CLAUSE_PUNCT:
            return None
        found = s.measure_at(k)
        if found is not None and found[1] == "displaced":
            return k
    return None


def _destination_after(s: SentenceView, k: int) -> bool:
    """A destination follows the evacuation word at ``k`` in its clause ("... dievakuasi aparat ke Kota Wamena")."""
    return word_in_clause(s.words, range(k + 1, len(s.words)), s.lex.cue("rescue_destinations"))


def _clause_start(s: SentenceView, k: int) -> int:
    """The first token of the clause of token ``k`` (after the last clause punctuation or comma before it)."""
    j = k - 1
    while j >= 0 and s.words[j] not in CLAUSE_PUNCT and s.words[j] != ",":
        j -= 1
    return j + 1
