"""Place conventions of the author's rows (issue 11, round 17, r17place; DESIGN 4.1 ``place``), each a class of the
language. Every sentence is our own (invented places and figures). Each row: text, then (surface, measure, place)
for every claim.

- a breakdown by site writes a site as a lower-case kind of site (``[cues] site_nouns``) with its name or one word
  after it ("di kompleks parlemen", "di kantor KPU", "di rumah sakit Arab Saudi", "balai desa Ciherang (385 jiwa)"):
  the whole phrase is the place (site_places.py). Controls: a bare site noun or one followed by a clause names no
  place ("dirawat di rumah sakit", "di rumah sakit yang sama").
- a bracketed short form inside or at the end of a name belongs to it ("Klinik Kesehatan Haji Indonesia (KKHI)
  Makkah") (item_places.name_end).
- a place after a word of origin (``[cues] origin_words``) is no part by place unless the sentence breaks its figures
  down by place ("termasuk 18 tahanan politik asal Papua": null; "empat orang asal Palu, tiga orang asal Poso":
  places) (origin_items.py).
- the worst-hit place's tally ends at a contrast clause ("..., sedangkan pengungsi di kota itu mencapai 9.800
  orang": null) (worst_places.py). Control: the tally itself keeps the place.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import fields_test

FIELDS = ("text", "measure", "place")

SITES_ID: list[Any] = [
    (
        "Sebanyak 1.200 personel dijaga di kompleks istana dan 450 personel di kantor DPRD.",
        [("1.200", "deployed", "kompleks istana"), ("450", "deployed", "kantor DPRD")],
    ),
    (
        "Dari jumlah itu, 2.100 personel disiagakan di kompleks parlemen dan 400 personel di kantor KPU.",
        [("2.100", "deployed", "kompleks parlemen"), ("400", "deployed", "kantor KPU")],
    ),
    (
        "Tiga ratus jemaah dirawat di KKHI Madinah dan empat puluh lainnya di rumah sakit Arab Saudi.",
        [("Tiga ratus", "hospitalized", "KKHI Madinah"), ("empat puluh", "hospitalized", "rumah sakit Arab Saudi")],
    ),
    (
        "Saat ini 54 pasien dirawat di Klinik Utama Sehat (KUS) Medina dan 17 lainnya di rumah sakit Jeddah.",
        [("54", "hospitalized", "Klinik Utama Sehat (KUS) Medina"), ("17", "hospitalized", "rumah sakit Jeddah")],
    ),
    (
        "Pengungsi tersebar di SDN Mekarsari (210 jiwa), balai desa Sukarame (164 jiwa) dan masjid An-Nur (98 jiwa).",
        [
            ("210", "displaced", "SDN Mekarsari"),
            ("164", "displaced", "balai desa Sukarame"),
            ("98", "displaced", "masjid An-Nur"),
        ],
    ),
    (
        "Petugas mencatat 120 pengungsi di masjid Al-Falah dan 85 pengungsi di balai desa Cikaso.",
        [("120", "displaced", "masjid Al-Falah"), ("85", "displaced", "balai desa Cikaso")],
    ),
    (
        "Sebanyak 640 personel diturunkan, 500 personel di gedung DPRD dan 140 personel di halaman kantor gubernur.",
        [("640", "deployed", None), ("500", "deployed", "gedung DPRD"), ("140", "deployed", "halaman kantor gubernur")],
    ),
    # controls: a bare site noun, a site noun before a clause
    ("Sebanyak 31 warga dirawat di rumah sakit.", [("31", "hospitalized", None)]),
    ("Sebanyak 31 warga dirawat di rumah sakit yang sama.", [("31", "hospitalized", None)]),
]
test_a_site_noun_opens_the_place_of_a_breakdown_by_site = fields_test(SITES_ID, "id", FIELDS)

ORIGINS_ID: list[Any] = [
    (
        "Pemerintah membebaskan 640 narapidana, termasuk 12 tahanan asal Maluku.",
        [("640", "other", None), ("12", "other", None)],
    ),
    (
        "Kecelakaan itu menewaskan 9 penumpang, terdiri dari 7 warga lokal dan 2 turis asing asal Belanda.",
        [("9", "killed", None), ("7", "other", None), ("2", "killed", None)],
    ),
    # control: a breakdown by origin keeps its places
    (
        "Korban terdiri atas empat orang asal Palu, tiga orang asal Poso dan dua lainnya asal Donggala.",
        [("empat", "other", "Palu"), ("tiga", "other", "Poso"), ("dua", "other", "Donggala")],
    ),
]
test_an_origin_outside_a_breakdown_by_place_is_no_place = fields_test(ORIGINS_ID, "id", FIELDS)

ORIGINS_EN: list[Any] = [
    ("Among the 300 passengers were 14 tourists from Canada.", [("300", "other", None), ("14", "other", None)]),
    # control: a breakdown by origin keeps its places
    (
        "Of the 40 new cases, 22 were from Ashby and 18 from Colton.",
        [("40", "other", None), ("22", "other", "Ashby"), ("18", "other", "Colton")],
    ),
    (
        "At least 60 people were arrested in Dunmore, 25 in Halford and 9 in Essley.",
        [("At least 60", "arrested", "Dunmore"), ("25", "arrested", "Halford"), ("9", "arrested", "Essley")],
    ),
]
test_english_origins_and_breakdowns_by_place = fields_test(ORIGINS_EN, "en", FIELDS)

WORST_ID: list[Any] = [
    (
        "Kota Sukamulya menjadi daerah paling parah dengan 41.200 jiwa terdampak, sedangkan pengungsi di kota itu "
        "mencapai 9.800 orang.",
        [("41.200", "other", "Kota Sukamulya"), ("9.800", "displaced", None)],
    ),
    # control: the worst-hit place's own tally
    (
        "Kabupaten Lembah Jaya menjadi wilayah terparah dengan 88 orang meninggal dan 14 orang hilang.",
        [("88", "killed", "Kabupaten Lembah Jaya"), ("14", "missing", "Kabupaten Lembah Jaya")],
    ),
]
test_the_worst_hit_tally_ends_at_a_contrast_clause = fields_test(WORST_ID, "id", FIELDS)

EVENT_CLAUSES_EN: list[Any] = [
    (
        "The army sent close to 4,000 troops to the district after fighting between rival families left 9 dead and "
        "dozens injured.",
        [("deployed", "soldiers"), ("killed", "people"), ("injured", "people")],
    ),
    ("Some 1,500 police were deployed after riots left six dead.", [("deployed", "police"), ("killed", "people")]),
    (
        "Thousands of protesters marched on the ministry a day after scores were arrested at the campus.",
        [("participants", "protesters"), ("arrested", "people")],
    ),
    # control: a figure of the same measure keeps the group counted before it
    (
        "Twelve soldiers were killed and five wounded after the ambush.",
        [("killed", "soldiers"), ("injured", "soldiers")],
    ),
]
test_a_figure_in_an_event_clause_counts_the_events_people = fields_test(EVENT_CLAUSES_EN, "en", ("measure", "subject"))

EVENT_CLAUSES_ID: list[Any] = [
    (
        "TNI mengerahkan 900 prajurit setelah bentrokan antarwarga menewaskan tujuh dan melukai puluhan.",
        [("deployed", "soldiers"), ("killed", "people"), ("injured", "people")],
    ),
    # control: the same group goes on before the clause word
    (
        "Sebanyak 12 polisi terluka dan tiga tewas setelah diserang massa.",
        [("injured", "police"), ("killed", "police")],
    ),
]
test_a_figure_in_an_event_clause_counts_the_events_people_id = fields_test(
    EVENT_CLAUSES_ID, "id", ("measure", "subject")
)

COORDINATED_TALLIES: list[Any] = [
    ("Police and soldiers numbering 3,100 were deployed to the capital.", [("deployed", "security_forces")]),
    ("Soldiers and police officers totalling 900 now guard the port.", [("deployed", "security_forces")]),
    # control: one group before the tally word
    ("Troops totalling 2,800 are now in the province.", [("deployed", "soldiers")]),
]
test_a_tally_of_two_joined_groups_counts_both = fields_test(COORDINATED_TALLIES, "en", ("measure", "subject"))

COORDINATED_TALLIES_ID: list[Any] = [
    ("Polisi dan tentara berjumlah 2.800 personel kini berjaga di Kota Lestari.", [("deployed", "security_forces")]),
    # control: one group before the tally word
    ("Polisi berjumlah 800 personel berjaga di depan gedung.", [("deployed", "police")]),
]
test_a_tally_of_two_joined_groups_counts_both_id = fields_test(COORDINATED_TALLIES_ID, "id", ("measure", "subject"))

STATE_GROUPS: list[Any] = [
    ("Two of the hurt officers needed hospital treatment.", [("hospitalized", "police")]),
    ("Four of the wounded soldiers were airlifted to hospital.", [("hospitalized", "soldiers")]),
    ("Five injured children were taken to hospital.", [("hospitalized", "children")]),
    # controls: a noun of no closed group, a firefighting officer
    (
        "Of the 19 injured passengers taken to nearby hospitals, four remained in critical condition.",
        [("hospitalized", "people"), ("other", "in critical condition")],
    ),
    ("Three of the injured firefighters were taken to hospital.", [("hospitalized", "people")]),
]
test_a_state_word_before_a_group_noun_keeps_the_group = fields_test(STATE_GROUPS, "en", ("measure", "subject"))
