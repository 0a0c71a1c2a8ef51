"""A hospital as the subject of an admission verb, with its place between (local health copy, DESIGN.md 4
``hospitalized``; audit18_en_r: Pakistani heat-wave and Indian poisoning reports): "Civil Hospital Karachi admitted
267 people with heatstroke", "the Civil Hospital in Karachi admitted 267 people", "Jinnah Hospital, Karachi, has
admitted 40 patients". The lexicon reads "hospital admitted" right before the figure; a place after the hospital's
head word splits that phrase. Read here: a word of ``[cues] hospital_heads`` (or of ``hospital_subject_heads``),
up to ``_MAX_PLACE`` capitalised words, optionally after a preposition of ``[cues] hospital_place_prepositions``,
and a verb phrase of ``[cues] hospital_admit_verbs`` make one measure phrase of admission."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_MAX_PLACE: Final = 3  # "Civil Hospital Karachi", "the hospital in Dera Ghazi Khan"
_COMMA: Final = ","


def hospital_subject(s: SentenceView, i: int) -> tuple[int, str] | None:
    """``(length, "hospitalized")`` for a hospital at token i, a place, and an admission verb, else None."""
    lex, words, texts = s.lex, s.words, s.texts
    if words[i] not in lex.cue("hospital_heads") and words[i] not in lex.cue("hospital_subject_heads"):
        return None
    n = len(words)
    k = i + 1
    if k < n and words[k] == _COMMA:
        k += 1
    if k < n and words[k] in lex.cue("hospital_place_prepositions"):
        k += 1
    named = 0
    while k < n and named < _MAX_PLACE and texts[k][:1].isupper():
        named += 1
        k += 1
    if named == 0:
        return None  # "the hospital admitted": the lexicon's phrase
    if k < n and words[k] == _COMMA:
        k += 1
    width = s.cue_phrase_at(k, "hospital_admit_verbs", 2)  # "admitted", "has admitted"
    return (k + width - i, "hospitalized") if width else None
