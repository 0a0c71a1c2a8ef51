"""Classes a fresh English health corpus kept missing (issue 11, round 11, h16en_a1: outbreak bulletins from outlets
and countries the corpora read least), each fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(Bangladeshi DGHS dailies in The Financial Express, TBS, Jagonews and Prothom Alo; Malawian ministry copy on
Africanews and bdnews24; WHO Disease Outbreak News on Marburg in Rwanda and Tanzania; Xinhua and AFP on bird flu in
Cambodia; Kenyan cholera overviews on ReliefWeb and KDRTV; The Himalayan Times and EWARS bulletins from Nepal;
Singaporean MOH and AsiaOne food-poisoning updates; Japan Today, Jiji and Kyodo heatstroke weeklies; US overdose
clusters in the Cincinnati Enquirer and NBC Connecticut; Samoan measles copy from AP and NZ Herald; Sri Lankan
Epidemiology Unit tallies; DRC mpox copy from AFP and The New Times; South African spaza poisoning in The Citizen,
TimesLIVE and Briefly; Yemeni cholera from WHO; Vietnamese dengue from VNA and VOV). Each row: text, then (measure,
subject, low, high) for every claim.

- a tally's change verb in the past perfect or as a multiple: "the number of cases had grown to 574", "deaths had
  doubled from four to eight", "cases tripled to 400": the new total (exact) and, after "from", the earlier value,
  never a range (``[cues] exact``, ``[ranges] change_words``, ``[syntax] change_from_verbs``). Control: a range
  without a change verb stays a range.
- "hrs", "hr", "mins" are time units ("1,106 hospitalised in 24 hrs"): no count (``[syntax] time_units``).
- overdoses are events medics attend, no turnout and no people ("medics attended 81 potential overdoses"):
  ``other`` with subject overdoses or suspected overdoses (lexicon nouns); emergency-department presentations are
  visits, no admissions ("8.9 million presentations to public hospital emergency departments", h16en_a2). Control:
  people attending a vigil.
- "with seven people dying": the participle of dying is killed (``[measures] killed``).
- those still in care beside the discharged or recovered: "current admissions stand at 42", "four are still
  receiving treatment", "three cases are under care at the treatment centre", "with about 190 remaining in
  hospital" (``[measures] hospitalized``); "remaining" is also a word of the stock, so the admissions beside it are
  ``other``/admitted (``[increments] still``). Control: "remaining" with no hospital keeps its reading.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CHANGE_VERBS: list[Any] = [
    (
        "An official said the number of cases had grown to 812 from 240 in March.",
        [("other", "cases", 812, 812), ("other", "cases", 240, 240)],
    ),
    (
        "He said deaths had doubled from six to twelve within a week.",
        [("killed", "people", 6, 6), ("killed", "people", 12, 12)],
    ),
    ("Cases tripled to 930 in the district last month.", [("other", "cases", 930, 930)]),
    # control: a range of ages with no change verb stays a range
    ("Between 40 and 60 people were hospitalised after the feast.", [("hospitalized", "people", 40, 60)]),
]
test_a_change_verb_in_the_past_perfect_or_a_multiple = rows_test(CHANGE_VERBS, "en")

TIME_ABBREVIATIONS: list[Any] = [
    (
        "Nine dengue patients die; 1,240 hospitalised in 24 hrs",
        [("killed", "people", 9, 9), ("hospitalized", "people", 1240, 1240)],
    ),
    ("Three more patients died in 48 hrs, the hospital said.", [("killed", "people", 3, 3)]),
]
test_hrs_is_a_time_unit = rows_test(TIME_ABBREVIATIONS, "en")

OVERDOSES: list[Any] = [
    (
        "Over a 24-hour period, paramedics attended 64 potential overdoses in the city.",
        [("other", "suspected overdoses", 64, 64)],
    ),
    ("Medics attended 17 overdoses on Saturday night, the fire chief said.", [("other", "overdoses", 17, 17)]),
    (
        "The county saw a surge of more than 30 overdoses over the weekend, with five people dying.",
        [("other", "overdoses", 31, None), ("killed", "people", 5, 5)],
    ),
    (
        "There were 7.4 million presentations to public hospital emergency departments last year.",
        [("other", "presentations", 7400000, 7400000)],
    ),
    # control: people attending an event are a turnout
    ("About 300 people attended the vigil for the victims.", [("participants", "people", 270, 330)]),
]
test_overdoses_are_events_not_a_turnout = rows_test(OVERDOSES, "en")

STILL_IN_CARE: list[Any] = [
    (
        "Four deaths were reported in the past week, and current admissions stand at 37.",
        [("killed", "people", 4, 4), ("hospitalized", "people", 37, 37)],
    ),
    (
        "Of 22 patients who came to the hospital, 16 were discharged and six are still receiving treatment.",
        [("other", "admitted", 22, 22), ("other", "discharged patients", 16, 16), ("hospitalized", "people", 6, 6)],
    ),
    (
        "Since the outbreak began, 31 confirmed cases have recovered, and two cases are under care at the "
        "treatment centre.",
        [("other", "confirmed cases", 31, 31), ("hospitalized", "people", 2, 2)],
    ),
    (
        "In all, 540 people have been admitted to hospitals with measles; most have gone home, with 120 remaining "
        "in hospital.",
        [("other", "admitted", 540, 540), ("hospitalized", "people", 120, 120)],
    ),
    # control: patients receiving treatment with no "still" and no discharge beside them keep their reading
    (
        "Some 640 patients are receiving treatment in different hospitals across the country.",
        [("hospitalized", "people", 576, 704)],
    ),
]
test_those_still_in_care_beside_the_discharged = rows_test(STILL_IN_CARE, "en")
