"""Health sub-kinds our corpora read least (issue 11, round 10, corpus ``h13id_a*``): the 2022 acute kidney injury
(syrup) tallies, the polio KLB in Aceh, anthrax in cattle and villagers, malaria, rabies and diphtheria bulletins.

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a subset word in a later noun's relative clause is not the figure's predicate: "Dua kasus kematian menimpa anak
  ... yang hendak dirujuk ke Denpasar" stays killed (``later_words.subset_label``), while "45 korban luka masih
  kritis" is still a subset;
- a status after a case count names the cases it befell: "42 kasus sembuh" are recovered, not bare cases
  (``status_roles._case_noun``, ``composed_labels.STATUS``);
- an item after a joiner whose own counted noun names a measure keeps it: "57 kasus dirawat dan 3 kasus meninggal"
  (the 3 are dead, not hospitalized; ``joined_clauses._own_noun_measure``);
- the germ before a disease is no subset of the case count: "terserang bakteri antraks", "positif virus polio"
  (``[composed_labels.lists] case_skips``); a verb of falling ill may follow another ("positif terpapar campak"),
  and children who fall ill with a named disease are its cases ("151 anak positif campak"; ``ILL_SUBJECTS``);
- batch 2 (``h13id_a2``, hospital bed occupancy): "naik 20 sampai 30 persen" after a change verb is a range when its
  second bound carries a unit (``unit_ranges.py``, ``[cues] unit_range_joiners``), not the increment 20 read as
  inpatients by "rawat inap" before it; the bare earlier value of a change to a rate ("naik dari 60 menjadi 80-90
  persen") is no count of people (``unit_changes.py``); "diinfus" is care at the site, "mengalami gejala" /
  "bergejala" symptoms, "mengalami gejala keracunan" poisoning (``[other_verbs]``), not a raw word as the subject;
- batch 3 (``h13id_a3``, severe-malnutrition tallies): an item of a list counted by the classifier its head opens with
  takes the head's measure ("Lima kasus meninggal karena gizi buruk masing-masing dari X dua kasus, Y satu kasus";
  ``earlier_items.same_classifier``), and a list named before its first item may count groups of people ("Korban
  meninggal berasal dari X (6 anak) dan Y (2 anak)": children killed by place; ``earlier_items.counts_people``);
  severe malnutrition is a disease of case counts ("kasus gizi buruk": malnutrition cases;
  ``[composed_labels.diseases]``), and immunisation verbs ("diimunisasi", "menerima imunisasi") say who was vaccinated;
- batch 4 (``h13id_a4``, pneumonia): "dikarenakan" is "karena" (a stop, a clause break, a cause word), so a part of
  a toll picked out by pneumonia is a subset ("empat di antaranya dikarenakan pneumonia": pneumonia deaths,
  ``[composed_labels.death_causes]``), not a raw word as the subject.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # IDAI and Dinkes reports of syrup-linked kidney deaths: the earlier deaths, then whom they befell, with a
    # relative clause of that noun
    (
        "Tiga kasus kematian itu menimpa balita di Atambua yang sempat dirujuk ke Kupang.",
        [("killed", "people", 3, 3)],
    ),
    (
        "Empat korban tewas merupakan pekerja tambang yang belum teridentifikasi.",
        [("killed", "people", 4, 4)],
    ),
    # controls: the subset word is the figure's own predicate
    ("Lima korban tewas belum teridentifikasi.", [("other", "unidentified bodies", 5, 5)]),
    ("Sebanyak 23 korban luka masih kritis.", [("other", "in critical condition", 23, 23)]),
    # Kemenkes bulletins: "n kasus sembuh" beside the dead and the still treated
    (
        "Dinkes mencatat 57 kasus sembuh dan 3 kasus meninggal.",
        [("other", "recovered", 57, 57), ("killed", "people", 3, 3)],
    ),
    (
        "Hingga kemarin tercatat 88 kasus dirawat dan 6 kasus meninggal dunia.",
        [("hospitalized", "people", 88, 88), ("killed", "people", 6, 6)],
    ),
    # controls: a bare case count stays cases; an elliptical item with no noun of its own inherits the word before
    ("Polres menangani 18 kasus selama Januari.", [("other", "cases", 18, 18)]),
    ("Tewas 3 orang dan 5 orang lainnya.", [("killed", "people", 3, 3), ("killed", "people", 5, 5)]),
    # anthrax and polio reports: the germ named before the disease
    ("Sebanyak 9 warga terserang bakteri antraks.", [("other", "cases", 9, 9)]),
    ("Tiga balita dinyatakan positif virus polio.", [("other", "cases", 3, 3)]),
    # measles KLB reports: children who test positive, two verbs of falling ill in a row
    ("Ada 64 anak yang positif terinfeksi campak.", [("other", "cases", 64, 64)]),
    # controls: children in hospital or swept away keep their reading
    ("Sebanyak 30 anak dirawat karena diare.", [("hospitalized", "children", 30, 30)]),
    ("Dua anak terseret arus sungai.", [("other", "children", 2, 2)]),
    # hospital and Dinkes copy on bed occupancy: a rise as a range, and a rate's earlier value
    ("Keterisian tempat tidur rawat inap naik 15 hingga 25 persen.", [("other", "percent", 15, 25)]),
    ("Keterisian tempat tidur rawat inap naik dari 55 menjadi 85 persen.", [("other", "percent", 85, 85)]),
    # controls: counts of people keep their measure and their earlier value; a rise in people is no rate range
    (
        "Jumlah pasien yang dirawat naik dari 40 menjadi 65 orang.",
        [("hospitalized", "people", 40, 40), ("hospitalized", "people", 65, 65)],
    ),
    ("Angka kematian naik 10 persen.", [("other", "percent", 10, 10)]),
    # feast-poisoning posts: drips at the post, symptoms, poisoning
    (
        "Sebagian masih diobservasi dan lima warga masih diinfus di balai desa.",
        [("other", "treated at the site", 5, 5)],
    ),
    ("Hingga sore ada 87 warga yang mengalami gejala.", [("other", "people with symptoms", 87, 87)]),
    ("Sebanyak 53 tamu undangan mengalami gejala keracunan.", [("other", "guests", 53, 53)]),
    # Dinkes malnutrition and dengue tallies: deaths by regency counted by the head's classifier
    (
        "Enam kasus meninggal karena DBD, masing-masing dari Kecamatan Ciawi tiga kasus, Cisarua dua kasus dan"
        " Megamendung satu kasus.",
        [
            ("killed", "people", 6, 6, None),
            ("killed", "people", 3, 3, "Kecamatan Ciawi"),
            ("killed", "people", 2, 2, "Cisarua"),
            ("killed", "people", 1, 1, "Megamendung"),
        ],
    ),
    (
        "Korban tewas berasal dari Desa Sukamaju (4 balita) dan Desa Cikole (3 balita).",
        [("killed", "children", 4, 4, "Desa Sukamaju"), ("killed", "children", 3, 3, "Desa Cikole")],
    ),
    # controls: an item with a measure word of its own keeps it; a list of children with no measure stays other
    (
        "Sebanyak 12 korban tewas akibat longsor, sementara lima korban lainnya hilang.",
        [("killed", "people", 12, 12), ("missing", "people", 5, 5)],
    ),
    (
        "Ada 12 anak di kelas itu, 5 anak perempuan dan 7 anak laki-laki.",
        [("other", "children", 12, 12), ("other", "girls", 5, 5), ("other", "boys", 7, 7)],
    ),
    # malnutrition tallies and immunisation rounds
    ("Hingga Agustus tercatat 204 kasus gizi buruk di kabupaten itu.", [("other", "malnutrition cases", 204, 204)]),
    ("Sebanyak 19 warga menderita busung lapar.", [("other", "malnutrition cases", 19, 19)]),
    ("Jumlah diimunisasi: 3.118.402.", [("other", "vaccinated", 3118402, 3118402)]),
    ("Sebanyak 2.300 warga sudah diimunisasi.", [("other", "vaccinated", 2300, 2300)]),
    # IDAI and Kemenkes pneumonia copy: deaths picked out of a toll by the disease
    (
        "Dari 31 balita yang meninggal dunia di rumah sakit itu, tujuh di antaranya dikarenakan pneumonia.",
        [("killed", "children", 31, 31), ("other", "pneumonia deaths", 7, 7)],
    ),
    (
        "Sebanyak 40 jemaah wafat, tiga di antaranya karena radang paru.",
        [("killed", "people", 40, 40), ("other", "pneumonia deaths", 3, 3)],
    ),
    # control: a toll of its own stays a toll, whatever its cause
    ("Sebanyak 5 balita meninggal karena pneumonia.", [("killed", "children", 5, 5)]),
    # control: the result clause after the symptoms names the hospital stay
    (
        "Sebanyak 29 warga mengalami gejala keracunan hingga harus dirawat di RSUD Nganjuk.",
        [("hospitalized", "people", 29, 29)],
    ),
]


test_indonesian_h13_h13id_a = rows_test(INDONESIAN, "id")
