"""A figure carried to a place of care by an active verb is hospitalized (issue 11, round 9, id_vary11).

The passive idioms are measure phrases of the lexicon ("41 tamu dilarikan ke puskesmas", "dibawa ke rumah sakit"),
but local copy also writes the active with the figure as the object between the verb and its destination: "Petugas
melarikan 41 tamu pesta ke Puskesmas Tempursari", "Warga membawa tiga korban ke rumah sakit terdekat". The verbs are
``[cues] carry_verbs``, the destination a preposition of ``[cues] care_directions`` and a place of care of ``[cues]
care_places``. Bodies and things carried there are no patients: the figure's noun must allow the measure and name
no other measure of its own. The destination may follow a relative clause of the noun ("Petugas mengevakuasi 12
warga yang pingsan ke rumah sakit"); a first-aid post (``[cues] aid_posts``: "ke posko kesehatan") is a subset given
first aid, ``other`` (round 13; suara/antara demo copy: "mengevakuasi kelima mahasiswa ke posko darurat").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.clause_scans import clause_word_at
from claims.extraction.subjects import compatible

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_PLACE_WORDS: Final = 3  # "rumah sakit umum", "RSUD", "puskesmas": the care place's longest phrase
_ADMITTED: Final = "hospitalized"
_RELATIVE_REACH: Final = 10  # a relative clause before the destination: "yang sesak napas akibat gas air mata"


def carried_to_care(f: Figure) -> str | None:
    """``hospitalized`` for the object of a carry verb right before the figure, sent on to a place of care right
    after the figure's noun phrase; else None (a rule of ``MEASURE_RULES``, through ``relative_measures``)."""
    s, m = f.s, f.m
    lex, words = s.lex, s.words
    if m.first < 1 or words[m.first - 1] not in lex.cue("carry_verbs") or m.unit is not None:
        return None
    if not compatible(_ADMITTED, f.cls) or (f.head is not None and f.head.measure not in (None, _ADMITTED)):
        return None  # "membawa 12 jenazah ke RSUD": the dead, not patients
    end = _direction(f, max(m.np_end, m.num_end))
    if end is None:
        return None
    if s.cue_phrase_at(end + 1, "care_places", _PLACE_WORDS):
        return _ADMITTED
    # a first-aid post is no admission, nor a shelter ("mengevakuasi 97 mahasiswa ke posko kesehatan"): a subset
    return "other" if s.cue_phrase_at(end + 1, "aid_posts", _PLACE_WORDS) else None


def _direction(f: Figure, end: int) -> int | None:
    """The preposition of direction right after the noun phrase ending at ``end``, or past a relative clause of it
    in the same clause ("mengevakuasi 12 warga yang pingsan ke rumah sakit")."""
    s = f.s
    words, directions = s.words, s.lex.cue("care_directions")
    if end < len(words) and words[end] in directions:
        return end
    if end >= len(words) or words[end] not in s.lex.relative_words:
        return None
    relative = range(end + 1, min(len(words), end + _RELATIVE_REACH))
    return clause_word_at(s, relative, directions, figures=True)
