"""Beats with people figures that are no casualties, in Indonesian news (issue 11, round 6, corpus ``idi*``):
prisons and remissions, elections, rail, air and sea traffic, concerts and matches, layoffs.

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a tally word and its noun before a figure with no verb between ("jumlah penumpang di Pelabuhan Merak 48.300
  orang") name the figure's subject, as they do before "mencapai" (``subject_rules.predicate_noun``);
- layoffs are counted under their own label, never as a casualty ("mem-PHK 780 pekerja", "PHK 215 orang",
  "dirumahkan": ``[other_verbs]``);
- a crowd noun with a measure of its own ("penonton", "pengunjung", "massa") that a tally word heads, or that opens
  the sentence, gives a predicate figure its turnout ("Jumlah penonton laga derbi itu mencapai 31.400 orang":
  ``tally_nouns``); an estimate with the future auxiliary is ``about`` ("diperkirakan akan mencapai");
- a polling station's and a security ring's number is an identifier ("TPS 09", "Ring 1");
- a post guarded by personnel counts them deployed ("dijaga 120 personel");
- pupils taught in an emergency tent are no evacuees ("belajar di tenda darurat": ``[other_verbs]``);
- all damage grades together are the damaged ("rumah rusak berat, sedang, dan ringan"), as all injury grades are;
- visitors of a tourist site are no turnout ("pengunjung" has no measure of its own); worshippers at a prayer are
  ("jemaah salat");
- a bound after the figure wins over an approximation before it ("sekitar 2.500 lebih pendaftar": more than 2,500);
- school applicants ("pendaftar", "calon siswa") are counted under their own label;
- taking part in an event ("berpartisipasi", "ambil bagian") is a turnout;
- a bare figure after a tally word and its thing noun with modifiers is a count of the thing ("Jumlah suara sah
  2.598.310": ``tally_nouns.tally_thing_before``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # port and station traffic: a tally with no verb before the figure
    (
        "Pada arus balik kemarin, jumlah penumpang di Pelabuhan Merak 48.300 orang.",
        [("other", "passengers", 48300, 48300)],
    ),
    # voter rolls
    ("Jumlah pemilih di kecamatan itu 61.245 orang.", [("other", "voters", 61245, 61245)]),
    # prison occupancy
    (
        "Hingga akhir Juli, jumlah warga binaan rutan itu sudah 389 orang.",
        [("other", "inmates", 389, 389)],
    ),
    # an increment after a tally is no count of the tally's noun (control)
    ("Jumlah petugas pengamanan ditambah 600 orang.", [("other", "people", 600, 600)]),
    # layoffs
    ("Pabrik sepatu di Kabupaten Serang itu mem-PHK 780 pekerja.", [("other", "laid-off workers", 780, 780)]),
    ("Tahun ini ada PHK 215 orang di pabrik garmen tersebut.", [("other", "laid-off workers", 215, 215)]),
    (
        "Sebanyak 90 pekerja lainnya dirumahkan sampai pesanan kembali normal.",
        [("other", "furloughed workers", 90, 90)],
    ),
    # concert and match crowds
    ("Jumlah penonton laga derbi itu mencapai 31.400 orang.", [("participants", "people", 31400, 31400)]),
    (
        "Penonton diperkirakan akan mencapai 12.000 orang selama festival.",
        [("participants", "people", 10800, 13200)],
    ),
    # a subset of the crowd named by its own verb stays other (control)
    ("Penonton yang pingsan mencapai 23 orang.", [("other", "fainted spectators", 23, 23)]),
    # numbered polling stations and security rings
    ("Pemungutan suara ulang digelar di TPS 09 Desa Karangrejo.", []),
    ("Ring 1 di sekitar panggung dijaga 120 personel.", [("deployed", "people", 120, 120)]),
    ("Gerbang selatan stadion dijaga 75 personel Brimob.", [("deployed", "police", 75, 75)]),
    # batch 2: pupils taught in an emergency tent are no evacuees; residents living in one are (control)
    ("Sebanyak 48 murid terpaksa belajar di tenda darurat setelah gempa.", [("other", "students", 48, 48)]),
    ("Sebanyak 130 warga masih tinggal di tenda darurat.", [("displaced", "people", 130, 130)]),
    # all damage grades together are the damaged; one grade is a subset (control)
    ("Gempa itu membuat 1.870 rumah rusak ringan hingga berat.", [("damaged", "houses", 1870, 1870)]),
    ("Di Kabupaten Sigi tercatat 904 rumah rusak berat, sedang, dan ringan.", [("damaged", "houses", 904, 904)]),
    ("Sebanyak 212 rumah rusak berat.", [("other", "heavily damaged houses", 212, 212)]),
    # visitors of a tourist site are no turnout
    ("Jumlah pengunjung taman safari mencapai 11.400 orang.", [("other", "visitors", 11400, 11400)]),
    # worshippers at a prayer are
    (
        "Jumlah jemaah salat Idul Adha di lapangan itu mencapai 15.000 orang.",
        [("participants", "people", 15000, 15000)],
    ),
    ("Tiga objek wisata di Kabupaten Karo ditutup sementara.", [("other", "tourist sites", 3, 3)]),
    # batch 3: a bound after the figure wins over "sekitar" before it; "sekitar" alone stays about (control)
    (
        "Pada hari pertama tercatat sekitar 2.500 lebih pendaftar di sekolah itu.",
        [("other", "applicants", 2501, None)],
    ),
    ("Sekitar 400 lebih buruh mengikuti aksi di depan kantor bupati.", [("participants", "people", 401, None)]),
    ("Sekitar 400 buruh mengikuti aksi di depan kantor bupati.", [("participants", "people", 360, 440)]),
    # school applicants
    ("Jumlah pendaftar jalur afirmasi mencapai 1.312 orang.", [("other", "applicants", 1312, 1312)]),
    # batch 4: taking part in an event is a turnout; a thing that takes part is not (control)
    ("Sebanyak 4.500 pelari ambil bagian dalam lomba lari itu.", [("participants", "people", 4500, 4500)]),
    ("Sebanyak 12 negara berpartisipasi dalam pameran itu.", [("other", "countries", 12, 12)]),
    # a bare figure after a tally of things and their modifiers counts the things
    ("Jumlah suara tidak sah di kecamatan itu 4.210.", [("other", "votes", 4210, 4210)]),
    ("Jumlah desa tertinggal di provinsi itu 41.", [("other", "villages", 41, 41)]),
    # density ("kepadatan", the noun of "padat") names no crowd: the parts of a prison population keep their nouns;
    # a crowd filling a square (control) is a turnout
    (
        "Rutan itu dihuni 860 orang, terdiri dari 210 tahanan dan 650 narapidana, sehingga kepadatan hunian tinggi.",
        [("other", "inmates", 860, 860), ("other", "detainees", 210, 210), ("other", "prisoners", 650, 650)],
    ),
    ("Ribuan warga memadati alun-alun kota sejak pagi.", [("participants", "people", 2000, 9999)]),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round6_idi(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
