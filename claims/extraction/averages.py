"""An average is no tally (issue 11, audit_en6 of road-toll and crime-statistics copy; DESIGN 4.1: prefer ``other`` to
a wrong measure).

"The 10-year average for December road fatalities is 35" and "an average of 12 people die on the roads each week"
state a mean over periods, not how many died in the event: the figure is ``other``, subject ``average``. The words
are lexicon data (``[cues] average_words``); a language without them keeps the other rules' readings.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("The five-year average for road deaths in the state is 212.", "en")]
    [('other', 'average')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

AVERAGE = "average"


def averaged(f: Figure) -> bool:
    """The figure follows "average of", or a measure noun phrase before it holds an average word (the figure is
    read from a word before it, with no boundary nor other figure between)."""
    s = f.s
    averages = s.lex.cue("average_words")
    if not averages or averages.isdisjoint(s.word_set):
        return False
    words, k = s.words, f.m.first
    if k >= 2 and words[k - 1] in s.lex.of_words and words[k - 2] in averages:
        return True  # "an average of 12 people die on the roads each week"
    if f.rule_name != "_word_before":
        return False
    for j in range(k - 1, -1, -1):
        if is_boundary(s, j) or j in s.mention_firsts:
            return False
        if words[j] in averages:
            return True  # "The 10-year average for December road fatalities is 35"
    return False
