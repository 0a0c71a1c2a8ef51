"""An earlier value in brackets right after a measured figure takes its measure (round 10, gaps13en).

Road-safety and bulletin copy puts last year's figure in brackets after this year's, bare or with a time adjunct:
"Deaths on the roads over the holiday rose to 287 (253 last year)", "deaths: 284 (327); injured: 2,004 (2,311)". The
bracketed figure has no noun of its own, so it was dropped or read ``other``; it counts the same thing at an earlier
time. A figure right after an opening bracket that follows a figure with a specific measure, with no noun or unit of
its own, closed right after it or after an earlier-time adjunct (``[cues] bracket_earlier_adjuncts``), takes the
measure and subject of the figure before the bracket. Things before the bracket keep their own rules ("Accidents:
2,017 (2,290)"); "12 (3 seriously)" or "40 (12 children)" are parts, not earlier values, and are left alone.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_OPEN: Final = "("
_CLOSE: Final = ")"
_REACH: Final = 5  # words of the adjunct: "(253 in the previous year)"


def bracketed_earlier(s: SentenceView, mentions: list[Mention]) -> None:
    """Give an earlier value in brackets the measure of the figure before it (module docstring)."""
    if len(mentions) < 2 or _OPEN not in s.word_set:
        return
    words = s.words
    for before, m in pairwise(mentions):
        if before.measure == "other" or not before.valid or before.unit is not None:
            continue
        if m.measure != "other" or m.unit is not None or m.nouns or m.first != before.last + 1:
            continue
        if words[before.last] != _OPEN or not _closed(s, m.last):
            continue
        m.valid, m.measure, m.subject, m.subject_class = True, before.measure, before.subject, before.subject_class


def _closed(s: SentenceView, k: int) -> bool:
    words = s.words
    end = k
    while end < len(words) and end < k + _REACH and words[end] != _CLOSE:
        end += 1
    if end >= len(words) or words[end] != _CLOSE:
        return False
    return end == k or " ".join(words[k:end]) in s.lex.cue("bracket_earlier_adjuncts")
