"""Classes of the round 13 Indonesian misread audit (r13aid: about 400 real sentences of regional crime, traffic,
fire, mining, election, school, religion, migrant-worker, fishing, hajj and livestock copy), each fixed in the
language; every sentence is our own (invented places, people and figures) in the wordings read in real reports.

- a congregation a verb of attending counts is its gathering's turnout (congregations.py; Kalimantan haul reports of
  Antara, Pantau, 1tulah, Kaltimkita and Postkalimantan: "Sekitar lima juta jamaah hadir dalam Haul", "dihadiri oleh
  4,1 juta jamaah", "4,1 juta jemaah mengikuti haul"): participants. Controls: pilgrims who arrive, are sent off or
  carried stay other; pilgrims in a clinic are hospitalized.
- a bare part of a part of a count of animals is animals (animal_counts.py; PMK and anthrax reports of iNews Yogya,
  Covesia, Kanalnews: "ternak yang suspek PMK ada 118 ekor di mana 22 di antaranya positif dan 1 di antaranya
  mati"): dead livestock, other. Controls: the dead and the treated among the cases of people keep their measure.
- the items of a breakdown of a whole whose own predicate stands before the lead (settled_items.py; Danau Toba
  ferry and mine-collapse reports of Okezone, Sindonews and Kompas: "Ada 19 orang yang selamat terdiri dari 14
  penumpang laki-laki dan lima penumpang perempuan serta satu orang meninggal dunia") take no verb past a later
  figure: the survivors' parts, other. Controls: items with verbs of their own, a whole with no predicate before
  the lead, a breakdown set off by commas before the verb.
- noisy exhausts police seize in traffic raids are things (lexicon: knalpot; Liputan6 Bandung, Suara Surabaya:
  "Polisi juga mengamankan 493 knalpot bising"). Controls: the young men and riders held beside them.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import gate_test, rows_test

CONGREGATIONS: list[Any] = [
    (
        "Sekitar tiga juta jamaah hadir dalam haul ulama kharismatik itu di Kabupaten Hulu Lestari.",
        [("participants", "people", 2700000, 3300000)],
    ),
    (
        "Pengajian akbar di alun-alun Kota Tanjung Raya dihadiri oleh 45.000 jemaah dari berbagai kabupaten.",
        [("participants", "people", 45000, 45000)],
    ),
    ("Peringatan maulid itu dihadiri sekitar 12.000 jamaah.", [("participants", "people", 10800, 13200)]),
    (
        "Lebih dari 9.000 jemaah mengikuti tabligh akbar di lapangan kecamatan.",
        [("participants", "people", 9001, None)],
    ),
    (
        "Sebanyak 2.300 jemaah menghadiri doa bersama di masjid agung, Minggu malam.",
        [("participants", "people", 2300, 2300)],
    ),
    # controls: pilgrims who arrive, are sent off, are carried; pilgrims treated in a clinic
    (
        "Sebanyak 4.120 jemaah haji asal Kabupaten Sungai Lestari tiba di Madinah, Kamis.",
        [("other", "pilgrims", 4120, 4120)],
    ),
    ("Sebanyak 445 jemaah calon haji diberangkatkan dari Embarkasi Batu Raya.", [("other", "pilgrims", 445, 445)]),
    ("Pesawat itu mengangkut 390 jemaah dari Embarkasi Tanjung.", [("other", "pilgrims", 390, 390)]),
    (
        "Sebanyak 14 jemaah dirawat di Klinik Kesehatan Haji Indonesia di Makkah.",
        [("hospitalized", "people", 14, 14)],
    ),
]
test_a_congregation_attending_turns_out = rows_test(CONGREGATIONS, "id")

ANIMAL_PARTS: list[Any] = [
    (
        "Dinas mencatat hewan yang suspek PMK ada 96 ekor di mana 18 di antaranya positif dan 2 di antaranya mati.",
        [("96", None), ("18", None), ("2", None)],
    ),
    (
        "Ternak yang diduga terjangkit antraks ada 52 ekor, 7 di antaranya positif dan 3 di antaranya mati.",
        [("52", None), ("7", None), ("3", None)],
    ),
    (
        "Sapi yang terpapar ada 140 ekor, 25 di antaranya sudah sembuh, sedangkan 4 di antaranya mati.",
        [("140", None), ("25", None), ("4", None)],
    ),
    # controls: the dead and the treated among cases of people
    (
        "Dinkes mencatat 640 kasus DBD, 12 di antaranya positif berat dan 3 di antaranya meninggal dunia.",
        [("640", None), ("3", "killed")],
    ),
    (
        "Warga yang diduga keracunan ada 85 orang, 30 di antaranya dirawat dan 2 di antaranya meninggal.",
        [("30", "hospitalized"), ("2", "killed")],
    ),
]
test_a_bare_part_of_a_count_of_animals_is_animals = gate_test(ANIMAL_PARTS, "id")

SETTLED_ITEMS: list[Any] = [
    (
        "Ada 21 orang yang selamat terdiri dari 15 penumpang laki-laki dan enam penumpang perempuan serta dua orang "
        "meninggal dunia.",
        [
            ("other", "survivors", 21, 21),
            ("other", "passengers", 15, 15),
            ("other", "passengers", 6, 6),
            ("killed", "people", 2, 2),
        ],
    ),
    (
        "Sebanyak 17 pendaki yang berhasil dievakuasi terdiri atas 11 pria dan 6 wanita serta satu orang hilang.",
        [
            ("other", "climbers", 17, 17),
            ("other", "men", 11, 11),
            ("other", "women", 6, 6),
            ("missing", "people", 1, 1),
        ],
    ),
    # controls: a comma before the later clause; items with verbs of their own; a whole with no predicate before
    # the lead; a breakdown set off by commas before its verb
    (
        "Sebanyak 26 penumpang yang selamat terdiri dari 18 pria dan delapan wanita, sementara tiga orang masih "
        "dicari.",
        [
            ("other", "survivors", 26, 26),
            ("other", "men", 18, 18),
            ("other", "women", 8, 8),
            ("missing", "people", 3, 3),
        ],
    ),
    (
        "Tim SAR mengevakuasi 34 orang, terdiri dari 31 orang selamat dan tiga orang meninggal.",
        [("other", "rescued", 34, 34), ("other", "survivors", 31, 31), ("killed", "people", 3, 3)],
    ),
    (
        "Korban tewas 9 orang terdiri dari 5 pria dan 4 wanita.",
        [("killed", "people", 9, 9), ("killed", "men", 5, 5), ("killed", "women", 4, 4)],
    ),
    (
        "Sebanyak 14 korban, terdiri dari 8 pria dan 6 wanita, dirawat di RSUD Lembah Hijau.",
        [("hospitalized", "people", 14, 14), ("hospitalized", "men", 8, 8), ("hospitalized", "women", 6, 6)],
    ),
]
test_items_of_a_settled_whole_take_no_later_verb = rows_test(SETTLED_ITEMS, "id")

EXHAUSTS: list[Any] = [
    (
        "Polisi juga mengamankan 380 knalpot bising dari pengendara sepeda motor dalam razia sepekan.",
        [("other", "items", 380, 380)],
    ),
    (
        "Petugas Satlantas mengamankan 75 knalpot brong yang dipakai pengendara di jalan protokol.",
        [("other", "items", 75, 75)],
    ),
    # controls: people held beside the exhausts
    (
        "Dalam razia itu polisi mengamankan 64 pemuda dan 120 knalpot bising.",
        [("arrested", "people", 64, 64), ("other", "items", 120, 120)],
    ),
    ("Polisi mengamankan 18 pengendara yang memakai knalpot bising.", [("arrested", "people", 18, 18)]),
]
test_seized_exhausts_are_things = rows_test(EXHAUSTS, "id")

# an active verb of estimating right before the figure (qualifiers.bound_before_verb, [cues] estimate_verbs; haul and
# crowd copy: "Kepolisian memperkirakan 1,2 juta jemaah memadati ...") makes it about, as "diperkirakan" does; the
# figure keeps its own span and measure. Controls: an estimate with its own "sekitar"; a unit after the figure.
ESTIMATES: list[Any] = [
    (
        "Polisi memperkirakan 40.000 orang hadir dalam kampanye akbar di stadion itu.",
        [("participants", "people", 36000, 44000)],
    ),
    (
        "Panitia memperkirakan 3.000 jemaah menghadiri pengajian di masjid raya.",
        [("participants", "people", 2700, 3300)],
    ),
    ("Kapolres memperkirakan sekitar 6.000 personel dikerahkan.", [("deployed", "police", 5400, 6600)]),
    ("BMKG memperkirakan gelombang setinggi 4 meter di perairan selatan.", [("other", "meters", 4, 4)]),
]
test_an_active_estimate_verb_makes_the_figure_about = rows_test(ESTIMATES, "id")
