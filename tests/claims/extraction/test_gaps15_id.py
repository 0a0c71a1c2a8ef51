"""Classes the fresh Indonesian corpora kept missing (issue 11, round 10 wave 2, gaps15id), each fixed in the
language rather than in a sentence; the rows of ``corpus_gaps.py`` they came from are gone.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(Republika, Okezone and RMOL security rundowns: "Sebanyak 893 personel gabungan itu terdiri dari ...", "3.041
personel gabungan itu terdiri atas ..."; Detik, Bimakini and Bali Post hospital follow-ups of victims still treated).
Each row: text, then (measure, subject, low, high) for every claim.

- a breakdown set off by commas between the whole's noun phrase and its predicate (id_vary9, idc5, idj6): "Sebanyak
  n personel gabungan, terdiri atas a polisi dan b prajurit TNI, disiagakan ...", "Lima korban, masing-masing empat
  pelajar dan satu guru, masih dirawat": the whole reaches its predicate across the aside, and the items take it as
  the same breakdown does after the predicate ("n personel dikerahkan, terdiri atas ..."). Controls: the breakdown
  after the predicate is unchanged; an aside followed by no predicate leaves the figures other; a second clause
  after a list with no breakdown lead keeps its own verb; the admissions beside the ones still treated stay
  admissions outside an aside.
- evacuees placed at a count of shelter sites (h13id_b2): "n jiwa, terbagi di tiga pengungsian", "n warga tersebar di
  12 titik pengungsian", "Mereka ditampung di 134 titik pengungsian" (BNPB and BPBD rundowns as Berita Jakarta,
  Kompas and Tribun print them) are displaced: the Indonesian words of ``shelter_stays`` (English had them), the verb
  also when the noun phrase took it as a participle or a comma sets it off. Controls: animals kept at a shelter and
  people spread over villages (no shelter noun) stay other.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

BREAKDOWN_ASIDES: list[Any] = [
    (
        "Sebanyak 1.240 personel gabungan, terdiri atas 900 polisi, 260 prajurit TNI dan 80 anggota Brimob, "
        "dikerahkan untuk mengamankan laga final.",
        [
            ("deployed", "security_forces", 1240, 1240),
            ("deployed", "police", 900, 900),
            ("deployed", "soldiers", 260, 260),
            ("deployed", "police", 80, 80),
        ],
    ),
    (
        "Sebanyak 430 personel, terdiri dari 300 polisi dan 130 prajurit TNI, disiagakan di sekitar gedung dewan.",
        [
            ("deployed", "security_forces", 430, 430),
            ("deployed", "police", 300, 300),
            ("deployed", "soldiers", 130, 130),
        ],
    ),
    (
        "Tujuh penumpang, masing-masing empat pria dan tiga wanita, masih dirawat di RSUD Sungai Lestari.",
        [("hospitalized", "people", 7, 7), ("hospitalized", "men", 4, 4), ("hospitalized", "women", 3, 3)],
    ),
    (
        "Sembilan pendaki, terdiri atas enam pria dan tiga wanita, dilaporkan hilang di lereng Gunung Kabut.",
        [("missing", "people", 9, 9), ("missing", "men", 6, 6), ("missing", "women", 3, 3)],
    ),
    # controls: the breakdown after the predicate; an aside with no predicate after it; a joined second clause
    (
        "Sebanyak 430 personel disiagakan di sekitar gedung dewan, terdiri dari 300 polisi dan 130 prajurit TNI.",
        [
            ("deployed", "security_forces", 430, 430),
            ("deployed", "police", 300, 300),
            ("deployed", "soldiers", 130, 130),
        ],
    ),
    (
        "Sebanyak 430 personel, terdiri dari 300 polisi dan 130 prajurit TNI, menurut data Polres Kota Hilir.",
        [("other", "personnel", 430, 430), ("other", "police", 300, 300), ("other", "soldiers", 130, 130)],
    ),
    (
        "Sebanyak 140 warga terserang diare, dan 12 di antaranya dirawat di Puskesmas Tanjung.",
        [("other", "cases", 140, 140), ("hospitalized", "people", 12, 12)],
    ),
    (
        "Sebanyak 40 korban sempat dilarikan ke rumah sakit, dan 11 orang masih dirawat hingga Senin.",
        [("other", "admitted", 40, 40), ("hospitalized", "people", 11, 11)],
    ),
]
test_a_breakdown_aside_before_the_predicate = rows_test(BREAKDOWN_ASIDES, "id")

SHELTER_SITES: list[Any] = [
    (
        "Sebanyak 1.870 warga tersebar di 16 titik pengungsian.",
        [("displaced", "people", 1870, 1870), ("other", "shelters", 16, 16)],
    ),
    (
        "Total pengungsi ada 655 jiwa, terbagi di empat lokasi pengungsian di kecamatan itu.",
        [("displaced", "people", 655, 655), ("other", "shelters", 4, 4)],
    ),
    (
        "Sebanyak 318 jiwa ditampung di dua tempat pengungsian yang disiapkan pemerintah desa.",
        [("displaced", "people", 318, 318), ("other", "shelters", 2, 2)],
    ),
    # controls: animals at a shelter; people spread over villages, no shelter noun
    (
        "Sebanyak 40 ekor kambing ditampung di dua titik pengungsian.",
        [("other", "goats", 40, 40), ("other", "shelters", 2, 2)],
    ),
    ("Sebanyak 2.400 pelanggan tersebar di 9 desa.", [("other", "customers", 2400, 2400), ("other", "villages", 9, 9)]),
]
test_people_at_a_count_of_shelter_sites_are_displaced = rows_test(SHELTER_SITES, "id")
