"""Classes the English corpora kept missing (issue 11, round 11, gaps16en), each fixed in the language rather than in
a sentence; the rows of ``corpus_gaps.py`` they came from are gone.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports (AP,
AFP and CCTV landslide and flood copy: "rescuers are searching for about 30 people"; PTI flood bulletins: "affecting a
population of over 2.41 lakh"; wire copy on towns hit: "a city of 4.2 million", "with a population of ...";
cholera and Ebola bulletins: "admitted to the cholera treatment centre"). Each row: text, then (measure, subject, low,
high) for every claim.

- a bare figure right after a population noun and "of" (h13en_c2, h14en1, enf2, enf9): "The village, with a
  population of 1,240, ...", "which has a population of about 1.5 million" is ``other``, labelled population
  (``occasions.population_of``, ``[cues] population_nouns``); before, the figure had no noun and was dropped.
  Controls: a people figure after "population of" keeps the existing subset reading; "the population" with no "of"
  names nothing.
- people a search is for are missing (en_vary9, en_vary8_2): "rescuers are searching for 12 people", "we are still
  looking for 11 people", "the search for 38 fishermen" (the English words of ``searched.searched_for``: ``[cues]
  search_words``, ``search_objects``). Controls: fugitives and hires (``search_fugitives``: "two suspects", "50
  workers") and searches by the police (``search_hunters``: a manhunt) stay other.
- a negated passing verb is a cap (``[qualifiers] at_most``): "fines must not exceed $500", "did not exceed 2,000"
  (before: exact). Control: "exceeded 800" stays more than.
- the treatment centres of outbreak copy are hospitals (h16en_a2): "27 people admitted to the treatment centre"
  (``[cues] hospital_head_pairs``). Control: a count of centres stays a thing.
- the rest of a breakdown by place named by "other" and a plural place word with no article (h13en_b3): "918 of them
  in the capital and 2,484 in other divisions" (``common_places.common_place``, ``[cues] place_others``; "divisions"
  joins ``[places] parts``). Controls: no breakdown; "other" before a noun that is no place word.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

POPULATION: list[Any] = [
    (
        "The hamlet, with a population of 3,410, gets its water from two wells.",
        [("other", "population", 3410, 3410), ("other", "wells", 2, 2)],
    ),
    (
        "Marrowby district has a population of more than 250,000, according to the last census.",
        [("other", "population", 250001, None)],
    ),
    (
        "Nearly 900 houses collapsed in the town, which has a population of about 60,000.",
        [("damaged", "houses", 810, 899), ("other", "population", 54000, 66000)],
    ),
    # controls: no "of" after the noun; a figure of a measure is unchanged
    ("The population fell to 8,000 after the war.", []),
    ("Floods killed 12 people in the valley.", [("killed", "people", 12, 12)]),
]
test_a_population_figure_is_other = rows_test(POPULATION, "en")

SEARCHED: list[Any] = [
    ("Rescuers are searching for 14 people after the landslide.", [("missing", "people", 14, 14)]),
    ('"We are still looking for nine people," the rescue chief said.', [("missing", "people", 9, 9)]),
    ("The search for 23 fishermen resumed at dawn.", [("missing", "people", 23, 23)]),
    (
        "Divers, helped by 4 sniffer dogs, continue to look for roughly 20 people.",
        [("other", "dogs", 4, 4), ("missing", "people", 18, 22)],
    ),
    # controls: fugitives, hires and a manhunt by the police
    ("Officers are searching for two suspects.", [("other", "suspects", 2, 2)]),
    ("The factory is looking for 60 workers.", [("other", "workers", 60, 60)]),
    ("Police are searching for three men who fled the scene.", [("other", "men", 3, 3)]),
]
test_people_searched_for_are_missing = rows_test(SEARCHED, "en")

NEGATED_CAPS: list[Any] = [
    ("Fines must not exceed 700 dollars.", [("other", "USD", 0, 700)]),
    ("Police said the crowd did not exceed 3,000 people.", [("participants", "people", 0, 3000)]),
    # control: the passing verb itself
    ("Deaths exceeded 900.", [("killed", "people", 901, None)]),
]
test_a_negated_passing_verb_is_a_cap = rows_test(NEGATED_CAPS, "en")

TREATMENT_CENTRES: list[Any] = [
    ("Thirty-one people were admitted to the treatment centre on Friday.", [("hospitalized", "people", 31, 31)]),
    (
        "Of the 44 people admitted to the treatment centre, five died.",
        [("hospitalized", "people", 44, 44), ("killed", "people", 5, 5)],
    ),
    # control: a count of centres
    ("The charity runs 16 treatment centres in the province.", [("other", "treatment centres", 16, 16)]),
]
test_a_treatment_centre_is_a_hospital = rows_test(TREATMENT_CENTRES, "en")

OTHER_PLACES: list[Any] = [
    (
        "Some 2,610 dengue patients are in hospital, 1,540 of them in the capital and 1,070 in other divisions.",
        [
            ("hospitalized", "people", 2349, 2871),
            ("hospitalized", "people", 1540, 1540),
            ("hospitalized", "people", 1070, 1070),
        ],
    ),
    (
        "Nine people were killed in Barrowdale and 14 in other districts.",
        [("killed", "people", 9, 9), ("killed", "people", 14, 14)],
    ),
    # controls: no breakdown; a plural that is no place word
    ("Protesters gathered in other districts on Sunday.", []),
    (
        "Nine people were killed in Barrowdale and 14 in other accidents.",
        [("killed", "people", 9, 9), ("other", "people", 14, 14)],
    ),
]
test_the_other_places_of_a_breakdown = rows_test(OTHER_PLACES, "en")
