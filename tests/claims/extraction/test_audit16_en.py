"""Misreads of the round-16 English audit (audit16_en: 403 sentences with figures from about 75 real reports of wire,
national and local outlets, 278 claims with a specific measure reviewed, 15 misread before any fix), each fixed as a
class of the language; every sentence here is our own (invented places, people and figures).

Each row: text, then (measure, subject, low, high) for every claim.

- plural nouns of a measure verb that count no people (``[morphology] blocked``, ``[typos] words``): "massacres" are
  events (Gaza ministry dailies as Arab Observer, Al-Quds, PLF and Yeni Safak print them: "committed 29 massacres,
  claiming the lives of 248", "committed five massacres ... killing and injuring at least 294"), "levels" is no
  levelling ("increase the levels of nine sentences"). Controls: the verb and the singular noun keep killed; the
  participle "levelled" keeps damaged.
- "walked out of" a place is leaving it, no walkout ([other_verbs]; hostage and jail copy: "the two gunmen walked out
  of the shop"); "walked out" alone stays a strike.
- a count of reports ``far_objects.report_object``: "Forecasters received more than 900 reports of wind damage", "the
  Storm Prediction Center received over 700 reports" (storm copy of two outlets) count reports; a report noun before
  the figure ("received reports of 16 persons injured", NDRRMC copy) keeps the people's measure.
- a measure verb whose object carries a relative clause with the figure (``far_objects.relative_object``): "Police
  shot dead a gunman who held four firefighters hostage", "gunmen who held six people hostage ... were arrested",
  "had been holding about 20 hostages": the hostages are neither killed nor arrested. Controls: the figure as the
  verb's own object with a relative clause after it; a toll with an aside between commas.
- charges are things (``[nouns]``): a crime word after them names the charges, no people killed ("found guilty of 26
  of 27 charges ranging from murder and gun possession" in London court copy, "guilty of capital murder and three other
  charges" on CNN, "100 other charges ranging from tax evasion to drug possession" on Yahoo). Controls: people
  charged keep their own noun; arrests beside charges keep arrested.
- a figure after "of" in a preposition's object is no subject (``far_objects.prepositional_object``): a verb
  coordinated after it is the gunman's ("fired the shots ... into the gathering of 25 to 30 people ..., then fled in
  a vehicle", AP on Long Beach; "approached the group and fired several shots ... before fleeing", the Inquirer on
  Philadelphia; "opened fire on a crowd ... the man fled", Baltimore copy). Controls: the figure as subject; a noun
  that names its own measure; a verb with its own figure after "and".
- bodies the searchers could not identify are unidentified bodies ([other_verbs]: "two bodies we have not been able to
  identify", Nepal landslide copy), beside the toll they belong to.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

EVENT_PLURALS: list[Any] = [
    (
        "The ministry said the army committed four massacres in the past day, with 38 dead arriving at hospitals.",
        [("other", "massacres", 4, 4), ("killed", "people", 38, 38)],
    ),
    (
        "Seven massacres were recorded in the northern districts last month.",
        [("other", "massacres", 7, 7)],
    ),
    (
        "Militias carried out two massacres on Sunday, killing at least 31 villagers.",
        [("other", "massacres", 2, 2), ("killed", "people", 31, None)],
    ),
    (
        "Prosecutors asked the appeal court to raise the levels of six fines imposed last year.",
        [("other", "fines imposed", 6, 6)],
    ),
    # controls: the verb and the singular noun; the participle of levelling
    ("Gunmen massacred 19 farmers in Tamsa on Tuesday.", [("killed", "people", 19, 19)]),
    ("The massacre of 26 worshippers shocked the region.", [("killed", "people", 26, 26)]),
    ("The blast levelled 23 homes in the old quarter.", [("damaged", "homes", 23, 23)]),
]
test_plurals_of_measure_verbs_count_no_people = rows_test(EVENT_PLURALS, "en")

WALKED_OUT_OF: list[Any] = [
    ("Two robbers walked out of the bank carrying bags of cash.", [("other", "left", 2, 2)]),
    ("Some 30 inmates walked out of the jail after the guards fled.", [("other", "inmates", 27, 33)]),
    ("Eleven miners walked out of the shaft unhurt.", [("other", "miners", 11, 11)]),
    # controls: a walkout
    ("About 3,000 nurses walked out on Tuesday over pay.", [("participants", "people", 2700, 3300)]),
    ("More than 600 dockers walked out at the port on Monday.", [("participants", "people", 601, None)]),
]
test_walking_out_of_a_place_is_no_walkout = rows_test(WALKED_OUT_OF, "en")

REPORT_COUNTS: list[Any] = [
    ("The weather service logged more than 400 reports of hail damage.", [("other", "reports", 401, None)]),
    ("Emergency lines took 1,200 calls about flooded homes overnight.", [("other", "calls", 1200, 1200)]),
    (
        "Forecasters received 95 reports of wind damage across the two states.",
        [("other", "reports", 95, 95), ("other", "states", 2, 2)],
    ),
    # controls: the report noun before the figure, which counts the people
    (
        "Officials received reports of 11 people injured and two missing in the town.",
        [("injured", "people", 11, 11), ("missing", "people", 2, 2)],
    ),
]
test_a_count_of_reports_counts_reports = rows_test(REPORT_COUNTS, "en")

RELATIVE_OBJECTS: list[Any] = [
    ("Police shot dead a gunman who held nine shoppers hostage.", [("other", "customers", 9, 9)]),
    ("Troops shot dead a militant who was holding 12 villagers captive.", [("other", "villagers", 12, 12)]),
    ("Officers killed a robber who had held 20 people hostage at a bank.", [("other", "people", 20, 20)]),
    # controls: the figure is the verb's own object; an aside between commas after a toll
    ("The gunman killed four people who were waiting at a bus stop.", [("killed", "people", 4, 4)]),
    ("Police arrested three men who had robbed a petrol station.", [("arrested", "men", 3, 3)]),
    (
        "The death toll, which stood at 12 on Monday, has risen to 40.",
        [("killed", "people", 12, 12), ("killed", "people", 40, 40)],
    ),
]
test_a_figure_in_the_objects_relative_clause = rows_test(RELATIVE_OBJECTS, "en")

UNIDENTIFIED: list[Any] = [
    (
        "The toll stands at 19, including two bodies police have not been able to identify.",
        [("killed", "people", 19, 19), ("other", "unidentified bodies", 2, 2)],
    ),
    (
        "Rescuers recovered eight bodies that officials were unable to identify.",
        [("other", "unidentified bodies", 8, 8)],
    ),
    # control: bodies recovered
    ("Rescuers recovered eight bodies from the river on Friday.", [("killed", "people", 8, 8)]),
]
test_bodies_nobody_could_identify = rows_test(UNIDENTIFIED, "en")

CHARGES: list[Any] = [
    ("He was convicted on 14 charges including murder and robbery.", [("other", "charges", 14, 14)]),
    ("The brothers face 9 charges ranging from murder to arson.", [("other", "charges", 9, 9)]),
    ("A jury found her guilty of manslaughter and four other charges.", [("other", "charges", 4, 4)]),
    # controls: the people charged; arrests beside the charges
    ("The 12 men were charged with murder on Friday.", [("other", "men", 12, 12)]),
    ("Police arrested 15 people over the killing.", [("arrested", "people", 15, 15)]),
]
test_charges_are_no_people_killed = rows_test(CHARGES, "en")

PREPOSITIONAL_OBJECTS: list[Any] = [
    ("The gunman opened fire on a crowd of 200 people and fled in a car.", [("other", "people", 200, 200)]),
    (
        "A man fired into a group of 40 to 50 people outside the hall, then fled on foot.",
        [("other", "people", 40, 50)],
    ),
    ("The shooter fired at a group of 12 people before fleeing in a stolen van.", [("other", "people", 12, 12)]),
    # controls: the figure as subject; a noun of its own measure; a verb with its own figure
    ("About 300 villagers fled to the hills after the attack.", [("displaced", "people", 270, 330)]),
    (
        "Soldiers fired into a crowd of about 2,000 people, and 9 were killed.",
        [("participants", "people", 1800, 2200), ("killed", "people", 9, 9)],
    ),
]
test_a_figure_in_a_prepositional_object_is_no_subject = rows_test(PREPOSITIONAL_OBJECTS, "en")
