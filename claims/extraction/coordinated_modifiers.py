"""Two modifiers joined by "and" or "or" that share one person noun ("1,200 emergency and rescue workers", "70 state
and federal agents", "300 medical and relief staff"): the first modifier is no raw label of the figure; the noun phrase
steps on to the shared noun, which names the group (``[syntax] coordinators``)."""

from __future__ import annotations

from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView


def shared_noun_start(s: SentenceView, j: int) -> int | None:
    """The token where the person noun shared by the modifier at ``j`` and the one after a coordinator begins (the
    second modifier itself when it opens a noun of the lexicon, "rescue workers"), else None."""
    words, kinds, lex = s.words, s.kinds, s.lex
    if j + 3 >= len(words) or words[j + 1] not in lex.coordinators or kinds[j + 2] != "w":
        return None
    if words[j + 2] in lex.stops or s.measure_at(j + 2) is not None:
        return None
    for k in (j + 2, j + 3):
        noun = lex.nouns.match(words, k) if words[k] in lex.nouns.firsts else None
        if noun is not None and noun[1].subject_class in PERSON_CLASSES and (k > j + 2 or noun[0] > 1):
            return k
    return None
