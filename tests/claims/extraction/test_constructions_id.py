"""Indonesian news constructions of DESIGN.md section 4.1, one table row per construction.

Sentences of our own (invented places and figures). Each row: text, then (surface, measure, subject, low, high,
qualifier, place) per claim, in order.
"""

from __future__ import annotations

import pytest

from claims.extraction import ExtractedClaim, extract

Row = tuple[str, str, str | None, float | None, float | None, str, str | None]


def rows(claims: list[ExtractedClaim]) -> list[Row]:
    return [(c.text, c.measure, c.subject, c.low, c.high, c.qualifier, c.place) for c in claims]


CASES: list[tuple[str, list[Row]]] = [
    # a noun phrase names the measure, a change verb gives the new total
    (
        "Jumlah korban meninggal akibat banjir di Kabupaten Sungai Lumut bertambah menjadi 14 orang.",
        [("14", "killed", "people", 14, 14, "exact", None)],
    ),
    # the figure is the predicate: the measure heading the subject wins over a nearer word ("ambruknya")
    (
        "Korban tewas akibat ambruknya jembatan gantung itu bertambah menjadi 9 orang.",
        [("9", "killed", "people", 9, 9, "exact", None)],
    ),
    # fact-box lines
    (
        "Korban tewas: 6 orang. Korban luka: 19 orang. Pengungsi: 840 jiwa.",
        [
            ("6", "killed", "people", 6, 6, "exact", None),
            ("19", "injured", "people", 19, 19, "exact", None),
            ("840", "displaced", "people", 840, 840, "exact", None),
        ],
    ),
    # a breakdown by place after a measured figure
    (
        "Sebanyak 11 orang tewas di Desa Mekar Jaya dan 4 di Desa Sukaluyu.",
        [
            ("11", "killed", "people", 11, 11, "exact", "Desa Mekar Jaya"),
            ("4", "killed", "people", 4, 4, "exact", "Desa Sukaluyu"),
        ],
    ),
    # a total, then items by place with "masing-masing": the total keeps no place
    (
        "Warga yang hilang masih 12 orang, masing-masing 8 orang dari Kecamatan Batu Ampar dan "
        "4 orang dari Kecamatan Lubuk Raya.",
        [
            ("12", "missing", "people", 12, 12, "exact", None),
            ("8", "missing", "people", 8, 8, "exact", "Kecamatan Batu Ampar"),
            ("4", "missing", "people", 4, 4, "exact", "Kecamatan Lubuk Raya"),
        ],
    ),
    # parenthesised counts after places, the measure named before the list
    (
        "Korban meninggal berasal dari Kabupaten Tanjung Sari (17 orang) dan Kota Tanjung Sari (5 orang).",
        [
            ("17", "killed", "people", 17, 17, "exact", "Kabupaten Tanjung Sari"),
            ("5", "killed", "people", 5, 5, "exact", "Kota Tanjung Sari"),
        ],
    ),
    # figures after place names in a list that follows a total ("dengan rincian X 120, Y 45")
    (
        "Korban meninggal mencapai 200 orang, dengan rincian Lembah Hijau 120, Tanjung Raya 50 dan Sungai Ara 30.",
        [
            ("200", "killed", "people", 200, 200, "exact", None),
            ("120", "killed", "people", 120, 120, "exact", "Lembah Hijau"),
            ("50", "killed", "people", 50, 50, "exact", "Tanjung Raya"),
            ("30", "killed", "people", 30, 30, "exact", "Sungai Ara"),
        ],
    ),
    # a bare parenthesised figure after a place is a count; after a person's name it is an age
    (
        "Polisi yang terluka tersebar di Kota Bukit Tinggi (21) dan Kabupaten Rawa Pening (6).",
        [
            ("21", "injured", "police", 21, 21, "exact", "Kota Bukit Tinggi"),
            ("6", "injured", "police", 6, 6, "exact", "Kabupaten Rawa Pening"),
        ],
    ),
    ("Seorang pengendara, Rudi (34), tewas di tempat.", []),
    # a breakdown by group: each item takes its group
    (
        "Sebanyak 90 pengungsi, terdiri atas 40 pria, 30 perempuan dan 20 anak-anak, menempati balai desa.",
        [
            ("90", "displaced", "people", 90, 90, "exact", None),
            ("40", "displaced", "men", 40, 40, "exact", None),
            ("30", "displaced", "women", 30, 30, "exact", None),
            ("20", "displaced", "children", 20, 20, "exact", None),
        ],
    ),
    # an item that is neither a place nor a closed group would contradict the total: other
    (
        "Peserta aksi berjumlah 3.000 orang, yakni 2.100 dari serikat guru dan 900 dari serikat tani.",
        [
            ("3.000", "participants", "people", 3000, 3000, "exact", None),
            ("2.100", "other", "people", 2100, 2100, "exact", None),
            ("900", "other", "people", 900, 900, "exact", None),
        ],
    ),
    # an increment beside a running total
    (
        "Korban meninggal bertambah 12 orang dari hari sebelumnya, sehingga totalnya kini 148 orang.",
        [("12", "other", "increase", 12, 12, "exact", None), ("148", "killed", "people", 148, 148, "exact", None)],
    ),
    # a period count with no total beside it keeps its measure
    ("Pada hari kelima, tim SAR kembali menemukan 3 jenazah lagi.", [("3", "killed", "people", 3, 3, "exact", None)]),
    # approximate forms and vague words
    (
        "Sebanyak 400-an warga mengungsi, sementara seratusan lainnya bertahan.",
        [
            ("400-an", "displaced", "people", 400, 499, "vague", None),
            ("seratusan", "other", "people", 100, 199, "vague", None),
        ],
    ),
    ("Lusinan rumah warga rusak diterjang angin.", [("Lusinan", "damaged", "houses", 24, 99, "vague", None)]),
    ("Beberapa ratus warga terpaksa mengungsi.", [("Beberapa ratus", "displaced", "people", 200, 999, "vague", None)]),
    # collective ke- before a counted noun; an ordinal after its noun is none
    ("Keempat korban tewas tertimbun longsor.", [("Keempat", "killed", "people", 4, 4, "exact", None)]),
    ("Korban keempat belum ditemukan.", []),
    # things and units are never people
    ("Banjir merendam 3 rumah sakit di kota itu.", [("3", "other", "hospitals", 3, 3, "exact", None)]),
    ("Gempa bermagnitudo 5,2 mengguncang kota itu.", [("5,2", "other", "magnitude", 5.2, 5.2, "exact", None)]),
    # two vague quantities joined by a range word are one range
    (
        "Massa yang berunjuk rasa berkisar puluhan hingga ratusan orang.",
        [("puluhan hingga ratusan", "participants", "people", 20, 999, "range", None)],
    ),
    # one verb, two objects: the first a thing the verb's measure cannot count
    (
        "Pemerintah mengirim tiga kapal dan 120 relawan ke pulau itu.",
        [("tiga", "other", "ships", 3, 3, "exact", None), ("120", "deployed", "people", 120, 120, "exact", None)],
    ),
    # a negative count counts nothing
    ("Data itu mencatat -4 orang tewas.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_indonesian_construction(text: str, expected: list[Row]) -> None:
    claims = extract(text, "id")
    assert rows(claims) == expected
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_a_police_context_word_makes_generic_officers_police() -> None:
    [claim] = extract("Menurut polisi, 14 petugas terluka dalam bentrokan itu.", "id")
    assert (claim.measure, claim.subject) == ("injured", "police")


def test_a_force_sent_by_a_police_command_is_police() -> None:
    [claim] = extract("Polres Lembah Hijau menurunkan 240 personel untuk mengamankan pawai.", "id")
    assert (claim.measure, claim.subject) == ("deployed", "police")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Sebanyak 7 orang meningal dunia dalam kecelakaan itu.", "killed"),  # a letter missing
        ("Sebanyak 23 warga dievakusi ke balai desa.", "displaced"),  # the prefix right, the root misspelt
        ("Sebanyak 15 pemuda di tahan polisi usai tawuran.", "arrested"),  # a prefix written apart
    ],
)
def test_typos_in_measure_words_are_read_as_the_word(text: str, measure: str) -> None:
    [claim] = extract(text, "id")
    assert claim.measure == measure


