"""Items of a list by time (DESIGN.md 4.1, a list after a measured figure): "Ten people were arrested on Friday and
four on Saturday", "police made 31 arrests on the first night and 12 more overnight". A bare figure of the list whose
noun phrase is followed by a time adjunct (a weekday or a month after ``[cues] item_time_prepositions``, or a word
of ``[cues] item_times``) counts the head's measure for that time: it is no part of the head to be set apart as
``other``, and it has no place. So does a list by where people were taken ("six patients were taken to the trauma
centre and three more to the general site", "moved to shelters ... and 40 to relatives' homes"): an item followed by
a word of ``[cues] destination_prepositions`` after a head whose measure is one of ``_DESTINATION_MEASURES``."""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_DESTINATION_MEASURES = frozenset({"hospitalized", "displaced"})


def dated_item(s: SentenceView, head: Mention, m: Mention) -> bool:
    """The item ``m`` names no noun of its own and a time adjunct (or a destination of the head's people) follows
    it."""
    if any(not noun.generic for noun in m.nouns) or m.raw_label is not None:
        return False
    lex, words = s.lex, s.words
    k = max(m.np_end, m.last)
    if k < len(words) and words[k] in s.lex.increase_after:
        k += 1  # "12 more overnight"
    if k >= len(words):
        return False
    if words[k] in lex.cue("item_times"):
        return True
    if head.measure in _DESTINATION_MEASURES and words[k] in lex.cue("destination_prepositions"):
        return True
    return (
        words[k] in lex.cue("item_time_prepositions")
        and k + 1 < len(words)
        and (words[k + 1] in lex.weekdays or words[k + 1] in lex.months)
    )
