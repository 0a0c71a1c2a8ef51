"""Classes the fresh Indonesian corpus c21id1 showed (issue 11, round 15, r15cid), each fixed in the language rather
than in a sentence. Every sentence is our own (invented places, people and figures); the wordings are those read in
real reports of the beats the corpora read least: layoffs (segaris, IDN Times, palpres/Disway, angindai,
liniindonesia, Bisnis), honorer and PPPK copy (okusatu, banpos, jpnn Jatim), schools (Okezone, Kompas, Liputan6,
tvOnenews, Republika, radarkaur), football crowds (PSMS blog, sukabumiupdate, jpnn, goodstats, indosport, bola.com),
Idul Fitri and Christmas turnouts (Antara, Kompas, Republika, Okezone, tvOnenews, Tribun), sea and air mudik recaps
(Antara, Bisnis, detik, Suara Surabaya, Liputan6, Antara Riau, Republika), social aid (Okezone, poskota), village
profiles (datadesa, monografi), and casualty copy from Gorontalo (detik, Republika, darilaut, politikindonesia),
Sulawesi Barat (matamaluku, detik Sulsel, bitv, ngopibareng), Maluku Utara (Tribunnews, Okezone), Bangka Belitung
(Bisnis, jurnalindonesia, jpnn, Antara Babel, infobabel, obnews), Kalimantan Utara (kabarnunukan, Antara, Kompas,
beritaborneo) and Papua Selatan (Suara/Jubi, papuasky, rmolpapua). Each row: text, then (measure, subject, low,
high) for every claim.

- schools are numbered (``[exclusions] identifier_words``: "SDN 41", "SMPN 4", "SMKN 2"): the number is no count of the
  evacuees sheltered there. Controls: pupils counted before "SD" stay counted; the long form stays out ("daya tampung
  SMA negeri 12.306 kursi" counts seats).
- a span of numbers one identifier opens ("siswa kelas 1 hingga 3", "RT 02 sampai 05"; ``enumerators._joins_numbers``,
  ``[cues] identifier_span_joiners``, Indonesian only: English "week 10 to 41" is a change) names classes or wards, as
  a list of them does. Control: a span with a counted noun after it stays a range.
- layoffs said by the job lost or the layoff received ("kehilangan pekerjaannya", "menerima pemutusan hubungan kerja",
  ``[other_verbs]``) are laid-off workers. Control: a home lost stays displaced.
- counted nouns of these beats (``[nouns]``): honorer and tenaga honorer (honorary workers), formasi (positions, no
  force sent by "disiapkan"), KPM (households), laga, partai and pertandingan kandang (home matches, no animal pen).
- the worst damage grade "rusak total" is a subset, destroyed houses (``[other_verbs]``), as "rusak berat".
- "kubik" is the unit cubic meters (``[units]``), so "lebih dari 60 kubik" keeps 60.
- the person noun that opens a sentence names the subject of its predicate figure counted by a generic noun
  ("Penduduk desa itu berjumlah 2.147 jiwa": residents; ``subject_rules._opening_noun``), and running tallies head
  their noun past "kumulatif" or "keseluruhan" (``[subjects] tally_words``). Controls: a generic opener keeps people;
  a figure with a measure of its own keeps it.
- a bound after a unit that starts a comparison ("18 persen lebih tinggi dari") is no bound (``[cues] comparatives``,
  as after a classifier). Control: "28 hektare lebih" stays more than.
- members of the job-loss insurance (``peserta JKP``) are registered members, no turnout.
- an approximate figure with its suffix after a capitalised name ("PT Sai Apparel, Jawa Tengah: PHK 8.000-an orang",
  angindai's list) is counted when its noun follows the suffix (``exclusions._counted_after``), as "600 orang" is.
- persons restated in brackets after households in a list by place ("Kelurahan Botu 104 KK (456 jiwa)", darilaut and
  BNPB rundowns): the capitalised run before the bracket ends with the item's own figure and noun, so it is no place
  name and the bracket no place item of households (``common_places.counted_tail``). Control: "Kabupaten Klaten (29)".
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

SCHOOL_NUMBERS: list[Any] = [
    (
        "Sebanyak 420 warga mengungsi ke SMPN 4 dan SDN 66.",
        [("displaced", "people", 420, 420)],
    ),
    (
        "Pengungsi ditampung di SDN 38 dan SDN 41 Kelurahan Talumolo.",
        [],
    ),
    (
        "Sebanyak 75 jiwa mengungsi ke SMKN 2 Tilamuta sejak Kamis malam.",
        [("displaced", "people", 75, 75)],
    ),
    # controls: pupils counted before "SD" stay counted; seats after the long form are counted
    (
        "Sebanyak 41 siswa SD Negeri 3 Marisa dilarikan ke puskesmas.",
        [("hospitalized", "children", 41, 41)],
    ),
    (
        "Daya tampung jalur zonasi SMA negeri di kota itu 9.120 kursi.",
        [("other", "seats", 9120, 9120)],
    ),
]
test_school_numbers_are_identifiers = rows_test(SCHOOL_NUMBERS, "id")

IDENTIFIER_SPANS: list[Any] = [
    ("Siswa kelas 1 hingga 3 terpaksa belajar di rumah warga.", []),
    ("Warga RT 02 sampai 05 diminta waspada banjir susulan.", []),
    (
        "Banjir merendam rumah warga di RT 01 hingga 04 setinggi 50 cm.",
        [("other", "cm", 50, 50)],
    ),
    # control: a span with a counted noun after it is a range
    (
        "Warga RT 05 yang mengungsi sebanyak 30 hingga 40 orang.",
        [("displaced", "people", 30, 40)],
    ),
]
test_a_span_of_identifier_numbers_counts_nothing = rows_test(IDENTIFIER_SPANS, "id")

LAYOFF_PHRASES: list[Any] = [
    (
        "Sekitar 9.400 pekerja terpaksa menerima pemutusan hubungan kerja (PHK).",
        [("other", "laid-off workers", 8460, 10340)],
    ),
    (
        "Ada 15.200 pekerja di industri alas kaki yang harus kehilangan pekerjaannya.",
        [("other", "laid-off workers", 15200, 15200)],
    ),
    (
        "Sebanyak 2.100 buruh pabrik sepatu kehilangan pekerjaan sejak Januari.",
        [("other", "laid-off workers", 2100, 2100)],
    ),
    ("Sebanyak 700 buruh terpaksa harus menerima PHK.", [("other", "laid-off workers", 700, 700)]),
    # control: a home lost is no job lost
    ("Sebanyak 2.100 warga kehilangan tempat tinggal.", [("displaced", "people", 2100, 2100)]),
]
test_layoffs_said_by_the_job_lost = rows_test(LAYOFF_PHRASES, "id")

BEAT_NOUNS: list[Any] = [
    (
        "Jumlah honorer di kabupaten itu mencapai 1.800 orang.",
        [("other", "honorary workers", 1800, 1800)],
    ),
    ("Pemkab mencatat ada 512 tenaga honorer.", [("other", "honorary workers", 512, 512)]),
    (
        "Formasi yang disiapkan untuk PPPK hanya sebanyak 412.500, terdiri dari formasi guru 210.300.",
        [("other", "positions", 412500, 412500), ("other", "positions", 210300, 210300)],
    ),
    ("Sebanyak 2.300 formasi disiapkan untuk guru.", [("other", "positions", 2300, 2300)]),
    (
        "Bantuan PKH diterima 9,8 juta KPM dan kartu sembako 18,6 juta KPM.",
        [("other", "households", 9800000, 9800000), ("other", "households", 18600000, 18600000)],
    ),
    (
        "Pada tiga laga kandang sebelumnya, stadion hanya dipenuhi 12 ribu penonton.",
        [("other", "matches", 3, 3), ("participants", "people", 12000, 12000)],
    ),
    (
        "Persiba mencatat 88.420 penonton dari delapan pertandingan kandang.",
        [("participants", "people", 88420, 88420), ("other", "matches", 8, 8)],
    ),
    (
        "Peserta Jaminan Kehilangan Pekerjaan (JKP) yang mengajukan klaim naik menjadi 52.300 orang.",
        [("other", "registered members", 52300, 52300)],
    ),
    # control: a teacher who is honorary stays a teacher
    ("Sebanyak 640 guru honorer belum menerima honor.", [("other", "teachers", 640, 640)]),
]
test_counted_nouns_of_labour_school_crowd_and_aid_copy = rows_test(BEAT_NOUNS, "id")

GRADES_AND_UNITS: list[Any] = [
    (
        "Dari 188 rumah yang rusak, 15 rumah rusak total, 70 rusak berat, dan 103 rusak ringan.",
        [
            ("damaged", "houses", 188, 188),
            ("other", "destroyed houses", 15, 15),
            ("other", "heavily damaged houses", 70, 70),
            ("other", "lightly damaged houses", 103, 103),
        ],
    ),
    (
        "Sebanyak 12 rumah mengalami rusak total akibat banjir bandang.",
        [("other", "destroyed houses", 12, 12)],
    ),
    (
        "Lebih dari 60 kubik tanah menimpa para penambang.",
        [("other", "cubic meters", 60, None)],
    ),
    # control: the other grades and the whole keep their reading
    ("Sebanyak 40 rumah rusak akibat angin kencang.", [("damaged", "houses", 40, 40)]),
]
test_the_worst_grade_and_bare_cubic_meters = rows_test(GRADES_AND_UNITS, "id")

OPENING_NOUNS: list[Any] = [
    ("Penduduk di desa itu berjumlah 2.147 jiwa.", [("other", "residents", 2147, 2147)]),
    (
        "Penduduk Kecamatan Sukamaju tercatat sebanyak 41.200 jiwa.",
        [("other", "residents", 41200, 41200)],
    ),
    (
        "Penumpang di Bandara Juwata naik menjadi 3.045 orang per hari.",
        [("other", "passengers", 3045, 3045)],
    ),
    (
        "Jumlah kumulatif penumpang angkutan laut sejak H-15 mencapai 1,32 juta orang.",
        [("other", "passengers", 1320000, 1320000)],
    ),
    # controls: a generic opener keeps people; a figure with a measure of its own keeps it
    ("Warga yang mengungsi mencapai 300 orang.", [("displaced", "people", 300, 300)]),
    ("Massa aksi di depan kantor bupati sebanyak 300 orang.", [("participants", "protesters", 300, 300)]),
]
test_the_opening_person_noun_names_a_predicate_figure = rows_test(OPENING_NOUNS, "id")

COMPARATIVE_BOUNDS: list[Any] = [
    (
        "Klaim naik menjadi 52.300 orang, atau 18 persen lebih tinggi dari 2023.",
        [("other", "people", 52300, 52300), ("other", "percent", 18, 18)],
    ),
    (
        "Luas lahan yang ditanami tahun ini 40 hektare lebih luas dari tahun lalu.",
        [("other", "hectares", 40, 40)],
    ),
    # control: a bound after the unit with no comparison
    ("Lahan yang terbakar mencapai 28 hektare lebih.", [("other", "hectares", 28, None)]),
]
test_a_comparison_after_a_unit_is_no_bound = rows_test(COMPARATIVE_BOUNDS, "id")

APPROXIMATE_AFTER_NAMES: list[Any] = [
    ("PT Sai Apparel, Jawa Tengah: PHK 8.000-an orang", [("other", "laid-off workers", 8000, 8999)]),
    ("Distrik Yamba 300-an orang mengungsi.", [("displaced", "people", 300, 399)]),
    # control: a name's number with no counted noun after it stays an identifier
    ("Pesawat Lion 400 mendarat di Tarakan.", []),
]
test_an_approximate_figure_after_a_name_is_counted = rows_test(APPROXIMATE_AFTER_NAMES, "id")

HOUSEHOLDS_BY_PLACE: list[Any] = [
    (
        "Warga terdampak di Kelurahan Pohe berjumlah 812 KK (2.410 jiwa), Kelurahan Leato 96 KK (301 jiwa), serta "
        "Kelurahan Tanjung Kramat 40 KK (122 jiwa).",
        [
            ("other", "households", 812, 812),
            ("other", "people", 2410, 2410),
            ("other", "households", 96, 96),
            ("other", "people", 301, 301),
            ("other", "households", 40, 40),
            ("other", "people", 122, 122),
        ],
    ),
    # control: bracketed counts after place names stay counts of the list's measure
    (
        "Pengungsi tersebar di Kabupaten Sidoarum (29), Kabupaten Lembah (22) dan Kota Bukit (11).",
        [
            ("displaced", "people", 29, 29),
            ("displaced", "people", 22, 22),
            ("displaced", "people", 11, 11),
        ],
    ),
]
test_persons_restated_after_households_in_a_list_by_place = rows_test(HOUSEHOLDS_BY_PLACE, "id")
