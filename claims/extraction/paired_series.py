"""A second series in a list of pairs: "Kabupaten A 104 pasien dan 1 meninggal, Kota B 85 pasien dan 2 meninggal".

Health rundowns give each place a pair of figures, a tally by its own noun and the deaths among it (round 12 audit:
Kompas and Detik dengue rundowns of a provincial health office, "Kabupaten Jepara 104 pasien dan 1 meninggal dunia,
Kota Semarang 85 pasien dan 2 meninggal dunia"). The deaths open a list that runs on to the next place, but a
figure there that repeats the noun of the tally before the list's head belongs to that tally's series, never to the
deaths: it stays ``other`` with its own noun.

>>> from claims.extraction import extract
>>> text = "Kota Lembah mencatat 64 pasien dan dua meninggal, Kabupaten Rawa 51 pasien dan satu meninggal."
>>> [(c.text, c.measure, c.subject) for c in extract(text, "id")]
[('64', 'other', 'patients'), ('dua', 'killed', 'people'), ('51', 'other', 'patients'), ('satu', 'killed', 'people')]
"""

from __future__ import annotations

from claims.extraction.mentions import Mention


def other_series(mentions: list[Mention], index: int, head: Mention) -> bool:
    """True when the figure at ``index`` repeats the own noun of an ``other`` figure before ``head``."""
    m = mentions[index]
    if m.measure != "other" or head.measure == "other":
        return False
    own = {noun.label for noun in m.nouns if not noun.generic}
    if not own:
        return False
    for p in mentions[:index]:
        if p is head:
            return False  # only a figure before the list's head opens a series of its own
        if p.measure == "other" and any(noun.label in own for noun in p.nouns if not noun.generic):
            return p.last < head.first
    return False
