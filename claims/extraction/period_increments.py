"""A recent period's count beside a running total of the same measure is the increment (round 17, r17left; DESIGN
4.1: "an increment beside a running total ... the total takes the measure; the increment is ``other``, subject
``increase``").

Outbreak and war bulletins state the day's or the week's dead beside the total since the start with no "more" and no
verb that brings the total ("With 1,480 deaths counted in the past 24 hours, the total number of people who have died
since the start of the pandemic is now 7,406": AFP and Johns Hopkins pickups in theunn, Hindustan Times, Manila
Bulletin, Oman News Gazette; "48 people were killed in the past week, and the toll since the war began stands at
1,320"). A figure of a people measure with a recent period in its clause (``[cues] recent_periods``: "in the past 24
hours", "this week", "dalam sepekan terakhir") is the increment when another figure of the same measure, larger and
with no such period, is a running total (``[cues] cumulative_marks`` in its clause: "since", "so far", "overall",
"sejak"). With no total beside it the period's count keeps its measure ("1,600 people were killed last week").

    >>> from claims.extraction import extract
    >>> text = "Twelve people died in the past week, and 410 have died since the outbreak began."
    >>> [(c.measure, c.subject) for c in extract(text, "en")]
    [('other', 'increase'), ('killed', 'people')]
    >>> [(c.measure, c.subject) for c in extract("At least 1,600 people were killed last week.", "en")]
    [('killed', 'people')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.adjunct_increments import mark_change
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import SentenceView

_STOPS: Final = frozenset({";", ":", ".", "(", ")"})
_LONGEST: Final = 5  # words of the longest phrase of the two cue lists


def period_increments(s: SentenceView, mentions: list[Mention]) -> None:
    """Mark the recent period's count beside a running total of the same measure as the increase."""
    periods, marks = s.lex.cue("recent_periods"), s.lex.cue("cumulative_marks")
    if len(mentions) < 2 or not periods or not marks:
        return
    if s.word_set.isdisjoint(s.lex.cue_firsts("recent_periods")) or s.word_set.isdisjoint(
        s.lex.cue_firsts("cumulative_marks")
    ):
        return  # neither phrase can stand in the sentence: the stretch scans below would find none
    counted = [m for m in mentions if m.valid and m.measure in PEOPLE_MEASURES and m.unit is None]
    for m in counted:
        if not _clause_has(s, mentions, m, "recent_periods"):
            continue
        for o in counted:
            if o is m or o.measure != m.measure or o.high is None or m.high is None or o.high <= m.high:
                continue
            if _clause_has(s, mentions, o, "cumulative_marks") and not _clause_has(s, mentions, o, "recent_periods"):
                mark_change(m, "increase")
                break


def _clause_has(s: SentenceView, mentions: list[Mention], m: Mention, key: str) -> bool:
    """A phrase of ``[cues] key`` stands in the stretch of ``m``: from the figure before it (or a clause end) to the
    figure after it (or a clause end); a comma between two figures parts their stretches at the last one."""
    before = [o.last for o in mentions if o.last <= m.first]
    after = [o.first for o in mentions if o.first >= m.last]
    start, end = max(before, default=0), min(after, default=len(s.words))
    start = max([k + 1 for k in range(start, m.first) if s.words[k] == ","], default=start) if before else start
    end = max([k for k in range(m.last, end) if s.words[k] == ","], default=end) if after else end
    for k in range(m.first - 1, start - 1, -1):
        if s.words[k] in _STOPS:
            start = k + 1
            break
    for k in range(m.last, end):
        if s.words[k] in _STOPS:
            end = k
            break
    words, phrases, firsts = s.words[start:end], s.lex.cue(key), s.lex.cue_firsts(key)  # words are lower-case
    return any(
        " ".join(words[i : i + n]) in phrases
        for i, w in enumerate(words)
        if w in firsts
        for n in range(1, _LONGEST + 1)
    )
