"""Two small readings of the words around a figure (round 7).

The two figures of a change from one value to another (round 7, epidemic bulletins): "Cases rose from 17,310 in
early July to 22,480 by the end of the month", "the number of cases rose from 12 to 40". A change verb (``[syntax]
change_from_verbs``) before "from" makes the figure after it the tally's earlier value and the figure after the
following "to" its new value; the thing noun right before the verb (perhaps with an auxiliary between) counts both.
A measure noun ("the death toll rose from 12 to 19") names the measure elsewhere; people are counted by a measure,
so only things are read here.

A participle between a figure and the thing noun it modifies ("three affected districts", "12 flooded villages"), or
a participle that names no measure before a person noun ("two unvaccinated children died"), is an adjective of the
noun, not the figure's predicate: the noun phrase goes on to the noun."""

from __future__ import annotations

from claims.extraction.affixes import has_suffix
from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.modifier_predicates import in_adjunct
from claims.extraction.percent_changes import change_verb_before, earlier_after_new
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_TO_REACH = 8  # tokens from "to" back to "from": "from 17,310 in early July to"


def noun_of_change(s: SentenceView, first: int) -> NounInfo | None:
    """The thing noun of the change whose earlier or new value is the figure at token ``first`` (module
    docstring); None when the figure is no such value."""
    lex, words = s.lex, s.words
    k = first - 1
    if k < 2 or (words[k] not in lex.range_from and words[k] not in lex.range_joiners):
        return None
    v = change_verb_before(s, k, sized=True) if words[k] in lex.range_joiners else -1  # "rose 20 percent to"
    if words[k] in lex.range_joiners and v < 0:  # the new value: its "from" and the earlier value stand before it
        j = k - 1
        while j > max(0, k - _TO_REACH) and words[j] not in lex.range_from:
            if words[j] in CLAUSE_PUNCT:
                return None
            j -= 1
        if words[j] not in lex.range_from or j + 1 >= k or s.kinds[j + 1] != "n":
            return None
        k = j
    if v < 0:
        v = max(change_verb_before(s, k), earlier_after_new(s, k))  # "jumped 24 percent, from", "to 431 from 395"
    if v < 1:
        return None
    auxiliaries = lex.cue("part_auxiliaries") | lex.cue("part_adverbs")
    while v > 1 and words[v - 1] in auxiliaries:
        v -= 1  # "cases have risen from", "cases also climbed by 9 percent"
    noun = lex.nouns.match_ending(words, v) if words[v - 1] in lex.nouns.lasts else None
    if noun is None or noun[1].generic or noun[1].subject_class != "thing":
        return None
    if in_adjunct(s, v - noun[0]):
        return None  # "the number of people killed in the blasts rose from 30 to 41": the adjunct's noun (a19en)
    return noun[1]


def attributive_participle(s: SentenceView, m: Mention, j: int, measure: str) -> bool:
    """The measure word at token ``j`` (naming ``measure``), right after the figure ``m``, is a one-word participle
    of a language whose modifiers come first, with a thing noun right after it ("three affected districts"), or a
    person noun after a participle that names no measure ("two unvaccinated children died") (module docstring); a
    measure participle before a person ("12 injured workers") still names the figure's measure."""
    lex, words = s.lex, s.words
    if lex.modifiers_follow or m.nouns or m.raw_label is not None or j != m.num_end or j + 1 >= len(words):
        return False
    if not has_suffix(words[j], lex.cue("participle_suffixes")) or words[j + 1] not in lex.nouns.firsts:
        return False
    noun = lex.nouns.match(words, j + 1)
    return noun is not None and not noun[1].generic and (noun[1].subject_class == "thing" or measure[0] == "=")
