"""Indonesian regional desks as they come (issue 11, round 9 wave 2, corpus ``h12id_a*``): Kupang flood and cyclone
tallies, fishermen lost at sea, police hurt in clashes, landslide searches, bus plunges, prison riots and escapes.

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a tally by place opened by the noun with its possessive, "rinciannya" / "perinciannya" (BPBD and BNPB recaps,
  "Korban tewas ... 30 orang. Rinciannya, 18 orang di X dan 12 orang di Y"): the items inherit the measure and take
  their place, as after "rincian" (``[breakdowns] cues``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # BPBD flood recaps: the total, then "rinciannya" and the items by kelurahan or desa
    (
        "Jumlah pengungsi mencapai 830 jiwa, rinciannya 512 di Kelurahan Sikumana, 201 di Kelurahan Oepura dan 117"
        " di Kelurahan Nefonaek.",
        [
            ("displaced", "people", 830, 830, None),
            ("displaced", "people", 512, 512, "Kelurahan Sikumana"),
            ("displaced", "people", 201, 201, "Kelurahan Oepura"),
            ("displaced", "people", 117, 117, "Kelurahan Nefonaek"),
        ],
    ),
    (
        "Korban meninggal akibat longsor menjadi 11 orang, perinciannya tujuh orang di Desa Karangjati dan empat"
        " orang di Desa Sidomulyo.",
        [
            ("killed", "people", 11, 11, None),
            ("killed", "people", 7, 7, "Desa Karangjati"),
            ("killed", "people", 4, 4, "Desa Sidomulyo"),
        ],
    ),
    (
        "Sebanyak 64 rumah rusak diterjang angin puting beliung, rinciannya 40 unit di Kecamatan Batu Putih dan 24"
        " unit di Kecamatan Amanuban.",
        [
            ("damaged", "houses", 64, 64, None),
            ("damaged", "houses", 40, 40, "Kecamatan Batu Putih"),
            ("damaged", "houses", 24, 24, "Kecamatan Amanuban"),
        ],
    ),
    # control: the noun alone with no figure after it opens no list
    (
        "Polisi belum merilis rinciannya, tetapi 15 orang sudah ditangkap.",
        [("arrested", "people", 15, 15)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_h12_h12id_a(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
