"""Misread classes found by a fourth audit of specific-measure claims on real Indonesian reports (issue 11,
audit_id4): official releases as outlets reprint them (Humas Polri/Polda, BNPB/BPBD, Kemenkes/Dinkes, Basarnas,
KKP/Bakamla, Imigrasi, BP2MI) and regional papers.

Every sentence is our own (invented places, people and figures); the wordings are those read in the releases.
Readings follow DESIGN.md 4 and 4.1 (prefer ``other`` to a wrong measure). Each row: text, then (measure, subject,
low, high) for every claim.

- a seized foreign fishing vessel ("KIA") and its fishing gear ("alat tangkap", which holds the arrest word) are
  things, never people arrested;
- a search force split up ("dibagi tiga") or counted in teams ("empat tim") is no count of people missing;
- a search day written apart from its ordinal prefix ("hari ke lima") is an ordinal, no count;
- a tally of cases beside a tally of deaths: the death word after a joiner opens the later figure ("hingga 9.345
  orang dengan pasien meninggal sebanyak 88 orang"), and two figures of one generic noun joined before the death
  word ("6.418 orang dan 57 orang meninggal") do not share it;
- relatives of the victims ("kerabat para korban hilang") are counted, not the victims the measure word describes.
- found on the second, fresh set: a tally joined by "sehingga" to the tally of the missing ("27 orang sehingga sisa
  korban hilang sebanyak 12 orang"), people reporting relatives missing ("melaporkan keluarganya hilang"), gambling
  cases seized ("mengamankan 7 perjudian"), onlookers at a disaster scene ("berkerumun menyaksikan proses evakuasi")
  and a list item with a clause of its own after "lain" ("lima orang lain yang sudah pulih kembali ke rumah") keep
  no specific measure.

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

VESSELS_AND_GEAR: list[Any] = [
    (
        "Dalam operasi itu petugas PSDKP mengamankan tiga KIA berbendera Vietnam di Laut Natuna Utara.",
        [("other", "ships", 3, 3)],
    ),
    (
        "Barang bukti berupa satu unit kapal, dua alat tangkap pukat harimau dan satu unit radar disita petugas.",
        [("other", "ships", 1, 1), ("other", "items", 2, 2), ("other", "radar", 1, 1)],
    ),
    # control: the crew taken from the vessel are arrested
    ("Petugas PSDKP mengamankan 14 ABK asal Vietnam dari kapal tersebut.", [("arrested", "people", 14, 14)]),
]

SEARCH_TEAMS: list[Any] = [
    ("Tim gabungan kemudian dibagi tiga untuk menyisir sungai tempat nelayan itu dilaporkan hilang.", []),
    (
        "Pencarian dilakukan oleh empat tim dengan menyisir pantai tempat korban dilaporkan hilang.",
        [("other", "teams", 4, 4)],
    ),
    ("Hingga pencarian hari ke lima, korban yang hilang belum ditemukan.", []),
    # controls: the missing people counted beside a search day keep their measure; "ke" before a place is no ordinal
    ("Hingga hari ke tujuh pencarian, dua nelayan masih hilang.", [("missing", "people", 2, 2)]),
    ("Tiga nelayan masih hilang hingga hari ketiga pencarian.", [("missing", "people", 3, 3)]),
    ("Para korban luka dibawa ke tiga rumah sakit di Kota Sukamaju.", [("other", "hospitals", 3, 3)]),
]

CASES_BESIDE_DEATHS: list[Any] = [
    (
        '"Per 12 Maret, berdasarkan laporan 21 kabupaten, sebanyak 6.418 orang dan 57 orang meninggal dunia," ujarnya.',
        [("other", "regencies", 21, 21), ("other", "people", 6418, 6418), ("killed", "people", 57, 57)],
    ),
    (
        "Pada 2022 terdapat pasien demam berdarah hingga 9.345 orang dengan pasien meninggal sebanyak 88 orang.",
        [("other", "people", 0, 9345), ("killed", "people", 88, 88)],
    ),
    (
        "Tercatat sebanyak 4.120 penderita DBD dan pasien meninggal karena DBD dengan jumlah 39 orang.",
        [("other", "patients", 4120, 4120), ("killed", "people", 39, 39)],
    ),
    # controls: a tally of deaths after its cases; two groups joined before one measure word share it
    (
        "Di Kabupaten Sukamaju tercatat 1.204 kasus DBD dengan jumlah meninggal 17 orang.",
        [("other", "cases", 1204, 1204), ("killed", "people", 17, 17)],
    ),
    (
        "Lima polisi dan dua warga terluka dalam bentrokan itu.",
        [("injured", "police", 5, 5), ("injured", "people", 2, 2)],
    ),
]

RELATIVES: list[Any] = [
    (
        "Tiga orang kerabat para korban hilang itu juga meninggal dalam perjalanan.",
        [("other", "people", 3, 3)],
    ),
    # control: the victims the measure word describes, counted themselves
    ("Dua korban hilang itu belum ditemukan hingga Senin sore.", [("missing", "people", 2, 2)]),
]


SET_TWO: list[Any] = [
    (
        "Penumpang yang ditemukan sudah 27 orang sehingga sisa korban hilang sebanyak 12 orang.",
        [("other", "people found", 27, 27), ("missing", "people", 12, 12)],
    ),
    (
        "Hingga sore ini ada 64 orang yang melaporkan keluarganya hilang dalam kecelakaan kapal itu.",
        [("other", "people", 64, 64)],
    ),
    ("Polres Sukamaju mengamankan 7 perjudian selama sepekan operasi.", [("other", "cases", 7, 7)]),
    (
        "Sejak pagi puluhan warga berkerumun menyaksikan proses evakuasi bangkai kapal.",
        [("other", "spectators", 20, 99)],
    ),
    (
        "Saat ini enam warga masih dirawat di RSUD Sukamaju, empat orang di Puskesmas Tanjung dan lima orang lain yang"
        " sudah pulih kembali ke rumah masing-masing.",
        [("hospitalized", "people", 6, 6), ("hospitalized", "people", 4, 4), ("other", "returned home", 5, 5)],
    ),
    # controls: suspects of gambling are arrested; a crowd watching a show turns out; a joined total keeps its measure
    ("Polres Sukamaju mengamankan 18 tersangka perjudian selama sepekan operasi.", [("arrested", "people", 18, 18)]),
    ("Ribuan warga berkerumun menyaksikan kembang api di alun-alun.", [("participants", "people", 2000, 9999)]),
    (
        "Sebanyak 12 warga dievakuasi sehingga jumlah pengungsi mencapai 300 orang.",
        [("displaced", "people", 12, 12), ("displaced", "people", 300, 300)],
    ),
]


SET_THREE: list[Any] = [
    ("Dibandingkan data kemarin, ada penurunan jumlah pengungsi sebanyak 415 jiwa.", [("other", "decrease", 415, 415)]),
    ("Jumlah pengungsi di Desa Sukamaju berkurang 230 orang.", [("other", "decrease", 230, 230)]),
    (
        "Hingga Jumat pagi, empat warga yang mengalami luka-luka sudah dievakuasi ke fasilitas kesehatan.",
        [("hospitalized", "people", 4, 4)],
    ),
    (
        "Kalau misalkan 600 rumah rusak dihuni empat orang, seharusnya tidak lebih dari 2.400 jiwa yang mengungsi.",
        [("other", "houses", 600, 600), ("other", "people", 4, 4), ("other", "people", 0, 2399)],
    ),
    # controls: the same figures stated as facts; the new total after a fall, and a rise alone (the newly
    # displaced), keep their measure
    (
        "Sebanyak 2.400 jiwa mengungsi setelah 600 rumah rusak.",
        [("displaced", "people", 2400, 2400), ("damaged", "houses", 600, 600)],
    ),
    ("Terjadi penurunan jumlah pengungsi menjadi 1.640 jiwa.", [("displaced", "people", 1640, 1640)]),
    ("Ada penambahan jumlah pengungsi sebanyak 75 jiwa.", [("displaced", "people", 75, 75)]),
]


@pytest.mark.parametrize(("text", "expected"), VESSELS_AND_GEAR)
def test_vessels_and_fishing_gear_are_not_arrested(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), SEARCH_TEAMS)
def test_search_teams_and_days_are_not_missing_people(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_BESIDE_DEATHS)
def test_a_tally_of_cases_does_not_take_the_death_word(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_relatives_of_victims_are_not_the_victims(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), SET_TWO)
def test_second_set_classes_keep_other(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), SET_THREE)
def test_third_set_classes(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
