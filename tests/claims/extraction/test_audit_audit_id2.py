"""Misread classes found by a second audit of specific-measure claims on real Indonesian reports (issue 11, audit_id2).

Every sentence is our own (invented places, people and figures); the wordings are those read in reports of mine
landslides, smelter blasts, train derailments, a prison fire and terror arrests. Readings follow DESIGN.md 4 and 4.1
(prefer ``other`` to a wrong measure). Each row: text, then (measure, subject, low, high) for every claim.

- one figure for the dead and the injured together ("korban tewas dan luka-luka mencapai 40 orang", "baik yang
  meninggal maupun luka-luka") is a casualty total, neither killed nor injured;
- the number of a unit named in brackets ("Detasemen Khusus (Densus) 88") counts no police, as "Densus 88" does not;
- people an evacuation takes out from under rubble ("mengevakuasi 11 penambang yang tertimbun longsor", ``[cues]
  trapped_words``) are recovered, not displaced;
- survivors housed for a while ("ditempatkan sementara di masjid") are no force deployed;
- a grade of damage before the things it names ("menyebabkan kerusakan berat pada 15 rumah") is a subset by
  severity, as "15 rumah rusak berat" is, not the damaged total;
- refusing a measure ("masih enggan untuk mengungsi", "menolak dievakuasi", "tidak mau mengungsi": ``[syntax]
  negators``) negates it: nobody displaced.

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

CASUALTY_TOTALS: list[Any] = [
    (
        "Total korban tewas dan luka-luka akibat ledakan gudang itu mencapai 27 orang.",
        [("other", "casualties", 27, 27)],
    ),
    (
        "Korban meninggal maupun luka-luka dalam tabrakan kereta itu berjumlah 64 orang.",
        [("other", "casualties", 64, 64)],
    ),
    (
        "Sebanyak 18 buruh tewas dan luka-luka dalam ledakan tungku di Kawasan Industri Teluk Lestari.",
        [("other", "workers", 18, 18)],
    ),
    # the same total in apposition, between commas: the longest measure phrase before the comma decides
    ("Jumlah korban, baik yang meninggal maupun luka-luka, mencapai 73 orang.", [("other", "people", 73, 73)]),
    # controls: the dead and the injured counted apart keep their measures; an apposed tally of the dead stays
    ("Korban jiwa terbanyak, yakni 36 orang, tercatat di Kecamatan Lembah Hijau.", [("killed", "people", 36, 36)]),
    (
        "Tujuh penumpang tewas dan 52 lainnya luka-luka ketika kereta anjlok di Desa Karang Asri.",
        [("killed", "people", 7, 7), ("injured", "people", 52, 52)],
    ),
    (
        "Kebakaran itu menewaskan 12 tahanan dan melukai puluhan orang lainnya.",
        [("killed", "people", 12, 12), ("injured", "people", 20, 99)],
    ),
]

UNIT_NUMBERS: list[Any] = [
    ("Detasemen Khusus (Densus) 88 Antiteror kembali menggeledah sebuah rumah di Kota Bumi Rahayu.", []),
    (
        "Tim Detasemen Khusus 88 menangkap empat terduga teroris di Kabupaten Sungai Bening.",
        [("arrested", "people", 4, 4)],
    ),
    # control: a figure after a bracketed word that names no unit still counts
    ("Polisi menahan 6 pemuda (pelaku pengeroyokan) di Mapolsek Tanjung Permai.", [("arrested", "people", 6, 6)]),
]

TRAPPED: list[Any] = [
    (
        "Tim SAR gabungan mengevakuasi sembilan penambang yang tertimbun longsor di lubang tambang emas.",
        [("other", "trapped", 9, 9)],
    ),
    (
        "Proses evakuasi tiga pekerja yang terjepit reruntuhan terowongan masih berlangsung.",
        [("other", "trapped", 3, 3)],
    ),
    # controls: people moved out of danger, or cut off by a flood, are displaced
    ("Tim SAR mengevakuasi 85 warga yang terjebak banjir di Desa Muara Indah.", [("displaced", "people", 85, 85)]),
    ("BPBD mengevakuasi 320 warga yang terdampak banjir rob ke gedung sekolah.", [("displaced", "people", 320, 320)]),
    ("Sebanyak 450 warga dievakuasi ke lapangan desa setelah gunung itu erupsi.", [("displaced", "people", 450, 450)]),
]

HOUSED: list[Any] = [
    (
        "Sebanyak 58 warga binaan ditempatkan sementara di aula lapas setelah blok mereka terbakar.",
        [("other", "inmates", 58, 58)],
    ),
    # control: a force posted keeps its deployment
    ("Sebanyak 240 personel ditempatkan di sepanjang jalur menuju stadion.", [("deployed", "people", 240, 240)]),
]

REFUSALS: list[Any] = [
    (
        "Hingga sore, ratusan warga pesisir Tanjung Mas Baru masih enggan untuk mengungsi.",
        [("other", "not displaced", 200, 999)],
    ),
    ("Sebanyak 85 warga Dusun Karang Jati menolak dievakuasi dari rumah mereka.", [("other", "not displaced", 85, 85)]),
    # controls: people who leave keep the measure; a refusal inside a relative clause leaves the arrest
    ("Sebanyak 230 warga Dusun Karang Jati mengungsi ke gedung sekolah.", [("displaced", "people", 230, 230)]),
    ("Polisi menangkap empat pemuda yang menolak dibubarkan di Alun-alun Sumber Rejo.", [("arrested", "people", 4, 4)]),
]

DAMAGE_GRADES: list[Any] = [
    (
        "Amukan gajah liar itu menyebabkan kerusakan berat pada 11 rumah di Dusun Talang Rimba.",
        [("other", "heavily damaged houses", 11, 11)],
    ),
    (
        "Angin kencang mengakibatkan kerusakan ringan pada 26 rumah warga.",
        [("other", "lightly damaged houses", 26, 26)],
    ),
    # controls: damage with no grade is the damaged total
    (
        "Gelombang pasang menyebabkan kerusakan pada 48 rumah di pesisir Pantai Kemuning.",
        [("damaged", "houses", 48, 48)],
    ),
    ("Kerusakan rumah akibat angin puting beliung tercatat 37 unit.", [("damaged", "houses", 37, 37)]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_TOTALS)
def test_a_total_of_dead_and_injured_is_no_single_measure(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), UNIT_NUMBERS)
def test_a_unit_number_counts_no_police(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), TRAPPED)
def test_people_taken_from_rubble_are_not_displaced(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), HOUSED)
def test_survivors_housed_for_a_while_are_no_deployment(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_a_refused_measure_counts_nobody(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected


@pytest.mark.parametrize(("text", "expected"), DAMAGE_GRADES)
def test_a_grade_of_damage_before_its_things_is_a_subset(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
