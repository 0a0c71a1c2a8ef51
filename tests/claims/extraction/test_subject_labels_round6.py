"""Composed subjects of ``other`` figures (claims.extraction.composed_labels, DESIGN 4 and 4.1: ``other`` with a
subject naming what the figure counts), with sentences of our own: the disease and status of a case count, people
who fall ill with a named disease, people on board a vessel, a capacity named by what it belongs to; and controls
whose subject (or measure) must not change."""

from __future__ import annotations

import pytest

from claims.extraction.lexicon import load_lexicon, phrase_words
from tests.claims.extraction.news_tables import labelled_rows

Row = tuple[str, str, str | None]


CASES = [
    # the disease after the case noun (Indonesian) or before it (English), acronyms and full names alike
    (
        "Dinas Kesehatan Kabupaten Watuputih mencatat 412 kasus DBD sepanjang Maret.",
        "id",
        [("412", "other", "cases")],
    ),
    (
        "Hingga pekan ke-9 terdapat 1.306 kasus demam berdarah dengue di provinsi itu.",
        "id",
        [("1.306", "other", "cases")],
    ),
    (
        "The ministry reported 930 cholera cases and 21 deaths in the past week.",
        "en",
        [("930", "other", "cases"), ("21", "killed", "people")],
    ),
    # "cases of" a disease; "new" names no subset
    ("Officials have logged 4,812 cases of dengue fever since January.", "en", [("4,812", "other", "cases")]),
    ("Dinkes menemukan 215 kasus baru HIV/AIDS sepanjang semester pertama.", "id", [("215", "other", "cases")]),
    # a status before the disease, and a status alone
    (
        "Puskesmas melaporkan 27 kasus suspek campak dan 9 kasus konfirmasi campak di Desa Lerep.",
        "id",
        [("27", "other", "suspected cases"), ("9", "other", "confirmed cases")],
    ),
    (
        "Health authorities are investigating 17 suspected measles cases at two schools.",
        "en",
        [("17", "other", "suspected cases"), ("two", "other", "schools")],
    ),
    (
        "Sebanyak 64 kasus positif dilaporkan dari dua kecamatan.",
        "id",
        [("64", "other", "confirmed cases"), ("dua", "other", "subdistricts")],
    ),
    ("The outbreak has produced 62 severe cases, most of them in children.", "en", [("62", "other", "severe cases")]),
    # statuses joined by a coordinator name no subset
    ("There were 1,075 suspected and confirmed cases in the region.", "en", [("1,075", "other", "cases")]),
    # a predicate figure takes the case count its clause opens with (an ordinal between is no figure) ...
    ("Kasus DBD di kabupaten itu hingga pekan ke-14 mencapai 733 kasus.", "id", [("733", "other", "cases")]),
    ("Kasus leptospirosis di kota itu hingga Mei mencapai 38 kasus.", "id", [("38", "other", "cases")]),
    ("Mpox cases have climbed to 2,140 this year.", "en", [("2,140", "other", "cases")]),
    # ... not an item after an apposition (a breakdown by month)
    (
        "Jumlah kasus ISPA di Kota Liwa yaitu Maret sebanyak 1.204 kasus dan April 1.530 kasus.",
        "id",
        [("1.204", "other", "cases"), ("1.530", "other", "cases")],
    ),
    # a part of a case count that its own predicate gives a status
    (
        "Of the 85 cases, 12 were later confirmed by the laboratory.",
        "en",
        [("85", "other", "cases"), ("12", "other", "confirmed cases")],
    ),
    (
        "Of the 410 new cases reported this week, 96 were severe.",
        "en",
        [("410", "other", "cases"), ("96", "other", "severe cases")],
    ),
    (
        "Dari 40 kasus itu, sembilan yang positif dan sisanya masih suspek.",
        "id",
        [("40", "other", "cases"), ("sembilan", "other", "confirmed cases")],
    ),
    # controls: a count of cases that only reports the status is plain cases; a police case names no disease
    ("Six cases have been confirmed in the district.", "en", [("Six", "other", "cases")]),
    ("Sebanyak 11 kasus pencurian sepeda motor terungkap bulan ini.", "id", [("11", "other", "cases")]),
    ("Polisi menyelidiki 12 kasus diduga penipuan daring.", "id", [("12", "other", "cases")]),
]

ILL = [
    (
        "Sebanyak 5.240 warga Kecamatan Sungai Lais terserang ISPA akibat kabut asap.",
        "id",
        [("5.240", "other", "respiratory infection cases")],
    ),
    ("Sekitar 90 warga terjangkit diare setelah banjir surut.", "id", [("Sekitar 90", "other", "cases")]),
    # controls: no disease named; patients in care stay hospitalized
    ("Some 4,300 people have been sickened in the outbreak.", "en", [("Some 4,300", "other", "sick people")]),
    ("Sebanyak 52 pasien DBD masih dirawat di RSUD.", "id", [("52", "hospitalized", "people")]),
]

