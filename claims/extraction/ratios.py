"""A ratio is no count (issue 11, audit_en6 of Irish road-safety copy; DESIGN 4.1: prefer ``other`` to a wrong
measure).

"nearly one in three of vehicular fatalities had no safety belt on" states a share: neither "one" nor "three" counts
the dead. A figure of one right before a ratio word and a number (``[cues] ratio_ones``, ``ratio_words``), and the
number after them, are ``other``, subject ``share``. A language without these cues keeps the other rules' readings.

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure, c.subject) for c in extract("One in five of the road deaths involved speed.", "en")]
    [('One', 'other', 'share'), ('five', 'other', 'share')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

SHARE = "share"


def in_ratio(f: Figure) -> bool:
    """The figure is "one" before "in" and a number ("one in three"), or the number after "one in"."""
    s = f.s
    ratio_words = s.lex.cue("ratio_words")
    if not ratio_words or ratio_words.isdisjoint(s.word_set):
        return False
    ones = s.lex.cue("ratio_ones")
    words, first, end = s.words, f.m.first, f.m.num_end
    if first >= 2 and words[first - 1] in ratio_words and words[first - 2] in ones:
        return True  # "one in three": the "three"
    return (
        end + 1 < len(words)
        and words[end - 1] in ones
        and words[end] in ratio_words
        and (s.kinds[end + 1] == "n" or words[end + 1] in s.lex.number_words)
    )
