"""A tally owned through a possessive: "The quake raised the city's death toll to 40", "the new deaths took the
province's toll to 12". The owner of a tally noun (``[cues] owned_tallies``) is the event or the place it counts for,
so the possessive does not make its figure a count of the owner's things (``possessed_word``: "fifty of the riders'
injuries were minor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def owned_tally(s: SentenceView, k: int) -> bool:
    """The measure phrase at token ``k`` ends with a tally noun (``[cues] owned_tallies``)."""
    tallies = s.lex.cue("owned_tallies")
    if tallies.isdisjoint(s.word_set):
        return False  # no tally noun in the sentence: no measure lookup
    found = s.measure_at(k)
    if found is None:
        return False
    last = k + max(found[0], 1) - 1
    return last < len(s.words) and s.words[last] in tallies
