"""Robustness of round 9, fourth wave (issue 11): the health and crime constructions of ``corpora/en_vary12.json``
dressed as English wire, broadcaster and desk copy dresses them. The mechanisms fixed:

- a headline's present-tense change with a plural thing as its subject ("Typhoid Cases Climb to 1,388"): the thing
  counts the figure; after "to" or a modal it stays a forecast (``plural_changes.py``, ``[cues]
  plural_change_verbs``, ``plural_reach_verbs``, ``plural_change_blockers``);
- a thing tally split by place in brackets with no measure word ("Malaria cases were concentrated in Tanga (912),
  Mwanza (604) ..."): each bracket is a count of the thing in that place (``bracketed_tallies.py``);
- patients a hospital or ward holds ("The district hospital is now treating 213 cholera patients", "96 patients with
  dengue on our wards"): hospitalized (``ward_patients.py``, ``[cues] patient_labels``, ``ward_words``,
  ``care_verbs``);
- a figure with a predicate of its own inside a dash aside ("— and about 60 fell ill in all —") is no item of a
  list after the noun before the aside (``aside_lists.aside_list``);
- a measure participle fronted before a copula ("Arrested so far over the poisonings are seven people"): its
  measure, not that of a measure word in the adjunct between; people only (``fronted_participles.py``, ``[cues]
  fronted_copulas``);
- a fact box's plus sign after a figure ("Firefighters on duty: 300+"): at least (``[qualifiers_after]``).

Every sentence is our own (invented places, people and figures). Control rows stand beside each class.
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import rows_test
from tests.claims.extraction.news_tables import Row

ENGLISH: list[tuple[str, list[Row]]] = [
    # a headline's plural present-tense change
    ("Typhoid Cases Climb to 1,388 in Flooded Lowlands", [("other", "cases", 1388, 1388)]),
    ("Dengue Infections Jump to 2,051 as Clinics Fill", [("other", "cases", 2051, 2051)]),
    # a forecast after "to" or a modal stays no count (controls)
    ("Cases are expected to climb to 3,000 by the end of the month, the ministry warned.", []),
    ("Infections could reach 5,000 if rains continue.", [("other", "projected", 5000, 5000)]),
    # a thing tally by place in brackets
    (
        "Malaria cases were concentrated in Tanga (912), Mwanza (604) and Kigoma (377), the health office said.",
        [
            ("other", "cases", 912, 912, "Tanga"),
            ("other", "cases", 604, 604, "Mwanza"),
            ("other", "cases", 377, 377, "Kigoma"),
        ],
    ),
    (
        "Typhoid infections were spread across Orlo (88) and Benhill (41).",
        [("other", "cases", 88, 88, "Orlo"), ("other", "cases", 41, 41, "Benhill")],
    ),
    # people's names with ages in brackets are no tally (control)
    ("The minister met Amina (44) and Joseph (39) at the clinic.", []),
    # patients a hospital or ward holds
    (
        "The district hospital is now treating 213 cholera patients, officials said.",
        [("hospitalized", "people", 213, 213)],
    ),
    (
        '"Right now we have 96 patients with dengue on our wards," said the head nurse.',
        [("hospitalized", "people", 96, 96)],
    ),
    # staff on the wards, beds, and patients seen at a clinic are no admissions (controls)
    ("The hospital has 45 nurses on its wards at night.", [("other", "nurses", 45, 45)]),
    ("The hospital now has 60 beds for typhoid patients.", [("other", "beds", 60, 60)]),
    ("Doctors at the clinic saw 300 patients last week.", [("other", "patients", 300, 300)]),
    # staff a hospital treated for an injury were treated AT a hospital: admissions (round 10, settled convention)
    ("The hospital treated 12 doctors and nurses for smoke inhalation.", [("hospitalized", "doctors", 12, 12)]),
    # a figure with a predicate of its own inside a dash aside is no item of a list after the noun before it
    (
        "Nine pupils were admitted to hospital — and about 60 fell ill in all — after the school lunch.",
        [("hospitalized", "people", 9, 9), ("other", "sick people", 54, 66)],
    ),
    (
        "Twelve workers were hurt — and three went missing — when the dam gave way.",
        [("injured", "people", 12, 12), ("missing", "people", 3, 3)],
    ),
    # a list in an aside still takes the measure of the noun before it (control)
    (
        "The injured — 14 men and six women — were flown to the capital.",
        [("injured", "men", 14, 14), ("injured", "women", 6, 6)],
    ),
    # a fronted participle before a copula names the measure, not a measure word of the adjunct between
    ("Arrested so far over the poisonings are seven people.", [("arrested", "people", 7, 7)]),
    ("Wounded in the ambush that killed a driver were six police officers.", [("injured", "police", 6, 6)]),
    # vessels taking part are no force deployed (control)
    ("Taking part in the search were four fishing boats and a helicopter.", [("other", "boats", 4, 4)]),
    # a fact box's plus sign is at least the figure
    ("Firefighters on duty: 300+", [("deployed", "people", 300, None)]),
]


test_english_vary12en = rows_test(ENGLISH, "en")
