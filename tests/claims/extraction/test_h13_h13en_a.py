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
  (``[other_verbs]``);
- a singular "dose" after "one" ("had received at least one dose") is each person's vaccination threshold, no count
  of doses (``[not_counts] after``); plural doses stay counted;
- people who "developed" kidney failure (hemolytic uremic syndrome, the E. coli complication) are its cases, as those
  "diagnosed with" a disease (``[composed_labels.lists] infection_verbs``, ``[composed_labels.diseases]``);
- "inpatient beds" closed or licensed are beds, no inpatients (``[other_verbs]``);
- people "identified with" an outbreak strain are infected, no identified bodies (``[other_verbs]``); contacts
  identified or traced are close contacts (``[nouns]``);
- "fatal cases" are deaths, as "fatal overdoses" are (``[measures] killed``);
- a change word before a figure with a unit and a range joiner ("rose 30 percent to 1,300") or a few tokens before
  "from" ("jumped 24 percent, from ... to ...") makes no range of the two figures (``change_ranges``);
- a count's share in brackets between the count and its noun ("three (15.8%) cases") leaves the noun to the count
  (``bracket_shares``);
- an outbreak's "case count", "case tally" or "caseload" is its cases (``[nouns]``);
- suspected deaths with the cause between ("suspected heat-related deaths", "suspected overdose fatalities") are
  ``other`` (``[other_verbs]``); "admitted into emergency wards" is hospitalized (``[measures]``);
- the time adverbs joined into one token ("so far", "as yet") name no counted noun (``[stops]``): "81 so far in May"
  took the label "so far far".
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
    # one dose is a threshold
    (
        "Only 12 of the 85 cases had received one dose of the vaccine, the county said.",
        [("other", "cases", 12, 12), ("other", "cases", 85, 85)],
    ),
    (
        "Some 3.1 million residents have had at least one vaccine dose, officials said.",
        [("other", "residents", 2790000, 3410000)],
    ),
    # control: doses counted
    (
        "The mobile clinics gave out 4,200 doses on Saturday.",
        [("other", "doses", 4200, 4200)],
    ),
    # developed kidney failure
    (
        "Eight people developed hemolytic uremic syndrome after drinking the raw milk.",
        [("other", "kidney failure cases", 8, 8)],
    ),
    (
        "Three people were diagnosed with kidney failure at the county hospital.",
        [("other", "kidney failure cases", 3, 3)],
    ),
    # inpatient beds
    (
        "The health board cut 2,300 inpatient beds over ten years.",
        [("other", "beds", 2300, 2300)],
    ),
    # control: inpatients are hospitalized
    (
        "The ward now has 38 inpatients.",
        [("hospitalized", "people", 38, 38)],
    ),
    # identified with a strain; contacts
    (
        "So far 31 people have been identified with the outbreak strain in six states.",
        [("other", "infected", 31, 31), ("other", "states", 6, 6)],
    ),
    (
        "Teams have identified 640 contacts of the confirmed patients in the two districts.",
        [("other", "close contacts", 640, 640), ("other", "districts", 2, 2)],
    ),
    # control: bodies identified
    (
        "Eleven of the 50 bodies have been identified, the coroner said.",
        [("other", "identified bodies", 11, 11), ("killed", "people", 50, 50)],
    ),
    # fatal cases
    (
        "Of the 23 confirmed cases, nine were fatal cases, the ministry said.",
        [("other", "confirmed cases", 23, 23), ("killed", "people", 9, 9)],
    ),
    # a change's size, then the new total
    (
        "Arrests rose 30 percent to 1,300 from 1,000 a year earlier.",
        [("other", "percent", 30, 30), ("arrested", "people", 1300, 1300), ("arrested", "people", 1000, 1000)],
    ),
    # control: a range of the change's size
    (
        "Fuel prices rose 5 to 8 percent in the first week.",
        [("other", "percent", 5, 8)],
    ),
    # a share in brackets before the noun
    (
        "Of the 41 cases, 22 (53.7%) children had never been vaccinated.",
        [("other", "cases", 41, 41), ("other", "children", 22, 22), ("other", "percent", 53.7, 53.7)],
    ),
    (
        "Police seized 14 (3.2 kg) packets of heroin at the checkpoint.",
        [("other", "packets", 14, 14), ("other", "kg", 3.2, 3.2)],
    ),
    # the case count
    (
        "The province's case count had reached nearly 410 by Friday.",
        [("other", "cases", 369, 409)],
    ),
    (
        "The county caseload now stands at 1,265.",
        [("other", "cases", 1265, 1265)],
    ),
    # control: a death count
    (
        "The death count had reached 320 by nightfall.",
        [("killed", "people", 320, 320)],
    ),
    # suspected deaths with their cause
    (
        "At least 27 suspected heat-related deaths were reported across the state on Monday.",
        [("other", "suspected heat-related deaths", 27, None)],
    ),
    (
        "Coroners are examining six suspected overdose fatalities from the weekend.",
        [("other", "suspected overdose deaths", 6, 6)],
    ),
    # admitted into emergency wards
    (
        "Over 2,400 people were admitted into emergency wards with heat exhaustion in the district.",
        [("hospitalized", "people", 2401, None)],
    ),
    # a time adverb is no noun
    (
        "The county logged 212 cases in June and 96 so far in July, bringing the year's total to 1,408.",
        [("other", "cases", 212, 212), ("other", "cases", 96, 96), ("other", "cases", 1408, 1408)],
    ),
    # control: the adverb after a measured figure
    (
        "Police have detained 14 so far, a spokesman said.",
        [("arrested", "people", 14, 14)],
    ),
]


test_h13_h13en_a = rows_test(ENGLISH, "en")
