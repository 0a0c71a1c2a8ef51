"""Readings settled when the round-5 branches met (issue 11): each row is a sentence of our own.

- A noun before a verb of saying (``[syntax] speech_verbs``) is the speaker: it names no measure for a figure after
  the verb ("Seorang pengungsi mengatakan ada 18 orang yang meninggal" counts the dead, not refugees).
- Refugee flows across a border are displacement ("have crossed into neighbouring Chad").
- People an evacuation takes off a wreck are ``rescued`` before any noun's own ``not_measures`` applies.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

ROWS = [
    (
        "id",
        "Seorang pengungsi mengatakan ada 27 orang yang meninggal selama pelayaran itu.",
        [("27", "killed", "people")],
    ),
    ("id", "Seorang saksi menyebut 14 orang terluka dalam kericuhan itu.", [("14", "injured", "people")]),
    ("id", "Jumlah pengungsi yang tiba ada 240 orang.", [("240", "displaced", "people")]),  # control: no speech verb
    ("en", "A migrant said 31 people had drowned when the dinghy sank.", [("31", "killed", "people")]),
    (
        "en",
        "Aid agencies said some 65,000 people have crossed into neighbouring Uganda since March.",
        [("some 65,000", "displaced", "people")],
    ),
    ("en", "Deaths crossed 900 on Sunday.", [("crossed 900", "killed", "people")]),  # control: a passing verb
    ("id", "Tim SAR mengevakuasi 41 penumpang speedboat itu ke dermaga terdekat.", [("41", "other", "survivors")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_reading(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.text, c.measure, c.subject) for c in extract(text, lang)] == expected
