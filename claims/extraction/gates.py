"""Gates on the mechanism that named a figure's measure: when the evidence a rule used is weak, the figure is
``other`` (DESIGN 4.1: a wrong specific measure is worse than ``other``; issue 11).

Each gate looks at how the measure was reached, not at which words were read:

* a part of the figure before ("11 of whom", "three of them") inherits the whole's measure, but when the part has a
  predicate of its own that names no measure ("11 of whom have been confirmed", "30 of whom were off duty"), that
  predicate picks the part out: a subset (:func:`part_with_own_predicate`);
* a measure word found after the figure that stands in the noun phrase of a later figure ("One survivor and one
  dead miner were lifted", "78,784 cases including 1,159 associated deaths") is that figure's word, not this one's
  (:func:`word_of_later_figure`).

They run once per figure whose rule they concern, after cheap tests on the rule's name and on the mention; they scan a
few tokens at most.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.clauses import own_predicate_word
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def weak_evidence(f: Figure, measure: str) -> bool:
    """True when the rule that named ``measure`` for ``f`` reached it on evidence that does not hold here."""
    if measure == "other" or measure.startswith("="):
        return False
    rule = f.rule_name
    if rule == "_inherited":
        return part_with_own_predicate(f.s, f.m)
    if rule == "_word_after" and len(f.mentions) > 1:
        return word_of_later_figure(f.s, f.m, f.mentions, measure)
    return False


def part_with_own_predicate(s: SentenceView, m: Mention) -> bool:
    """ "15 persons were reported injured, 11 of whom have already been confirmed", "three of them were serious": a
    part of the figure before whose own predicate (``[cues] part_auxiliaries`` and a word that is no group noun and
    no place, :func:`clauses.own_predicate_word`) holds no measure word up to the end of its clause. Not a part that
    names a group ("three of whom were children") or a place, nor one whose predicate is a measure ("18 of whom were
    still in hospital")."""
    if not m.partitive or m.base_of is not None:
        return False
    words, n = s.words, len(s.words)
    k = own_predicate_word(s, m.np_end)
    if k is None and m.np_end + 1 < n and words[m.np_end + 1] in s.lex.nouns.firsts:
        k = m.np_end + 1 if s.lex.nouns.match(words, m.np_end + 1) is None else None  # "confirmed", not a noun
        k = k if k is not None and words[m.np_end] in s.lex.cue("part_auxiliaries") else None
    if k is None:
        return False
    coordinators = s.lex.coordinators
    while k < n and words[k] != "," and words[k] not in CLAUSE_PUNCT and words[k] not in coordinators:
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            return False
        k += 1
    return True


def word_of_later_figure(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """The first measure word after ``m`` stands in the noun phrase of a later figure, right after its number or as
    the head of a noun phrase with no other noun ("One survivor and one dead miner were lifted": "dead" is the
    miner's; "78 784 including 1 159 associated deaths", "In the three storms, 310, 212 and 97 deaths": the deaths
    are the later figures'). Not for a part taken out of that figure ("Eleven among the 24 deaths", "155 of the 162
    deaths"), nor for figures of a list that share the noun after the last ("1,520, 498 and 431 deaths")."""
    if m.base_of is not None:
        return False
    later = [o for o in mentions if o.first >= m.np_end and o.unit is None]
    if not later:
        return False
    words, k, end = s.words, m.np_end, later[-1].np_end
    while k <= end and k < len(words) and words[k] not in CLAUSE_PUNCT:
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            owner = next((o for o in later if o.num_end <= k <= o.np_end), None)
            if owner is None or found[1] != measure:
                return False  # a word of this figure's own clause, or another measure
            if _partitive_link(s, m.np_end, owner.first) or _shared_noun(s, m, owner, later):
                return False
            head = k == owner.np_end and not owner.nouns and not _auxiliary(s, k)  # not "four pedestrians were hurt"
            return k == owner.num_end or head  # its modifier, or the head of a noun phrase with no other noun
        k += 1
    return False


def _partitive_link(s: SentenceView, start: int, end: int) -> bool:
    """Only "of", "among" and determiners lie between tokens ``start`` and ``end``: the next figure is this one's
    whole."""
    if start >= end:
        return False
    links = s.lex.of_words | syntax_list(s, "among_words")
    return all(w in links or w in s.lex.determiners for w in s.words[start:end])


def _shared_noun(s: SentenceView, m: Mention, owner: Mention, later: list[Mention]) -> bool:
    """ "1,520, 498 and 431 deaths": figures joined by commas and joiners, the first with no noun of its own, share the
    noun after the last one."""
    if m.nouns or m.raw_label is not None:
        return False
    joiners, k = s.tables.joiners, m.np_end
    for o in later:
        if o is owner:
            break
        if any(w != "," and w not in joiners for w in s.words[k : o.first]):
            return False
        k = o.last
    return all(w == "," or w in joiners for w in s.words[k : owner.first])


def _auxiliary(s: SentenceView, k: int) -> bool:
    """Token ``k`` is an auxiliary or a light verb (``[cues] part_auxiliaries``, ``[syntax] light_verbs``: "were",
    "had", "remain"): the measure word it opens is a predicate, no noun."""
    w = s.words[k]
    return w in s.lex.cue("part_auxiliaries") or w in syntax_list(s, "light_verbs")
