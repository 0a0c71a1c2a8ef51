"""Classes the fresh regional health corpus h17id_b1 showed (issue 11, round 11, h17id_b), each fixed in the
language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports from
outlets the corpora README listed least (metroikn, busam.id, garispena, kaltimetam, IDN Times Kaltim, Suara Kaltim,
lintasbalikpapan and potret-indonesia on Dinkes Kaltim dengue tallies; Republika, CNN Indonesia, Tribun Palu,
banggaikece and Tribun Timur on MBG school-meal poisonings in Sulawesi; Kompas regional, papuareview, Tempo, kabarin
and Antara Papua on measles in Papua Tengah; Tribunnews, Kompas.id, Kompas regional, iNews and detik Bali on rabies in
NTT; Bisnis Sumatra, Antara, Republika, Riau Online, Gatra and riaupagi on haze ISPA tallies). Each row: text, then
(measure, subject, low, high) for every claim.

- the shares of a death tally counted by the case noun with the place after them (Dinkes Kaltim bulletins): "Sebaran
  11 kematian akibat DBD tercatat di sejumlah wilayah, masing-masing dua kasus di X dan Y", "Empat kasus kematian
  tersebar di X (2) serta masing-masing satu kasus di Y dan Z", "Tiga kasus kematian, satu kasus di X dan dua kasus
  di Y": killed (``death_case_items.py``; after "each" one claim per place, ``each_places.py``). Controls: a case
  count after a death count of people ("2 orang meninggal dan 120 kasus di X"), a case count after a clause break,
  and a case count with no place stay cases.
- hepatitis A named as its own disease in outbreak tallies ("kasus hepatitis A mencapai ..."): ``[composed_labels.
  diseases] "hepatitis A"``.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

DEATH_CASE_ITEMS: list[Any] = [
    (
        "Sebaran 14 kematian akibat DBD tercatat di sejumlah wilayah, masing-masing tiga kasus di Kutai Hilir dan "
        "Sungai Rapak.",
        [("killed", "people", 14, 14), ("killed", "people", 3, 3), ("killed", "people", 3, 3)],
    ),
    (
        "Enam kasus kematian tersebar di Long Bagun (3) serta masing-masing satu kasus di Tanjung Redan, Sebulu dan "
        "Muara Ancalong.",
        [
            ("killed", "people", 6, 6),
            ("killed", "people", 3, 3),
            ("killed", "people", 1, 1),
            ("killed", "people", 1, 1),
            ("killed", "people", 1, 1),
        ],
    ),
    (
        "Tercatat lima kasus kematian, dua kasus di Kota Bandar Lestari dan tiga kasus di Kabupaten Sungai Tenang.",
        [("killed", "people", 5, 5), ("killed", "people", 2, 2), ("killed", "people", 3, 3)],
    ),
    (
        "Ada empat kasus kematian akibat malaria, yaitu masing-masing dua kasus di Distrik Wamena Hulu dan "
        "Kurulu Baru.",
        [("killed", "people", 4, 4), ("killed", "people", 2, 2), ("killed", "people", 2, 2)],
    ),
    # controls: deaths counted by people, then cases; a clause break; no place after the case count
    (
        "Dua orang meninggal dan 120 kasus di Kecamatan Sungai Lestari.",
        [("killed", "people", 2, 2), ("other", "cases", 120, 120)],
    ),
    (
        "Tujuh orang meninggal dunia; Dinkes juga mencatat 340 kasus di Kabupaten Tanah Merah.",
        [("killed", "people", 7, 7), ("other", "cases", 340, 340)],
    ),
    (
        "Tiga kasus kematian tercatat sejak Januari, sementara masing-masing 45 kasus baru dilaporkan pekan ini.",
        [("killed", "people", 3, 3), ("other", "cases", 45, 45)],
    ),
]
test_death_tally_shares_counted_by_the_case_noun = rows_test(DEATH_CASE_ITEMS, "id")

HEPATITIS_A: list[Any] = [
    (
        "Kasus hepatitis A di Kabupaten Lembah Hijau hingga pekan ini mencapai 143 kasus.",
        [("other", "cases", 143, 143)],
    ),
    # control: hepatitis with no kind named keeps its own label
    ("Kasus hepatitis di kota itu mencapai 61 kasus.", [("other", "cases", 61, 61)]),
]
test_hepatitis_a_is_named_in_case_tallies = rows_test(HEPATITIS_A, "id")
