"""A list spread over places that a figure counts first (round 16, displacement recaps): "Pengungsi tersebar di tiga
kecamatan, yaitu Kecamatan A 512 jiwa, Kecamatan B 230 jiwa", "Warga mengungsi di tiga titik, yakni 120 jiwa di
Balai Desa A, ...". The figure of the places heads no list; the items after it count the people the phrase before it
names (``breakdowns._named_head``), never the places.
"""

from __future__ import annotations

from claims.extraction.earlier_items import counts_people
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def opening_adjunct(s: SentenceView, mentions: list[Mention]) -> bool:
    """The sentence's first figure counts the places a list is spread over ("Pengungsi tersebar di tiga kecamatan,
    yaitu Kecamatan A 512 jiwa, ..."): after a place preposition, counted by no noun of people, and a breakdown cue or
    a colon stands between it and the next figure. It heads no list; the items are the people's."""
    if len(mentions) < 3:
        return False
    first, second = mentions[0], mentions[1]
    if first.measure != "other" or first.first == 0 or s.words[first.first - 1] not in s.lex.place_prepositions:
        return False
    if not first.nouns or any(counts_people(noun) for noun in first.nouns):
        return False
    between = s.words[first.last : second.first]
    return ":" in between or any(w in s.lex.breakdown_cues for w in between)
