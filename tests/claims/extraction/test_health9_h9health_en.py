"""Round 9 in English health and crime copy (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/h9health_en1.json`` ..., labelled before any run: COVID bulletins, cholera, dengue, mpox and measles
bulletins, hajj heat, trafficking rescues, scam-compound releases, online-gambling raids), fixed as rules of the
language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high) for every claim. The classes:

- a tally's noun followed by its adjuncts before the change verb ("Total confirmed cases of COVID-19 across the world
  stand at n", "The number of cholera cases from January to March stands at n", "Dengue cases in the district rose
  to n"): the noun before the adjuncts heads the figure (``[syntax] noun_adjunct_prepositions``,
  ``named_before._noun_across_adjuncts``);
- a verb that passes a figure ("Cases topped n", "Dengue cases have crossed the n mark") makes it the predicate of the
  case noun before it, as "rose to" does (``[syntax] passing_verbs``, ``[qualifiers] more_than``);
- after a clause of its own ("Two men were arrested and ..."), figures coordinated before a verb they share ("... seven
  women and three girls were rescued") are no items of a list after the first figure (``gates.verb_after_items``);
- "those held", "those detained" name the arrested ("Those held were nine men and two women"), but "those held
  hostage" are hostages (``[measures] arrested``, ``[other_verbs]``);
- a figure after "a list of", "the names of" counts the names a document holds: the verb before governs the document,
  not the people (``[cues] record_nouns``, ``gates.record_of_people``);
- "reported cases", "reported infections" are cases ("over 31.4 lakh reported cases") (``[nouns]``);
- a bare case count takes the one disease its sentence names ("More than 21,400 cases and at least 598 deaths from
  mpox", "the dengue toll rose to 97, while the number of cases climbed to 17,402") (``[composed_labels.
  sentence_cases]``); "heat stress" is counted in cases as a disease is (``[composed_labels.diseases]``);
- people released from hospitals are discharged, from custody released (``[composed_labels.sentence_released]``);
- a part of a whole of the same closed group ("arrested 1,980 foreigners, 1,715 of them Chinese nationals") is picked
  out by something else: ``other``, named by its noun phrase (``same_group_parts.same_group_part``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a tally's noun, its adjuncts, then the change verb (COVID, measles and cholera bulletins)
    (
        "Total confirmed cases of measles across the province stand at 3,412.",
        [("other", "confirmed cases", 3412, 3412)],
    ),
    ("Dengue cases in the municipality rose to 2,870.", [("other", "cases", 2870, 2870)]),
    ("The number of cholera cases from January to June stands at 9,115.", [("other", "cases", 9115, 9115)]),
    # control: a measure's tally with a place adjunct keeps its measure
    ("The death toll in the district rose to 31.", [("killed", "people", 31, 31)]),
    # a verb that passes a figure after a case noun
    ("Cholera cases have crossed the 5,000 mark in the region.", [("other", "cases", 5001, None)]),
    ("Infections topped 12,000 on Sunday.", [("other", "cases", 12001, None)]),
    # control: a measure noun before the passing verb keeps its measure
    ("Arrests topped 250 by Monday.", [("arrested", "people", 251, None)]),
    # figures that share a verb after a clause of their own (trafficking raids)
    (
        "Three men were detained and nine women and two girls were freed from the apartment.",
        [("arrested", "men", 3, 3), ("other", "women", 9, 9), ("other", "girls", 2, 2)],
    ),
    (
        "Five suspects were held, and 14 women and four minors were rescued from the premises.",
        [("arrested", "people", 5, 5), ("other", "women", 14, 14), ("other", "children", 4, 4)],
    ),
    # control: a relative clause after the items is no verb they share
    (
        "Police arrested 18 men and 6 women, who were later released on bail.",
        [("arrested", "men", 18, 18), ("arrested", "women", 6, 6)],
    ),
    # control: a breakdown by place after the verb stays a list
    (
        "Eleven people were killed in Norte, 4 in Sul and 2 in Leste.",
        [("killed", "people", 11, 11), ("killed", "people", 4, 4), ("killed", "people", 2, 2)],
    ),
    # "those held" in gambling and brothel raids
    ("Those held were 14 men and five women, police said.", [("arrested", "men", 14, 14), ("arrested", "women", 5, 5)]),
    # control: hostages are held, not arrested
    ("Those held hostage included seven nurses.", [("other", "nurses", 7, 7)]),
    # a list of names sent (scam-compound repatriations)
    ("The agency sent the consulate a list of 418 people awaiting flights home.", [("other", "people", 418, 418)]),
    # control: a team sent is deployed
    ("The agency sent a team of 35 people to the camp.", [("deployed", "people", 35, 35)]),
    # reported cases in Indian COVID tallies
    ("The province has logged more than 2.1 lakh reported cases since March.", [("other", "cases", 210001, None)]),
    # the one disease of the sentence names a bare case count (outbreak bulletins)
    (
        "Some 2,300 cases and 41 deaths from cholera have been logged in nine districts since June.",
        [("other", "cases", 2070, 2530), ("killed", "people", 41, 41), ("other", "districts", 9, 9)],
    ),
    (
        "The mpox death toll rose to 44 as the number of cases climbed to 1,845.",
        [("killed", "people", 44, 44), ("other", "cases", 1845, 1845)],
    ),
    # control: two diseases named, the bare count stays cases
    (
        "Clinics saw 640 cases last week, as cholera and typhoid spread in the camps.",
        [("other", "cases", 640, 640)],
    ),
    # heat stress counted in cases (hajj bulletins)
    (
        "About 2,100 heat stress cases were treated at clinics near the holy sites.",
        [("other", "heat stress cases", 1890, 2310)],
    ),
    # released from hospital: discharged; from custody: released
    (
        "Some 1,950 dengue patients remain in hospital, and 8,420 have been released from hospitals since January.",
        [("hospitalized", "people", 1755, 2145), ("other", "discharged patients", 8420, 8420)],
    ),
    (
        "Of the 60 protesters detained, 22 were released on bail.",
        [("arrested", "protesters", 60, 60), ("other", "released", 22, 22)],
    ),
    # a part of the same closed group (scam-compound raids)
    (
        "Officers detained 640 foreign workers in the raid, 512 of them Vietnamese nationals.",
        [("arrested", "foreigners", 640, 640), ("other", "Vietnamese nationals", 512, 512)],
    ),
    # control: a part of a wider whole names a narrower group and keeps the measure
    (
        "Police arrested 230 people, including 140 Vietnamese nationals.",
        [("arrested", "people", 230, 230), ("arrested", "foreigners", 140, 140)],
    ),
]

INDONESIAN: list[Any] = [
    # control: a place adjunct before a passing verb names no thing counted
    ("Jumlah pengungsi di kompleks sekolah mendekati 1.500 jiwa.", [("displaced", "people", 1350, 1499)]),
]


test_health9_english = rows_test(ENGLISH, "en")


test_health9_indonesian_controls = rows_test(INDONESIAN, "id")
