"""The value of an index named earlier in its clause (round 14, r14drop).

Haze and air-quality copy names the index, then its value after a verb of reaching, often with "angka" (number)
between: "Indeks standar pencemar udara (ISPU) di Kota Jambi sempat menyentuh angka 356", "ISPU di Pekanbaru pagi ini
menyentuh angka 312", "the AQI in the city reached 312 on Monday". The index is a unit written before its value
(``[units_before]``: "ISPU 471", "ISPU mencapai 452") and read only right before it; a bare figure with no noun and
no unit, dropped before, whose clause holds such a unit name of ``[cues] index_units`` before it (no comma, number or
clause joiner between) is that index's value: ``other``, with the unit as unit and subject."""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_BRACKETS: Final = ("(", ")")
_REACH: Final = 10  # tokens between the index's name and its value: "(ISPU) di Kota Jambi sempat menyentuh angka"


def index_values(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a dropped bare figure the index named before it in its clause (module docstring)."""
    names = s.lex.cue("index_units")
    if not names:
        return
    for m in mentions:
        if m.valid or m.unit is not None or m.nouns or m.qualifier == "vague":
            continue
        unit = _index_before(s, m.first, names)
        if unit is not None:
            m.measure, m.unit, m.subject, m.valid = "other", unit, unit, True


def _index_before(s: SentenceView, first: int, names: frozenset[str]) -> str | None:
    words, lex = s.words, s.lex
    for k in range(first, max(0, first - _REACH), -1):
        w = words[k - 1]
        if w in _BRACKETS:
            continue  # "Indeks standar pencemar udara (ISPU) di ...": the short name in brackets
        if w in CLAUSE_PUNCT or w == "," or s.kinds[k - 1] == "n" or w in lex.coordinators or w in lex.clause_breaks:
            return None
        found = lex.units_before.match_ending(words, k) if w in lex.units_before.lasts else None
        if found is not None and found[1] in names:
            return found[1]
    return None