ON_BOARD = [
    ("Kapal motor yang membawa 34 orang itu karam di Selat Lintang.", "id", [("34", "other", "people on board")]),
    ("A wooden boat carrying 63 people sank off the coast overnight.", "en", [("63", "other", "people on board")]),
    ("The plane had 19 people aboard when it lost contact.", "en", [("19", "other", "people on board")]),
    # people said to be aboard, past an aside between commas
    (
        "Officials said 64 people, nine of them crew, were aboard the vessel.",
        "en",
        [("64", "other", "people on board"), ("nine", "other", "crew members")],
    ),
    ("Perahu itu tiba di Pantai Lhok dengan 93 orang di dalamnya.", "id", [("93", "other", "people on board")]),
    # passengers and crew counted together
    ("KM Lestari membawa 88 penumpang dan ABK saat berangkat.", "id", [("88", "other", "people on board")]),
    ("The ferry had 212 passengers and crew on board.", "en", [("212", "other", "people on board")]),
    # a part after it keeps its own reading: the vessel carries the whole
    (
        "Pesawat latih itu mengangkut empat orang, dua di antaranya instruktur.",
        "id",
        [("empat", "other", "people on board"), ("dua", "other", "people")],
    ),
    # controls: passengers with another role; people carried by no vessel, people counted by what they are, an arrest
    ("Bus itu membawa 30 penumpang dan dua sopir.", "id", [("30", "other", "passengers"), ("dua", "other", "drivers")]),
    ("A truck carrying 40 workers overturned on the highway.", "en", [("40", "other", "workers")]),
    ("Police said the bus, carrying 41 pilgrims, overturned.", "en", [("41", "other", "pilgrims")]),
    ("Police detained 12 people carrying knives near the stadium.", "en", [("12", "arrested", "people")]),
]

SURVIVORS = [
    # people of an open group whose own predicate is survival are counted as survivors
    ("Sebanyak 31 penumpang berhasil diselamatkan tim SAR.", "id", [("31", "other", "survivors")]),
    (
        "Selain empat korban tewas, 12 pekerja lainnya selamat.",
        "id",
        [("empat", "killed", "people"), ("12", "other", "survivors")],
    ),
    # control: a closed group keeps its name
    ("Sebanyak 15 perempuan diselamatkan dari lokasi itu.", "id", [("15", "other", "women")]),
]

TALLIES = [
    # a predicate figure counted by a generic noun counts the civil people its clause opens with
    ("Penderita diare di kecamatan itu tercatat sebanyak 318 orang.", "id", [("318", "other", "patients")]),
    ("Penumpang KM Sinar Laut mencapai 214 orang menurut manifes.", "id", [("214", "other", "passengers")]),
    # control: residents are no civil group, the generic noun stays
    ("Warga yang terdampak mencapai 560 orang.", "id", [("560", "other", "people")]),
    # an event classifier after a tally word counts the events the tally names; "kasus kecelakaan" are accidents
    (
        "Jumlah kecelakaan selama libur panjang di jalur itu sebesar 96 kasus.",
        "id",
        [("96", "other", "accidents")],
    ),
    ("Polres mencatat 57 kasus kecelakaan sepanjang Oktober.", "id", [("57", "other", "accidents")]),
    # control: a classifier with no tally word before it
    ("Polisi menangani 23 kasus selama operasi itu.", "id", [("23", "other", "cases")]),
    # counts of regencies and cities at once, and hotspots by the English word
    (
        "Kasus itu dilaporkan dari 27 kabupaten/kota di tujuh provinsi.",
        "id",
        [("27", "other", "regencies and cities"), ("tujuh", "other", "provinces")],
    ),
    ("Satelit mendeteksi 1.420 hotspot di Sumatra Selatan pekan ini.", "id", [("1.420", "other", "hotspots")]),
]

CAPACITY = [
    (
        "Rutan Kelas IIB itu dihuni 480 tahanan, padahal kapasitasnya hanya 150 orang.",
        "id",
        [("480", "other", "detainees"), ("150", "other", "prison capacity")],
    ),
    ("Lapas Sungai Gelam berkapasitas 640 orang.", "id", [("640", "other", "prison capacity")]),
    (
        "The prison was built for 800 inmates but now holds 2,300.",
        "en",
        [("800", "other", "prison capacity"), ("2,300", "other", "inmates")],
    ),
    # a verb of filling a prison: its inmates; a house's residents stay people
    (
        "Rutan Tanjung Alam berkapasitas 210 orang, tetapi kini diisi 705 orang.",
        "id",
        [("210", "other", "prison capacity"), ("705", "other", "inmates")],
    ),
    ("Rumah kontrakan itu dihuni 12 orang.", "id", [("12", "other", "people")]),
    # a modal before a verb of carrying: what the vessel may carry
    ("Perahu itu hanya boleh mengangkut maksimal 20 orang.", "id", [("maksimal 20", "other", "passenger capacity")]),
    ("The ferry could carry no more than 150 passengers.", "en", [("no more than 150", "other", "passenger capacity")]),
    ("The arena holds 18,000 spectators.", "en", [("18,000", "other", "venue capacity")]),
    # controls: a capacity of beds; a capacity with no owner named
    ("Kapasitas ruang isolasi hanya 12 tempat tidur.", "id", [("12", "other", "beds")]),
    ("The shelter can hold 500 people.", "en", [("500", "other", "capacity")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES + ILL + ON_BOARD + SURVIVORS + TALLIES + CAPACITY)
def test_composed_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert labelled_rows(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "phrase", "role"),
    [
        ("id", "kasus", "case_nouns"),
        ("id", "di dalamnya", "on_board_after"),
        ("id", "boleh", "capacity_modals"),
        ("en", "infections", "case_nouns"),
        ("en", "on board", "on_board_after"),
        ("en", "had been", "status_verbs"),
    ],
)
def test_lexicon_roles(lang: str, phrase: str, role: str) -> None:
    """The ``[composed_labels] lists`` table maps each phrase to the list that holds it."""
    lists = load_lexicon(lang).composed_labels["lists"]
    words = list(phrase_words(phrase))
    assert lists.match(words, 0) == (len(words), role)
