"""Unrest and health desks mixed, round 10 wave 2 (issue 11): classes shown by the fresh corpus
``corpora/h15en_b1.json`` (labelled before any run: New Caledonian riots, Mozambican post-election protests,
Tbilisi protests, Sierra Leonean curfew protests, Malawian and Yemeni cholera bulletins, Zimbabwean and Zambian
school poisoning), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- two neighbouring counts joined by "or" are one guessed range ("two or three squadrons", "three or four people
  were hurt"); counts that are no neighbours ("5 or 50") stay two figures (``near_ranges``, ``[cues]
  near_range_joiners``);
- "learners" (Southern African school copy) are people, and rural and mission hospitals are places of a hospital
  stay ("receiving treatment at the rural hospital": ``[measures] hospitalized`` phrases, ``[nouns] learners``);
- bracketed counts of a thing after months or places keep their noun when a rate stands beside them ("Cases in
  January (16,210) were 139% higher than in December (6,840)"), and a month is a period, no place
  (``bracketed_tallies``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a guessed range of neighbours
    (
        "Three or four villagers were hurt when the crowd stoned the convoy, witnesses said.",
        [("injured", "people", 3, 4)],
    ),
    (
        "Riot police detained two or three students outside the ministry on Tuesday.",
        [("arrested", "people", 2, 3)],
    ),
    (
        "Eight riot units are now in the city, against four or five on an ordinary weekend.",
        [("other", "riot units", 8, 8), ("other", "riot units", 4, 5)],
    ),
    # controls: alternatives far apart stay two figures; "or more" stays a floor
    (
        "Officials said 6 or 60 people could have drunk from the tainted well.",
        [("other", "people", 6, 6), ("other", "people", 60, 60)],
    ),
    (
        "Police arrested 15 or more people at the market on Friday.",
        [("arrested", "people", 15, None)],
    ),
    # learners, rural and mission hospitals
    (
        "Eleven learners from a secondary school were rushed to the rural hospital after eating maize porridge.",
        [("hospitalized", "people", 11, 11)],
    ),
    (
        "The six learners are receiving treatment at a mission hospital and are said to be stable.",
        [("hospitalized", "people", 6, 6)],
    ),
    (
        "Seven villagers are being treated at the rural hospital for burns.",
        [("hospitalized", "people", 7, 7)],
    ),
    # controls: learners counted without care are no stay; a hospital's beds are things
    (
        "The school enrols 1,150 learners this year.",
        [("other", "pupils", 1150, 1150)],
    ),
    (
        "The mission hospital has 140 beds and two theatres.",
        [("other", "beds", 140, 140), ("other", "theatres", 2, 2)],
    ),
    # bracketed thing counts beside a rate
    (
        "Infections in June (2,310) were 41% higher than in May (1,640), the ministry said.",
        [("other", "cases", 2310, 2310), ("other", "percent", 41, 41), ("other", "cases", 1640, 1640)],
    ),
    (
        "Cases were concentrated in Kasama (512), Mpika (388) and Chinsali (97), a rise of 8% on the week.",
        [
            ("other", "cases", 512, 512),
            ("other", "cases", 388, 388),
            ("other", "cases", 97, 97),
            ("other", "percent", 8, 8),
        ],
    ),
    # control: people are counted by a measure word, not by a bracket after a month
    (
        "Deaths in July (31) were 15% lower than in June (36).",
        [("other", "percent", 15, 15)],
    ),
]


test_h15_h15en_b = rows_test(ENGLISH, "en")
