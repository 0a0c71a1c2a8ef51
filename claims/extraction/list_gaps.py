"""Where the words between a list's head and its first item start (issue 11, round 14: r14list).

A participle that opens a breakdown may be read as a modifier of the head's noun ("4.100 pengungsi tersebar di Desa A
1.500 jiwa, Desa B 1.300 jiwa": the noun phrase runs "pengungsi tersebar"), and the gap to the first item then
starts after the cue that makes it a list. The gap starts at such a cue (``[cues] noun_phrase_list_cues``) when the
head's noun phrase holds one.
A label of the head's noun between it and its own measure word ("52 korban keracunan dirawat, yakni RSUD A 30 orang,
...": poisoning victims, hospitalized) is part of the head, no measure of the items: the gap starts after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def item_gap_start(s: SentenceView, previous: Mention) -> int:
    """The token after ``previous``'s noun phrase, or the list cue inside it (module docstring)."""
    end = max(previous.np_end, previous.last)
    cues = s.lex.cue("noun_phrase_list_cues")
    for k in range(previous.last, end):
        if s.words[k] in cues:
            return k
    label = s.measure_at(end) if end < len(s.words) else None
    if label is not None and label[1].startswith("=") and end + label[0] < len(s.words):
        own = s.measure_at(end + label[0])
        if own is not None and own[1] == previous.measure:
            return end + label[0]  # "korban keracunan dirawat": the label, then the head's own verb
    return end
