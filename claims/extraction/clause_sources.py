"""A figure in an event clause continues no group of the figure before it (issue 11, round 17, r17place): "The
government deployed nearly 5,000 soldiers to the province after clashes between rival clans left 14 dead and scores
injured", "Some 2,000 police were deployed after riots left eight dead", "Hundreds of protesters marched on City Hall
hours after dozens were arrested": the dead, the hurt and the arrested of the clause after "after" (``[cues]
event_clause_words``) are the event's, not the soldiers, police or marchers counted before it under another
measure (the author's rows: people). A figure of the same measure ("12 soldiers were killed and five more after
...") keeps its group."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def in_event_clause(s: SentenceView, source: Mention, m: Mention) -> bool:
    """A word of ``[cues] event_clause_words`` stands between ``source`` and ``m``, which have other measures."""
    if source.measure == m.measure:
        return False
    words = s.lex.cue("event_clause_words")
    return any(w in words for w in s.words[max(source.last, source.np_end) : m.first])
