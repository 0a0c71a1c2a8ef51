"""``place`` of a part by place beside its total, and places that start with a common noun (DESIGN 4.1)."""

from __future__ import annotations

import pytest

from claims.extraction import extract

Row = tuple[str, str, str | None]


def places(text: str, lang: str) -> list[Row]:
    return [(c.text, c.measure, c.place) for c in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "n di antaranya di PLACE" / "n of them in PLACE": a part of the total by place
        (
            "Sebanyak 30 relawan terluka, 12 di antaranya di Kabupaten Sungai Biru.",
            "id",
            [("30", "injured", None), ("12", "injured", "Kabupaten Sungai Biru")],
        ),
        (
            "At least 60 people were injured, 25 of them in Kelso County.",
            "en",
            [("At least 60", "injured", None), ("25", "injured", "Kelso County")],
        ),
        # a place that only sets the scene is no part
        ("Banjir di Kabupaten Garut Raya menewaskan 12 orang.", "id", [("12", "killed", None)]),
        ("Sebanyak 14 orang tewas di gedung GOR Cempaka.", "id", [("14", "killed", None)]),
    ],
)
def test_part_by_place(text: str, lang: str, expected: list[Row]) -> None:
    assert places(text, lang) == expected


def test_a_place_may_start_with_a_common_noun_after_its_preposition() -> None:
    text = "Untuk pengungsi, di Aula Kodim tercatat 300 orang dan di gedung KONI 150 orang."
    assert places(text, "id") == [("300", "displaced", "Aula Kodim"), ("150", "displaced", "gedung KONI")]
    text = "Pengungsi tersebar di Masjid Al Ikhlas 210 jiwa dan di kantor Kecamatan Batu Putih 95 jiwa."
    assert places(text, "id") == [
        ("210", "displaced", "Masjid Al Ikhlas"),
        ("95", "displaced", "kantor Kecamatan Batu Putih"),
    ]
