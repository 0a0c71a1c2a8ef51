"""Round 5 in Indonesian news, corpus ``ide`` (issue 11): classes shown by fresh health bulletins (dengue,
leptospirosis, anthrax, haze and respiratory infections, rabies, school-meal and wedding-feast poisoning;
``corpora/ide*.json``, paraphrased from real reports and labelled before any run).

Every sentence here is our own (invented places, figures and names) and none is a corpus sentence; each models a
construction read in real reports. Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- care received at a health centre or a hospital ("mendapat perawatan di puskesmas", "mendapatkan perawatan medis
  di rumah sakit") is an admission: hospitalized (``[measures] hospitalized``); "mendapat perawatan" alone stays
  ``other``, subject treated;
- a rate with its unit after a capitalised acronym ("CFR 0,81 persen", "BOR 72 persen") is a figure, not an
  identifier (``exclusions._counted_after``); "Pasal 359 KUHP" stays an identifier;
- a month or a weekday before a figure ("Januari 284, Februari 690") dates a part of the tally, it names no place
  (``breakdowns._calendar_name``);
- a cause word right after a measure word ("yang meninggal karena antraks berjumlah tiga orang") and a clause word
  before a month or a weekday ("sejak Januari") open adjuncts of the tally, not new clauses
  (``reach_before._cause_adjunct``, ``_time_adjunct``);
- a glued dash between two figures after a change verb ("naik 7-10 persen") is a range, not an increment and a
  total (``mentions._range_mention``);
- after a comma, a sequence word and a change verb ("..., kemudian kini bertambah satu menjadi tujuh orang") carry on
  the tally of the clause before (``[syntax] sequence_words``, ``reach_before._continued_change``).

Control rows, where the other reading is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # care at a health centre or hospital is an admission
    (
        "Sebanyak 27 santri mendapat perawatan di rumah sakit setelah menyantap nasi kotak.",
        [("hospitalized", "people", 27, 27)],
    ),
    (
        "Sebanyak 12 pemudik mendapatkan perawatan medis di puskesmas karena kelelahan.",
        [("hospitalized", "people", 12, 12)],
    ),
    # care with no place of care stays treated (control)
    (
        "Sebanyak 19 warga mendapat perawatan usai menghirup asap kebakaran gudang.",
        [("other", "treated people", 19, 19)],
    ),
    # a rate with its unit after an acronym
    (
        "Kematian akibat difteri tahun ini sembilan orang dengan CFR 4,5 persen.",
        [("killed", "people", 9, 9), ("other", "percent", 4.5, 4.5)],
    ),
    (
        "Tingkat keterisian tempat tidur atau BOR 84 persen pada pekan lalu.",
        [("other", "percent", 84, 84)],
    ),
    # a label after an article of law stays no count (control)
    (
        "Sopir bus itu dijerat Pasal 359 KUHP.",
        [],
    ),
    # a month or weekday before a figure is no place
    (
        "Kasus campak tahun ini mencapai 812 kasus, dengan rincian Januari 140, Februari 305 dan Maret 367.",
        [
            ("other", "cases", 812, 812, None),
            ("other", "cases", 140, 140, None),
            ("other", "cases", 305, 305, None),
            ("other", "cases", 367, 367, None),
        ],
    ),
    # a cause or a time adverb inside the tally's noun phrase
    (
        "Jumlah balita yang meninggal karena campak kini berjumlah sembilan orang.",
        [("killed", "children", 9, 9)],
    ),
    (
        "Pasien yang dirawat akibat DBD sejak Februari mencapai 57 orang.",
        [("hospitalized", "people", 57, 57)],
    ),
    # a dashed range after a change verb is a range
    (
        "Kunjungan pasien ISPA ke puskesmas naik 15-20 persen selama kabut asap.",
        [("other", "percent", 15, 20)],
    ),
    # an increment, then the new total, stays two figures (control)
    (
        "Jumlah pengungsi naik 14 menjadi 233 orang.",
        [("other", "increase", 14, 14), ("displaced", "people", 233, 233)],
    ),
    # a sequence word and a change verb after a comma carry the tally on
    (
        "Pasien leptospirosis yang meninggal tercatat lima orang pada April, lalu bertambah dua menjadi tujuh orang.",
        [("killed", "people", 5, 5), ("other", "increase", 2, 2), ("killed", "people", 7, 7)],
    ),
    (
        "Balita yang dirawat karena diare kemarin 23 orang, kini naik menjadi 31 orang.",
        [("hospitalized", "children", 23, 23), ("hospitalized", "people", 31, 31)],
    ),
    # a clause with its own verb after the sequence word keeps its own reading (control)
    (
        "Polisi menangkap 12 orang, kemudian 30 orang lainnya dibebaskan.",
        [("arrested", "people", 12, 12), ("other", "people released", 30, 30)],
    ),
    # a cause clause with its own figure keeps both readings (control)
    (
        "Dua warga meninggal karena banjir, sementara 30 orang lainnya mengungsi.",
        [("killed", "people", 2, 2), ("displaced", "people", 30, 30)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_ide_classes(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
