"""Patients "still under treatment" in a COVID-19 case bulletin are active cases, no hospital stay (issue 11, round
10; DESIGN 4.1: prefer ``other`` to a wrong measure).

Satgas and Dinkes bulletins count "pasien yang masih menjalani perawatan" (the active cases): people treated in
hospital or isolating at home. A care word of that kind (``[cues] bulletin_care_words``) in a sentence of such a
bulletin (``[cues] bulletin_case_words``) names no hospital stay unless a place of care is named
(``[cues] bulletin_hospital_words``): the figure is ``other``, counted by its noun.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Pasien Covid-19 yang masih menjalani perawatan ada 812 orang.", "id")]
    [('other', 'people')]
"""

from __future__ import annotations

from claims.extraction.mention_type import Mention
from claims.extraction.view import SentenceView


def bulletin_care(s: SentenceView, mentions: list[Mention]) -> None:
    """In a case bulletin whose care word names no place of care, no figure counts a hospital stay."""
    present, cue = s.word_set, s.lex.cue
    if cue("bulletin_case_words").isdisjoint(present) or cue("bulletin_care_words").isdisjoint(present):
        return
    if not cue("bulletin_hospital_words").isdisjoint(present):
        return
    for m in mentions:
        if m.measure == "hospitalized":
            m.measure = "other"
