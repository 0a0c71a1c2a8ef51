"""Classes the fresh health-desk corpus ``h16id_a1.json`` showed (issue 11, round 11), each fixed in the language
rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports on the
Indonesian health desk from regional and national outlets (Kompas regional, Republika, alinea, suryakabar, hariane,
detik Jateng, Bali and Sumut, Tribun Jogja, Harian Jogja, Radar Pekalongan, CNN Indonesia, Bali Tribune, Kompas TV,
berita11, Republika on rabies, merdeka, metrotvnews, antvklik, Antara Malang, Radar Kepahiang, IDN Times Jatim,
GenPI, Liputan6, ampl/Kompas Serang, smpantura). Each row: text, then (measure, subject, low, high) for every claim.

- bare case counts after a disease's case count in the sentence (Kemenkes and Dinkes tallies by place and year):
  "118 kasus DBD di Aceh, Sumatera Barat 146 kasus", "Kasus DBD terbanyak ada di Kota X yang memiliki 1.702 kasus",
  "Kasus campak terbanyak di X dengan 412 kasus, disusul Y dengan 96 kasus": the bare items by place count the
  same disease (``case_diseases``); an item by year or month and a part of the total keep ``cases``, since no place
  tells them from the total. Controls: a bare count with no disease named before stays ``cases``; a part of the total
  ("tujuh di antaranya positif") keeps its own label; deaths counted as cases stay killed.
- animal-bite counts (Dinkes rabies reports): "812 kasus gigitan hewan penular rabies", "71 kasus gigitan anjing"
  are bite cases (``[composed_labels.diseases] bite``); "korban gigitan anjing" stays the bitten.
- the rest's own clause after a relative clause (puskesmas outbreak follow-ups): "ada 26 balita yang menjalani rawat
  inap dan yang lainnya sudah diperbolehkan pulang": the later verb is the others' (``others_clauses``), the figure
  keeps its relative clause's measure. Control: a second verb of the same relative clause still reaches past it.
- paediatric, neonatal and cardiac intensive care (RSUD dengue bulletins): "12 di antaranya berada di ruang PICU" is
  the intensive-care subset as ICU was (``picu``, ``nicu``, ``iccu``).
- a part that repeats the whole's noun (Bali Post and merdeka school poisoning): "lima siswa dari 47 siswa SMPN 4
  yang terpaksa dilarikan ke RSUD" is a part of the next figure as "lima dari 47 siswa" is (``same_noun_parts``):
  the predicate is the part's, the whole stays other (second batch ``h16id_a2.json``).
- a capitalised list lead opens no place name: "Disusul Subang dengan 16 kematian" is Subang's item, not a place
  "Disusul Subang" (``breakdowns._in_name`` reads ``[breakdowns] cues``).
- the low bound of a span of hours or days ("diobservasi selama 3-6 jam", "2-3 hari") is a span, no count, also
  after a measured figure of the clause before (``exclusions._span_or_label_after``).
"""

from __future__ import annotations

from typing import Any

from claims.extraction import extract
from tests.claims.extraction.gate_tables import rows_test

CASE_DISEASES: list[Any] = [
    (
        "Rinciannya, 240 kasus DBD di Jambi dengan dua jiwa meninggal, Bengkulu 131 kasus dan Riau 87 kasus.",
        [
            ("other", "cases", 240, 240),
            ("killed", "people", 2, 2),
            ("other", "cases", 131, 131),
            ("other", "cases", 87, 87),
        ],
    ),
    (
        "Kasus campak terbanyak di Kabupaten Tanah Merah dengan 412 kasus, disusul Kota Lembah dengan 96 kasus.",
        [("other", "cases", 412, 412), ("other", "cases", 96, 96)],
    ),
    # controls: no disease named before the bare count; an item by year (no place tells it from the total); a part
    # of the total; deaths counted as cases
    (
        "Pada 2019 ada 44 kasus leptospirosis dan enam orang meninggal, padahal tahun sebelumnya hanya ada dua kasus.",
        [("other", "cases", 44, 44), ("killed", "people", 6, 6), ("other", "cases", 2, 2)],
    ),
    ("Di Kecamatan Sungai Dalam tercatat 57 kasus sepanjang tahun ini.", [("other", "cases", 57, 57)]),
    (
        "Ada 23 kasus difteri di kota itu, tujuh di antaranya positif.",
        [("other", "cases", 23, 23), ("other", "cases", 7, 7)],
    ),
    (
        "Dinkes mencatat 615 kasus DBD dengan 7 kasus kematian hingga pekan ini.",
        [("other", "cases", 615, 615), ("killed", "people", 7, 7)],
    ),
]
test_bare_case_counts_take_the_disease_named_before = rows_test(CASE_DISEASES, "id")

