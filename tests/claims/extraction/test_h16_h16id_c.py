"""Classes the unrest and crime desk showed (issue 11, round 11, h16id_c1), each fixed in the language rather than in
a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(Okezone, Republika and Antara Papua on clan wars in Puncak Jaya and Jayawijaya, detik Bali and Kompas regional on
village clashes in Bima, Suara, Beritasatu, RMOL, Tribunnews and Rakyat Bengkulu on protest deployments in Jakarta,
Liputan6, Tribunnews, jpnn and anewsidmedia on Jakarta tawuran roundups, IDN Times Sumut, Tempo, Liputan6, RMOL and
merdeka on prison riots and escapes, Kompas, CNN Indonesia, detik and Suara on pilkada riots, WahanaNews, Republika
Jabar, detik and Radar Majalengka on motorbike-gang roundups, kliik, gosumut, detik, satelitnews and tvOnenews on
drug busts). Each row: text, then (measure, subject, low, high) for every claim.

- civilians beside forces in a breakdown: "enam orang terluka, yakni satu personel TNI, satu personel Polri dan
  empat warga", "12 orang tewas, terdiri dari empat anggota TNI dan delapan warga": the item counted by a generic
  noun of people (``[cues] civil_item_labels``) takes the head's measure as civilians (``civil_items.py``); it was
  ``other``. Controls: a breakdown of a deployment, an item beside a group that is no force (pupils), men beside
  residents keep their reading.
- a force for securing a protest: "Total kekuatan 1.743 personel pengamanan unjuk rasa", "1.390 personel untuk
  pengamanan di kantor bupati" are deployed (``[measures] deployed``: the securing phrases); the first was read as a
  turnout of protesters (a misread). Controls: an arrest "dalam pengamanan unjuk rasa" stays an arrest; protesters
  "tanpa pengamanan" stay participants.
- the weapons of clan wars and brawls: "puluhan panah", "dua buah corbek" and the gun classifier alone, "delapan
  pucuk hilang", count weapons, sharp weapons and firearms (nouns), never a raw word and never people missing.
- named people with their ages in years between the figure and its verb (h16id_c2, Tandaseru and Disway Malut drug
  busts): "Dua pemuda, RA (21 tahun) dan FK (17 tahun), diciduk": the aside of names ends after an age with its
  unit of time as after a bare age, and the verb after it is the figure's (``named_appositions.py``). Control: a
  bracketed span that follows no name keeps its reading.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CIVIL_ITEMS: list[Any] = [
    (
        "Bentrok antarkampung itu melukai sembilan orang, yakni dua personel TNI, satu personel Polri dan enam warga.",
        [
            ("injured", "people", 9, 9),
            ("injured", "soldiers", 2, 2),
            ("injured", "police", 1, 1),
            ("injured", "civilians", 6, 6),
        ],
    ),
    (
        "Sebanyak 14 orang tewas, terdiri dari lima anggota TNI dan sembilan warga.",
        [("killed", "people", 14, 14), ("killed", "soldiers", 5, 5), ("killed", "civilians", 9, 9)],
    ),
    (
        "Kericuhan itu melukai 11 orang, yakni tujuh masyarakat dan empat polisi.",
        [("injured", "people", 11, 11), ("injured", "civilians", 7, 7), ("injured", "police", 4, 4)],
    ),
    # controls: a deployment; pupils beside residents; men beside residents
    (
        "Sebanyak 520 personel, terdiri dari 400 polisi dan 120 warga, disiagakan di sekitar alun-alun.",
        [("deployed", "police", 520, 520), ("deployed", "police", 400, 400), ("other", "police", 120, 120)],
    ),
    (
        "Sebanyak 10 orang tewas, terdiri dari tiga pelajar dan tujuh warga.",
        [("killed", "people", 10, 10), ("other", "students killed", 3, 3), ("other", "people", 7, 7)],
    ),
]
test_residents_beside_forces_in_a_breakdown_are_civilians = rows_test(CIVIL_ITEMS, "id")

SECURING: list[Any] = [
    (
        "Total kekuatan 2.150 personel pengamanan unjuk rasa di sekitar gedung dewan.",
        [("deployed", "people", 2150, 2150)],
    ),
    ('"Ada 960 personel untuk pengamanan di kantor gubernur," ujarnya.', [("deployed", "people", 960, 960)]),
    ("Polresta menyiapkan 640 personel guna pengamanan demo ojek daring.", [("deployed", "police", 640, 640)]),
    # controls: an arrest during the securing; protesters with no securing
    ("Sebanyak 17 orang diamankan dalam pengamanan unjuk rasa itu.", [("arrested", "people", 17, 17)]),
    ("Sebanyak 1.800 buruh ikut unjuk rasa tanpa pengamanan.", [("participants", "people", 1800, 1800)]),
]
test_a_force_for_securing_a_protest_is_deployed = rows_test(SECURING, "id")

WEAPONS: list[Any] = [
    ("Dalam razia itu polisi menemukan puluhan panah dan tombak.", [("other", "weapons", 20, 99)]),
    (
        "Barang bukti yang disita berupa empat buah celurit dan tiga buah corbek.",
        [("other", "sickles", 4, 4), ("other", "sharp weapons", 3, 3)],
    ),
    ('"Massa merampas senjata api anggota, enam pucuk hilang," ujarnya.', [("other", "firearms", 6, 6)]),
    # the classifier before its noun keeps that noun's count
    (
        "Polisi menyita dua pucuk senjata api rakitan dan 14 butir peluru.",
        [("other", "firearms", 2, 2), ("other", "bullets", 14, 14)],
    ),
]
test_weapons_of_clan_wars_and_brawls = rows_test(WEAPONS, "id")

AGED_NAMES: list[Any] = [
    (
        "Dua pemuda, RS (23 tahun) dan AK (18 tahun), diciduk di sebuah rumah kontrakan.",
        [("arrested", "people", 2, 2)],
    ),
    (
        "Tiga pelajar, Rian (14 tahun), Dodi (15 tahun) dan Eka (14 tahun), tewas tenggelam di sungai.",
        [("killed", "people", 3, 3)],
    ),
    # control: the bare ages keep working
    ("Dua pemuda, RS (23) dan AK (18), diciduk di sebuah rumah kontrakan.", [("arrested", "people", 2, 2)]),
]
test_named_people_with_ages_in_years_before_the_verb = rows_test(AGED_NAMES, "id")
