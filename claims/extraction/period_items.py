"""Items of a breakdown by period (issue 11, round 10: regional health desks).

Dinkes and RSUD tallies give a measured count for one period, then the next period's count with no measure word of
its own: "Penderita diare yang dirawat inap pada Mei sebanyak 58 orang dan hingga 24 Juni sebanyak 76 orang",
"Korban meninggal pada 2022 sebanyak 14 orang, sedangkan pada 2023 sebanyak 19 orang". Both figures stand after a
period adjunct (``[cues] period_prepositions``, then months, day numbers or years, then fillers such as
"sebanyak"); the later one, joined to the first by a list joiner, a comma or ``[cues] period_joiners``, counts the
same measure. A later figure that names its own measure or noun keeps it."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_REACH: Final = 4  # date tokens of one period adjunct ("hingga 24 Juni 2024", "pada bulan Juni")
_GAP: Final = 3  # tokens between the first figure and the joiner (its noun: "58 orang")


def period_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a figure after a later period adjunct the measure of the figure after the period before it."""
    if len(mentions) < 2 or s.lex.cue("period_prepositions").isdisjoint(s.word_set):
        return
    for prev, m in pairwise(mentions):
        if not (prev.valid and m.valid) or prev.measure == "other" or m.measure != "other":
            continue
        if m.subject not in (None, prev.subject) or prev.subject is None:
            continue
        start = _period_before(s, m.first)
        if start < 0 or not _joined(s, prev, start) or _period_before(s, prev.first) < 0:
            continue
        m.measure, m.subject, m.subject_class = prev.measure, prev.subject, prev.subject_class


def _period_before(s: SentenceView, first: int) -> int:
    """The token of the period preposition that opens an adjunct right before token ``first``, or -1."""
    lex, words = s.lex, s.words
    fillers, k = lex.cue("period_fillers"), first - 1
    while k >= 0 and words[k] in fillers:
        k -= 1
    dates = 0
    while k >= 0 and dates < _REACH and (s.kinds[k] == "n" or words[k] in lex.months or words[k] in lex.time_units):
        k -= 1
        dates += 1
    return k if dates and k >= 0 and words[k] in lex.cue("period_prepositions") else -1


def _joined(s: SentenceView, prev: Mention, start: int) -> bool:
    """Only the first figure's noun, then a joiner, between the first figure and the later adjunct at ``start``."""
    lex, words = s.lex, s.words
    k, joiners, periods = start - 1, 0, lex.cue("period_joiners")
    while k >= prev.last and (words[k] in lex.list_joiners or words[k] == "," or words[k] in periods):
        k -= 1
        joiners += 1
    return joiners > 0 and k - prev.last < _GAP and all(s.kinds[j] == "w" for j in range(prev.last, k + 1))
