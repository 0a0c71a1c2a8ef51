"""A figure carried to a place of care by an active verb is hospitalized (issue 11, round 9, id_vary11).

The passive idioms are measure phrases of the lexicon ("41 tamu dilarikan ke puskesmas", "dibawa ke rumah sakit"),
but local copy also writes the active with the figure as the object between the verb and its destination: "Petugas
melarikan 41 tamu pesta ke Puskesmas Tempursari", "Warga membawa tiga korban ke rumah sakit terdekat". The verbs are
``[cues] carry_verbs``, the destination a preposition of ``[cues] care_directions`` and a place of care of ``[cues]
care_places``. Bodies and things carried there are no patients: the figure's noun must allow the measure and name
no other measure of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import compatible

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_PLACE_WORDS: Final = 3  # "rumah sakit umum", "RSUD", "puskesmas": the care place's longest phrase
_ADMITTED: Final = "hospitalized"


def carried_to_care(f: Figure) -> str | None:
    """``hospitalized`` for the object of a carry verb right before the figure, sent on to a place of care right
    after the figure's noun phrase; else None (a rule of ``MEASURE_RULES``, through ``relative_measures``)."""
    s, m = f.s, f.m
    lex, words = s.lex, s.words
    if m.first < 1 or words[m.first - 1] not in lex.cue("carry_verbs") or m.unit is not None:
        return None
    if not compatible(_ADMITTED, f.cls) or (f.head is not None and f.head.measure not in (None, _ADMITTED)):
        return None  # "membawa 12 jenazah ke RSUD": the dead, not patients
    end = max(m.np_end, m.num_end)
    if end >= len(words) or words[end] not in lex.cue("care_directions"):
        return None
    return _ADMITTED if f.s.cue_phrase_at(end + 1, "care_places", _PLACE_WORDS) else None
