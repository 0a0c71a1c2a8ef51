"""A part's measure beside its whole, once the rules named both (split from ``resolution``): a part of the figure
before that names a closed group or a place keeps its measure, one picked out by anything else is ``other``; a part
still in the state its whole was admitted to is the stock, and the whole the admissions."""

from __future__ import annotations

from typing import Final

from claims.extraction.complement_objects import same_measure_whole
from claims.extraction.figure_type import Figure
from claims.extraction.item_places import place_after
from claims.extraction.subject_rules import predicate_noun
from claims.extraction.subjects import PEOPLE_MEASURES

STOCK_PARTS: Final = {"hospitalized": "admitted"}
"""A part that is still in a state its whole was admitted to: "23 dilarikan ke rumah sakit, 15 di antaranya masih
dirawat" -> the part is the stock (hospitalized), the whole the admissions (``other``, subject ``admitted``)."""


def admissions(f: Figure) -> None:
    """A part of the figure before named by the word after it: still in care beside admissions (``STOCK_PARTS``), or
    a subset its own verb picks out of a whole of the same measure."""
    a, s, m = f.antecedent, f.s, f.m
    label = STOCK_PARTS.get(m.measure)
    still = any(w in s.lex.still_words for w in s.words[m.last : m.last + 5])  # "masih dirawat", "still treated"
    if a is not None and label is not None and still and a.measure == m.measure:
        a.measure, a.subject, a.subject_class = "other", label, None
    elif m.base_of is None and m.measure != "other" and place_after(s, m) is None and same_measure_whole(f):
        # "300 warga dirawat ..., 40 di antaranya dirujuk ke RSUD", "23 unit, enam di antaranya dibakar": a part that
        # its own verb picks out of a whole of the same measure is a subset; as that measure it would contradict it
        m.measure, m.subject_class = "other", None


def settle_part(f: Figure) -> None:
    """A part of the figure before ("11 di antaranya", "including four foreign nationals", "15 of them children")
    keeps its measure when it names a closed group or a place; a part picked out by anything else would
    contradict the whole ("581 di antaranya orang dewasa", "satu di antaranya alumnus"): ``other``."""
    m = f.m
    place = place_after(f.s, m)
    if place is not None and f.antecedent is not None and m.measure == f.antecedent.measure != "other":
        m.place = place  # "72 polisi luka-luka, 41 di antaranya di Kota X": a part by place beside its total
    if m.measure not in PEOPLE_MEASURES or m.subject_class not in (None, "people"):
        return  # a closed group ("termasuk tiga anak-anak": children), or no people measure
    named = predicate_noun(f) if m.raw_label is None and all(n.generic for n in m.nouns) else None
    named = named if named is not None and not named.generic and named.subject_class == "people" else None
    if (not m.nouns and m.raw_label is None and named is None) or place is not None:
        return  # "41 di antaranya di Kota X": a part by place; "12 of them" alone: the whole's measure
    own = [noun for noun in m.nouns if not noun.generic] or ([named] if named is not None else [])
    m.measure = "other"  # its own noun, or its predicate's ("12 di antaranya merupakan pelajar": students)
    m.subject = m.raw_label or (own[0].label if own else (m.nouns[0].label if m.nouns else None))
    m.subject_class = None
