"""A figure joined by "dan" to a part of a whole is a part too (issue 11, round 16, r16cid).

Riot and clash copy splits the injured by cause: "melukai 16 aparat, 14 di antaranya terkena lemparan batu dan dua
terkena panah" (Pasific Pos and Tribun Papua on the Wamena riot, Kompas on Maluku village clashes, Antara on land
clashes). The first item is marked as a part ("di antaranya") and its own verb, a word of the whole's measure, makes
it a subset (``other``); the item joined to it by "dan" carries no mark of its own, and read alone its verb
("terkena panah", injured) would count the same people twice. Such an item is read as the part it is: ``other``.

It is not when the item has a noun of its own ("581 di antaranya orang dewasa dan 525 anak-anak": a closed group
keeps the measure), when no part stands right before it, or when its measure differs from the whole's ("20 orang
terluka, lima di antaranya anak-anak, dan tiga orang tewas": a new count).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PEOPLE_MEASURES

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure
    from claims.extraction.mentions import Mention


def joined_part(f: Figure, measure: str) -> bool:
    """True when ``f`` follows a part of a whole of ``measure`` after a coordinator and names nothing of its own."""
    a, s, m = f.antecedent, f.s, f.m
    if a is None or not a.partitive or a.measure != "other" or m.partitive or measure not in PEOPLE_MEASURES:
        return False
    if m.raw_label is not None or any(not noun.generic for noun in m.nouns):
        return False  # "dan 525 anak-anak": a group of its own
    if m.first == 0 or s.words[m.first - 1] not in s.lex.coordinators:
        return False
    whole = _whole_before(f.mentions, a)
    return whole is not None and whole.measure == measure


def _whole_before(mentions: list[Mention], part: Mention) -> Mention | None:
    """The nearest figure before ``part`` that counts people with a measure: the whole it is a part of."""
    found = None
    for other in mentions:
        if other is part:
            return found
        if other.valid and other.measure in PEOPLE_MEASURES:
            found = other
    return None
