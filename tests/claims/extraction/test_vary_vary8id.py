"""Robustness of round 8 (issue 11): the same construction dressed as real Indonesian copy dresses it
(``corpora/id_vary8.json``, ``id_vary8_2.json``). The mechanisms fixed:

- a source set off by commas between a tally's measure word and its figure (``[syntax] aside_sources``: ",
  menurut data BPBD,", ", berdasarkan catatan posko,"): the figure is still the tally's;
- a count set off right after the noun phrase naming its measure, between dashes, commas or brackets, with only a
  classifier after the number ("Warga yang terluka — 14 orang — ...", "Korban tewas (enam orang) ..."), and a
  fact-box label with its source in brackets before the colon (``set_off_counts.py``).

Every sentence is our own (invented places, people and figures). Control rows stand beside each class.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[tuple[str, list[Row]]] = [
    # a source between commas after the tally's noun phrase
    (
        "Warga yang mengungsi akibat banjir, menurut catatan BPBD Kabupaten Lembang Raya, sebanyak 612 jiwa.",
        [("displaced", "people", 612, 612)],
    ),
    (
        "Petugas yang dikerahkan, berdasarkan keterangan Kapolres, berjumlah 430 orang.",
        [("deployed", "people", 430, 430)],
    ),
    (
        "Korban tewas akibat longsor di dua dusun, menurut data Basarnas yang dirilis Kamis, mencapai 18 orang.",
        [("other", "hamlets", 2, 2), ("killed", "people", 18, 18)],
    ),
    # the same tally with no aside (control)
    ("Warga yang mengungsi akibat banjir sebanyak 612 jiwa.", [("displaced", "people", 612, 612)]),
    # a source between commas after a noun with no measure word names none (control)
    ("Bantuan yang disalurkan, menurut Dinas Sosial, sebanyak 900 paket.", [("other", "packages", 900, 900)]),
    # a count set off by dashes, commas or brackets after its noun phrase
    ("Warga yang terluka \u2013 14 orang \u2013 dibawa ke puskesmas terdekat.", [("injured", "people", 14, 14)]),
    ("Pemuda yang ditangkap—37 orang—diperiksa di Mapolsek Cibarengkok.", [("arrested", "people", 37, 37)]),
    ("Korban hilang, enam orang, diduga terseret arus sungai.", [("missing", "people", 6, 6)]),
    (
        "Korban tewas (enam orang) ditemukan di dalam rumah yang ambruk.",
        [("killed", "people", 6, 6)],
    ),
    (
        "Pengungsi yang ditampung di aula desa, sedikitnya 210 jiwa, membutuhkan selimut.",
        [("displaced", "people", 210, None)],
    ),
    ("Korban luka (data RSUD Batu Lancar, Senin 09.00 WIB): 31 orang.", [("injured", "people", 31, 31)]),
    # a name before a bracketed number is a person and the number an age, even when a verb of arrest comes first
    # (control)
    ("Polisi menangkap DW (27) di rumahnya.", []),
    # a place before a set-off count names no measure (control)
    ("Di Kecamatan Ranu Baru, 40 orang, sebagian besar lansia, belum mendapat bantuan.", [("other", "people", 40, 40)]),
    # a noun of its own keeps its measure (control)
    ("Warga desa itu, 120 pengungsi, bertahan di tenda darurat.", [("displaced", "people", 120, 120)]),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_vary8id(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
