"""A scan through a clause for a word of a set: the tokens are read in the order given (forward or backward) and the
scan stops at a comma or a clause's punctuation (``view.CLAUSE_PUNCT``), and where the rule asks for it at a number or
at a word of its own stops. Shared by the rules that ask whether a cue word stands in the figure's clause
(:mod:`claims.extraction.occasions`, :mod:`claims.extraction.searched`, :mod:`claims.extraction.prison_terms`,
:mod:`claims.extraction.evacuation_sense`, :mod:`claims.extraction.inpatient_parts`,
:mod:`claims.extraction.force_strength`, :mod:`claims.extraction.qualifiers`,
:mod:`claims.extraction.ward_patients`, :mod:`claims.extraction.care_sites`, :mod:`claims.extraction.reach`; stopping
at a figure: :mod:`claims.extraction.carried_to_care`, :mod:`claims.extraction.case_parts`,
:mod:`claims.extraction.modifier_predicates`)."""

from __future__ import annotations

from typing import Final

from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_NO_STOPS: Final[frozenset[str]] = frozenset()


def word_in_clause(words: list[str], tokens: range, wanted: frozenset[str]) -> bool:
    """One of ``wanted`` stands among ``tokens`` of ``words``, in their order, before a comma or clause punctuation."""
    return _first_word(words, tokens, wanted, None, _NO_STOPS, None) is not None


def clause_word_at(
    s: SentenceView,
    tokens: range,
    wanted: frozenset[str],
    *,
    numbers: bool = False,
    stops: frozenset[str] = _NO_STOPS,
    figures: bool = False,
) -> int | None:
    """The token of the first word of ``wanted`` among ``tokens`` of ``s``, in their order, before a comma, clause
    punctuation or a word of ``stops`` (checked first: a stop that is also wanted ends the scan), with ``numbers``
    before a number, and with ``figures`` before the first token of a figure (``SentenceView.mention_firsts``); None
    for none."""
    kinds = s.kinds if numbers else None
    return _first_word(s.words, tokens, wanted, kinds, stops, s.mention_firsts if figures else None)


def _first_word(
    words: list[str],
    tokens: range,
    wanted: frozenset[str],
    kinds: list[str] | None,
    stops: frozenset[str],
    figures: frozenset[int] | None,
) -> int | None:
    """The scan of :func:`clause_word_at` (``kinds`` and ``figures`` None: no stop at numbers or figures)."""
    for k in tokens:
        w = words[k]
        if w in CLAUSE_PUNCT or w == "," or (kinds is not None and kinds[k] == "n") or w in stops:
            return None
        if figures is not None and k in figures:
            return None
        if w in wanted:
            return k
    return None
