"""A whole a vague part is taken from, no count of the measure (audit r15aen, issue 11; DESIGN 4.1: prefer ``other``
to a wrong measure).

A word of a vague part and "of" before the figure (``[cues] vague_part_quantifiers`` with ``[syntax] of`` and
determiners: "most of the", "many of the", "some of those") make the figure the whole the part is taken from; the
verb after it says how many of them nobody knows: "Four people have been confirmed dead but most of the 620-plus
passengers and 121 crew remain missing" (Philippine ferry copy) reports no 121 missing; "Many of the 50 miners remain
missing". A second figure joined by "and" to such a whole belongs to it too. "All of the 12 miners were killed"
keeps its measure ("all" is not listed): the part is the whole; so does a whole whose own noun names the measure
("some of the 40 wounded had critical injuries" counts 40 injured).

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Many of the 50 miners remain missing.", "en")]
    ['other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

# words back from "and" to the figure of the whole it joins: "most of the 620-plus passengers and"
_JOIN_REACH: Final = 6


def vague_part_whole(f: Figure) -> bool:
    """The figure follows a vague part and "of" (and determiners), or joins by "and" a figure that does."""
    s = f.s
    parts = s.lex.cue("vague_part_quantifiers")
    if parts.isdisjoint(s.word_set) or f.head is None or f.head.measure is not None:
        return False  # "some of the 40 wounded had critical injuries": the whole's own noun names the measure
    k = f.m.first
    if _after_part(s, k, parts):
        return True
    if k < 2 or s.words[k - 1] not in s.lex.cue("whole_joiners"):
        return False
    for p in range(k - 2, max(-1, k - 2 - _JOIN_REACH), -1):
        if is_boundary(s, p):
            return False
        if p in s.mention_firsts:
            return _after_part(s, p, parts)
    return False


def _after_part(s: SentenceView, k: int, parts: frozenset[str]) -> bool:
    j = s.before_determiners(k - 1)
    return j >= 1 and s.words[j] in s.lex.of_words and s.words[j - 1] in parts
