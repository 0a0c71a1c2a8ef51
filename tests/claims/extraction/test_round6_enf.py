"""Round 6 in English wire and broadcaster news (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/enf1.json`` ..., labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high[, place]) for every claim. The classes:

- a place after an adjective of position ("another nine in neighbouring Qinghai", "12 in northern Idlib and five in
  southern Aleppo") is still the item's place: the list is a breakdown by place (``[places] modifiers``);
- an opening whole whose part is placed by its copula ("Of the dead, 43 were in Kordal and 36 in Yashan") keeps the
  whole's measure (``clauses.opening_whole``);
- a figure after "from" right after a new total ("the toll rose to 22 from 15") is the same tally's earlier figure
  (``earlier_items.earlier_after_total``, ``[cues] earlier_after``, ``total_before``);
- a figure listed after an item named without one ("including a woman and four children", "among them a police
  officer and three soldiers") is a part of the whole like that item (``earlier_items.after_named_item``);
- a tally of the dead and the missing together ("the toll of dead and missing stood at 187", "the number of deaths
  and missing people") is a mixed total: ``other`` (DESIGN 4.1; ``[other_verbs]``);
- people forced "into shelters", "into relief camps" are displaced (``[measures] displaced``);
- people are never ``damaged``: a figure whose subject is a person noun and whose measure a damage word far after it
  gave ("eight were passengers on a minibus swept away") is no damage (``resolution.resolve``);
- a measure word right before a noun of an organisation names the body ("the refugee agency put the death toll at
  130"): no measure of the figure (``reach_before.measure_left``, ``[syntax] body_nouns``);
- deaths soon after admission or arrival are a subset of the admissions, "died in hospital" (DESIGN 4.1), and excess
  deaths are a statistical estimate, no toll: ``other`` (``[other_verbs]``);
- a day-first date span ("between 25 and 30 May", "from 3 to 9 June"): the first day is no count
  (``exclusions._day_span``);
- a measure noun phrase that opens a coordinated clause with a figure of its own ("treated 340 people and the death
  toll rose to 19") is that figure's subject, not a word after the figure before
  (``coordinated_subjects.subject_of_later_figure``, ``left_guards.opens_coordinated_subject``);
- things "riddled with bullets" or "wiped out" are damaged (``[measures] damaged``);
- a list of names with bracketed counts is a breakdown by place, not a list of ages, when its first item follows
  "in" or an earlier bracket names the measure ("Rusera (5 deaths), Kimbo (2)") (``bracket_lists``);
- "the previous day", "the following week" after a figure are a time adjunct, no noun of the figure
  (``noun_phrase._np_word_step``, ``[syntax] time_adjectives``);
- a forecast or a hypothesis ("feared the toll could rise to 48", "may rise to 45", "that would make 91 deaths") and
  a habit ("700 people usually gather for prayers") are no tally and no turnout: ``other`` (``[other_verbs]``);
- "according to", "due to" hold no total cue: a figure after them is no running total, so "another n" beside it is
  no increment (``increments._total``, ``[cues] total_cue_blockers``);
- relief centres are things, and people moved to them are displaced; a ranking's "followed by X (n), Y (n)" is a
  list by place (``[nouns]``, ``[measures] displaced``, ``bracket_lists``);
- a figure after a place preposition and an article ("were reported in the nine affected states") is that
  preposition's object, no item of a list before it (``earlier_items.article_adjunct``);
- "just" before a figure is "only": exact ("the toll had stood at just nine") (``[qualifiers] exact``);
- a place named by a common noun after an article in a breakdown ("12 in the capital and five in the eastern
  province") is the item's place (``common_places``, ``[cues] place_articles``, ``[places] parts``);
- people who "face criminal charges" are charged, no turnout of the protesters they are (``[other_verbs]``);
- a measure noun right after a later figure of a coordination is that figure's own ("22 survivors and five deaths"):
  a figure with a noun of its own that names no measure does not take it
  (``coordinated_subjects.noun_of_later_figure``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # a place after an adjective of position
    (
        "Officials said 64 people died in Marlow county and another eight in neighbouring Tessin county.",
        [("killed", "people", 64, 64, "Marlow county"), ("killed", "people", 8, 8, "Tessin county")],
    ),
    (
        "Air raids killed 15 people in northern Qasra and four in southern Belim, a monitor said.",
        [("killed", "people", 15, 15, "Qasra"), ("killed", "people", 4, 4, "Belim")],
    ),
    # control: "another" with no place stays an increment
    (
        "The toll rose to 40 after another six bodies were found.",
        [("killed", "people", 40, 40), ("other", "increase", 6, 6)],
    ),
    # an opening whole, its parts placed by a copula
    (
        "Of the injured, 120 were in Halden and 45 in Ostry.",
        [("injured", "people", 120, 120, "Halden"), ("injured", "people", 45, 45, "Ostry")],
    ),
    (
        "Of the dead, 31 were reported in Sarn province and 12 in neighbouring Vell province.",
        [("killed", "people", 31, 31, "Sarn province"), ("killed", "people", 12, 12, "Vell province")],
    ),
    # control: a part by group keeps the measure, a part by fate is a subset
    ("Of the dead, 14 were women.", [("killed", "women", 14, 14)]),
    # the earlier figure of a revised tally
    (
        "The number of missing climbed to 57 from 41 on Monday.",
        [("missing", "people", 57, 57), ("missing", "people", 41, 41)],
    ),
    ("Deaths in Korra rose to 19 from 11 on Friday.", [("killed", "people", 19, 19), ("killed", "people", 11, 11)]),
    # control: a figure after "from" with no new total before it is no tally
    ("Police arrested 23 people from 4 villages.", [("arrested", "people", 23, 23), ("other", "villages", 4, 4)]),
    # a figure listed after an item named without one
    (
        "The blast killed seven people, including a teacher and three pupils.",
        [("killed", "people", 7, 7), ("other", "pupils", 3, 3)],
    ),
    (
        "Gunmen killed 11 people, among them a village chief and four children.",
        [("killed", "people", 11, 11), ("killed", "children", 4, 4)],
    ),
    (
        "Shelling wounded 26 civilians, including an elderly man and his two grandsons.",
        [("injured", "civilians", 26, 26), ("other", "grandsons", 2, 2)],
    ),
    # a tally of the dead and the missing together
    ("The toll of dead and missing reached 96 on Sunday.", [("other", "dead or missing", 96, 96)]),
    ("The number of deaths and missing people rose to 58.", [("other", "dead or missing", 58, 58)]),
    # control: the toll alone
    ("The death toll reached 96 on Sunday.", [("killed", "people", 96, 96)]),
    # forced into shelters
    ("The typhoon forced 84,000 into shelters.", [("displaced", "people", 84000, 84000)]),
    ("Floods drove about 3,000 villagers into relief camps.", [("displaced", "people", 2700, 3300)]),
    # people are never damaged
    (
        "Of the 31 bodies recovered, nine were miners trapped in a shaft that collapsed.",
        [("killed", "people", 31, 31), ("other", "miners", 9, 9)],
    ),
    # a measure word naming an organisation
    ("The refugee agency put the death toll at 130.", [("killed", "people", 130, 130)]),
    ("The rescue agency said 14 people drowned.", [("killed", "people", 14, 14)]),
    # control: refugees counted keep their measure
    ("The number of refugees rose to 4,000.", [("displaced", "people", 4000, 4000)]),
    # deaths after admission, excess deaths
    (
        "Of the 3,100 people taken to hospital, 26 died shortly after admission.",
        [("hospitalized", "people", 3100, 3100), ("killed", "people", 26, 26)],  # round 16: no toll beside it
    ),
    (
        "Officials counted 2,100 excess deaths in the city during the heat wave.",
        [("other", "excess deaths", 2100, 2100)],
    ),
    # a day-first date span
    ("Nine boats sank between 12 and 18 August.", [("other", "boats", 9, 9)]),
    # control: a range of people before a noun, and the modal "may"
    ("Police detained between 25 and 30 protesters.", [("arrested", "protesters", 25, 30)]),
    # a measure noun phrase opening a coordinated clause
    (
        "Medics treated 340 people and the death toll rose to 19.",
        [("other", "people", 340, 340), ("killed", "people", 19, 19)],
    ),
    (
        "Troops detained 85 suspects and the number of dead climbed to 23.",
        [("arrested", "people", 85, 85), ("killed", "people", 23, 23)],
    ),
    # control: a verb after "and" is the figure's own
    ("Police arrested 40 people and injured 12.", [("arrested", "people", 40, 40), ("injured", "people", 12, 12)]),
    # damage idioms
    ("Five houses were riddled with bullets.", [("damaged", "houses", 5, 5)]),
    ("Flash floods wiped out 14 bridges.", [("damaged", "bridges", 14, 14)]),
    # bracketed counts after places
    (
        "Deaths were reported in Marisco (6), Tallow (3) and Brenn (2).",
        [
            ("killed", "people", 6, 6, "Marisco"),
            ("killed", "people", 3, 3, "Tallow"),
            ("killed", "people", 2, 2, "Brenn"),
        ],
    ),
    (
        "The worst-hit districts were Osla (11 deaths), Vint (4) and Harrow (1).",
        [
            ("killed", "people", 11, 11, "Osla"),
            ("killed", "people", 4, 4, "Vint"),
            ("killed", "people", 1, 1, "Harrow"),
        ],
    ),
    # control: bracketed ages after people's names
    ("The injured were Maria (34), Jonas (8) and Petra (61).", []),
    # a time adjunct after the earlier figure
    (
        "The number of evacuees jumped to 8,720 from 3,150 the previous day.",
        [("displaced", "people", 8720, 8720), ("displaced", "people", 3150, 3150)],
    ),
    ("Police arrested 30 people the following week.", [("arrested", "people", 30, 30)]),
    # a forecast, a habit
    (
        "Rescuers said 26 people had died and feared the toll could rise to 40.",
        [("killed", "people", 26, 26), ("other", "projected", 40, 40)],
    ),
    ("Officials warned the number of displaced could reach 200,000.", [("other", "projected", 200000, 200000)]),
    ("Some 900 people usually gather at the shrine on Fridays.", [("other", "usual attendance", 810, 990)]),
    (
        "Finding the 12 missing would bring the death toll to 40.",
        [("missing", "people", 12, 12), ("other", "projected", 40, 40)],
    ),
    # control: the toll that rose
    ("The death toll rose to 45.", [("killed", "people", 45, 45)]),
    # no total after "according to"
    (
        "According to the governor, 310 homes were destroyed and another 95 damaged.",
        [("damaged", "homes", 310, 310), ("damaged", "homes", 95, 95)],
    ),
    # relief centres, a ranking's bracketed list; the ranked subject place is the first value's (gaps15en)
    (
        "Sabah has the most relief centres with 41, followed by Perak (9) and Kedah (7).",
        [
            ("other", "relief centres", 41, 41, "Sabah"),
            ("other", "relief centres", 9, 9, "Perak"),
            ("other", "relief centres", 7, 7, "Kedah"),
        ],
    ),
    ("Some 2,000 people were moved to relief centres.", [("displaced", "people", 1800, 2200)]),
    # control: names with ages after "followed by"
    ("The youngest victims were followed by Ahmad (12) and Budi (9).", []),
    # an adjunct after a preposition and an article
    (
        "Some 140 new cases, including 3 deaths, were confirmed in the six worst-hit districts.",
        [("other", "cases", 126, 154), ("killed", "people", 3, 3), ("other", "districts", 6, 6)],
    ),
    # "just" is "only"
    ("The death toll from the storm had stood at just nine on Friday.", [("killed", "people", 9, 9)]),
    # places named by a common noun
    (
        "Air raids killed 12 people in the capital and five in the eastern province.",
        [("killed", "people", 12, 12, "the capital"), ("killed", "people", 5, 5, "the eastern province")],
    ),
    (
        "Floods displaced 3,400 people in the northern district and 900 in the neighbouring state.",
        [
            ("displaced", "people", 3400, 3400, "the northern district"),
            ("displaced", "people", 900, 900, "the neighbouring state"),
        ],
    ),
    # facing charges
    ("More than 30 protesters face criminal charges.", [("other", "protesters", 31, None)]),
    # control: a turnout
    ("Some 3,000 protesters marched.", [("participants", "protesters", 2700, 3300)]),
    # a measure noun of the later figure
    ("The crew found 14 survivors and three bodies.", [("other", "survivors", 14, 14), ("killed", "people", 3, 3)]),
    (
        "Rescuers counted 31 survivors and nine deaths on the island.",
        [("other", "survivors", 31, 31), ("killed", "people", 9, 9)],
    ),
    # control: coordinated groups share the verb after them
    ("Five soldiers and two civilians died.", [("killed", "soldiers", 5, 5), ("killed", "civilians", 2, 2)]),
    # control: a real running total keeps the increment
    (
        "Two more bodies were found, bringing the toll to 31.",
        [("other", "increase", 2, 2), ("killed", "people", 31, 31)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_round6_enf(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
