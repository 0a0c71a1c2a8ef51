"""Health sub-kinds read least, round 10 (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/h13en_a1.json`` ..., labelled before any run: measles outbreaks, cough-syrup child deaths, Marburg,
listeria, methanol, A&E waits, overdose tallies), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- acute kidney injury (the cough-syrup poisonings of children in the Gambia, Indonesia and Uzbekistan) is a disease,
  no wound: its cases are ``other`` (``[other_verbs]``, ``[composed_labels.diseases]``);
- "fatal overdoses" in coroners' and health departments' tallies are deaths, one each (``[measures] killed``);
  non-fatal ones stay ``other``;
- a "suspected death" (or a probable one) beside confirmed deaths is still under investigation: ``other``
  (``[other_verbs]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # acute kidney injury is a disease
    (
        "Doctors have recorded acute kidney injuries in 54 infants at the two referral hospitals since August.",
        [("other", "children", 54, 54), ("other", "hospitals", 2, 2)],
    ),
    (
        "The ministry has identified 187 cases of acute kidney injury in 17 provinces, with 96 fatalities.",
        [
            ("other", "acute kidney injury cases", 187, 187),
            ("other", "provinces", 17, 17),
            ("killed", "people", 96, 96),
        ],
    ),
    # control: wounds are injuries
    (
        "Two guards suffered injuries when the inmates rioted.",
        [("injured", "people", 2, 2)],
    ),
    # fatal overdoses are deaths
    (
        "The medical examiner counted 418 fatal overdoses in the county between January and June.",
        [("killed", "people", 418, 418)],
    ),
    (
        "Paramedics responded to 211 non-fatal overdoses and 19 fatal overdoses in March.",
        [("other", "non-fatal overdoses", 211, 211), ("killed", "people", 19, 19)],
    ),
    # control: overdoses alone are events, no deaths
    (
        "Police in Harwick reported 37 suspected overdoses over the holiday weekend.",
        [("other", "suspected overdoses", 37, 37)],
    ),
    # suspected deaths
    (
        "Officials said eight suspected deaths were being investigated, in addition to 14 confirmed deaths.",
        [("other", "suspected deaths", 8, 8), ("killed", "people", 14, 14)],
    ),
    (
        "The county has logged 63 cases, one confirmed death and two suspected deaths.",
        [("other", "cases", 63, 63), ("killed", "people", 1, 1), ("other", "suspected deaths", 2, 2)],
    ),
]


test_h13_h13en_a = rows_test(ENGLISH, "en")
