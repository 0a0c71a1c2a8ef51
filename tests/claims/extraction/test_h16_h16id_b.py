"""Classes the fresh disaster-desk corpus ``h16id_b1.json`` showed (issue 11, round 11), each fixed in the language
rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports from
outlets and regions the corpora read least (Republika, Antara Sulteng and Sultra, Dulohupa, Demokrasi Maluku and
Tribun Manado on Manado and Bitung floods; Nuansa Malut, Cermat, Trends, Mimbar Nusantara, medcom and Tempo on the
Ternate flash flood; Tandaseru, reporter-channel, merdeka and Okezone on Gunung Ibu evacuees by shelter; jpnn, Kontan,
inionline, idcorner, Sindonews and bogorexpose on quake damage grades; Sumeks, Bangsaonline, Suara Indonesia, Gatra,
Antara Kaltim and detik Sumut on river-boat searches; Kompas regional, iNews, tirto and Disway on boat sinkings;
Kompas megapolitan, beritanasional, teropongmedia, Katadata and Antara on settlement fires; VOI, Mata Banua, Antara
Kalsel, tabirkota and Okezone on Kalimantan Selatan floods in KK and jiwa; Antara Kupang, Liputan6, Poskupang and
Kompas on Flores landslides). Each row: text, then (measure, subject, low, high) for every claim.

- the missing found dead through a relative clause: "dua korban hilang yang ditemukan dalam keadaan meninggal dunia"
  counts the dead (``found_dead.py``; ``clauses.died_after`` read it only without "yang"). Controls: the missing
  still searched for after a relative clause stay missing; found alive stays other.
- an age inside the counted noun phrase before a relative clause: "tinggal satu korban berusia 5 tahun yang masih
  dalam pencarian" (``age_spans.py``): the age verb no longer makes the relative clause another noun's.
- a bracketed age after a role noun set off by "sang" after a name: "Siti sang ibu (31) meninggal dunia" (``[cues]
  one_person_articles``; "ayah" is a noun of men now). Control: a bracketed count after a place keeps its count.
- a number in words restated in digits in brackets: "enam (6) orang meninggal", "satu (1) masih dalam pencarian"
  (``restated_numbers.past_digit_restatement``): one figure, not two. Control: a bracketed count after a
  capitalised place name that is also a number word stays a count.
- group-first items of a breakdown with no noun after the figure: "dengan rincian kelompok dewasa 12.402 jiwa,
  anak-anak 6.215 dan lansia 3.253" (``item_nouns``, ``[cues] group_heads``).
- people counted in brackets after a named shelter are evacuees: "Pos Pengungsian Gereja Akesibu (245 orang)"
  (``shelter_names.py``, ``[cues] shelter_name_heads``). Control: a count by place after a regency keeps the
  sentence's measure.
- households restated in persons after a comma: "Total pengungsi ada 600 KK, 1.800 jiwa" (``household_commas.py``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

FOUND_DEAD: list[Any] = [
    (
        "Hingga Rabu sore, tiga korban hilang yang ditemukan dalam keadaan meninggal dunia sudah diserahkan.",
        [("killed", "people", 3, 3)],
    ),
    (
        "Tim SAR menyebut empat nelayan hilang yang ditemukan tewas di pantai Desa Loleo.",
        [("killed", "people", 4, 4)],
    ),
    # controls: still searched for; found alive
    (
        "Dua korban hilang yang dicari sejak Senin belum ditemukan.",
        [("missing", "people", 2, 2)],
    ),
    (
        "Lima pendaki yang hilang ditemukan selamat di lereng Gunung Batu.",
        [("other", "climbers", 5, 5)],
    ),
]

AGES_IN_THE_NOUN_PHRASE: list[Any] = [
    (
        "Setelah tiga orang ditemukan tewas, tinggal satu korban berusia 7 tahun yang masih dalam pencarian.",
        [("killed", "people", 3, 3), ("missing", "people", 1, 1)],
    ),
    (
        "Dua bocah berusia 8 dan 10 tahun yang hanyut di sungai itu belum ditemukan.",
        [("missing", "children", 2, 2)],
    ),
]

ROLE_AGES: list[Any] = [
    (
        "Ketiganya yakni Dimas (9) yang selamat, Rina sang ibu (34) meninggal dunia, dan Joko sang ayah (40) hanyut.",
        [],
    ),
    # control: a count by place in brackets
    (
        "Korban meninggal tersebar di Kabupaten Sigi (12) dan Kota Palu (4).",
        [("killed", "people", 12, 12), ("killed", "people", 4, 4)],
    ),
]

WORDS_THEN_DIGITS: list[Any] = [
    (
        "Banjir bandang itu mengakibatkan tujuh (7) orang meninggal dan dua (2) masih dalam pencarian.",
        [("killed", "people", 7, 7), ("missing", "people", 2, 2)],
    ),
    (
        "Sebanyak dua belas (12) rumah warga rusak berat diterjang angin.",
        [("other", "heavily damaged houses", 12, 12)],
    ),
    # control: a place named by a number word keeps its bracketed count
    (
        "Tiga (3) orang tewas di Kecamatan Lima (5).",
        [("killed", "people", 3, 3), ("killed", "people", 5, 5)],
    ),
]

GROUP_FIRST_ITEMS: list[Any] = [
    (
        "Total warga mengungsi mencapai 9.400 jiwa, dengan rincian kelompok dewasa 5.100 jiwa, anak-anak 3.000 "
        "dan lansia 1.300.",
        [
            ("displaced", "people", 9400, 9400),
            ("other", "adults", 5100, 5100),
            ("displaced", "children", 3000, 3000),
            ("other", "elderly", 1300, 1300),
        ],
    ),
    (
        "Pengungsi tercatat 640 jiwa, terdiri dari balita 90, lansia 70 dan ibu hamil 11.",
        [
            ("displaced", "people", 640, 640),
            ("displaced", "children", 90, 90),
            ("other", "elderly", 70, 70),
            ("other", "pregnant women", 11, 11),
        ],
    ),
]

SHELTER_NAMES: list[Any] = [
    (
        "Rinciannya: Pos Pengungsian Balai Desa Talaga (52 orang), Pos Pengungsian Gereja Soasio (190 orang), dan "
        "Pos Pengungsian SD Negeri Bobo (44 orang).",
        [("displaced", "people", 52, 52), ("displaced", "people", 190, 190), ("displaced", "people", 44, 44)],
    ),
    (
        "Warga ditampung di Posko Pengungsian Masjid Raya (120 jiwa) dan Tenda Pengungsian Lapangan Desa (75 jiwa).",
        [("displaced", "people", 120, 120), ("displaced", "people", 75, 75)],
    ),
]

HOUSEHOLDS_THEN_PERSONS: list[Any] = [
    (
        '"Total pengungsi ada 310 KK, 1.020 jiwa. Data sementara," kata Kalak BPBD.',
        [("other", "households", 310, 310), ("displaced", "people", 1020, 1020)],
    ),
    (
        "Pengungsi sebanyak 85 KK, 290 jiwa.",
        [("other", "households", 85, 85), ("displaced", "people", 290, 290)],
    ),
]

test_the_missing_found_dead_are_killed = rows_test(FOUND_DEAD, "id")
test_an_age_inside_the_noun_phrase_keeps_the_relative_clause = rows_test(AGES_IN_THE_NOUN_PHRASE, "id")
test_a_bracketed_age_after_a_sang_role = rows_test(ROLE_AGES, "id")
test_a_number_in_words_restated_in_digits_is_one_figure = rows_test(WORDS_THEN_DIGITS, "id")
test_group_first_items_without_a_noun = rows_test(GROUP_FIRST_ITEMS, "id")
test_people_at_a_named_shelter_are_displaced = rows_test(SHELTER_NAMES, "id")
test_households_then_persons_after_a_comma = rows_test(HOUSEHOLDS_THEN_PERSONS, "id")
