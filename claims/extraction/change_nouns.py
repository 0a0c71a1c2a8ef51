"""A change named by a noun is no tally (issue 11, audit_en6 of Scottish drug-death and South African crime statistics;
DESIGN 4.1: prefer ``other`` to a wrong measure).

"the latest statistics showed an increase of 121 deaths compared with 2022" counts how many more died, not how many
died: a figure right after a noun of change and "of" (``[cues] rise_nouns``, ``fall_nouns``) is ``other``, subject
``increase`` or ``decrease``, whether or not the total stands beside it (``increments.py`` reads the change beside
its total). A language without these cues keeps the other rules' readings.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Figures showed a rise of 86 deaths on the year before.", "en")]
    [('other', 'increase')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def change_of(f: Figure) -> str | None:
    """``increase`` or ``decrease`` for a figure right after a noun of change and "of"; None otherwise."""
    s, k = f.s, f.m.first
    if k < 2 or s.words[k - 1] not in s.lex.of_words:
        return None
    noun, cues = s.words[k - 2], s.lex.cues
    if noun in cues.get("rise_nouns", frozenset()):
        return "increase"
    return "decrease" if noun in cues.get("fall_nouns", frozenset()) else None
