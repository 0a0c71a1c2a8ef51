"""Items of a breakdown whose whole already has its reading (round 13 audit, Danau Toba ferry and mine-collapse
reports: "Ada 19 orang yang selamat terdiri dari 14 penumpang laki-laki dan lima penumpang perempuan serta satu orang
meninggal dunia").

A breakdown lead (``[cues] breakdown_leads``: *terdiri dari*, *terdiri atas*) after a whole whose own predicate stands
before the lead ("19 orang yang selamat") splits that whole: its items are parts of the survivors, whatever clause is
joined after the list. An item with no predicate of its own before the next figure takes no measure word that lies
past that figure: the word is the later figure's own ("serta satu orang meninggal dunia": the one dead), so the item
keeps ``other`` (DESIGN 4.1: a wrong specific measure is worse than ``other``). Items with a verb of their own
("terdiri dari 38 orang selamat dan tiga orang meninggal") and wholes with no predicate before the lead ("Korban
tewas 12 orang, terdiri dari ...": the breakdown stage gives the items the whole's measure) are untouched."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure
    from claims.extraction.mention_type import Mention
    from claims.extraction.view import SentenceView

_LIST_REACH: Final = 14  # tokens back from an item to the lead of its list


def item_of_settled_whole(f: Figure) -> bool:
    """``f`` is an item of a breakdown of a whole with its own predicate, and the measure word after it belongs to a
    later figure (see the module)."""
    s, m = f.s, f.m
    lead = _lead_before(s, m.first)
    if lead is None:
        return False
    whole = _whole_before(f.mentions, lead)
    if whole is None or not any(s.measure_at(i) is not None for i in range(whole.num_end, lead)):
        return False  # the whole's reading comes from no word of its own before the lead
    return _figure_before_verb(s, m)


def _lead_before(s: SentenceView, k: int) -> int | None:
    """The first token of the breakdown lead before token ``k`` in its clause."""
    words = s.words
    leads = s.lex.cue("breakdown_leads")
    for i in range(k - 2, max(k - _LIST_REACH, 0) - 1, -1):
        if words[i] in CLAUSE_PUNCT:
            return None
        if f"{words[i]} {words[i + 1]}" in leads:
            return i
    return None


def _whole_before(mentions: list[Mention], lead: int) -> Mention | None:
    earlier = [m for m in mentions if m.valid and m.np_end <= lead]
    return max(earlier, key=lambda m: m.first) if earlier else None


def _figure_before_verb(s: SentenceView, m: Mention) -> bool:
    """Another figure stands after ``m``'s noun phrase before any measure word."""
    for i in range(max(m.np_end, m.num_end), len(s.words)):
        if s.words[i] in CLAUSE_PUNCT:
            return False
        if i in s.mention_firsts:
            return True
        if s.measure_at(i) is not None:
            return False
    return False
