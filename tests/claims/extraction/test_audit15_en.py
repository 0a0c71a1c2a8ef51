"""Classes an audit of English real copy showed (issue 11, round 15, r15aen: disaster, unrest, crime, accident,
epidemic and migration desks of African, South Asian, Latin American, Pacific, Australian, UK and US local outlets),
each fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(Philippine ferry copy, Queensland
fire copy, Bangladeshi DGHS dengue dailies, Nepali hospital copy, Indian and Delhi Covid home-care copy, Sri Lankan
and Pakistani election security copy, Australian crash copy, US local jail copy). Each row: text, then (measure,
subject, low, high) for every claim.

- a whole a vague part is taken from (``quantified_wholes.py``): "most of the 620-plus passengers and 121 crew remain
  missing" counts no 121 missing. Controls: "all" is the whole; a counted part ("six of the 40") keeps its measure.
- heat illness with a grade ("15 firefighters suffering from severe heat stress") is the condition, no deployment;
  "less serious injuries" is the lower grade, as "minor injuries" (lexicon). Controls: firefighters at work are
  deployed; burns are injuries; "serious injuries" keeps its grade.
- care in hospitals in South Asian wording: "taking treatment at different hospitals", "receiving treatment at"
  a hospital by its name are hospitalized; care at home ("are being treated at home", "receiving treatment at home")
  is no hospital stay (lexicon). Controls: "receiving treatment at the scene" stays injured; "remain in hospital".
- a share per unit (``per_unit.py``): "Two police officers would be deployed at each centre" sends no 2 officers
  in all. Controls: a total deployed at polling stations; "in each of the three blasts" keeps its measure.
- a jail's stock (``held_stock.py``): "the county jail holds about 240 inmates" counts no arrests. Controls: inmates
  arrested or recaptured stay arrests.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

VAGUE_PARTS: list[Any] = [
    (
        "Three divers were killed and most of the 140 passengers and 22 crew remain unaccounted for.",
        [("killed", "people", 3, 3), ("other", "passengers", 140, 140), ("other", "crew members", 22, 22)],
    ),
    ("Many of the 75 villagers are still missing after the landslide.", [("other", "villagers", 75, 75)]),
    ("Most of the 300 passengers remain missing.", [("other", "passengers", 300, 300)]),
    # controls: "all" is the whole; a counted part keeps its measure
    ("All 18 fishermen remain missing.", [("missing", "people", 18, 18)]),
    ("Six of the 40 workers were injured.", [("injured", "people", 6, 6), ("other", "workers", 40, 40)]),
]
test_a_whole_a_vague_part_is_taken_from = rows_test(VAGUE_PARTS, "en")

GRADES: list[Any] = [
    (
        "Eleven firefighters were treated for severe heat exhaustion at the scene.",
        [("other", "firefighters", 11, 11)],
    ),
    ("Crews said 23 firefighters suffered from severe heat stress on Saturday.", [("other", "firefighters", 23, 23)]),
    (
        "Officials said two sheds were destroyed, with 15 firefighters suffering from severe heat stress.",
        [("damaged", "sheds", 2, 2), ("other", "firefighters", 15, 15)],
    ),
    ("Seven others sustained less serious injuries, police said.", [("other", "lightly injured", 7, 7)]),
    ("Ten others suffered less serious injuries.", [("other", "lightly injured", 10, 10)]),
    # controls: firefighters at work; burns; the serious grade
    ("Fifty firefighters battled the blaze overnight.", [("deployed", "people", 50, 50)]),
    ("Nine firefighters suffered burns.", [("injured", "people", 9, 9)]),
    ("Four people suffered serious injuries.", [("other", "seriously injured", 4, 4)]),
]
test_heat_illness_and_the_lower_grade = rows_test(GRADES, "en")

CARE: list[Any] = [
    (
        "Some 3,120 patients are now taking treatment at various government and private hospitals.",
        [("hospitalized", "people", 2808, 3432)],
    ),
    ("As many as 48 people are taking treatment at Bir Hospital.", [("hospitalized", "people", 0, 48)]),
    (
        "A total of 212 people are receiving treatment at Sheikh Rahman Medical College Hospital.",
        [("hospitalized", "people", 212, 212)],
    ),
    (
        "Some 140 mild cases are receiving treatment at home, while 35 patients remain in hospital.",
        [("other", "cases", 126, 154), ("hospitalized", "people", 35, 35)],
    ),
    ("About 900 patients are being treated at home.", [("other", "patients", 810, 990)]),
    ("Twelve patients are undergoing treatment at home.", [("other", "patients", 12, 12)]),
    # controls: care at the scene; being treated at a hospital
    ("Eleven people were receiving treatment at the scene.", [("injured", "people", 11, 11)]),
    ("Five patients were being treated at the district hospital.", [("hospitalized", "people", 5, 5)]),
]
test_care_in_hospitals_and_at_home = rows_test(CARE, "en")

PER_UNIT: list[Any] = [
    ("Three police officers will be stationed at each polling booth.", [("other", "police", 3, 3)]),
    ("Eight soldiers were posted in every village along the border.", [("other", "soldiers", 8, 8)]),
    ("Two police officers would be deployed at each centre.", [("other", "police", 2, 2)]),
    # controls: a total at polling stations; a toll in each of several events
    (
        "About 4,500 police officers will be deployed at polling stations across the district.",
        [("deployed", "police", 4050, 4950)],
    ),
    (
        "Two people were killed in each of the three blasts.",
        [("killed", "people", 2, 2), ("other", "explosions", 3, 3)],
    ),
]
test_a_share_per_unit_is_no_total = rows_test(PER_UNIT, "en")

JAIL_STOCK: list[Any] = [
    ("The county jail holds about 380 inmates.", [("other", "inmates", 342, 418)]),
    ("Built in 1972, the prison houses 1,450 inmates.", [("other", "inmates", 1450, 1450)]),
    # controls: inmates arrested or recaptured
    ("Police arrested 38 inmates after the riot.", [("arrested", "people", 38, 38)]),
    ("Guards recaptured 14 inmates on Sunday.", [("arrested", "people", 14, 14)]),
]
test_a_jails_stock_is_no_arrest = rows_test(JAIL_STOCK, "en")
