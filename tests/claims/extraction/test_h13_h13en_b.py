"""Reports as they come, round 10 (issue 11): classes shown by fresh corpora of real-news paraphrases from outlets
and regions earlier corpora read least (``corpora/h13en_b1.json`` ..., labelled before any run: Ghanaian, Nepali,
Sri Lankan, Canadian regional, Indian city, South African, Jamaican and Fijian reports), fixed as rules of the
language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- both values of a change "from n to m" after a change verb are predicates of the tally before them, so its first
  measure word heads them, not a noun of the tally's adjunct ("The number of officers injured on the first day of
  the protest rose from 11 to 17": injured, not turnout; ``event_adjuncts.change_value``);
- injuries "minor to serious" (or severe, critical) span every grade: the injured as a whole, not the light ones
  (``[measures] injured``);
- "have been shot and killed" is killed before "been shot" (people shot) takes it (``[measures] killed``);
- shootings are events counted, no people: "Seven fatal police shootings ... pushed the number killed to 21"
  (``[nouns]``);
- people that shelters take in, the shelters the subject ("84 evacuation centres ..., housing 15,930 people",
  "three centres in Savusavu house 111 people") are displaced (``shelter_stays.hosted``, ``[cues] shelter_hosts``);
  a centre of another kind ("The detention centre holds 1,200 people") is no shelter;
- "receiving treatment in different hospitals", "being treated at various hospitals" are in hospital, "receiving
  treatment at the scene" is not (``[measures] hospitalized``, ``injured``); "dead by the time they reached the
  hospital" is brought dead (``[other_verbs]``);
- "on admission" is in hospital (Ghanaian English: "27 others were on admission at the polyclinic"; ``[measures]
  hospitalized``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # both values of a change after "from"
    (
        "The number of students detained at the sit-in has risen from 25 to 48.",
        [("arrested", "people", 25, 25), ("arrested", "people", 48, 48)],
    ),
    (
        "The number of people hurt in the crush at the rally climbed from 14 to 23 overnight.",
        [("injured", "people", 14, 14), ("injured", "people", 23, 23)],
    ),
    # controls: a turnout and a toll keep their reading
    (
        "Turnout at the protest rose from 300 to 800.",
        [("participants", "people", 300, 300), ("participants", "people", 800, 800)],
    ),
    (
        "The death toll from the riot climbed from 9 to 14 on Sunday.",
        [("killed", "people", 9, 9), ("killed", "people", 14, 14)],
    ),
    # every grade of injury
    (
        "Paramedics said 14 passengers suffered minor to serious injuries in the crash.",
        [("injured", "people", 14, 14)],
    ),
    (
        "Two people died and nine others sustained minor to severe injuries, a Netcare spokesperson said.",
        [("killed", "people", 2, 2), ("injured", "people", 9, 9)],
    ),
    # control: the light grade alone is a part
    (
        "Nine passengers suffered minor injuries.",
        [("other", "passengers", 9, 9)],
    ),
    # shot and killed, with its auxiliary
    (
        "Police said 64 people had been shot and killed in the parish since January.",
        [("killed", "people", 64, 64)],
    ),
    (
        "A teenager was among three people who were shot and killed at a party on Saturday.",
        [("killed", "people", 3, 3)],
    ),
    # control: shot alone covers the dead and the wounded
    (
        "Nine people were shot outside the club.",
        [("other", "people shot", 9, 9)],
    ),
    # shootings are events
    (
        "Six fatal shootings in two days have raised the number of murders in the parish this year to 57.",
        [("other", "shooting incidents", 6, 6), ("killed", "people", 57, 57)],
    ),
    (
        "There have been 11 mass shootings in the state so far this year.",
        [("other", "shooting incidents", 11, 11)],
    ),
    (
        "Four shootings on Saturday left two people dead.",
        [("other", "shooting incidents", 4, 4), ("killed", "people", 2, 2)],
    ),
    # people that shelters take in
    (
        "Authorities opened 46 evacuation centres across the province, accommodating 3,870 people.",
        [("other", "evacuation centres", 46, 46), ("displaced", "people", 3870, 3870)],
    ),
    (
        "Four centres in Nausori hold 212 evacuees, while two centres in Navua house 74 people.",
        [
            ("other", "centres", 4, 4),
            ("displaced", "people", 212, 212),
            ("other", "centres", 2, 2),
            ("displaced", "people", 74, 74),
        ],
    ),
    (
        "Relief camps have been set up in the valley, housing more than 9,000 people.",
        [("displaced", "people", 9001, None)],
    ),
    # controls: a detention centre's inmates, a hall's or a stadium's capacity are no displaced people
    (
        "The remand centre houses 300 inmates.",
        [("other", "inmates", 300, 300)],
    ),
    (
        "The school hall can hold 500 people.",
        [("other", "capacity", 500, 500)],
    ),
    (
        "The stadium, which can house 40,000 fans, was closed after the storm.",
        [("other", "capacity", 40000, 40000)],  # "can house" is a capacity phrase (gate16en)
    ),
    # on admission: in hospital (Ghanaian, Nigerian and Kenyan English)
    (
        "Two people died and 19 others are on admission at the regional hospital, the health directorate said.",
        [("killed", "people", 2, 2), ("hospitalized", "people", 19, 19)],
    ),
    (
        "Eleven pupils are still on admission at the municipal hospital.",
        [("hospitalized", "people", 11, 11)],
    ),
    (
        "The number of patients on admission dropped from 44 to 31 during the week.",
        [("hospitalized", "people", 44, 44), ("hospitalized", "people", 31, 31)],
    ),
    # receiving treatment in hospitals, whatever the hospitals' adjective; at the scene it stays injured
    (
        "Some 845 patients are receiving treatment in different hospitals across the country, the DGHS said.",
        [("hospitalized", "people", 761, 929)],
    ),
    (
        "About 30 workers are receiving treatment at the district hospital.",
        [("hospitalized", "people", 27, 33)],
    ),
    (
        "Eleven people were receiving treatment at the scene, paramedics said.",
        [("injured", "people", 11, 11)],
    ),
    # dead by the time they reached hospital: brought dead, a part by where they died
    (
        "Six people were dead by the time they reached the hospital, and four died during treatment.",
        [("other", "people pronounced dead on arrival", 6, 6), ("other", "died in hospital", 4, 4)],
    ),
    (
        "Two others were dead by the time they arrived at the health centre.",
        [("other", "people pronounced dead on arrival", 2, 2)],
    ),
    # control: "admission" alone names no stay
    (
        "Admission to the festival costs 20 cedis, and 3,000 tickets were sold.",
        [("other", "cedis", 20, 20), ("other", "tickets", 3000, 3000)],
    ),
]


test_h13_h13en_b = rows_test(ENGLISH, "en")
