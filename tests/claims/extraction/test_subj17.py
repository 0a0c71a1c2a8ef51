"""Subjects of people measures the corpora kept missing (issue 11, round 11, subj17): the closed groups of DESIGN 4
that verification sets against each other, each fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports (Dinkes
and Kemenkes measles, diarrhoea and DBD copy: "lima kasus kematian anak terjadi di ...", "437 ribu kematian pada
balita per tahun"; Kompas regional measles follow-ups: "Anak yang meninggal ..., yang sebagian besar belum
diimunisasi, mencapai 12 orang"; police statements: "Polisi yang terluka - 12 orang - dibawa ke RS Bhayangkara";
health-office quotes: "Keempat korban yang meninggal itu masih anak-anak"; wire copy on raids and outbreaks).
Each row: text, then (measure, subject, low, high) for every claim.

- deaths of a child group named after the death noun (h13id_a2, h13id_a4): "n (kasus) kematian (pada) anak/balita/
  bayi" / "n deaths among children", "infant deaths" are children (``[nouns]`` entries with measure killed; a lexicon
  noun longer than the measure phrase it opens now names the group: noun_phrase). Control: bare "kematian" stays
  people ("kematian ibu" is women since round 16, test_subjects16).
- a tally noun with its relative clause before the figure, across a second relative clause between commas or a
  figure set off by dashes (id_vary11, id_vary8): the noun's group (subject_rules._heads_before). Control: a plain
  casualty noun set off by dashes stays people.
- a relative copula closed by a demonstrative, and "masih" as a copula (h16id_a1, h9covid2): "Tiga pasien yang
  meninggal itu adalah anak ...", "Empat korban yang meninggal itu masih anak-anak" are children (predicate_groups).
  Control: "masih" before no group noun leaves people.
- a crowd noun that names the turnout and opens the clause before a predicate figure (h16id_c1): "Massa aksi
  diperkirakan berjumlah sekitar n orang" is protesters (subject_rules._crowd_noun). Controls: an audience noun stays
  people; a crowd noun that is the agent of another count names nothing.
- a force under another command keeps its own force (idb): "n anggota BKO Mabes Polri", "n personel BKO TNI" are
  police and soldiers (``[nouns]`` entries). Control: the joint whole stays security_forces.
- the men of a paramilitary corps (h12en1): "four Frontier Corps men", "six paramilitary men" are security_forces,
  not men. Control: men alone stay men.
- immigrants held as such are foreigners (h9health_en1): "illegal immigrants", "undocumented immigrants". Control:
  bare migrants stay people.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CHILD_DEATHS_ID: list[Any] = [
    (
        "Sebanyak empat kasus kematian anak terjadi di Kabupaten Lerep, satu di Kabupaten Sorong Hilir, dan satu lagi "
        "di Kota Tanjung Batu.",
        [("killed", "children", 4, 4), ("killed", "children", 1, 1), ("killed", "children", 1, 1)],
    ),
    ("Tercatat 14 kematian balita akibat diare di Desa Waru Kidul.", [("killed", "children", 14, 14)]),
    ("Dinkes mencatat 9 kasus kematian pada bayi sepanjang tahun ini.", [("killed", "children", 9, 9)]),
    (
        "Campak menyebabkan sekitar 300 kematian pada anak setiap tahun, dan malaria 120 ribu kematian.",
        [("killed", "children", 270, 330), ("killed", "people", 120000, 120000)],
    ),
    # controls: bare deaths; deaths of mothers are women (round 16, the gold's "angka kematian ibu ... 38 kasus")
    ("Sebanyak 9 kasus kematian terjadi di Kabupaten Lerep.", [("killed", "people", 9, 9)]),
    (
        "Tercatat 3 kematian bayi dan 5 kematian ibu di kabupaten itu.",
        [("killed", "children", 3, 3), ("killed", "women", 5, 5)],
    ),
]
test_deaths_of_a_child_group_are_children_id = rows_test(CHILD_DEATHS_ID, "id")

CHILD_DEATHS_EN: list[Any] = [
    ("Measles caused 310 deaths among children in the province last year.", [("killed", "children", 310, 310)]),
    ("The clinic recorded 12 infant deaths in March.", [("killed", "children", 12, 12)]),
    # control: deaths with no group
    ("The outbreak has caused 40 deaths in the district.", [("killed", "people", 40, 40)]),
]
test_deaths_of_a_child_group_are_children_en = rows_test(CHILD_DEATHS_EN, "en")

TALLY_HEADS: list[Any] = [
    (
        "Anak yang meninggal akibat difteri di Sumba Lor, yang sebagian besar belum divaksin, mencapai 9 orang per "
        "Senin (2/9).",
        [("killed", "children", 9, 9)],
    ),
    ("Polisi yang terluka \u2013 8 orang \u2013 dibawa ke RS Bhayangkara Tanjung Batu.", [("injured", "police", 8, 8)]),
    ("Polisi yang terluka sebanyak 8 orang.", [("injured", "police", 8, 8)]),
    # control: a casualty noun set off by dashes
    ("Korban tewas \u2013 12 orang \u2013 dimakamkan di desa itu.", [("killed", "people", 12, 12)]),
]
test_tally_noun_across_asides_and_dashes = rows_test(TALLY_HEADS, "id")

RELATIVE_COPULAS: list[Any] = [
    ("Tiga pasien yang meninggal itu adalah anak di bawah dua tahun.", [("killed", "children", 3, 3)]),
    ("Keempat korban yang meninggal itu masih anak-anak.", [("killed", "children", 4, 4)]),
    ("Enam warga yang ditangkap itu adalah warga negara asing.", [("arrested", "foreigners", 6, 6)]),
    # control: "masih" before no group noun
    ("Lima warga yang dirawat masih dalam kondisi lemah.", [("hospitalized", "people", 5, 5)]),
]
test_relative_copula_after_a_demonstrative = rows_test(RELATIVE_COPULAS, "id")

IMMIGRANTS: list[Any] = [
    (
        "Police arrested 40 locals and 18 illegal immigrants in the raids.",
        [("arrested", "people", 40, 40), ("arrested", "foreigners", 18, 18)],
    ),
    # control: migrants at sea
    ("Coastguards said 27 migrants were missing after the boat capsized.", [("missing", "people", 27, 27)]),
]
test_immigrants_are_foreigners = rows_test(IMMIGRANTS, "en")

CROWD_HEADS: list[Any] = [
    ("Massa aksi diperkirakan berjumlah sekitar 700 hingga 900 orang.", [("participants", "protesters", 700, 900)]),
    ("Demonstran diperkirakan mencapai 3.000 orang.", [("participants", "protesters", 2700, 3300)]),
    # controls: an audience; the crowd as agent of a thing count
    ("Penonton diperkirakan mencapai 45.000 orang.", [("participants", "people", 40500, 49500)]),
    ("Massa aksi membakar 3 pos polisi.", [("damaged", "police posts", 3, 3)]),
]
test_crowd_noun_opening_the_clause = rows_test(CROWD_HEADS, "id")

ATTACHED_FORCES: list[Any] = [
    (
        "Selama tiga hari itu, 9.400 personel gabungan TNI dan Polri disiagakan, terdiri atas 3.100 anggota Polda, "
        "2.600 anggota BKO Mabes Polri dan 1.500 personel BKO TNI.",
        [
            ("deployed", "security_forces", 9400, 9400),
            ("deployed", "police", 3100, 3100),
            ("deployed", "police", 2600, 2600),
            ("deployed", "soldiers", 1500, 1500),
        ],
    ),
]
test_attached_forces_keep_their_force = rows_test(ATTACHED_FORCES, "id")

PARAMILITARY_MEN: list[Any] = [
    (
        "He said three Frontier Corps men and five civilians had been wounded in the blast.",
        [("injured", "security_forces", 3, 3), ("injured", "civilians", 5, 5)],
    ),
    ("Six paramilitary men were killed in the ambush.", [("killed", "security_forces", 6, 6)]),
    # control: men alone
    ("Police said 14 men were arrested after the brawl.", [("arrested", "men", 14, 14)]),
]
test_paramilitary_men_are_security_forces = rows_test(PARAMILITARY_MEN, "en")
