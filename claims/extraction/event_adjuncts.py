"""The event a tally counts, written after its measure word with a clause word ("The number of people missing after
the storm rose to 76", "the death toll since the quake stands at 40"; wire copy, issue 11, round 7): the clause word
opens an adjunct of the tally, no clause of its own, when the figure is the predicate of that tally (the caller
checks it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def event_adjunct(s: SentenceView, j: int) -> bool:
    """A word of ``[syntax] event_adjunct_words`` at ``j`` right after a measure word (perhaps one word between:
    "the number of dead since the quake") opens the event the tally counts."""
    words = syntax_list(s, "event_adjunct_words")
    if s.words[j] not in words:
        return False
    return any(s.measure_at(k) is not None for k in range(max(0, j - 2), j))
