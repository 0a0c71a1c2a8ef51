"""Reports as they come, round 10 (issue 11): the regional health desk in Indonesian (Dinkes and RSUD tallies,
puskesmas cases, feast poisoning, diarrhoea outbreaks, hajj pilgrims sick and dead, crash victims counted by hospital;
``corpora/h13id_c1.json``, ``h13id_c2.json``, labelled before any run), classes fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real regional reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- "rawat jalan" before a figure is outpatient care, not the street "Jalan 11": RSUD fact lines give "pasien rawat
  jalan 37 orang" as they give "pasien rawat inap 15 orang" (``[cues] identifier_unmakers``,
  ``exclusions._identifier``); a street number stays no count;
- a list of places with bracketed counts whose first item is named with its administrative word ("disusul Kecamatan
  Tanjungsari (64), Cibeureum (38), Mekarmukti (12)"), follows the ranking's "disusul oleh", or whose earlier bracket
  holds a counted noun ("Sungai Lilin (84 penderita), Keluang (40)") counts by place: the later names are places too,
  not people with ages (``bracket_lists.places_in_brackets``, ``[cues] rank_verbs``); names of people with ages in
  brackets stay ages;
- a breakdown by period: a figure after a later period adjunct ("dan hingga 24 Juni sebanyak 76 orang", "sedangkan
  pada 2023 sebanyak 19 orang"), joined to a measured figure that stands after a period adjunct too, counts the same
  measure (``period_items``, ``[cues] period_prepositions``, ``period_fillers``, ``period_joiners``); a later figure
  with a verb of its own keeps it;
- a thing noun after a preposition of direction ("Korban yang dibawa ke rumah sakit sebanyak 31 orang") is where the
  victims were taken, not what the figure counts: the care verb names the figure (``named_before``, ``[cues]
  direction_prepositions``), as a place adjunct ("di rumah sakit") already did;
- a ber- verb right after a bare figure ("tiga berasal dari Bandung") begins its predicate and is no label of the
  figure (``noun_phrase._label_verb``, ``[cues] label_verb_prefixes``): the items of an origin breakdown after a toll
  then inherit its measure and take their place.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # outpatient care before the figure
    (
        "Dari 52 pasien, dengan rincian pasien rawat jalan 37 orang dan pasien rawat inap 15 orang.",
        [("other", "patients", 52, 52), ("other", "patients", 37, 37), ("hospitalized", "people", 15, 15)],
    ),
    (
        "Rawat jalan 19 orang, rawat inap 6 orang, meninggal 1 orang.",
        [("other", "outpatients", 19, 19), ("hospitalized", "people", 6, 6), ("killed", "people", 1, 1)],
    ),
    (
        "Hingga Senin, korban keracunan yang dirawat jalan 44 orang, sedangkan yang dirawat inap 9 orang.",
        [("other", "outpatients", 44, 44), ("hospitalized", "people", 9, 9)],
    ),
    # control: a street number is no count
    (
        "Kecelakaan terjadi di Jalan 45 dekat pasar, dua orang luka-luka.",
        [("injured", "people", 2, 2)],
    ),
    # places with bracketed counts
    (
        "Kasus diare terbanyak di Kecamatan Sumberjaya, disusul oleh Kecamatan Tanjungsari (64),"
        " Kecamatan Cibeureum (38) dan Mekarmukti (12).",
        [("other", "cases", 64, 64), ("other", "cases", 38, 38), ("other", "cases", 12, 12)],
    ),
    (
        "Penderita ISPA paling banyak di Kota Baru, disusul Kecamatan Sungai Lilin (84 penderita), Bayung Lencir (61),"
        " Keluang (40), Tungkal Jaya (23) dan Lalan (17).",
        [
            ("other", "patients", 84, 84),
            ("other", "patients", 61, 61),
            ("other", "patients", 40, 40),
            ("other", "patients", 23, 23),
            ("other", "patients", 17, 17),
        ],
    ),
    (
        "Korban tewas terbanyak di Sleman, disusul oleh Bantul (31), Kulon Progo (14) dan Gunungkidul (6).",
        [("killed", "people", 31, 31), ("killed", "people", 14, 14), ("killed", "people", 6, 6)],
    ),
    # controls: people with ages in brackets; "diikuti oleh" names a turnout, no ranking
    ("Korban luka adalah Andi (12), Budi (14) dan Citra (9).", []),
    (
        "Empat korban, yakni Sutrisno (52), Wagiyem (47), Dani (19) dan Rina (8), dirawat di RSUD.",
        [("hospitalized", "people", 4, 4)],
    ),
]


PERIODS: list[Any] = [
    (
        "Pasien DBD yang dirawat inap sepanjang Maret sebanyak 64 orang dan hingga 18 April sebanyak 91 orang.",
        [("hospitalized", "people", 64, 64), ("hospitalized", "people", 91, 91)],
    ),
    (
        "Warga yang meninggal akibat diare pada 2022 sebanyak 7 orang, sedangkan pada 2023 sebanyak 11 orang.",
        [("killed", "people", 7, 7), ("killed", "people", 11, 11)],
    ),
    (
        "Jumlah korban meninggal pada Januari sebanyak 3 orang dan pada Februari sebanyak 6 orang.",
        [("killed", "people", 3, 3), ("killed", "people", 6, 6)],
    ),
    # controls: a later figure with its own verb keeps it; a first figure with no period before it gives nothing on
    (
        "Pada April sebanyak 9 orang meninggal, dan pada Mei sebanyak 35 orang mengungsi.",
        [("killed", "people", 9, 9), ("displaced", "people", 35, 35)],
    ),
    (
        "Sebanyak 12 pasien dirawat inap dan pada 2023 sebanyak 30 orang.",
        [("hospitalized", "people", 12, 12), ("other", "people", 30, 30)],
    ),
]


DIRECTIONS: list[Any] = [
    (
        "Korban yang dilarikan ke rumah sakit sebanyak 23 orang, sedangkan 11 lainnya dirawat di rumah.",
        [("hospitalized", "people", 23, 23), ("other", "cared for at home", 11, 11)],
    ),
    ("Korban yang dibawa ke RSUD ada 17 orang.", [("hospitalized", "people", 17, 17)]),
    ("Pengungsi yang dipindahkan ke gedung sekolah sebanyak 260 jiwa.", [("displaced", "people", 260, 260)]),
    # control: things sent somewhere are still counted by their own noun
    ("Bantuan yang dikirim ke sekolah sebanyak 40 paket.", [("other", "packages", 40, 40)]),
]


ORIGINS: list[Any] = [
    (
        "Enam pendaki tewas, empat berasal dari Garut dan dua dari Sumedang.",
        [("killed", "people", 6, 6), ("killed", "people", 4, 4), ("killed", "people", 2, 2)],
    ),
    (
        "Sebanyak delapan jemaah wafat, lima berasal dari Kabupaten Sleman dan tiga dari Kota Magelang.",
        [("killed", "people", 8, 8), ("killed", "people", 5, 5), ("killed", "people", 3, 3)],
    ),
    # control: a kin word after the figure is no verb of the predicate
    ("Tiga bersaudara tewas tertimbun longsor.", [("killed", "people", 3, 3)]),
]


test_h13_h13id_c_origins = rows_test(ORIGINS, "id")
test_h13_h13id_c_directions = rows_test(DIRECTIONS, "id")
test_h13_h13id_c_periods = rows_test(PERIODS, "id")
test_h13_h13id_c = rows_test(INDONESIAN, "id")