BITE_CASES: list[Any] = [
    ("Tercatat 58 kasus gigitan anjing di Kabupaten Ende Selatan.", [("other", "bite cases", 58, 58)]),
    (
        "Sejak Januari, kasus gigitan hewan penular rabies di kabupaten itu mencapai 604 kasus.",
        [("other", "bite cases", 604, 604)],
    ),
    # control: the bitten as victims
    ("Sebelas warga menjadi korban gigitan anjing liar.", [("other", "bitten", 11, 11)]),
]
test_animal_bites_are_bite_cases = rows_test(BITE_CASES, "id")

OTHERS_CLAUSES: list[Any] = [
    (
        "Saat ini ada 19 balita yang menjalani rawat inap dan yang lainnya sudah diperbolehkan pulang.",
        [("hospitalized", "children", 19, 19)],
    ),
    (
        "Masih ada 8 warga yang dirawat di puskesmas, yang lainnya sudah pulang ke rumah.",
        [("hospitalized", "people", 8, 8)],
    ),
    # control: a second verb of the same relative clause, no others between
    (
        "Sebanyak 31 orang yang mengalami luka-luka dan dirawat di rumah sakit.",
        [("injured", "people", 31, 31)],
    ),
]
test_the_rests_clause_leaves_the_relative_clause_measure = rows_test(OTHERS_CLAUSES, "id")

INTENSIVE_CARE: list[Any] = [
    (
        "Pasien DBD yang dirawat di RSUD Tanjung Sari berjumlah 52 orang, 9 di antaranya berada di ruang PICU.",
        [("hospitalized", "people", 52, 52), ("other", "intensive care patients", 9, 9)],
    ),
    (
        "Dari 40 pasien yang dirawat, 6 di antaranya di ruang ICCU.",
        [("hospitalized", "people", 40, 40), ("other", "intensive care patients", 6, 6)],
    ),
]
test_paediatric_and_cardiac_intensive_care_is_a_subset = rows_test(INTENSIVE_CARE, "id")

SPAN_BOUNDS: list[Any] = [
    (
        "Sebanyak 13 siswa masuk ke IGD dan diobservasi selama 4-8 jam.",
        [("other", "patients under observation", 13, 13)],
    ),
    (
        "Sebanyak 21 siswa masuk ke IGD dan diobservasi selama 2-3 hari.",
        [("other", "patients under observation", 21, 21)],
    ),
    # control: a range of people
    ("Korban tewas diperkirakan 5-7 orang.", [("killed", "people", 5, 7)]),
]
test_the_low_bound_of_a_span_is_no_count = rows_test(SPAN_BOUNDS, "id")

SAME_NOUN_PARTS: list[Any] = [
    (
        "Ada empat siswa dari 39 siswa SMPN 2 Bukit Asri yang terpaksa dilarikan ke RSUD Kota Lama.",
        [("hospitalized", "people", 4, 4), ("other", "students", 39, 39)],
    ),
    # controls: the part without its own noun; the whole's own relative clause with another verb after it
    (
        "Tiga dari 21 siswa dilarikan ke RSUD Kota Lama.",
        [("hospitalized", "people", 3, 3), ("other", "students", 21, 21)],
    ),
    (
        "Enam warga dari 44 warga yang mengungsi sudah kembali ke rumah.",
        [("other", "returned home", 6, 6), ("displaced", "people", 44, 44)],
    ),
]
test_a_part_that_repeats_the_wholes_noun = rows_test(SAME_NOUN_PARTS, "id")

LIST_LEADS: list[Any] = [
    (
        "Disusul Lembang dengan 14 kematian, Kabupaten Cilimus 9 kematian dan Kota Sari 6 kematian.",
        [("killed", "people", 14, 14), ("killed", "people", 9, 9), ("killed", "people", 6, 6)],
    ),
]
test_a_capitalised_list_lead_opens_no_place_name = rows_test(LIST_LEADS, "id")


def test_the_list_lead_is_left_out_of_the_place() -> None:
    found = extract("Disusul Lembang dengan 14 kematian, Kabupaten Cilimus 9 kematian.", "id")
    assert [c.place for c in found] == ["Lembang", "Kabupaten Cilimus"]
