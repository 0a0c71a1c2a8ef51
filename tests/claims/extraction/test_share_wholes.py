"""The whole after a share ("dua pertiga dari 2.000 pengungsi", "40% of the 2,000 refugees"): the sentence's verb
measures the share, so the whole takes its measure only from its own noun phrase, and `other` otherwise."""

from __future__ import annotations

import datetime

import pytest

from claims.extraction import extract

LEAD = {
    "id": "Banjir bandang melanda kabupaten itu pekan lalu. ",
    "en": "Floods swept the district last week. ",
}

Row = tuple[str, float, str | None, str, str | None]


def rows(sentence: str, lang: str) -> list[Row]:
    body = LEAD[lang] + sentence  # a body, so that the spans are checked past its start
    claims = extract(body, lang, published=datetime.date(2024, 3, 1))
    assert all(body[c.start : c.end] == c.text for c in claims)
    return [(c.text, c.value, c.unit, c.measure, c.subject) for c in claims]


ONE_THIRD = 1 / 3
TWO_THIRDS = 2 / 3


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Menurut BPBD, sepertiga dari 1.500 pengungsi di Posko Gor Mandala sudah pulang ke kampung halaman.",
            "id",
            [
                ("sepertiga", ONE_THIRD, "fraction", "other", "fraction"),
                ("1.500", 1500, None, "displaced", "people"),
            ],
        ),
        (
            "Sebanyak 45 persen dari 3.200 pengungsi Rohingya masih tinggal di tenda darurat.",
            "id",
            [
                ("45 persen", 45, "percent", "other", "percent"),
                ("3.200", 3200, None, "displaced", "people"),
            ],
        ),
        (
            "Separuh dari 60 korban tewas dalam kecelakaan bus itu adalah pelajar.",
            "id",
            [
                ("Separuh", 0.5, "fraction", "other", "fraction"),
                ("60", 60, None, "killed", "people"),
            ],
        ),
        (
            "Polisi menyebut separuh dari 5.000 demonstran ditangkap di depan gedung DPRD.",
            "id",
            [
                ("separuh", 0.5, "fraction", "other", "fraction"),
                ("5.000", 5000, None, "participants", "protesters"),
            ],
        ),
        (
            "Two-thirds of the 4,500 evacuees at the stadium have gone home, officials said.",
            "en",
            [
                ("Two-thirds", TWO_THIRDS, "fraction", "other", "fraction"),
                ("4,500", 4500, None, "displaced", "people"),
            ],
        ),
        (
            "About 40% of the 2,000 refugees in the camp are children.",
            "en",
            [
                ("About 40%", 40, "percent", "other", "percent"),
                ("2,000", 2000, None, "displaced", "people"),
            ],
        ),
        (
            "Half of the 12 dead were police officers, the ministry said.",
            "en",
            [
                ("Half", 0.5, "fraction", "other", "fraction"),
                ("12", 12, None, "killed", "people"),
            ],
        ),
        (
            "A quarter of the 300 detainees were released on bail.",
            "en",
            [
                ("A quarter", 0.25, "fraction", "other", "fraction"),
                ("300", 300, None, "arrested", "people"),
            ],
        ),
    ],
)
def test_the_whole_of_a_share_keeps_the_measure_its_own_noun_names(
    sentence: str, lang: str, expected: list[Row]
) -> None:
    assert rows(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Tim SAR menyebut dua pertiga dari 120 rumah di Desa Sukamaju rusak berat.",
            "id",
            [
                ("dua pertiga", TWO_THIRDS, "fraction", "other", "fraction"),
                ("120", 120, None, "other", "houses"),
            ],
        ),
        (
            "Sekitar 30 persen dari 800 rumah warga rusak akibat gempa.",
            "id",
            [
                ("Sekitar 30 persen", 30, "percent", "other", "percent"),
                ("800", 800, None, "other", "houses"),
            ],
        ),
        (
            "A third of the 90 buildings in the compound were destroyed.",
            "en",
            [
                ("A third", ONE_THIRD, "fraction", "other", "fraction"),
                ("90", 90, None, "other", "buildings"),
            ],
        ),
        (
            "Nearly 60 percent of the 1,400 homes in the valley were damaged.",
            "en",
            [
                ("Nearly 60 percent", 60, "percent", "other", "percent"),
                ("1,400", 1400, None, "other", "homes"),
            ],
        ),
    ],
)
def test_the_whole_of_a_share_with_a_plain_noun_is_other_whatever_the_verb(
    sentence: str, lang: str, expected: list[Row]
) -> None:
    assert rows(sentence, lang) == expected


def test_a_counted_part_still_leaves_its_whole_unmeasured_by_the_shared_verb() -> None:
    assert rows("Officials said 200 of the 1,800 residents were evacuated.", "en") == [
        ("200", 200, None, "displaced", "people"),
        ("1,800", 1800, None, "other", "residents"),
    ]
