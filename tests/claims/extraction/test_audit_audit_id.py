"""Misread classes found by auditing specific-measure claims on real Indonesian reports (issue 11, audit_id).

Every sentence is our own (invented places, people and figures); the wordings are those read in reports of
protests, brawls, attacks and arrests. Readings follow DESIGN.md 4 and 4.1 (prefer ``other`` to a wrong measure).
Each row: text, then (measure, subject, low, high) for every claim.

- a frequency ("tiga kali membakar ban", "dua kali ditangkap": ``[cues] frequency_words``) counts occasions, not
  people or things: no people measure, no damage; a noun after it ("121 kali gempa susulan") still counts;
- a figure right before a protest noun ("menggelar dua aksi unjuk rasa", "37 aksi demonstrasi":
  ``[cues] turnout_events``) counts protests, never the crowd; a protest notice counts reports;
- a classifier of things after the number ("empat buah HP", "3 unit SSK": ``[cues] item_classifiers``) never
  counts people, whatever verb takes it ("mengamankan", "mengerahkan");
- an injury whose result is death ("dibacok hingga tewas", "luka tembak hingga gugur", "terluka hingga akhirnya
  meninggal") counts the dead;
- a part of a whole of people ("dua dari tiga korban tewas diakibatkan robohnya bangunan") is never damaged: the
  damage word names the cause; "berikut" (along with) is no verb of joining a crowd, and "disebabkan" (caused by)
  no misspelt "disebarkan" (deployed);
- a damage verb with no thing named anywhere ("ban bekas ... ada lima yang siap dibakar": an unknown noun) counts
  no damage: the figure is dropped rather than given a measure with no subject;
- a part of the survivors an evacuation verb takes ("mengevakuasi satu dari enam orang yang selamat",
  ``[cues] survivor_labels``) is rescued, not displaced;
- a figure with an other-verb of its own before a place ("kemudian 17 korban masih tertimbun reruntuhan di Desa X")
  is no item of the list before it and does not inherit its measure.

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

FREQUENCY: list[Any] = [
    ("Massa sempat empat kali membakar ban bekas di depan kantor camat Lembah Sari.", []),
    ("Residivis itu sudah tiga kali ditangkap Polsek Karang Tengah karena mencuri ternak.", []),
    ("Warga Dusun Wates Kulon sudah dua kali mengungsi sejak awal tahun.", []),
    # controls: a noun after the frequency word counts; a people figure beside it keeps its measure
    ("BMKG mencatat 58 kali gempa susulan setelah guncangan utama.", [("other", "aftershocks", 58, 58)]),
    (
        "Sebanyak 19 warga tewas dan 37 kali gempa susulan terjadi di Kabupaten Lereng Jaya.",
        [("killed", "people", 19, 19), ("other", "aftershocks", 37, 37)],
    ),
    ("Polisi menangkap tiga pelaku pembakaran gudang di Desa Sumber Agung.", [("arrested", "people", 3, 3)]),
]

PROTEST_EVENTS: list[Any] = [
    ("Serikat buruh menggelar tiga aksi unjuk rasa di Kota Tanjung Baru pekan ini.", []),
    ("Sepanjang Oktober tercatat 26 aksi demonstrasi di Provinsi Teluk Raya.", []),
    ("Polda menerima enam pemberitahuan unjuk rasa untuk hari Kamis.", [("other", "reports", 6, 6)]),
    # controls: the crowd of a protest keeps the turnout measure
    (
        "Sedikitnya 1.500 petani menggelar aksi unjuk rasa di depan kantor bupati.",
        [("participants", "people", 1500, None)],
    ),
    ("Menurut polisi, peserta unjuk rasa berjumlah 2.400 orang.", [("participants", "people", 2400, 2400)]),
    ("Sebanyak 650 pengemudi ojek berunjuk rasa di depan balai kota.", [("participants", "people", 650, 650)]),
]

THING_CLASSIFIERS: list[Any] = [
    # "HP" (handphone) is a counted thing since round 6 (idf): the handsets are a claim of their own, never arrests
    ("Dari rumah kontrakan itu polisi juga mengamankan tujuh buah HP dan sebilah parang.", [("other", "phones", 7, 7)]),
    (
        "Petugas mengamankan lima buah telepon genggam dan satu unit mobil boks milik tersangka.",
        [("other", "phones", 5, 5), ("other", "cars", 1, 1)],
    ),
    ("Polres Sungai Lebar mengerahkan 4 unit SSK Brimob ke lokasi bentrokan.", [("other", "companies (SSK)", 4, 4)]),
    # controls: people after the verb of arrest or deployment keep their measure
    ("Polisi mengamankan 14 pemuda yang hendak tawuran di Jalan Merpati.", [("arrested", "people", 14, 14)]),
    ("Sebanyak 900 personel gabungan dikerahkan untuk laga final itu.", [("deployed", "people", 900, 900)]),
]

FATAL_INJURIES: list[Any] = [
    ("Dua pemuda Desa Pasir Luhur dibacok hingga tewas oleh kawanan begal.", [("killed", "people", 2, 2)]),
    ("Serangan di pos Bukit Damar membuat tiga polisi luka tembak hingga gugur.", [("killed", "police", 3, 3)]),
    ("Lima pendaki terluka hingga akhirnya meninggal di dasar jurang.", [("killed", "people", 5, 5)]),
    (
        "Kontak tembak itu membuat dua prajurit dari Yonif 731/Kabaresi mengalami luka tembak hingga meninggal dunia.",
        [("killed", "soldiers", 2, 2)],
    ),
    # controls: "hingga" of time, and an injury beside a separate death toll
    (
        "Delapan warga terluka hingga Minggu malam, sementara dua orang tewas.",
        [("injured", "people", 8, 8), ("killed", "people", 2, 2)],
    ),
    ("Sebanyak 16 penumpang luka-luka dalam tabrakan di jalur Pantura.", [("injured", "people", 16, 16)]),
]


CAUSES_AND_FUNCTION_WORDS: list[Any] = [
    (
        "Empat dari lima korban tewas disebabkan robohnya dinding masjid.",
        [("other", None, 4, 4), ("killed", "people", 5, 5)],
    ),
    (
        "Sebanyak 14 unit mobil pemadam berikut 70 personel damkar diterjunkan ke Pasar Lama.",
        [("other", "fire engines", 14, 14), ("deployed", "people", 70, 70)],
    ),
    (
        "Polisi menyita dua pucuk senjata api berikut 40 butir peluru.",
        [("other", "firearms", 2, 2), ("other", "bullets", 40, 40)],
    ),
    ("Ban bekas di depan gerbang ada lima yang siap dibakar massa.", []),
    ("Tiga rumah dibakar massa dan dua lainnya rusak.", [("damaged", "houses", 3, 3), ("damaged", "houses", 2, 2)]),
    (
        "Basarnas mengevakuasi dua dari sembilan orang yang selamat dari perahu yang terbalik.",
        [("other", "survivors", 2, 2), ("other", "survivors", 9, 9)],
    ),
    ("BPBD mengevakuasi 240 korban banjir ke balai desa Rawa Indah.", [("displaced", "people", 240, 240)]),
    (
        "Sebanyak 31 korban meninggal dunia kemudian 17 korban masih tertimbun reruntuhan di Desa Cibeber.",
        [("killed", "people", 31, 31), ("other", "casualties", 17, 17)],
    ),
    (
        "Sebanyak 26 warga tewas di Kabupaten Lembah, kemudian 11 di Kabupaten Ngarai.",
        [("killed", "people", 26, 26, "Kabupaten Lembah"), ("killed", "people", 11, 11, "Kabupaten Ngarai")],
    ),
    # controls: a part of a whole of things is damaged
    (
        "Tiga dari sembilan gedung sekolah rusak akibat gempa.",
        [("damaged", "school buildings", 3, 3), ("other", "school buildings", 9, 9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FREQUENCY)
def test_a_frequency_counts_no_people(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), PROTEST_EVENTS)
def test_a_figure_before_a_protest_noun_counts_no_crowd(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), THING_CLASSIFIERS)
def test_a_classifier_of_things_counts_no_people(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), FATAL_INJURIES)
def test_an_injury_ending_in_death_counts_the_dead(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), CAUSES_AND_FUNCTION_WORDS)
def test_a_cause_or_a_function_word_names_no_measure(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
