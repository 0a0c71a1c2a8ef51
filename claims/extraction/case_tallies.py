"""Cases counted by a sentence that opens with them: "Kasus penganiayaan turun dari 812 menjadi 590", "Kasus
pencurian tahun ini tercatat 391" (Polda and Polres year-end releases, issue 11, corpus ``idl``). A bare figure whose
clause starts the sentence with a case noun (``[cues] case_heads``) and reaches it with no comma, measure word or
other figure between (but the "dari N" a change verb leaves), after a change verb or a predicate cue, counts that
noun's thing: a valid ``other`` figure with the noun's label, where a bare figure would be dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subject_rules import predicate_cue
from claims.extraction.view import CLAUSE_PUNCT, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_REACH = 9  # "Kasus penganiayaan di wilayah itu sepanjang tahun ini turun dari"


def case_head_label(f: Figure) -> str | None:
    """The label of the case noun that opens the sentence of a bare predicate figure."""
    s, m = f.s, f.m
    if not 0 < m.first <= _REACH or s.words[0] not in s.lex.cue("case_heads"):
        return None
    before = s.words[m.first - 1]
    changes, froms = syntax_list(s, "bare_change_verbs"), s.lex.range_from
    found = predicate_cue(s, m.first)
    if before not in changes and before not in froms and (found is None or found[1] not in ("exact", "total")):
        return None
    for k in range(1, m.first):
        w = s.words[k]
        if w == "," or w in CLAUSE_PUNCT or w in s.lex.clause_breaks or s.measure_at(k) is not None:
            return None
        if k in s.mention_firsts and not (before in changes and s.words[k - 1] in froms):
            return None  # another figure between, but "dari 812 menjadi 590"
    noun = s.lex.nouns.match(s.words, 0)
    return noun[1].label if noun is not None and noun[1].subject_class == "thing" else None
