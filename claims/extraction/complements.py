"""The figure after "all but" is the complement of its predicate (round 14, r14drop).

"Some 295 people were injured; all but 48 have been released from hospital", "All but 12 of the injured have been
discharged": the figure counts those the predicate leaves out, the patients still in hospital, not those sent home.
A figure right after a phrase of ``[cues] complement_openers`` ("all but", "all except") whose predicate labelled it
as released from care (``[cues] complement_care_labels``: discharged patients) is ``hospitalized``, subject people.
A complement of another predicate is left as read."""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def complements(s: SentenceView, mentions: list[Mention]) -> None:
    """Read the patients left out of a discharge as the stock still in hospital (module docstring)."""
    openers = s.lex.cue("complement_openers")
    if not openers:
        return
    labels, words = s.lex.cue("complement_care_labels"), s.words
    for m in mentions:
        if not m.valid or m.measure != "other" or m.subject not in labels or m.first < 2:
            continue
        if f"{words[m.first - 2]} {words[m.first - 1]}" in openers:
            m.measure, m.subject, m.subject_class = "hospitalized", "people", "people"
