"""Classes the fresh Indonesian corpora kept missing (issue 11, round 9 wave 2, gaps12id), each fixed in the
language rather than in a sentence; the rows of ``corpus_gaps.py`` they came from are gone.

Every sentence is our own (invented places, diseases' figures and people); the wordings are those read in real
reports (Kemenkes and Dinkes bulletins as Liputan6, Okezone, Bisnis, Katadata and Suara print them). Each row:
text, then (measure, subject, low, high[, place]) for every claim.

- deaths counted by the case classifier (h9covid4, id_vary11, ide1, idb, idd3): the dead of a disease ranked by
  place ("Kematian akibat DBD tertinggi di X dengan n kasus, disusul Y m kasus"), the dead among the cases ("n
  kasus [atau x persen] di antaranya meninggal dunia", "n kasus dinyatakan meninggal dunia") are persons, killed
  (DESIGN 4.1).
  Controls: cases ranked by place with no death word stay cases; a list that pairs each place's cases with its
  deaths ("X 290 kasus dengan 4 kematian, Y 180 kasus ...") keeps the next case count as cases; a death word that
  ranks nothing ("Kematian bocah itu membuat Dinkes mencatat 120 kasus") leaves the cases alone.
- deaths split by where they died (h9traffic2, ide4, idh1: "Dua korban meninggal di lokasi kejadian, sedangkan dua
  lainnya meninggal dalam perjalanan", "dua meninggal di lokasi kejadian dan satu di RSUD") are parts of a toll,
  ``other`` with the place of death as their label (DESIGN 4.1 subsets). Controls: one death and its place is the
  toll itself (killed); a death at the scene beside others taken to a health centre stays killed.
- a second item that leaves out the verb of the first (h9traffic2, ide4: "24 orang dilarikan ke RSUD X dan 9
  orang ke RS Y", "11 orang dirujuk ke Puskesmas A dan 8 orang ke Puskesmas B") takes its measure. Controls: a
  second item with a verb of its own ("pulang ke rumah") or a count of things stays other.
- a ranked tally whose place follows "terjadi" ("Angka kematian tertinggi terjadi di X, yaitu n orang"; idh3):
  "terjadi" is a filler before the place, as "tercatat" is. Control: a place and its figure joined by "terjadi"
  stay a count of cases.
- a partitive aside between commas after the whole ("12 anggota Polri, tiga di antaranya perwira, mengalami
  luka-luka"; id_vary8) is skipped to the verb after it whatever group it names. Controls: a part by origin ("tiga
  di antaranya asal Sulawesi") and a part with its own verb keep the whole from the verb after the aside.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

DEATHS_BY_CASES: list[Any] = [
    (
        "Kematian akibat campak tertinggi di Kabupaten Lembah Hijau dengan 23 kasus, disusul Kota Batu Merah 17 "
        "kasus dan Kabupaten Pesisir 9 kasus.",
        [
            ("killed", "people", 23, 23, "Kabupaten Lembah Hijau"),
            ("killed", "people", 17, 17, "Kota Batu Merah"),
            ("killed", "people", 9, 9, "Kabupaten Pesisir"),
        ],
    ),
    (
        "Angka kematian akibat rabies paling banyak ada di Kabupaten Watu Lolo sebanyak 11 kasus, lalu Kabupaten "
        "Ende Raya 6 kasus.",
        [("killed", "people", 11, 11, "Kabupaten Watu Lolo"), ("killed", "people", 6, 6, "Kabupaten Ende Raya")],
    ),
    (
        "Kasus meninggal terbanyak tercatat di Provinsi Tanjung Emas sebanyak 15 kasus, Sulawesi Tengah 8 kasus.",
        [("killed", "people", 15, 15, "Provinsi Tanjung Emas"), ("killed", "people", 8, 8, "Sulawesi Tengah")],
    ),
    (
        "Dinkes mencatat 1.240 kasus difteri sejak Januari, sebanyak 37 kasus di antaranya meninggal dunia.",
        [("other", "cases", 1240, 1240), ("killed", "people", 37, 37)],
    ),
    (
        "Sepanjang 2023 tercatat 640 kasus leptospirosis, dan 38 kasus atau 5,9 persen di antaranya meninggal dunia.",
        [("other", "cases", 640, 640), ("killed", "people", 38, 38), ("other", "percent", 5.9, 5.9)],
    ),
    (
        "Kepala dinas menyebut 64 kasus dinyatakan meninggal dunia akibat leptospirosis.",
        [("killed", "people", 64, 64)],
    ),
    (
        "Dinkes mencatat 312 kasus kolera, 28 kasus di antaranya masih dirawat di rumah sakit.",
        [("other", "cases", 312, 312), ("hospitalized", "people", 28, 28)],
    ),
    # controls: cases ranked with no death word, a list pairing cases with deaths, a death that ranks nothing
    (
        "Kasus tertinggi di Kabupaten Lembah Hijau dengan 530 kasus, disusul Kota Batu Merah 412 kasus.",
        [("other", "cases", 530, 530), ("other", "cases", 412, 412)],
    ),
    (
        "Kabupaten Sungai Rindu 290 kasus dengan 4 kematian, Kota Tanjung Laut 180 kasus dengan 2 kematian.",
        [
            ("other", "cases", 290, 290),
            ("killed", "people", 4, 4),
            ("other", "cases", 180, 180),
            ("killed", "people", 2, 2),
        ],
    ),
    ("Kematian bocah itu membuat Dinkes mencatat 120 kasus baru di Kota Batu Merah.", [("other", "cases", 120, 120)]),
    # a relative clause with its own agent after the cases puts them in no state ("tangani" also treats patients)
    (
        "Sebanyak 15 kasus penganiayaan yang kami tangani sudah masuk tahap penyidikan, kata Kasatreskrim.",
        [("other", "cases", 15, 15)],
    ),
]


test_deaths_counted_by_cases_are_killed = rows_test(DEATHS_BY_CASES, "id")


DEATHS_BY_PLACE: list[Any] = [
    (
        "Tiga pemotor tewas di tempat kejadian, sedangkan satu lainnya meninggal dalam perjalanan ke puskesmas.",
        [("other", "died at the scene", 3, 3), ("other", "died on the way to hospital", 1, 1)],
    ),
    (
        "Dua buruh tambang meninggal di lokasi dan tiga di RSUD Sungai Liat.",
        [("other", "died at the scene", 2, 2), ("other", "died in hospital", 3, 3)],
    ),
    (
        "Lima penumpang bus tewas di lokasi kecelakaan, sementara dua korban lainnya meninggal saat dirawat di "
        "rumah sakit.",
        [("other", "died at the scene", 5, 5), ("other", "died in hospital", 2, 2)],
    ),
    # controls: one death and its place is the toll; the others taken to a health centre are no second death
    (
        "Satu pekerja tewas di lokasi kejadian, sementara 14 orang lainnya luka-luka.",
        [("killed", "people", 1, 1), ("injured", "people", 14, 14)],
    ),
    (
        "Dua warga tewas di tempat kejadian dan empat lainnya dirawat di puskesmas.",
        [("killed", "people", 2, 2), ("hospitalized", "people", 4, 4)],
    ),
]


test_deaths_split_by_place_are_parts = rows_test(DEATHS_BY_PLACE, "id")


GAPPED_ITEMS: list[Any] = [
    (
        "Sebanyak 17 siswa dilarikan ke RSUD Tanjung dan 6 siswa ke Klinik Harapan.",
        [("hospitalized", "people", 17, 17), ("hospitalized", "students", 6, 6)],
    ),
    (
        "Sebanyak 9 korban dirujuk ke RSUD Kota Baru dan 4 orang ke RS Bhayangkara.",
        [("hospitalized", "people", 9, 9), ("hospitalized", "people", 4, 4)],
    ),
    (
        "Tiga pendaki dilaporkan hilang di lereng utara dan dua pendaki di jalur selatan.",
        [("missing", "people", 3, 3), ("missing", "climbers", 2, 2)],
    ),
    # controls: a verb of the second item's own; things sent somewhere are no people
    (
        "Sebanyak 17 siswa dilarikan ke RSUD Tanjung dan 6 siswa pulang ke rumah.",
        [("hospitalized", "people", 17, 17), ("other", "students", 6, 6)],
    ),
    (
        "Sebanyak 20 warga dievakuasi ke balai desa dan 3 unit mobil ke bengkel.",
        [("displaced", "people", 20, 20), ("other", "cars", 3, 3)],
    ),
]


test_a_gapped_item_takes_the_verb_left_out = rows_test(GAPPED_ITEMS, "id")


RANKED_HAPPENED: list[Any] = [
    (
        "Jumlah korban meninggal terbanyak terjadi di Kabupaten Sungai Rindu, yakni 9 orang, disusul Kota Tanjung "
        "Laut 4 orang.",
        [("killed", "people", 9, 9, "Kabupaten Sungai Rindu"), ("killed", "people", 4, 4, "Kota Tanjung Laut")],
    ),
    (
        "Pengungsi paling banyak terjadi di Desa Batu Ampar, yaitu 230 jiwa.",
        [("displaced", "people", 230, 230, "Desa Batu Ampar")],
    ),
    ("Di Kabupaten Sungai Rindu terjadi 45 kasus campak sepanjang Maret.", [("other", "cases", 45, 45)]),
]


test_a_ranked_tally_reaches_past_terjadi = rows_test(RANKED_HAPPENED, "id")


PARTITIVE_ASIDES: list[Any] = [
    (
        "Sebelas personel Brimob, dua di antaranya perwira menengah, mengalami luka-luka saat bentrokan.",
        [("injured", "police", 11, 11), ("other", "perwira", 2, 2)],
    ),
    # controls: a part by origin would take the verb as a misread; a part with a verb of its own
    (
        "Delapan nelayan, tiga di antaranya asal Sulawesi, hilang setelah kapal mereka tenggelam.",
        [("other", "fishermen", 8, 8), ("other", "fishermen", 3, 3)],
    ),
    (
        "Dua puluh warga, lima di antaranya meninggal, sempat dirawat di puskesmas.",
        [("other", "people", 20, 20), ("killed", "people", 5, 5)],
    ),
]


test_a_partitive_aside_is_skipped_to_the_verb = rows_test(PARTITIVE_ASIDES, "id")
