"""Round 6 in English local and national news (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/eng1.json`` ..., labelled before any run) from US, UK, Australian, Canadian, Irish, South African and New
Zealand desks, fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row: text, then
(measure, subject, low, high[, place]) for every claim. The classes:

- a heart or breathing that stopped ("nine of those were in cardiac arrest", "in respiratory arrest") is no arrest:
  ``other`` with the state as subject (``[other_verbs]``);
- an event and the crowd it draws ("the festival, which drew 40,000 people", "the vigil attracted 600 people") is a
  turnout (``[measures] participants``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # a heart that stopped is no arrest
    (
        "Four people were in cardiac arrest when paramedics arrived, police said.",
        [("other", "in cardiac arrest", 4, 4)],
    ),
    # a part of a whole named before keeps the whole's noun as subject
    ("Paramedics said four of the patients were in cardiac arrest.", [("other", "patients", 4, 4)]),
    (
        "Eleven revellers were treated for suspected overdoses and two went into cardiac arrest, police said.",
        [("other", "attendees", 11, 11), ("other", "in cardiac arrest", 2, 2)],
    ),
    # control: an arrest is an arrest
    ("Police arrested four people after the brawl.", [("arrested", "people", 4, 4)]),
    # an event and the crowd it draws
    (
        "The concert drew about 15,000 fans to the showground, organisers said.",
        [("participants", "people", 13500, 16500)],
    ),
    ("The candlelight vigil attracted more than 600 people on Sunday.", [("participants", "people", 601, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_round6_eng(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
