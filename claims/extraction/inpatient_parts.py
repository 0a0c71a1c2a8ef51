"""Inpatients counted out of those rushed to hospital (h14id, national health desks).

School and factory poisoning copy gives those kept in beside the whole brought in, the whole after "dari": "Sebanyak
11 korban menjalani rawat inap di RS Bhayangkara, dari 39 orang yang sebelumnya dilarikan ke sana", "Dari 52 warga
yang dilarikan ke rumah sakit, 14 orang harus dirawat inap". The inpatients (``[cues] inpatient_words`` after the
part) are the stock in hospital: ``hospitalized``; the whole taken there (``[cues] admission_words`` after it)
counts the admissions: ``other``, subject ``admitted`` (DESIGN 4.1, admissions beside those still treated).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.clause_scans import word_in_clause
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView

_REACH: Final[int] = 8  # words its verb may stand after a figure: "korban keracunan dari SMPN 212 menjalani rawat inap"


def inpatient_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Read the inpatients beside the whole rushed to hospital after "dari" as stock and admissions (module doc)."""
    inpatient, admitted = s.lex.cue("inpatient_words"), s.lex.cue("admission_words")
    if len(mentions) < 2 or inpatient.isdisjoint(s.word_set) or admitted.isdisjoint(s.word_set):
        return
    whole = next((m for m in mentions if _whole(s, m, admitted)), None)
    if whole is None:
        return
    for m in mentions:
        if m is whole or not m.valid or m.unit is not None or m.measure not in ("hospitalized", "other"):
            continue
        if m.subject_class in PERSON_CLASSES and _said_after(s, m, inpatient):
            m.measure = "hospitalized"
            whole.measure, whole.subject, whole.subject_class = "other", "admitted", None
            return


def _whole(s: SentenceView, m: Mention, admitted: frozenset[str]) -> bool:
    """A hospitalized figure right after "dari" whose own verb takes people to hospital."""
    k = m.first - 1
    of = k >= 0 and s.words[k] in s.lex.of_words
    return of and m.valid and m.unit is None and m.measure == "hospitalized" and _said_after(s, m, admitted)


def _said_after(s: SentenceView, m: Mention, cue: frozenset[str]) -> bool:
    """A word of ``cue`` within reach after the figure's number, in its clause."""
    start = max(m.num_end, m.np_end)
    return word_in_clause(s.words, range(start, min(start + _REACH, len(s.words))), cue)