def test_a_real_word_one_edit_from_a_measure_word_is_not_corrected() -> None:
    [claim] = extract("Kepala desa menyebut 30 warga di dusun itu.", "id")
    assert claim.measure == "other"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Gempa 6,3 SR mengguncang pesisir selatan.", "6,3 SR", "magnitude"),
        ("Genangan setinggi 45 sentimeter merendam jalan utama.", "45 sentimeter", "cm"),
    ],
)
def test_a_non_count_unit_is_never_a_count_of_people(text: str, surface: str, unit: str) -> None:
    [claim] = extract(text, "id")
    assert (claim.text, claim.measure, claim.unit) == (surface, "other", unit)


def test_a_part_named_by_a_group_keeps_the_measure_and_one_named_otherwise_is_other() -> None:
    claims = extract("Polisi menahan 64 pemuda, 20 di antaranya anak-anak, sementara 30 lainnya dipulangkan.", "id")
    assert [(c.text, c.measure, c.subject) for c in claims][:2] == [
        ("64", "arrested", "people"),
        ("20", "arrested", "children"),
    ]
    [part] = extract("Polisi menahan 64 pemuda, dua di antaranya mahasiswa.", "id")[1:]
    assert (part.measure, part.subject) == ("other", "students")


def test_the_whole_named_by_a_measure_phrase_keeps_it_and_the_part_is_other() -> None:
    claims = extract("Dua dari 11 korban tewas belum dikenali keluarganya.", "id")
    assert [(c.text, c.measure) for c in claims] == [("Dua", "other"), ("11", "killed")]


def test_admissions_beside_those_still_treated_are_other_admitted() -> None:
    claims = extract("Sebanyak 31 pelajar dibawa ke rumah sakit, 12 di antaranya masih dirawat.", "id")
    assert [(c.text, c.measure, c.subject) for c in claims] == [
        ("31", "other", "admitted"),
        ("12", "hospitalized", "people"),
    ]


def test_the_main_verb_after_a_relative_clause_names_the_measure() -> None:
    [claim] = extract("Sebanyak 17 pemuda yang hendak ikut berunjuk rasa ditangkap polisi di terminal.", "id")
    assert claim.measure == "arrested"
