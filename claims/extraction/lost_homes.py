"""Homes said to be lost are destroyed (issue 11, round 9 wave 2, h12en).

Australian and US fire copy counts burnt houses with "lost": "two homes were reported lost at Snake Valley", "176
homes have been lost on the south coast", "140 homes lost this season". The verb alone names no measure (jobs,
lives and fishermen are lost too), so it is read only after a figure whose noun is a dwelling (``[cues]
lost_things``, labels of ``[nouns]``), through auxiliaries and reporting words (``[cues] lost_fillers``) to a word
of ``[cues] lost_words``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure

_REACH: Final = 4  # "have been reported lost"
_DAMAGED: Final = "damaged"


def lost_homes(f: Figure) -> str | None:
    """``damaged`` for dwellings said to be lost (module docstring), else None."""
    s, m = f.s, f.m
    lost = s.lex.cue("lost_words")
    if lost.isdisjoint(s.word_set) or f.head is None or f.head.label not in s.lex.cue("lost_things"):
        return None  # the table lookups before any scan
    helpers = s.lex.cue("lost_fillers") | s.lex.cue("part_auxiliaries") | s.lex.cue("passive_auxiliaries")
    end = max(m.np_end, m.num_end)
    for k in range(end, min(len(s.words), end + _REACH + 1)):
        if s.words[k] in lost:
            return _DAMAGED
        if s.words[k] not in helpers:
            return None
    return None
