"""Classes an audit of unseen Indonesian copy showed (round 15, r15aidb: disasters, health, unrest and people
figures outside casualties), each fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(Kemenkes DBD recaps as Harian Jogja, Kompas and Kompas 2020 print them: "204.171 penderita dengan jumlah kematian
mencapai 1.598 kasus", "68.407 kasus dengan jumlah kematian 493 kasus", "total kematian mencapai 270 kasus",
"angka kematiannya berjumlah 104 kasus"). Each row: text, then (measure, subject, low, high) for every claim.

- deaths counted by the case classifier after a tally of deaths inside the clause (``death_case_clauses``: a
  ``killed`` word right after ``[subjects] tally_words``): "dengan jumlah kematian mencapai n kasus", "angka kematian
  sebanyak n kasus", "total kematian mencapai n kasus" are killed, also after a figure of the cases in the same
  clause. Controls: the cases themselves stay other; a tally that also counts something else ("jumlah kematian dan
  kasus baru"), a clause after a comma about the cases, a bare case count with no tally, and the whole after a
  source preposition ("angka kematian mencapai 2 persen dari total 3.500 kasus", a misread before) stay other.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

DEATH_TALLY_CASES: list[Any] = [
    (
        "Sepanjang 2023 tercatat 8.412 penderita dengan jumlah kematian mencapai 61 kasus.",
        [("other", "patients", 8412, 8412), ("killed", "people", 61, 61)],
    ),
    (
        "Pada tahun lalu terdapat 2.905 kasus demam berdarah dengan jumlah kematian 17 kasus.",
        [("other", "cases", 2905, 2905), ("killed", "people", 17, 17)],
    ),
    (
        "Kabupaten Lembah Hijau mencatat 734 kasus dan angka kematian mencapai sembilan kasus.",
        [("other", "cases", 734, 734), ("killed", "people", 9, 9)],
    ),
    (
        "Pada periode yang sama, total kematian akibat campak mencapai 23 kasus.",
        [("killed", "people", 23, 23)],
    ),
    ("Dari jumlah itu, angka kematiannya berjumlah 46 kasus.", [("killed", "people", 46, 46)]),
    (
        "Jumlah kematian akibat diare di Kota Tirta tahun ini tercatat 14 kasus, naik dari 9 kasus.",
        [("killed", "people", 14, 14), ("killed", "people", 9, 9)],
    ),
    (
        "Pada 2022 terdapat 5.120 kasus dengan jumlah kematian 38 kasus, sedangkan pada 2023 mencapai 4.870 kasus "
        "dengan jumlah kematian mencapai 41 kasus.",
        [
            ("other", "cases", 5120, 5120),
            ("killed", "people", 38, 38),
            ("other", "cases", 4870, 4870),
            ("killed", "people", 41, 41),
        ],
    ),
    # controls: a tally that counts cases too; a clause about the cases after a comma; a bare case count
    ("Jumlah kematian dan kasus baru mencapai 300 kasus.", [("other", "cases", 300, 300)]),
    (
        "Angka kematian menurun, sementara jumlah kasus mencapai 1.240 kasus.",
        [("other", "cases", 1240, 1240)],
    ),
    ("Dinas kesehatan mencatat 611 kasus DBD sepanjang tahun ini.", [("other", "cases", 611, 611)]),
    # the whole the deaths are a share of, after a source preposition: cases, also in a clause the death word opens
    (
        "Angka kematian DBD mencapai 2 persen dari total 3.500 kasus.",
        [("other", "percent", 2, 2), ("other", "cases", 3500, 3500)],
    ),
    # a death word of a narrower group (maternal deaths) is no tally of the dead as such
    ("Dinkes menyebut angka kematian ibu mencapai 61 kasus tahun lalu.", [("killed", "women", 61, 61)]),
    (
        "Jumlah kematian tercatat 12 orang dari total 5.000 kasus.",
        [("killed", "people", 12, 12), ("other", "cases", 5000, 5000)],
    ),
    (
        "Kematian ibu di kabupaten itu mencapai 17 kasus, naik dari 11 kasus.",
        [("killed", "women", 17, 17), ("killed", "women", 11, 11)],
    ),
    (
        "Penderita DBD mencapai 4.500 orang dengan jumlah kematian sebanyak 30 orang.",
        [("other", "patients", 4500, 4500), ("killed", "people", 30, 30)],
    ),
]
test_deaths_counted_as_cases_after_a_tally_of_deaths = rows_test(DEATH_TALLY_CASES, "id")

# A group word written capitalised after a capitalised name the lexicon does not list is part of the name (NTT's
# twin volcanoes as Detik, Media Indonesia, Republika and Beritasatu print them: "jumlah pengungsi erupsi Gunung
# Lewotobi Laki-laki sebanyak 12.366 jiwa", "Pengungsi Gunung Lewotobi Laki-Laki ... mencapai 6.179 orang"): the
# figure counts people, not men. Controls: the group word after a noun of the lexicon, lower case or in a breakdown
# stays the group.
NAME_GROUPS: list[Any] = [
    (
        "Jumlah pengungsi erupsi Gunung Lewotobi Laki-laki sebanyak 9.870 jiwa.",
        [("displaced", "people", 9870, 9870)],
    ),
    ("Pengungsi Gunung Lewotobi Laki-Laki kini mencapai 4.215 orang.", [("displaced", "people", 4215, 4215)]),
    (
        "Erupsi Lewotobi Perempuan membuat 1.300 warga mengungsi ke Kabupaten Sikka.",
        [("displaced", "people", 1300, 1300)],
    ),
    # controls
    ("Jumlah pengungsi laki-laki sebanyak 420 jiwa.", [("displaced", "men", 420, 420)]),
    (
        "Di posko itu tercatat 700 pengungsi laki-laki dan 650 perempuan.",
        [("displaced", "men", 700, 700), ("displaced", "women", 650, 650)],
    ),
    (
        "Sebanyak 19 warga Desa Nobo, 11 Laki-laki dan 8 Perempuan, mengungsi.",
        [("displaced", "people", 19, 19), ("displaced", "men", 11, 11), ("displaced", "women", 8, 8)],
    ),
]
test_a_group_word_inside_a_name_counts_no_group = rows_test(NAME_GROUPS, "id")
