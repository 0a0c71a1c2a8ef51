"""Health desks as they come, round 10 (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/h13en_c1.json``, ``h13en_c2.json``, labelled before any run: Pakistani district dengue bulletins, Lahore
smog tallies, Philippine DOH bulletins, Indian hostel and wedding poisoning, Malaysian school poisoning, Sindh and
Khyber Pakhtunkhwa heat), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- "n more <disease> cases ..., bringing/raising/taking the total to m": the change word "more" is followed by a
  modifier and the counted noun, which it does not stand for, so the total keeps the phrase's noun
  (``noun_phrase._modifier_after_change``);
- "reported 22 deaths last week, bringing the total to 263": with no "more", a figure of a people measure before a
  verb that brings a bare total (a total word alone) is the increment, and the total takes its measure
  (``increments._same_tally``); "bringing total casualties to 40" names another tally and takes nothing;
- "patients are under treatment at/in <hospital>" are in hospital, as "undergoing treatment at" (``[measures]
  hospitalized``); "under treatment at home" is not, nor "at the scene";
- a measure word that a figure before it owns stays in that figure's clause, even when an aside then parts it from
  a later figure ("Seven people died in Sukkur, police said, and 170 patients were treated": the patients are no
  dead; ``joined_clauses.other_clause``);
- an age bound after a person noun ("most of the victims were women over 50", "adults over 60") is no count
  (``group_ages``); a count after the bound's noun order ("over 20 women") keeps its reading.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # "n more <disease> cases", then the total
    (
        "Nine more typhoid cases were confirmed in Sialkot on Friday, bringing the total to 143.",
        [("other", "increase", 9, 9), ("other", "cases", 143, 143)],
    ),
    (
        "As many as 37 more dengue cases surfaced at the city's hospitals in 24 hours, raising the tally to 1,288.",
        [("other", "increase", 0, 37), ("other", "cases", 1288, 1288)],
    ),
    (
        "Four more heatstroke patients were admitted overnight, bringing the number in hospital to 52.",
        [("other", "increase", 4, 4), ("hospitalized", "people", 52, 52)],
    ),
    # controls: "more" before a noun or a verb keeps its reading
    (
        "Six more cases were recorded, bringing the total to 71.",
        [("other", "increase", 6, 6), ("other", "cases", 71, 71)],
    ),
    (
        "Police arrested seven more people on Tuesday.",
        [("arrested", "people", 7, 7)],
    ),
    # a figure before a verb that brings a bare total to its new value is the increment, with no "more"
    (
        "The health ministry confirmed 17 cholera deaths on Sunday, bringing the total to 204.",
        [("other", "increase", 17, 17), ("killed", "people", 204, 204)],
    ),
    (
        "Officers detained 26 people overnight, taking the total to 390.",
        [("other", "increase", 26, 26), ("arrested", "people", 390, 390)],
    ),
    # controls: a total named by another noun takes nothing
    (
        "The blast killed eight people, bringing total casualties to 35.",
        [("killed", "people", 8, 8), ("other", "people", 35, 35)],
    ),
    # under treatment at a hospital
    (
        "Currently 63 dengue patients are under treatment at Mayo Hospital.",
        [("hospitalized", "people", 63, 63)],
    ),
    (
        "Some 28 patients are under treatment in the district headquarters hospital, officials said.",
        [("hospitalized", "people", 26, 30)],
    ),
    # controls: at home, at the scene
    (
        "About 140 patients with mild symptoms are under treatment at home.",
        [("other", "patients", 126, 154)],
    ),
    (
        "Five people were hurt and are under treatment at the scene.",
        [("injured", "people", 5, 5)],
    ),
    # a measure word owned by a figure before it stays in that clause past an aside
    (
        "Nine people died in Larkana, officials said, and 240 patients were treated for heat exhaustion.",
        [("killed", "people", 9, 9), ("other", "patients", 240, 240)],
    ),
    (
        "Four pilgrims drowned in the river, according to the rescue service, and 35 others were rescued.",
        [("killed", "people", 4, 4), ("other", "survivors", 35, 35)],
    ),
    # controls: a breakdown by place after the measured figure keeps the measure
    (
        "Fourteen people died in Dadu, six in Badin and two in Thatta.",
        [("killed", "people", 14, 14), ("killed", "people", 6, 6), ("killed", "people", 2, 2)],
    ),
    # an age bound after a person noun
    (
        "Eleven people died of heatstroke in Jacobabad, most of them men over 55.",
        [("killed", "people", 11, 11)],
    ),
    (
        "Twenty patients were admitted, and nine of them were adults above 70.",
        [("hospitalized", "people", 20, 20), ("other", "adults", 9, 9)],
    ),
    # controls: the count comes first, or a list of groups
    (
        "The dead included 31 men and over 12 women.",
        [("killed", "men", 31, 31), ("killed", "women", 13, None)],
    ),
    (
        "Nine of the dead were over 65.",
        [("other", "killed over 65", 9, 9)],
    ),
]


test_h13_h13en_c = rows_test(ENGLISH, "en")
