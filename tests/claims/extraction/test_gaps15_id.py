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
        [("other", "diarrhoea cases", 140, 140), ("hospitalized", "people", 12, 12)],
    ),
    (
        "Sebanyak 40 korban sempat dilarikan ke rumah sakit, dan 11 orang masih dirawat hingga Senin.",
        [("other", "admitted", 40, 40), ("hospitalized", "people", 11, 11)],
    ),
]
test_a_breakdown_aside_before_the_predicate = rows_test(BREAKDOWN_ASIDES, "id")
