"""A scan through a clause for a word of a set: the tokens are read in the order given (forward or backward) and the
scan stops at a comma or a clause's punctuation (``view.CLAUSE_PUNCT``). Shared by the rules that ask whether a cue
word stands in the figure's clause (:mod:`claims.extraction.occasions`, :mod:`claims.extraction.searched`,
:mod:`claims.extraction.prison_terms`, :mod:`claims.extraction.evacuation_sense`,
:mod:`claims.extraction.inpatient_parts`)."""

from __future__ import annotations

from claims.extraction.view import CLAUSE_PUNCT


def word_in_clause(words: list[str], tokens: range, wanted: frozenset[str]) -> bool:
    """One of ``wanted`` stands among ``tokens`` of ``words``, in their order, before a comma or clause punctuation."""
    for k in tokens:
        w = words[k]
        if w in CLAUSE_PUNCT or w == ",":
            return False
        if w in wanted:
            return True
    return False
