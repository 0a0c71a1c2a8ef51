"""Names a document holds are no force sent and no crowd (round 17, r17left; DESIGN 4.1: prefer ``other`` to a wrong
measure).

A figure right after a document noun and "of" (``[cues] record_nouns``: "a list of 35 suspects") is the subject's
complement of the document; a verb of sending after it ("A list of 35 suspects to be arrested was sent to police
stations", Sri Lankan police copy on lists of wanted suspects sent to every station; "the roster of 120 volunteers
was handed to the organisers") moves the document, not the people. The gate before the verb (a verb that governs the
document: "sent officials a list of 6,953 people") is ``gates.record_of_people``; this one takes the verb after.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("A list of 35 suspects was sent to all police stations.", "en")]
    ['other']
    >>> [c.measure for c in extract("A team of 35 officers was sent to the border.", "en")]
    ['deployed']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def listed_not_sent(f: Figure) -> bool:
    """The figure stands right after a document noun and "of" (past determiners), and its measure word is after it."""
    s = f.s
    records = s.lex.cue("record_nouns")
    if not records or records.isdisjoint(s.word_set):
        return False
    k = s.before_determiners(f.m.first - 1)
    if k < 1 or s.words[k] not in s.lex.of_words:
        return False
    return s.words[s.before_determiners(k - 1)] in records
