"""Groups listed inside "the bodies of ..." share the verb after the list (h17en_a, AP, Nepali and Indian landslide
copy): "The bodies of four women and two children were recovered on Tuesday", "the bodies of three men and two
boys were pulled out". The first group takes the toll from the body noun before it; the last group stands right
before the shared verb, which is no predicate of its own: it is an item of the same list (DESIGN 4.1, a breakdown
by group). A verb of another reading after it ("... and two women were rescued") keeps a clause of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_CLAUSE_ENDS: Final = frozenset({",", ";", ".", "!", "?"})


def shares_body_verb(s: SentenceView, head: Mention, m: Mention) -> bool:
    """``m`` is the last group of a list that a body noun (``[subjects] body_nouns``) opens right before ``head``,
    and nothing after ``m`` up to the end of its clause names a measure."""
    cue = s.lex.subject_cues.get("body_nouns")
    words, n = s.words, len(s.words)
    if cue is None or head.measure != "killed" or head.first < 1 or m.first <= head.first:
        return False
    if cue.match_ending(words, head.first) is None:
        return False
    k = max(m.np_end, m.last + 1)
    while k < n and words[k] not in s.lex.clause_breaks and words[k] not in _CLAUSE_ENDS:
        if s.measure_at(k) is not None:
            return False
        k += 1
    return True
