"""Classes the mixed-desk Indonesian batch h17id_a1 showed (issue 11, round 11), each fixed in the language rather
than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports of
all three desks as broad queries bring them: BNPB and BPBD rundowns (dev.bnpb.go.id, indoposco, gendis, CNN
Indonesia, detikNews, Antara Riau, bogorexpose, xenia, kabarberita, Republika), landslide searches (iNews Jateng and
Jabar, Republika, CNN Indonesia via seputarbaru, matamaluku, poskota, rctiplus), settlement fires (Republika on
BNPB fire rundowns, malanghits, katadata, artik.id, iNews Kuningan, Media Indonesia), tawuran and protests
(Republika, lensafokus, kabar6, bakabar, jabarnews, Liputan6, Disway, kricom, tagar, saranginews, Tribun Jambi,
Kompas regional, riaumandiri, Antara Jabar), village clashes (metrokaltara, Sindonews, Okezone, arfaknews, Kompas
regional, Tribun Medan and Mataram), drug busts (Antara Kaltim and Sumut, radaribukota, rmolsumsel, tribunmerdeka,
merdeka, detik, grid), dengue bulletins (suryakabar, beritanasional, pasjabar, alinea, Republika), feast poisoning
(Radar Kepahiang, merdeka, Sindonews, detik Jogja, Okezone, Tribun Solo), measles (Kompas, transindonesia) and bus
crashes (Okezone, Kompas Denpasar and Bandung, VIVA, suarabali, Antara Bali, jpnn). Each row: text, then (measure,
subject, low, high) for every claim.

- a count glued by a slash to the counted noun of a count before it (BPBD releases: "52 KK/172 jiwa terpaksa
  mengungsi"): the second figure is a count of its own noun, as in "52 KK (172 jiwa)"; the "COVID-19" and "ke-3"
  readings of digits glued after a word stay (``slash_pairs``). Controls: a disease name with digits, a bare slash
  label.
- "padahal" (whereas) opens a new clause as "sedangkan" does (``[clauses] breaks``): "17 orang ini diamankan polisi,
  padahal awalnya mereka datang berjumlah 28 orang" took the arrest for the 28 who came (a misread).
- subjects of things read as words of copy (lexicon nouns): "n status Kejadian Luar Biasa (KLB) campak" counts
  outbreaks (Kemenkes measles tallies; before, incidents), "sajam" is the police shorthand of "senjata tajam",
  "bangunan rumah" counts houses (Gulkarmat releases), "Search and Rescue Unit (SRU)" spelled out counts search
  units (before, the subject was "and"), "terpal" counts tarpaulins (before, people) and "stasiun" stations.
  Controls: "kejadian kebakaran" stays fires.
- a disease acronym right before a figure is no place of a breakdown after a count of places (``breakdowns
  ._counted_noun`` with ``disease_items``): "berdasarkan laporan 34 provinsi, penderita DBD sebanyak 14.820 orang" took
  the subject provinces and the place "DBD". Control: places in a breakdown after a count of subdistricts stay places.
- "pun" right after a number word is a zero statement, no count (``[not_counts] after``): "tak satu pun penghuninya
  mengungsi" (h17id_a2, iNews on a whirlwind) was read as one displaced (a misread). Control: "pun" after a noun.
- the abbreviation "thn" of "tahun" after a figure is an age or a time span (``[exclusions] time_units``): "Rahmi (4
  thn)" in BNPB and damkar victim lists is no count.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

SLASH_PAIRS: list[Any] = [
    (
        "BPBD mencatat 20 KK terdampak dan 52 KK/172 jiwa terpaksa mengungsi ke rumah kerabat.",
        [("other", "households", 20, 20), ("other", "households", 52, 52), ("displaced", "people", 172, 172)],
    ),
    (
        "Sebanyak 38 KK/121 jiwa mengungsi ke balai desa setelah banjir bandang menerjang Desa Sukamulya.",
        [("other", "households", 38, 38), ("displaced", "people", 121, 121)],
    ),
    # controls: a disease name with digits; a bare slash label before a figure
    (
        "Pasien COVID-19 yang dirawat di RSUD Kota Baru bertambah menjadi 12 orang.",
        [("hospitalized", "people", 12, 12)],
    ),
    (
        "Di ruas KM/30 jalan tol itu, 4 orang tewas dalam tabrakan beruntun.",
        [("killed", "people", 4, 4)],
    ),
]

test_a_count_after_a_slash_pair = rows_test(SLASH_PAIRS, "id")

CONTRAST_CLAUSES: list[Any] = [
    (
        "Sebanyak 14 remaja diamankan polisi pada Sabtu malam, padahal awalnya mereka datang berjumlah 25 orang.",
        [("arrested", "people", 14, 14), ("other", "people", 25, 25)],
    ),
    (
        "Tujuh warga dievakuasi ke posko, padahal rumah mereka hanya terendam 30 cm.",
        [("displaced", "people", 7, 7), ("other", "cm", 30, 30)],
    ),
    # control: the verb after "padahal" still takes its own figure
    (
        "Polisi hanya menerima dua laporan, padahal 11 orang ditangkap dalam razia itu.",
        [("other", "reports", 2, 2), ("arrested", "people", 11, 11)],
    ),
]

test_a_contrast_clause_ends_the_verb = rows_test(CONTRAST_CLAUSES, "id")

ABBREVIATED_AGES: list[Any] = [
    (
        "Kebakaran menghanguskan 42 rumah dan menewaskan dua anak, yaitu Nisa (5 thn) dan Raka (7 thn).",
        [("damaged", "houses", 42, 42), ("killed", "children", 2, 2)],
    ),
    (
        "Korban tewas atas nama Darsim (61 thn), warga Desa Karanganyar.",
        [],
    ),
    # control: the full word is read as it was
    (
        "Dua korban, Nisa (5 tahun) dan Raka (7 tahun), dirawat di puskesmas.",
        [("hospitalized", "people", 2, 2)],
    ),
]

test_an_abbreviated_age_is_no_count = rows_test(ABBREVIATED_AGES, "id")

THING_NOUNS: list[Any] = [
    (
        "Kemenkes melaporkan 41 status Kejadian Luar Biasa (KLB) campak yang tersebar di 27 kabupaten/kota.",
        [("other", "outbreaks", 41, 41), ("other", "regencies and cities", 27, 27)],
    ),
    (
        "Dinkes mencatat 6 KLB diare di tiga kecamatan sepanjang tahun ini.",
        [("other", "outbreaks", 6, 6), ("other", "subdistricts", 3, 3)],
    ),
    (
        "Dari tangan para remaja, petugas menyita 7 sajam dan 3 celurit.",
        [("other", "sharp weapons", 7, 7), ("other", "sickles", 3, 3)],
    ),
    (
        "Api menghanguskan 23 bangunan rumah di permukiman padat itu.",
        [("damaged", "houses", 23, 23)],
    ),
    (
        "Basarnas mengerahkan tiga Search and Rescue Unit (SRU) untuk menyisir sungai.",
        [("other", "search units", 3, 3)],
    ),
    (
        "BPBD menyalurkan delapan terpal dan 40 paket sembako kepada warga terdampak.",
        [("other", "tarpaulins", 8, 8), ("other", "food packages", 40, 40)],
    ),
    (
        "Operator kereta menambah petugas keamanan di lima stasiun dekat lokasi aksi.",
        [("other", "stations", 5, 5)],
    ),
    # control: an incident noun with its kind stays what it counts
    (
        "Sepanjang Agustus tercatat 15 kejadian kebakaran lahan di kabupaten itu.",
        [("other", "fires", 15, 15)],
    ),
]

test_a_thing_noun_of_copy_names_its_subject = rows_test(THING_NOUNS, "id")

DISEASE_BEFORE_FIGURE: list[Any] = [
    (
        "Berdasarkan laporan 33 provinsi, penderita DBD sebanyak 12.406 orang dan 117 orang meninggal dunia.",
        [("other", "provinces", 33, 33), ("other", "patients", 12406, 12406), ("killed", "people", 117, 117)],
    ),
    # control: a breakdown by place after a count of subdistricts
    (
        "Kasus tersebar di 12 kecamatan, Cibeber 40 kasus dan Cilaku 31 kasus.",
        [("other", "subdistricts", 12, 12), ("other", "cases", 40, 40), ("other", "cases", 31, 31)],
    ),
]

test_a_disease_before_a_figure_is_no_place = rows_test(DISEASE_BEFORE_FIGURE, "id")

NOT_A_SINGLE_ONE: list[Any] = [
    (
        "Angin kencang merusak 21 rumah yang dihuni 70 jiwa, namun tak satu pun penghuninya mengungsi.",
        [("damaged", "houses", 21, 21), ("other", "people", 70, 70)],
    ),
    (
        "Tidak seorang pun terluka, tetapi 9 kios hangus terbakar.",
        [("damaged", "kiosks", 9, 9)],
    ),
    # control: "pun" after the noun of a count
    (
        "Dua orang pun ikut ditangkap dalam razia itu.",
        [("arrested", "people", 2, 2)],
    ),
]

test_not_a_single_one_is_no_count = rows_test(NOT_A_SINGLE_ONE, "id")
