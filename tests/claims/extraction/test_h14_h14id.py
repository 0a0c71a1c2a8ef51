"""Round 10, national outlets as they come (issue 11): classes shown by ``corpora/h14id1.json`` and ``h14id2.json``
(paraphrases of detikNews, Republika, Antara, Sindonews, medcom, VOI, jpnn, Kompas, CNN Indonesia, Liputan6 and
Suara reports on floods, quakes, poisoning, dengue, protests and tawuran, labelled before any run), fixed as rules of
the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high) for every claim. The classes:

- a figure after a qualifier right after a complement verb ("Aksi tawuran itu mengakibatkan sebanyak enam orang
  terluka") is that verb's object with its own predicate, no predicate figure of the subject before the verb
  (``complement_objects.subject_predicate``; the subject "aksi tawuran" had taken it as a crime);
- a part of a total of the same measure that names a closed group of people ("enam orang terluka, satu di antaranya
  anggota Brimob yang mengalami luka") is a breakdown by group and keeps its measure (DESIGN 4.1); a part of things
  picked out by its verb stays a subset (``complement_objects.same_measure_whole``);
- the inpatients beside the whole rushed to hospital after "dari" ("11 korban menjalani rawat inap, dari 39 orang
  yang dilarikan ke sana", "Dari 52 warga yang dibawa ke rumah sakit, 14 orang dirawat inap") are the stock,
  hospitalized; the whole is the admissions, ``other``/admitted (``inpatient_parts``; ``[cues] inpatient_words``,
  ``admission_words``);
- a headline's source before a colon ("BPBD: Tiga rumah alami kerusakan") is no fact-box label when a measure word
  follows the figure (``source_labels.headline_source``);
- the magnitude symbol in brackets after its word ("gempa magnitudo (M) 5,9", BNPB and BMKG releases) is part of the
  unit before the figure (``[units_before] magnitude``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # a complement verb's object after a qualifier
    (
        "Aksi tawuran di Jalan Pemuda itu mengakibatkan sebanyak tujuh pelajar terluka.",
        [("injured", "people", 7, 7)],
    ),
    (
        "Aksi perampokan di toko emas itu menyebabkan sebanyak dua orang tewas.",
        [("killed", "people", 2, 2)],
    ),
    # control: a tally before a change verb keeps its measure
    (
        "Jumlah korban luka akibat kericuhan itu mencapai 85 orang dan dua orang meninggal.",
        [("injured", "people", 85, 85), ("killed", "people", 2, 2)],
    ),
    # a part that names a closed group of people keeps the measure of its total
    (
        "Bentrokan itu membuat delapan orang terluka, dua di antaranya anggota Sabhara yang mengalami luka di kepala.",
        [("injured", "people", 8, 8), ("injured", "police", 2, 2)],
    ),
    # control: a part of things picked out by its verb stays a subset
    (
        "Massa merusak 31 kendaraan, tujuh di antaranya dibakar.",
        [("damaged", "vehicles", 31, 31), ("other", "burned vehicles", 7, 7)],
    ),
    # inpatients beside the whole rushed to hospital
    (
        "Kini 9 pekerja menjalani rawat inap di RSUD Sukaraja, dari 27 orang yang dilarikan ke rumah sakit itu.",
        [("hospitalized", "people", 9, 9), ("other", "admitted", 27, 27)],
    ),
    (
        "Dari 46 santri yang dibawa ke puskesmas, 12 orang harus dirawat inap.",
        [("other", "admitted", 46, 46), ("hospitalized", "people", 12, 12)],
    ),
    # control: admissions alone are hospitalized
    (
        "Sebanyak 46 santri dibawa ke puskesmas setelah makan nasi kotak.",
        [("hospitalized", "people", 46, 46)],
    ),
    # a headline's source before a colon
    ("Polisi: Lima rumah alami kerusakan akibat ledakan gudang", [("damaged", "houses", 5, 5)]),
    ("BNPB: 14 rumah rusak diterjang angin kencang di Sidoarjo", [("damaged", "houses", 14, 14)]),
    # control: a fact-box label still names its figure
    ("Pengungsi: 2.140 jiwa.", [("displaced", "people", 2140, 2140)]),
    # the magnitude symbol in brackets after its word
    (
        "Hari kedua pascagempa magnitudo (M) 4,8 Sukamulya, BPBD mendata 37 rumah rusak.",
        [("other", "magnitude", 4.8, 4.8), ("damaged", "houses", 37, 37)],
    ),
    ("Gempa bumi dengan kekuatan Magnitudo (M) 3,7 mengguncang Lamongan.", [("other", "magnitude", 3.7, 3.7)]),
    # control: the bare symbol
    ("Gempa M 5,2 mengguncang Banggai Laut pada Minggu dini hari.", [("other", "magnitude", 5.2, 5.2)]),
]


test_indonesian_h14_h14id = rows_test(INDONESIAN, "id")
