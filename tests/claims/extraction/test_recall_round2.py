"""Recall of constructions of real news that gave no claim or lost a figure (DESIGN.md section 4.1): "number" as
a tally verb, parts after a copula, postposed hedges, a bare figure after a change verb, tallies that name a
subset, inventory lines, bulleted lists, households beside persons. Our own sentences: places and figures are
invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract

Row = tuple[str, str, str | None, int, int | None]
"""(text, measure, subject, low, high) of one claim."""

CASES: list[tuple[str, str, list[Row]]] = [
    # "number" as a verb is no identifier; the tally before it names the measure
    ("The confirmed dead now number 63, the governor's office said.", "en", [("63", "killed", "people", 63, 63)]),
    (
        "Marchers numbered about 1,400 when the rally reached the square.",
        "en",
        [("about 1,400", "participants", "protesters", 1260, 1540)],
    ),
    ("The wounded, numbering 27, were flown to the provincial capital.", "en", [("27", "injured", "people", 27, 27)]),
    (
        "Evacuees at the stadium now number more than 5,200.",
        "en",
        [("more than 5,200", "displaced", "people", 5201, None)],
    ),
    ("The detainees number 212, according to the rights group.", "en", [("212", "arrested", "people", 212, 212)]),
    ("The crowd numbered 3,500 by noon.", "en", [("3,500", "participants", "people", 3500, 3500)]),
    ("Ward number 14 was closed for cleaning.", "en", []),
    ("Room number 212 was flooded.", "en", []),
    (
        "Korban meninggal akibat longsor di Cisarua kini berjumlah 17 orang.",
        "id",
        [("17", "killed", "people", 17, 17)],
    ),
    ("Pengungsi di GOR Kartika berjumlah 860 jiwa.", "id", [("860", "displaced", "people", 860, 860)]),
    (
        "Korban luka, yang berjumlah 33 orang, dibawa ke puskesmas terdekat.",
        "id",
        [("33", "injured", "people", 33, 33)],
    ),
    # a figure in apposition to the tally before it, after a copula-like cue and a comma
    (
        "Provinsi Jambi mencatat jumlah korban jiwa tertinggi, yakni 318 orang.",
        "id",
        [("318", "killed", "people", 318, 318)],
    ),
    (
        "Pengungsi terbanyak, yaitu 2.750 jiwa, berada di Kecamatan Sukaraja.",
        "id",
        [("2.750", "displaced", "people", 2750, 2750)],
    ),
    ("The district recorded the highest death toll, namely 212.", "en", [("212", "killed", "people", 212, 212)]),
    (
        "Untuk korban hilang, angka 137 orang belum berubah sejak Senin.",
        "id",
        [("137", "missing", "people", 137, 137)],
    ),
    # a part after a copula, in a sentence that opens with its whole
    (
        "Of the 52 dead, 19 were women and 11 were children.",
        "en",
        [("52", "killed", "people", 52, 52), ("19", "killed", "women", 19, 19), ("11", "killed", "children", 11, 11)],
    ),
    (
        "Of the 140 people arrested, 23 were minors.",
        "en",
        [("140", "arrested", "people", 140, 140), ("23", "arrested", "children", 23, 23)],
    ),
    (
        "Of the 31 injured, six were police officers.",
        "en",
        [("31", "injured", "people", 31, 31), ("six", "injured", "police", 6, 6)],
    ),
    (
        "Of the 52 dead, 19 were residents of the lower town.",
        "en",
        [("52", "killed", "people", 52, 52), ("19", "other", "residents killed", 19, 19)],
    ),
    (
        "Dari 48 korban tewas, 20 adalah perempuan.",
        "id",
        [("48", "killed", "people", 48, 48), ("20", "killed", "women", 20, 20)],
    ),
    (
        "Dari 48 korban tewas, 20 di antaranya perempuan dan tujuh anak-anak.",
        "id",
        [("48", "killed", "people", 48, 48), ("20", "killed", "women", 20, 20), ("tujuh", "killed", "children", 7, 7)],
    ),
    (
        "Dari 75 orang yang ditangkap, 12 merupakan pelajar dan 3 adalah wartawan.",
        "id",
        [
            ("75", "arrested", "people", 75, 75),
            ("12", "other", "students", 12, 12),
            ("3", "arrested", "journalists", 3, 3),
        ],
    ),
    (
        "Among the 44 dead were 15 women and eight children.",
        "en",
        [("44", "killed", "people", 44, 44), ("15", "killed", "women", 15, 15), ("eight", "killed", "children", 8, 8)],
    ),
    (
        "Among the 180 people detained were five journalists.",
        "en",
        [("180", "arrested", "people", 180, 180), ("five", "arrested", "journalists", 5, 5)],
    ),
    (
        "Di antara 21 korban tewas terdapat enam anak.",
        "id",
        [("21", "killed", "people", 21, 21), ("enam", "killed", "children", 6, 6)],
    ),
    # a part of things picked out by a verb of its own is a subset, not an item of a list
    (
        "Longsor merusak 27 rumah, 5 di antaranya rata dengan tanah.",
        "id",
        [("27", "damaged", "houses", 27, 27), ("5", "other", "houses", 5, 5)],
    ),
    # a breakdown by group with the group before its figure ("polisi 7 orang"): the group's subject
    (
        "Korban luka terdiri atas polisi 4 orang dan mahasiswa 11 orang.",
        "id",
        [("4", "injured", "police", 4, 4), ("11", "other", "students", 11, 11)],
    ),
    # released after an arrest is a status subset of the arrested, active or passive
    (
        "Polisi menahan tiga demonstran dan memulangkan 14 pengunjuk rasa lain.",
        "id",
        [("tiga", "arrested", "protesters", 3, 3), ("14", "other", "protesters", 14, 14)],
    ),
    (
        "Sebanyak 52 orang ditangkap, 9 di antaranya dibebaskan.",
        "id",
        [("52", "arrested", "people", 52, 52), ("9", "other", "people released", 9, 9)],
    ),
    # postposed hedges: "n orang lebih" is more_than; a comparison is not; "40-odd" is the -an form of English
    ("Sebanyak 250 orang lebih mengungsi ke balai desa.", "id", [("250", "displaced", "people", 251, None)]),
    ("Tercatat 1.200 jiwa lebih mengungsi.", "id", [("1.200", "displaced", "people", 1201, None)]),
    ("Ada 30 rumah lebih yang rusak.", "id", [("30", "damaged", "houses", 31, None)]),
    (
        "Tahun ini 60 orang lebih banyak dari tahun lalu yang mengungsi.",
        "id",
        # a comparison, not "more than 60": exact, and a difference between two years is no count of the displaced
        [("60", "other", "people", 60, 60)],
    ),
    ("Sekitar 70-an warga mengungsi ke masjid.", "id", [("70-an", "displaced", "people", 70, 79)]),
    ("Some 30-odd people were hurt in the stampede.", "en", [("30-odd", "injured", "people", 30, 39)]),
    ("The 300-odd demonstrators were detained overnight.", "en", [("300-odd", "arrested", "protesters", 300, 399)]),
    ("Fifty or so homes were destroyed by the fire.", "en", [("Fifty or so", "damaged", "homes", 45, 55)]),
    # a bare figure after a change verb counts the noun its clause opens with
    ("Kasus positif bertambah 1.187 dalam sehari.", "id", [("1.187", "other", "cases", 1187, 1187)]),
    ("Kasus aktif berkurang 412.", "id", [("412", "other", "cases", 412, 412)]),
    ("Korban meninggal bertambah 6 orang.", "id", [("6", "killed", "people", 6, 6)]),
    ("Harga cabai naik 3.000 per kilogram.", "id", []),
    ("Confirmed cases rose by 1,187 on Tuesday.", "en", [("1,187", "other", "cases", 1187, 1187)]),
    ("Deaths rose by 9 overnight.", "en", [("9", "killed", "people", 9, 9)]),
    ("Fuel prices rose by 15 last month.", "en", []),
    # a bare predicate figure counts the thing its clause opens with
    ("Rumah terendam mencapai 640 unit lebih.", "id", [("640", "other", "houses", 641, None)]),
    ("Sekolah yang diliburkan mencapai 37.", "id", [("37", "other", "schools", 37, 37)]),
    ("Harga beras mencapai 14.500.", "id", []),
    # a tally whose noun phrase names a subset by severity counts the subset: other
    ("The number of badly injured people is 96.", "en", [("96", "other", "seriously injured", 96, 96)]),
    ("The number of seriously wounded rose to 58.", "en", [("58", "other", "seriously injured", 58, 58)]),
    ("The number of injured is 240.", "en", [("240", "injured", "people", 240, 240)]),
    ("Jumlah korban luka berat mencapai 58 orang.", "id", [("58", "other", "seriously injured", 58, 58)]),
    ("Jumlah korban luka berat 96 orang.", "id", [("96", "other", "seriously injured", 96, 96)]),
    (
        "Jumlah rumah rusak berat mencapai 1.340 unit.",
        "id",
        [("1.340", "other", "heavily damaged houses", 1340, 1340)],
    ),
    ("Jumlah korban luka mencapai 240 orang.", "id", [("240", "injured", "people", 240, 240)]),
    ("Jumlah korban tewas nyaris tembus 2.000 jiwa.", "id", [("tembus 2.000", "killed", "people", 2001, None)]),
    (
        "Police said there were more than 300 arrests on Friday.",
        "en",
        [("more than 300", "arrested", "people", 301, None)],
    ),
    # inventory lines: the noun before the figure, a classifier after it; after a word of loss, damaged
    (
        "Kerugian: mobil 27 unit, sepeda motor 164 unit.",
        "id",
        [("27", "damaged", "cars", 27, 27), ("164", "damaged", "motorcycles", 164, 164)],
    ),
    (
        "Kerugian material meliputi mobil 12 unit, sepeda motor 40 unit dan ruko 9 unit.",
        "id",
        [
            ("12", "damaged", "cars", 12, 12),
            ("40", "damaged", "motorcycles", 40, 40),
            ("9", "damaged", "shophouses", 9, 9),
        ],
    ),
    (
        "Massa membakar mobil 8 unit dan sepeda motor 23 unit.",
        "id",
        [("8", "damaged", "cars", 8, 8), ("23", "damaged", "motorcycles", 23, 23)],
    ),
    ("Polisi menyita motor 4 unit dari rumah pelaku.", "id", [("4", "other", "motorcycles", 4, 4)]),
    ("Banjir bandang menghanyutkan sapi 35 ekor.", "id", [("35", "other", "cattle", 35, 35)]),
    ("Sebanyak 1.450 jiwa lebih mengungsi ke perbukitan.", "id", [("1.450", "displaced", "people", 1451, None)]),
    # households and the persons in them: two claims, the persons take the verb's measure
    (
        "Sebanyak 96 KK atau 311 jiwa mengungsi ke gedung sekolah.",
        "id",
        [("96", "other", "households", 96, 96), ("311", "displaced", "people", 311, 311)],
    ),
    (
        "Sebanyak 2.040 KK dengan 6.870 jiwa mengungsi.",
        "id",
        [("2.040", "other", "households", 2040, 2040), ("6.870", "displaced", "people", 6870, 6870)],
    ),
    (
        "Tercatat 415 KK atau 1.390 jiwa terdampak banjir.",
        "id",
        [("415", "other", "households", 415, 415), ("1.390", "other", "people", 1390, 1390)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_recall_constructions(text: str, lang: str, expected: list[Row]) -> None:
    claims = extract(text, lang)
    assert [(c.text, c.measure, c.subject, c.low, c.high) for c in claims] == expected


PLACES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # a breakdown by place after a named measure, set off by spaced hyphens (bullets) or in parentheses
    (
        "Korban meninggal 26 orang: - Desa Pasirjaya 15 orang - Desa Sukamulya 11 orang.",
        "id",
        [("26", "killed", None), ("15", "killed", "Desa Pasirjaya"), ("11", "killed", "Desa Sukamulya")],
    ),
    (
        "Warga yang mengungsi - Desa Pasirjaya 340 jiwa - Desa Sukamulya 125 jiwa.",
        "id",
        [("340", "displaced", "Desa Pasirjaya"), ("125", "displaced", "Desa Sukamulya")],
    ),
    (
        "Kerusakan rumah akibat angin kencang tercatat 214 unit, tersebar di Desa Mulyorejo (130 unit) dan Desa "
        "Tanjungsari (84 unit).",
        "id",
        [("214", "damaged", None), ("130", "damaged", "Desa Mulyorejo"), ("84", "damaged", "Desa Tanjungsari")],
    ),
    # a counted noun before a figure is no place (the group of the item: police; the residents beside the police are
    # its civilians, civil_items.py, h16id_c1)
    (
        "Belasan orang luka-luka, yakni dari aparat kepolisian sebanyak 6 orang dan warga 8 orang.",
        "id",
        [("Belasan", "injured", None), ("6", "injured", None), ("8", "injured", None)],
    ),
    (
        "Korban luka 40 orang, di gedung DPRD 25 orang.",
        "id",
        [("40", "injured", None), ("25", "injured", "gedung DPRD")],
    ),
    # a capitalised tally word at the start of a sentence is no place
    (
        "Total kurang lebih 31 orang luka, yaitu di Kendal ada 17 orang.",
        "id",
        [("kurang lebih 31", "injured", None), ("17", "injured", "Kendal")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PLACES)
def test_recall_places(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    claims = extract(text, lang)
    assert [(c.text, c.measure, c.place) for c in claims] == expected


def test_persons_after_households_are_no_place() -> None:
    claims = extract("Pengungsi tercatat di RT 03 sebanyak 18 KK (61 jiwa) dan RT 04 sebanyak 9 KK (30 jiwa).", "id")
    persons = [c for c in claims if c.text in ("61", "30")]
    assert [(c.subject, c.place) for c in persons] == [("people", None), ("people", None)]


def test_spaced_hyphen_inside_words_is_no_bullet() -> None:
    claims = extract("Korban luka-luka 12 orang, di antaranya anak-anak 5 orang.", "id")
    assert [c.text for c in claims][:1] == ["12"]
    assert all(c.place is None for c in claims)
