"""A part taken out of a crowd with no figure of its own (issue 11, round 13; DESIGN 4.1 a subset picked out by
something other than the measure): "kurang-lebih 350 orang dari kerumunan itu yang mulai melempari petugas",
"sekitar 600 orang dari massa aksi melempari polisi dengan batu" (kompas.tv, suara: "sekira 600-an mereka, melakukan
upaya provokasi" out of a crowd of thousands). The crowd word after the source preposition (``[syntax]
source_prepositions``) names the whole the figure is taken from, not the figure's own measure: the part is counted
for what it did, ``other``; the crowd keeps its own reading ("Demo diikuti sekitar 2.000 orang" has no whole)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.part_whole_gates import word_after
from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def crowd_part(f: Figure, measure: str) -> bool:
    """The participants word read after the figure is the noun of a crowd right after a source preposition that
    follows the figure's noun phrase ("350 orang dari kerumunan"): the figure is a part of it."""
    if measure != "participants" or (f.head is not None and not f.head.generic):
        return False  # "5,000 protesters from the crowd": the figure's own noun names the measure
    s, m = f.s, f.m
    end = max(m.np_end, m.last)
    if end >= len(s.words) or s.words[end] not in syntax_list(s, "source_prepositions"):
        return False
    k, first = word_after(s, end, measure), s.after_determiners(end + 1)
    return k is not None and first <= k <= first + 1  # "dari kerumunan itu", "dari massa aksi"
