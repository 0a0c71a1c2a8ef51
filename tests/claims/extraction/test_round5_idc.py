"""Round 5 in Indonesian news, corpus ``idc`` (issue 11): classes shown by fresh reports on crowd crushes, hajj
pilgrims, tourists swept off beaches, food poisoning, extreme weather, mudik, labour and deportations
(``corpora/idc*.json``, paraphrased from real reports and labelled before any run).

Every sentence here is our own (invented places, figures and names) and none is a corpus sentence; each models a
construction read in real reports. Readings follow DESIGN.md 4 and 4.1 (prefer ``other`` to a wrong measure). The
classes fixed:

- "hingga"/"sampai" after a comma, before a figure whose own measure verb follows, opens a clause of result
  ("..., hingga 37 orang meninggal dunia": so that 37 died): exact, no upper bound (``[cues] result_conjunctions``,
  ``mentions._result_clause``); "menampung hingga 800 orang" stays at_most;
- a people figure after an age group in its clause ("jemaah wafat berusia 60 tahun ke atas sebanyak 297 orang") is a
  part by age, ``other`` (``[cues] age_group_words``, ``misreads._age_group``);
- a list item whose place is a lower-case head noun before a name ("disusul embarkasi Surabaya 12 orang", hajj
  tallies by embarkation) continues the list with that place (``breakdowns._is_item``, ``_common_noun_before``);
- "H+7 Lebaran", "D+3": a day counted from a feast, glued after a letter and "+", is no count
  (``exclusions._digits_not_count``, as "H-3" already was);
- "mengalami kerusakan" (BNPB and BPBD bulletins: "26 unit rumah mengalami kerusakan") damages; with a grade after it
  ("mengalami kerusakan ringan", "mengalami rusak berat") it is the severity subset, ``other``;
- heights above sea level ("2.600 mdpl") and wind speeds ("30 knot") are units, never counts;
- a spaced dash between two figures with a unit is a range ("tinggi gelombang 4 - 6 meter", BMKG warnings); without
  a unit it stays no range (a bullet between list items);
- "setidaknya ada lima pabrik": the bound before the existential "ada" of a tally (``[qualifiers] at_least``);
- crowd-control police ("100 personel pengendali massa") are police, never the crowd (``[nouns]``); firms, exits,
  flight groups and platoons are things with their own labels;
- a tally of a measured noun before a qualified figure ("Jumlah pengunjuk rasa kurang lebih 450 orang", ``[subjects]
  tally_words``), perhaps with a place adjunct between ("Jumlah demonstran di depan kantor gubernur sekitar 700
  orang"), takes the noun's measure (``named_before._tally_noun``), as with an exact verb ("mencapai");
- a securing verb whose object is an event ("9.500 personel mengamankan aksi mogok", ``[cues] securing_verbs``) says
  the figure before it is the force, never arrests: ``other`` (``misreads._secures_event``);
- "di sini" (here) is no place of a breakdown (``[cues] deictic_places``);
- a comma inside a list of names after a place preposition ("6.000 petani dari Jember, Lumajang dan Bondowoso
  berunjuk rasa") does not end the figure's clause (``reach._names_go_on``);
- school equipment (komputer, laptop, proyektor, printer) are things;
- an adverb of a lower bound before the verb that takes the figure ("Gempa itu setidaknya telah menewaskan 9 orang",
  ``[cues] bounds_before_verb``, ``verb_auxiliaries``) bounds the figure: at_least (``mentions._bound_before_verb``).
- a figure right after an age span ("usia 5-14 tahun 212 orang") is a count: the time unit that closes the span
  labels nothing after it (``exclusions._identifier``; "tahun 2020" stays a year).
- "masing-masing N" after two places in a breakdown by place ("Kabupaten Solok dan Kota Padang masing-masing 4 orang")
  keeps the list's measure, with no one place (``[cues] each_words``, ``breakdowns._each_of_places``).
- a count in brackets after a thing noun ("sekolah (3 unit), masjid (2 unit)", BNPB damage lists) counts that thing
  (``named_before._bracketed_count``); a bracket that restates a figure before ("22 KK (78 jiwa)") is not one.

Control rows, where the specific measure or the bound is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # crowd crushes at stadiums and concerts: "hingga" opens the result clause
    (
        "Penonton panik dan saling dorong di pintu keluar, hingga 14 orang tewas terhimpit.",
        [("killed", "people", 14, 14)],
    ),
    (
        "Pagar tribun ambruk, sampai 23 suporter luka-luka.",
        [("injured", "people", 23, 23)],
    ),
    # an upper bound stays one (control)
    (
        "Gedung pertemuan itu mampu menampung hingga 800 orang.",
        [("other", "capacity", 0, 800)],
    ),
    # hajj and hospital tallies by age group
    (
        "Pasien yang dirawat berumur di bawah lima tahun sebanyak 18 orang.",
        [("other", "age group", 18, 18)],
    ),
    (
        "Jemaah yang meninggal dunia berusia 70 tahun ke atas sebanyak 54 orang.",
        [("other", "age group", 54, 54)],
    ),
    # the whole tally keeps its measure (control)
    (
        "Jemaah yang meninggal dunia hingga Kamis sebanyak 54 orang.",
        [("killed", "people", 54, 54)],
    ),
    # hajj tallies by embarkation and mudik tallies by regency: a lower-case head noun before the name
    (
        "Korban tewas terbanyak dari debarkasi Makassar sebanyak 9 orang, disusul debarkasi Balikpapan 6 orang.",
        [("killed", "people", 9, 9, "debarkasi Makassar"), ("killed", "people", 6, 6, "debarkasi Balikpapan")],
    ),
    (
        "Pemudik yang terluka paling banyak dari kabupaten Garut 31 orang, disusul kota Tasikmalaya 20 orang.",
        [("injured", "people", 31, 31, "kabupaten Garut"), ("injured", "people", 20, 20, "kota Tasikmalaya")],
    ),
]


INDONESIAN += [
    # mudik and arus balik: days counted from Lebaran
    (
        "Sebanyak 1,8 juta pemudik kembali ke ibu kota pada H+5 Lebaran.",
        [("other", "travellers", 1800000, 1800000)],
    ),
    (
        "Puncak arus balik pada D+3 diikuti 48 ribu kendaraan.",
        [("other", "vehicles", 48000, 48000)],
    ),
    # wind storms: damage stated with "mengalami kerusakan", and its grades
    (
        "Angin puting beliung membuat 14 unit rumah di Desa Karangjati mengalami kerusakan.",
        [("damaged", "houses", 14, 14)],
    ),
    (
        "Sebanyak 17 rumah mengalami kerusakan ringan dan 3 rumah mengalami rusak berat.",
        [("other", "lightly damaged houses", 17, 17), ("other", "heavily damaged houses", 3, 3)],
    ),
    # households are never damaged things (control)
    (
        "Sebanyak 312 keluarga mengalami kerusakan.",
        [("other", "households", 312, 312)],
    ),
    # climbers and winds: units
    (
        "Tim SAR menemukan pendaki itu pada ketinggian 1.950 mdpl.",
        [("other", "meters above sea level", 1950, 1950)],
    ),
    (
        "Angin berembus dengan kecepatan hingga 35 knot.",
        [("other", "knots", 0, 35)],
    ),
]

INDONESIAN += [
    # wave and wind warnings: spaced ranges with a unit
    (
        "BMKG memprakirakan gelombang setinggi 1,25 - 2,5 meter di Selat Lombok.",
        [("other", "meters", 1.25, 2.5)],
    ),
    (
        "Angin bertiup 10 - 20 knot dari arah tenggara.",
        [("other", "knots", 10, 20)],
    ),
    # layoffs and storms: a bound before "ada"
    (
        "Menurut serikat buruh, setidaknya ada 14 pabrik yang menghentikan produksi.",
        [("other", "factories", 14, None)],
    ),
    (
        "Sedikitnya ada 35 rumah yang rusak diterjang angin.",
        [("damaged", "houses", 35, None)],
    ),
    # land conflicts and trials: crowd-control police
    (
        "Kapolres menurunkan 120 personel pengendali massa untuk mengawal sidang.",
        [("deployed", "police", 120, 120)],
    ),
    (
        "Sebanyak 80 pasukan pengendali massa bersiaga di depan kantor bupati.",
        [("deployed", "police", 80, 80)],
    ),
    # things with their own labels
    (
        "Gelombang PHK itu terjadi di 33 perusahaan dan 9 pabrik.",
        [("other", "companies", 33, 33), ("other", "factories", 9, 9)],
    ),
    (
        "Jemaah diberangkatkan dalam 512 kelompok terbang, dan pengamanan ditambah dua pleton Brimob.",
        [("other", "flight groups", 512, 512), ("other", "platoons", 2, 2)],
    ),
]

INDONESIAN += [
    # labour protests: a tally before a qualified figure, a securing force, a list of home towns
    (
        "Jumlah pengunjuk rasa kurang lebih 450 orang.",
        [("participants", "protesters", 405, 495)],
    ),
    (
        "Jumlah demonstran di depan kantor gubernur sekitar 700 orang.",
        [("participants", "protesters", 630, 770)],
    ),
    (
        "Jumlah pengungsi dari kawasan bantaran sungai sekitar 300 orang.",
        [("displaced", "people", 270, 330)],
    ),
    (
        "Jumlah rumah sekitar 300 unit.",
        [("other", "houses", 270, 330)],
    ),
    (
        "Sebanyak 9.500 personel gabungan mengamankan aksi mogok kerja buruh.",
        [("other", "personnel", 9500, 9500)],
    ),
    (
        "Polisi mengamankan 14 orang dalam aksi itu.",
        [("arrested", "people", 14, 14)],
    ),
    (
        "Massa dari pabrik sekitar 250 orang, di sini sekitar 90 orang.",
        [("other", "people", 225, 275, None), ("other", "people", 81, 99, None)],
    ),
    (
        "Sebanyak 6.000 petani dari Jember, Lumajang dan Bondowoso berunjuk rasa di depan kantor bupati.",
        [("participants", "people", 6000, 6000)],
    ),
    # flooded schools: equipment
    (
        "Banjir merusak 20 komputer milik sekolah.",
        [("damaged", "computers", 20, 20)],
    ),
]

INDONESIAN += [
    # earthquakes, poisonings, raids: the bound before the verb
    (
        "Gempa itu setidaknya telah menewaskan 9 orang.",
        [("killed", "people", 9, None)],
    ),
    (
        "Keracunan massal itu sedikitnya menyebabkan 215 siswa dirawat di rumah sakit.",
        [("hospitalized", "people", 215, None)],
    ),
    (
        "Polisi sedikitnya sudah menangkap 17 tersangka.",
        [("arrested", "people", 17, None)],
    ),
    # no bound without the adverb (control)
    (
        "Gempa itu telah menewaskan 9 orang.",
        [("killed", "people", 9, 9)],
    ),
]

INDONESIAN += [
    # outbreak and hajj tallies by age span
    (
        "Pasien DBD terbanyak usia 5-14 tahun 212 orang, sedangkan usia 15-44 tahun 97 orang.",
        [("other", "people", 212, 212), ("other", "people", 97, 97)],
    ),
    (
        "Pada tahun 2020 tercatat 88 kasus campak.",
        [("other", "cases", 88, 88)],
    ),
]

INDONESIAN += [
    # tallies by place: one figure for each of two places
    (
        "Korban tewas di Kabupaten Agam 12 orang, Kabupaten Solok dan Kota Padang masing-masing 4 orang.",
        [("killed", "people", 12, 12), ("killed", "people", 4, 4)],
    ),
    (
        "Jemaah yang dirawat terbanyak dari embarkasi Kupang sebanyak 8 orang, disusul embarkasi Ende dan Maumere "
        "masing-masing 3 orang.",
        [("hospitalized", "people", 8, 8), ("hospitalized", "people", 3, 3)],
    ),
]

INDONESIAN += [
    # damage lists and seizures: counts in brackets after things
    (
        "Fasilitas umum yang terdampak antara lain sekolah (4 unit), masjid (2 unit) dan jembatan (1 unit).",
        [("other", "schools", 4, 4), ("other", "mosques", 2, 2), ("other", "bridges", 1, 1)],
    ),
    (
        "Polisi menyita sepeda motor (2 unit) dan senjata tajam (3 buah).",
        [("other", "motorcycles", 2, 2), ("other", "sharp weapons", 3, 3)],
    ),
    (
        "Sebanyak 31 KK (104 jiwa) di Dusun Wetan mengungsi.",
        [("other", "households", 31, 31), ("displaced", "people", 104, 104)],
    ),
]


test_indonesian_idc_classes = rows_test(INDONESIAN, "id")
