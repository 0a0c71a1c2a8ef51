"""Round 5 in English, third corpus (issue 11): classes shown by ``corpora/enc*.json`` (paraphrases of wire, Indian
and Asian English-language reports on toxic liquor, food poisoning, outbreaks and heat, labelled before any run),
fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Readings follow
DESIGN.md 4 and 4.1 (prefer ``other`` to a wrong measure). Each row: text, then (measure, subject, low, high) for
every claim. The classes:

- "from" right after a change verb ("the toll had climbed from 61", "has fallen from 45") opens the tally's earlier
  value, no adjunct: the figure takes the tally's measure (``[syntax] change_from_verbs``,
  ``reach_before.after_preposition``);
- people "held in connection with" or "held over the deaths" (killing, attack, violence) are detained
  (``[measures] arrested``); "held a vigil" stays no measure;
- "up from last year's n", "down from last week's n", "compared with last year's n": an earlier period's figure of
  the same tally (``[anaphora] inherit_before``);
- a part of a measured whole whose predicate is an age bound ("nine of the dead were over 65", "12 of the injured
  were under 18") is a share by age: ``other``, and the age is no count (``parts_by_other._age_part``, ``[cues]
  age_predicates``);
- "admitted with" heatstroke, burns, symptoms is a hospital admission (``[measures] hospitalized``);
- those who "arrived dead" or were "brought in dead" are a subset by where death was declared, and "died at
  hospital" a subset by place: ``other`` (``[other_verbs]``);
- temperatures in "Celsius" or "Fahrenheit" alone are a unit, never a count (``[units] degrees``);
- a capitalised month after "between" or "from", or one span from another month ("between March and June", "from
  January to March"), is a date, never a protest march (``SentenceView._month_name``);
- a count of zero ("Deaths: 0", "0 people died") is a zero statement, no claim (DESIGN 4.1;
  ``resolution._set_validity``);
- "illnesses" in food-borne outbreak bulletins are cases, not people (``[nouns]``);
- a time word after a time deictic ("Last year 1,200 people died", "so far this year 640") is an adverb of time,
  no identifier ("week 45") (``[syntax] time_deictics``, ``exclusions._identifier``);
- bulletins rank places by a superlative tally ("Bicol recorded the most cases at 16,210, followed by Samar with
  9,000"): "at"/"with" after "the most" + a noun opens the tally's value, no adjunct, and the noun counts it
  (``[syntax] superlative_words``, ``superlative_prepositions``; ``reach_before._superlative_before``,
  ``named_before._superlative_noun``);
- an age range that opens with a number word ("aged between seven and 80") is no count (``exclusions``);
- a bare figure that "fell ill and were taken to hospital" takes the coordinated people measure, not the symptom
  (``clauses.symptom_then_measure``); "fell ill" alone stays other, sick.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # an earlier value after a change verb and "from"
    ("The death toll had climbed from 47 by Tuesday night.", [("killed", "people", 47, 47)]),
    (
        "The number of people who died from eating the tainted fish has risen from 19 late on Monday.",
        [("killed", "people", 19, 19)],
    ),
    (
        "The number of injured jumped from 52 to 77 overnight.",
        [("injured", "people", 52, 52), ("injured", "people", 77, 77)],
    ),
    # control: "from" after no change verb is an adjunct
    ("Nine people were evacuated from 3 villages.", [("displaced", "people", 9, 9), ("other", "villages", 3, 3)]),
    # held in connection with, held over the deaths
    ("Police said 13 people were being held in connection with the fire.", [("arrested", "people", 13, 13)]),
    ("Four men held over the killing of a shopkeeper were freed on bail.", [("arrested", "men", 4, 4)]),
    (
        "Excise officers detained two more brewers, raising to 16 the number of people held over the deaths.",
        [("other", "increase", 2, 2), ("arrested", "people", 16, 16)],
    ),
    # control: "held" a gathering
    ("About 400 nurses held a vigil outside the ministry.", [("other", "nurses", 360, 440)]),
]

ENGLISH += [
    # an earlier period's figure after "up from" and a possessive
    (
        "So far 640 people have died of malaria this year, up from last year's 515.",
        [("killed", "people", 640, 640), ("killed", "people", 515, 515)],
    ),
    (
        "Officials admitted 87 patients to hospital this week, down from last week's 112.",
        [("hospitalized", "people", 87, 87), ("hospitalized", "people", 112, 112)],
    ),
    # a share of a measured whole by age
    ("Eleven of the dead were over 80.", [("other", "killed over 80", 11, 11)]),
    (
        "Six of the 25 people injured were under 16.",
        [("other", "injured under 16", 6, 6), ("injured", "people", 25, 25)],
    ),
    # control: a group predicate keeps its own reading
    ("Eleven of the dead were women.", [("killed", "women", 11, 11)]),
]

ENGLISH += [
    ("Doctors said 96 people were admitted with burns overnight.", [("hospitalized", "people", 96, 96)]),
    (
        "The clinic saw 140 patients, and 12 of them were brought in dead.",
        [("other", "patients", 140, 140), ("other", "people pronounced dead on arrival", 12, 12)],
    ),
    # a lone death in hospital, no toll beside it, counts the dead (round 16's convention; round 17 r17left: the
    # label of the lone death now reaches nouns of class people)
    ("Five workers died at hospital later that night.", [("killed", "people", 5, 5)]),
    (
        "The mercury hit 47 Celsius (117 Fahrenheit) in the capital.",
        [
            ("other", "celsius", 47, 47),
            ("other", "fahrenheit", 117, 117),
        ],  # the scales named (round 10)
    ),
]

ENGLISH += [
    (
        "The bakery recalled about 40,000 loaves sold between March and May.",
        [("other", "loaves sold", 36000, 44000)],
    ),
    ("Around 90 cattle died from February to March.", [("other", "cattle", 81, 99)]),
    # control: the march itself
    ("About 5,000 people joined the march on Saturday.", [("participants", "people", 4500, 5500)]),
    ("Cases: 14. Hospitalizations: 3. Deaths: 0.", [("other", "cases", 14, 14), ("hospitalized", "people", 3, 3)]),
    ("Officials said 0 patients had died by Friday.", []),
    (
        "The outbreak has caused 61 illnesses and 19 hospitalizations in six states.",
        [("other", "cases", 61, 61), ("hospitalized", "people", 19, 19), ("other", "states", 6, 6)],
    ),
]

ENGLISH += [
    ("Last year 2,300 people died of measles.", [("killed", "people", 2300, 2300)]),
    ("This week 38 villagers were admitted to hospital.", [("hospitalized", "people", 38, 38)]),
    # control: a week number of a bulletin stays a label
    ("In week 36 the ministry recorded 410 cases.", [("other", "cases", 410, 410)]),
]

ENGLISH += [
    (  # the subject place of the ranked tally is its value's place (gaps15en, as the corpora label it)
        "Kasese recorded the most infections at 1,240, followed by Mbale with 860.",
        [("other", "cases", 1240, 1240, "Kasese"), ("other", "cases", 860, 860, "Mbale")],
    ),
    (
        "Sindh reported the highest number of deaths with 57, followed by Punjab with 41.",
        [("killed", "people", 57, 57, None), ("killed", "people", 41, 41, "Punjab")],
    ),
    # control: "at" after no superlative tally stays an adjunct
    ("The minister arrived at 10 schools on Monday.", [("other", "schools", 10, 10)]),
]

ENGLISH += [
    ("The 14 victims were aged between six and 70, the coroner said.", [("other", "victims", 14, 14)]),
]

ENGLISH += [
    ("At the camp, 27 fell ill and were rushed to hospital.", [("hospitalized", "people", 27, 27)]),
    ("Some 40 fell sick and were hospitalised overnight.", [("hospitalized", "people", 36, 44)]),
    # controls: the symptom alone, and a second figure with its own predicate
    ("About 60 fell ill after the wedding.", [("other", "sick people", 54, 66)]),
    ("Eleven fell ill and three died.", [("other", "sick people", 11, 11), ("killed", "people", 3, 3)]),
]


test_english_round5_enc = rows_test(ENGLISH, "en")
