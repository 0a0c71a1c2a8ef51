"""A whole a part with no figure is taken from, no count of the measure (gate9en and audit r15aen, issue 11; DESIGN
4.1: prefer ``other`` to a wrong measure).

A part word (``[cues] part_nouns``: "most", "many", "the vast majority", "half", "the rest") and "of" before the
figure ("of the", "of those", "out of the": ``[syntax] whole_before``, or ``[syntax] of`` with determiners) make the
figure the whole the part is taken from; the predicate after it measures the part, and how many of them nobody
knows: "Four people have been confirmed dead but most of the 620-plus passengers and 121 crew remain missing"
(Philippine ferry copy) reports no 121 missing; "Many of the 50 miners remain missing"; "The vast majority of the
nearly 300 crew were still missing"; "most of the 450 marchers were detained". A second figure joined by "and" to
such a whole belongs to it too. "All of the 12 miners were killed" keeps its measure ("all" is not listed): the part
is the whole; so does a whole whose own noun phrase, or the word right after it, names the measure ("some of the 40
wounded had critical injuries" counts 40 injured, "most of the 52 dead were children" 52 dead).

One rule for every measure and every rule that named it (round 16: ``gates.whole_of_part`` of gate9en, read only
after a measure word after the figure, and the vague-part reading of r15aen, read only for people measures, were
two halves of it; joined, "destroyed most of the 300 houses" is no count of damage either, and a whole's own
participle keeps its measure: "most of the 35 people killed were women" counts 35 dead).

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Many of the 50 miners remain missing.", "en")]
    ['other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

# words back from "and" to the figure of the whole it joins: "most of the 620-plus passengers and"
_JOIN_REACH: Final = 6


def part_whole(s: SentenceView, m: Mention, measure: str) -> bool:
    """The figure follows a part word and "of" (and determiners), or joins by "and" a figure that does, and names
    no ``measure`` of its own."""
    parts = s.lex.cue("part_nouns")
    if not parts or parts.isdisjoint(s.word_set):
        return False
    if not (_after_part(s, m.first, parts) or _joined_whole(s, m.first, parts)):
        return False  # the cheap word tests first: most figures after "some", "many" are no whole of a part
    return not _own_measure(s, m, measure)  # "some of the 40 wounded had critical injuries": the whole's own noun


def _joined_whole(s: SentenceView, k: int, parts: frozenset[str]) -> bool:
    """The figure at token ``k`` joins by "and" (``[cues] whole_joiners``) a figure after a part word and "of"."""
    if k < 2 or s.words[k - 1] not in s.lex.cue("whole_joiners"):
        return False
    for p in range(k - 2, max(-1, k - 2 - _JOIN_REACH), -1):
        if is_boundary(s, p):
            return False
        if p in s.mention_firsts:
            return _after_part(s, p, parts)
    return False


def _after_part(s: SentenceView, k: int, parts: frozenset[str]) -> bool:
    """A part word and "of" end right before token ``k`` ("most of the", "the vast majority of the nearly")."""
    words = s.words
    j = s.before_determiners(k - 1)
    if j >= 1 and words[j] in s.lex.of_words and words[j - 1] in parts:
        return True
    before = s.lex.whole_before
    found = before.match_ending(words, k) if k >= 2 and words[k - 1] in before.lasts else None
    q = k - found[0] - 1 if found is not None else -1
    return q >= 0 and words[q] in parts and q not in s.mention_firsts


def _own_measure(s: SentenceView, m: Mention, measure: str) -> bool:
    """The figure's own words name ``measure``: with no noun, the measure phrase right after it ("the 52 dead", "the
    45 patients admitted"); with a noun, a word of its noun phrase or the single participle right after it ("the 70
    protesters arrested"), not a predicate ("the 50 miners remain missing")."""
    words, k = s.words, m.num_end
    if m.np_end <= k:
        return k < len(words) and (found := s.measure_at(k)) is not None and found[1] == measure
    if any((found := s.measure_at(j)) is not None and found[1] == measure for j in range(k, m.np_end)):
        return True
    return m.np_end < len(words) and s.lex.measure_of_word(words[m.np_end]) == measure
