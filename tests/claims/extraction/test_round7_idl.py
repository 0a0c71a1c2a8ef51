"""Indonesian reports as they come from many outlets and regions (issue 11, round 7, corpus ``idl*``).

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a count of people after a count of households and "(yang) beranggotakan" restates the households in persons and
  takes their verb ("18 KK yang beranggotakan 54 jiwa mengungsi": ``[cues] restatements``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # BPBD and village reports of landslides and ground movement: households restated in persons
    (
        "Sebanyak 27 KK yang beranggotakan 88 jiwa terpaksa mengungsi ke balai desa.",
        [("other", "households", 27, 27), ("displaced", "people", 88, 88)],
    ),
    (
        "Akibat tanah bergerak, 9 kepala keluarga beranggotakan 31 jiwa diungsikan ke rumah kerabat.",
        [("other", "households", 9, 9), ("displaced", "people", 31, 31)],
    ),
    # the persons of households under threat are no evacuees (control)
    (
        "Ada 16 KK beranggotakan 52 jiwa yang rumahnya terancam longsor.",
        [("other", "households", 16, 16), ("other", "people", 52, 52)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round7_idl(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
