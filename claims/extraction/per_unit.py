"""A figure for each unit of a kind, no total of the event (audit r15aen, issue 11; DESIGN 4.1: prefer ``other`` to
a wrong measure).

A place preposition and a word of "each" after the figure in its clause (``[cues] per_unit_words``: "at each
centre", "in every village", "on each polling station") give the size of a share per unit: "about 25,712 police
officers would be deployed in those. Two police officers would be deployed at each centre" (Sri Lankan election
copy) sends no 2 officers in all; "an average of four to six policemen on each polling station" (Pakistani copy).
"each" right after the counted noun or before a list of places is ``[cues] distributive`` and ``each_places.py``.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Two police officers were deployed at each polling station.", "en")]
    ['other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView


def per_unit(f: Figure) -> bool:
    """A place preposition and a word of "each" stand after the figure, in its clause."""
    s = f.s
    each = s.lex.cue("per_unit_words")
    if each.isdisjoint(s.word_set):
        return False
    for j in range(max(f.m.np_end, f.m.num_end), len(s.words)):  # from the word right after the figure
        if is_boundary(s, j) or j in s.mention_firsts:  # j is past the figure: a later figure ends the scan
            return False
        if _each_unit(s, j, each):
            return True
    return _fronted(f, each)


_FRONT_REACH: Final = 8  # tokens before the figure where a fronted adjunct of "each" may open
_FRONT_STOPS: Final = frozenset({";", ":", ".", "(", ")"})


def _fronted(f: Figure, each: frozenset[str]) -> bool:
    """The same adjunct fronted before the figure, with no figure or clause end between (round 17, r17left: Sri
    Lankan, Indian and Pakistani election copy, "At each polling station two constables and a home guard will be on
    duty", "four men per polling station"; "At each polling station a volunteer checked names; police deployed 1,400
    officers" keeps the total: the semicolon ends the adjunct's clause).

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("At each polling station, two constables will be deployed.", "en")]
    ['other']
    """
    s = f.s
    for j in range(f.m.first - 1, max(0, f.m.first - _FRONT_REACH), -1):
        if j in s.mention_firsts or s.words[j] in _FRONT_STOPS:
            return False
        if _each_unit(s, j, each):
            return True
    return False


def _each_unit(s: SentenceView, j: int, each: frozenset[str]) -> bool:
    """A word of "each" at token ``j`` after a place preposition, not before an of-word ("at each centre"; "in each
    of the two attacks" counts in every one of them)."""
    words = s.words
    return (
        words[j] in each
        and words[j - 1] in s.lex.place_prepositions
        and j + 1 < len(words)
        and words[j + 1] not in s.lex.of_words
    )
