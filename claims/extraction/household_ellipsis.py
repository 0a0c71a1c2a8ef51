"""A bare figure that continues a count of households (round 7, typhoon and flood copy): "About 2,800 families in
nine provinces have been affected by the storm and more than 700 are in evacuation centres". The figure has no noun
of its own and the count before it in the sentence is of households, with no person noun between: it elides
"families", so where it shelters makes it no count of displaced people but of households (DESIGN 4.1: households are
``other``). Only for shelter words: families do not die, so "120 families were evacuated and 15 died" counts people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

HOUSEHOLDS = "households"


def elided_households(f: Figure, measure: str) -> bool:
    """True when ``f`` counts the households of the count before it (module docstring)."""
    m, s = f.m, f.s
    if measure != "displaced" or m.nouns or m.raw_label is not None or m.base_of is not None:
        return False
    if m.partitive or m.anaphoric:
        return False
    a = _households_before(f)
    if a is None:
        return False
    for k in range(a.last, m.first):
        noun = s.lex.nouns.match(s.words, k) if s.words[k] in s.lex.nouns.firsts else None
        if noun is not None and noun[1].subject_class in PERSON_CLASSES:
            return False  # "2,800 families were hit and 700 people are in shelters"
    return True


def _households_before(f: Figure) -> Mention | None:
    """The last count of households before ``f`` in the sentence, past counts of things ("in nine provinces"); None
    when a count of people or of a measure comes first."""
    for other in reversed(f.mentions[: f.mentions.index(f.m)]):
        if not other.valid or other.unit is not None:
            continue
        if other.subject == HOUSEHOLDS:
            return other
        if other.measure != "other" or other.subject_class in PERSON_CLASSES or other.subject_class is None:
            return None
    return None
