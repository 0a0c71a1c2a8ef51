"""A care word said of a place that is no place of care (issue 11, round 10 sixth wave, gate13id).

Health-desk copy writes where people were treated after the care verb: "dirawat di RSUD X", "dirawat di ruang
ICU", "dirawat di puskesmas" (a hospital stay, ``hospitalized``), but also "19 santri lainnya dirawat di pondok oleh
dokter", "12 siswa dirawat di sekolah", "8 korban dirawat di lokasi kejadian": treated where they were, no hospital
stay (the lead's ruling: treated at the scene is not hospitalized). The care verb names the measure only through the
place it is said of, so when its place adjunct names no place of care the figure is ``other``.

The adjunct is read from its preposition (``[cues] care_at``): a place of care (``[cues] care_places``) or a room of
one (``[cues] care_rooms``) in its first three words keeps the measure ("di dua rumah sakit", "di lorong ruang
anak"), and so do a proper name ("di Jakarta", "di Siloam") and a deictic (``[cues] care_deictics``: "di sini"), which
point at a place named elsewhere. Only a lower-case place of another kind sends the figure to ``other``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.clause_scans import clause_word_at
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_MEASURE: Final = "hospitalized"
_PLACE_REACH: Final = 3  # words of the adjunct where a place of care may stand: "di lorong ruang", "di dua rumah sakit"
_PLACE_WORDS: Final = 3  # the longest phrase of a place of care: "rumah sakit umum"
_WORD_REACH: Final = 8  # tokens after the figure where its care word may stand: "19 santri lainnya dirawat"
_GAP: Final = 1  # words between the care word and the preposition: "dirawat intensif di"


def care_elsewhere(f: Figure, measure: str) -> bool:
    """The care word that named ``hospitalized`` for ``f`` is said of a place that is no place of care: the figure
    is ``other`` (module docstring)."""
    if measure != _MEASURE:
        return False
    s = f.s
    at = s.lex.cue("care_at")
    if at.isdisjoint(s.word_set):
        return False  # most sentences: no preposition of a care place at all
    k = f.named_before if f.named_before is not None else _care_word_after(s, max(f.m.np_end, f.m.num_end))
    if k is None:
        return False
    found = s.measure_at(k)
    return found is not None and found[1] == _MEASURE and _place_elsewhere(s, k + found[0])


def _care_word_after(s: SentenceView, start: int) -> int | None:
    """The first token from ``start`` in the clause whose measure word names ``hospitalized``."""
    hit = first_measure_after(s, start, _WORD_REACH)
    return hit[0] if hit is not None and hit[1][1] == _MEASURE else None


def first_measure_after(s: SentenceView, start: int, reach: int) -> tuple[int, tuple[int, str]] | None:
    """The first measure word within ``reach`` tokens from ``start`` before a comma or clause punctuation: its token
    and ``s.measure_at`` there (also read by :mod:`claims.extraction.care_after_state`)."""
    words = s.words
    for k in range(start, min(len(words), start + reach)):
        if words[k] in CLAUSE_PUNCT or words[k] == ",":
            return None
        found = s.measure_at(k)
        if found is not None:
            return k, found
    return None


def _place_elsewhere(s: SentenceView, j: int) -> bool:
    """The care preposition stands at token ``j`` (or one word later) and its adjunct names a lower-case place that
    is no place of care, no room of one and no deictic."""
    words = s.words
    at = clause_word_at(s, range(j, min(len(words), j + _GAP + 1)), s.lex.cue("care_at"))
    if at is None or at + 1 >= len(words):
        return False
    first = at + 1
    if s.kinds[first] != "w" or s.texts[first][:1].isupper() or words[first] in s.lex.cue("care_deictics"):
        return False  # "di Jakarta", "di RSUD X", "di sini": a place named, or pointed at
    rooms = s.lex.cue("care_rooms")
    for k in range(first, min(len(words), first + _PLACE_REACH)):
        if words[k] in CLAUSE_PUNCT or words[k] == ",":
            break
        if words[k] in rooms or s.cue_phrase_at(k, "care_places", _PLACE_WORDS):
            return False
    return True
