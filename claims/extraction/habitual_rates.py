"""Figures of a habit, no count of the event (audit r15aen, issue 11; DESIGN 4.1: prefer ``other`` to a wrong
measure).

A word of habit (``[cues] habitual_adverbs``: "usually", "normally", "typically") in the figure's clause says what
happens on an ordinary day, not what the event did: "The Edhi service, which typically transports 30 to 40 bodies to
the city morgue daily, reported a staggering increase", "usually it takes around 30-40 bodies daily" (Pakistani
heatwave copy) report no 30 to 40 dead; "Normally we attend 8,000 in a whole year" (UK flood copy) no rescues. The
clause runs from the last break before the figure to the next break after it, so a habit in another clause ("The
morgue usually takes 20 bodies a day, but on Tuesday 141 bodies arrived") leaves the figure's measure alone.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("The morgue usually receives 20 to 30 bodies a day.", "en")]
    ['other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def habitual(f: Figure) -> bool:
    """A word of habit stands in the figure's clause, before or after it."""
    s = f.s
    habits = s.lex.cue("habitual_adverbs")
    if habits.isdisjoint(s.word_set):
        return False  # most sentences: no habit at all
    words = s.words
    i = f.m.first - 1
    while i >= 0 and not is_boundary(s, i):
        if words[i] in habits:
            return True
        i -= 1
    j = max(f.m.num_end, f.m.np_end)
    while j < len(words) and not is_boundary(s, j):
        if words[j] in habits:
            return True
        j += 1
    return False
