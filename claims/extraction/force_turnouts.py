"""A force counted after a civil crowd's noun is no turnout (round 16 audit a22id, labour-demo and match copy: "Personel
yang kami libatkan dalam pelayanan dan pendampingan aksi unjuk rasa buruh sebanyak 2.100 personel", "untuk mengawal
demo mahasiswa sebanyak 800 personel"): the figure's own noun right after it is a force that never turns out
(``[nouns]`` with ``not_measures = ["participants"]``: personel, personil, personelnya, personilnya), whatever crowd
the noun phrase before "sebanyak" names; the turnout word before it counts the crowd, not the figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure


def force_after_figure(f: Figure, measure: str) -> bool:
    """``measure`` is participants and the noun right after the figure never takes it."""
    if measure != "participants":
        return False
    found = f.s.noun_at(f.m.num_end)
    return found is not None and measure in found[1].not_measures
