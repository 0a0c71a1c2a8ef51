"""A jail verb that hands down a prison term (gate16en, issue 11).

"Jailed" and "imprisoned" tell an arrest ("361 journalists jailed as of Dec. 1") from a court's sentence only by
what stands around them: a term after "for" ("three officers were jailed for life", "jailed 14 men for a total of
96 years") or a court as the verb's agent ("a judge jailed 14 men") makes the figure the people sentenced, who are
no arrests of the event (DESIGN 4.1: a wrong specific measure is worse than ``other``). The words are the
lexicon's: ``[cues] term_verbs`` (the jail verbs), ``term_for`` (the preposition of the term), ``term_words`` (life
and the units of a term: years, months), ``term_nouns`` (the nouns of a term right after the jail word: "handed jail
terms") and ``court_agents`` (judge, court, magistrate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.care_sites import first_measure_after
from claims.extraction.clause_scans import clause_word_at, word_in_clause
from claims.extraction.view import SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_MEASURE: Final = "arrested"
_WORD_REACH: Final = 6  # tokens after the figure where its jail verb may stand: "Three officers were jailed"
_REASON_REACH: Final = 4  # words after "for" where the reason may stand: "for their part", "for firearms offences"
_TERM_REACH: Final = 9  # words after "for" where the term's unit may stand: "for a total of more than 100 years"


def prison_term(f: Figure, measure: str) -> bool:
    """The jail verb that named ``arrested`` for ``f`` hands down a term, or has a court as its agent: the figure
    counts people sentenced (module docstring)."""
    if measure != _MEASURE:
        return False
    s = f.s
    verbs = s.lex.cue("term_verbs")
    if verbs.isdisjoint(s.word_set):
        return False  # most sentences: no jail verb at all
    k = f.named_before
    if k is None and f.m.first > 0 and s.words[before := s.before_determiners(f.m.first - 1)] in verbs:
        k = before  # "a judge jailed 14 men": the verb right before its object
    if k is None:
        hit = first_measure_after(s, max(f.m.np_end, f.m.num_end), _WORD_REACH)
        k = hit[0] if hit is not None else _first_in_clause(s, max(f.m.np_end, f.m.num_end), verbs)
    if k is None or s.words[k] not in verbs:
        return False
    return _court_before(s, k) or _term_noun(s, k + 1) or _term_after(s, k + 1) or _reason_after(s, k + 1)


def _term_noun(s: SentenceView, j: int) -> bool:
    """A noun of a term right after the jail word at token j - 1: "were handed jail terms totalling 70 years", "given
    jail sentences" (``[cues] term_nouns``): the word names the sentence, no arrest."""
    return j < len(s.words) and s.words[j] in s.lex.cue("term_nouns")


def _first_in_clause(s: SentenceView, j: int, wanted: frozenset[str]) -> int | None:
    """The token of the first word of ``wanted`` from token j on in its clause: a jail verb past a relative clause of
    the figure's noun ("Seven gang members who launched a wave of attacks on rivals have been jailed for ..."), the
    "for" of a term."""
    return clause_word_at(s, range(j, len(s.words)), wanted)


def _court_before(s: SentenceView, k: int) -> bool:
    """A court noun right before the jail verb at token k: its agent ("a judge jailed 14 men")."""
    return k > 0 and s.words[k - 1] in s.lex.cue("court_agents")


def _term_after(s: SentenceView, j: int) -> bool:
    """From token j, past the verb's object, "for" and then a term word within a few words in the same clause."""
    k, n = _first_in_clause(s, j, s.lex.cue("term_for")), len(s.words)
    return k is not None and word_in_clause(s.words, range(k + 1, min(n, k + 1 + _TERM_REACH)), s.lex.cue("term_words"))


def _reason_after(s: SentenceView, j: int) -> bool:
    """From token j, "for" and then, within a few words, what the sentence punishes (``[cues] term_reasons``): "jailed
    for their part in the operation", "jailed in May for firearms offences"."""
    k, n = _first_in_clause(s, j, s.lex.cue("term_for")), len(s.words)
    return k is not None and word_in_clause(
        s.words, range(k + 1, min(n, k + 1 + _REASON_REACH)), s.lex.cue("term_reasons")
    )
