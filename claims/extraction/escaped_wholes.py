"""The whole of a recaptured part escaped (round 14, c20en: NCoS jailbreak statements, "184 out of the 1,844 inmates
that escaped ... have so far been rearrested", "114 of the 240 ... inmates who escaped ... have been recaptured"):
when the whole gives the part its arrest verb back (``part_whole_gates``), a verb of fleeing (``[subjects]
flee_words``) in the whole's own clause names what it counts, the noun's ``fled`` label (``escaped prisoners``), as
"Nearly 900 inmates fled" does (``misreads._escaped``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_REACH: Final = 6  # how far after the figure the verb of fleeing may stand ("inmates who fled", "that escaped")


def label_escaped_whole(f: Figure) -> bool:
    """Set the ``fled`` label of a whole whose own clause has a verb of fleeing; True when it did.

    >>> from claims.extraction import extract
    >>> [c.subject for c in extract("Police say 21 of the 80 inmates who fled have been recaptured.", "en")]
    ['people', 'escaped prisoners']
    """
    flee = f.s.lex.subject_cues.get("flee_words")
    if f.head is None or f.head.fled is None or flee is None:
        return False
    s, m = f.s, f.m
    for k in range(max(m.np_end, m.num_end), min(len(s.words), m.num_end + _REACH)):
        if s.words[k] == "," or is_boundary(s, k) or (k in s.mention_firsts and k != m.first):
            return False
        if s.words[k] in flee.firsts and flee.match(s.words, k) is not None:
            f.label, f.other_verb = f.head.fled, True
            return True
    return False
