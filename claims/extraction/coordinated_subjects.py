"""A measure word that belongs to a later figure of a coordination (wire copy, issue 11, round 6): the subject of a
clause of its own ("Hospitals treated 61,900 patients and the death toll stood at 279", "brings the number of cases
to 21,940 and the death toll to 112") or the later figure's noun ("22 survivors and five deaths"). It is never a word
after the figure before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_SEARCH = 12  # tokens after the figure's noun phrase searched for the first measure word
_VALUE_GAP = 6  # tokens between the measure phrase and the later figure ("stood at", "rose to", "to")


def subject_of_later_figure(s: SentenceView, start: int) -> bool:
    """The first measure word after token ``start`` in its clause follows a coordinator and a determiner ("and the
    death toll") and a figure follows it within a few words of its clause: it heads that figure's subject."""
    words, lex, n = s.words, s.lex, len(s.words)
    if len(s.mention_firsts) < 2 or lex.coordinators.isdisjoint(s.word_set):
        return False  # most sentences: no later figure or no coordinator
    for k in range(start, min(n, start + _SEARCH)):
        if words[k] in CLAUSE_PUNCT or (k > start and k in s.mention_firsts):
            return False
        hit = s.measure_at(k)
        if hit is None:
            continue
        j = max(start, s.before_determiners(k - 1))
        if j >= k - 1 or words[j] not in lex.coordinators:
            return False  # no determiner, or no coordinator before it: the figure's own predicate
        end = k + hit[0]
        for j in range(end, min(n, end + _VALUE_GAP)):
            if words[j] in CLAUSE_PUNCT:
                return False
            if j in s.mention_firsts:
                return True
        return False
    return False


def noun_of_later_figure(s: SentenceView, start: int, mentions: list[Mention], m: Mention) -> bool:
    """ "22 survivors and five deaths": the first measure word after the figure's noun phrase (from ``start``) is the
    noun of a later figure (right after its number), and the figure has a noun of its own that names no measure: the
    measure word counts the later figure only."""
    if len(mentions) < 2 or not m.nouns or any(noun.generic or noun.measure for noun in m.nouns):
        return False
    words, n = s.words, len(s.words)
    for k in range(start, min(n, start + _SEARCH)):
        if words[k] in CLAUSE_PUNCT:
            return False
        if s.measure_at(k) is not None:
            return any(o is not m and o.unit is None and _counts(s, o, k) and o.first > m.first for o in mentions)
    return False


def _counts(s: SentenceView, o: Mention, k: int) -> bool:
    """The measure word at ``k`` is the later figure's noun: right after its number, or after one tally modifier
    (``[cues] tally_modifiers``: "22 survivors and five reported deaths", "30 recoveries and two new deaths")."""
    return o.num_end == k or (k == o.num_end + 1 and s.words[o.num_end] in s.lex.cue("tally_modifiers"))
