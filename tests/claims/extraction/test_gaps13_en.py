"""Classes that fresh English copy kept missing (issue 11, round 10, gaps13en), each read in real reports first.

Every sentence is our own (invented places, people and figures). Readings follow DESIGN.md 4 and 4.1 and the
conventions the lead settled in round 10. The classes:

- people a hospital treated ("Hospitals treated 2,300 people", "the hospital had treated about 2,800 patients",
  "Local hospitals have treated dozens of residents for smoke inhalation"): treated AT a hospital is a hospital
  stay, ``hospitalized`` whatever the noun (``ward_patients``: ``[cues] hospital_treat_verbs``); medics or doctors
  who treated people, or a hospital team treating them at the scene (``treat_scene_words``), stay ``other``.
- wounded people (an injury word as attribute or reduced relative of the counted noun) whose predicate is care at a
  hospital ("41 wounded villagers, including six children, were being treated at the provincial hospital"):
  ``hospitalized``, with their parts (``treated_wounded``: ``[cues] care_auxiliaries``); "were injured and were
  treated at the hospital" keeps its injury predicate, treated at the scene stays ``injured``.
- people or wounded a hospital "received" (the verb right before the figure, a hospital or ward named in the
  sentence): ``hospitalized`` (``ward_patients``: ``admission_receipt_verbs``); bodies a morgue received stay killed.
- a speaker's "we have lost n people" (outbreak and road-safety quotes): ``killed`` (``lost_people``: ``[cues]
  loss_verbs``, only before a generic person noun); "lost 40 homes" stays ``other``.
- those who "remain there" (or, after "where", "remain" at the clause end) after an admission in the sentence: the
  stock still in hospital, ``hospitalized``; the admissions beside them ``other``, subject ``admitted`` (DESIGN 4.1;
  ``remaining_stock``: ``[cues] stock_verbs``, ``stock_place_adverbs``, ``stock_place_relatives``); "remain missing"
  or "remain in custody" keep their own measure.
- last year's value in brackets right after a measured figure, bare or with a time adjunct ("rose to 287 (253 last
  year)", "deaths: 284 (327)"): the same measure (``bracketed_earlier``: ``[cues] bracket_earlier_adjuncts``); a
  bracketed part with a noun or a grade ("killed 40 (12 children)", "injured (3 seriously)") is left to its rules.
- a Title Case headline's measure participle after the counted noun ("19 Students Hospitalised After Eating ...",
  "Nine Miners Killed After Roof Collapse") reads as the same verb in lower case (settled in round 10): the noun
  phrase no longer takes a capitalised measure word for a proper name (``noun_phrase``).
- a headline's "n held" with no auxiliary ("Six held after clashes", "63 Held, Including ...", "Three Farmers Held
  as ..."): ``arrested`` (``held_headlines``: ``[cues] headline_hold_verbs``, ``headline_hold_followers``); "held a
  vigil", "held hostage" stay ``other``.
- the subject of a unit figure names the unit the sentence writes ("45 degrees Celsius", "41C": degrees Celsius;
  "113 Fahrenheit": degrees Fahrenheit; "1.2 tonnes": tonnes), not the ``[units]`` key that folds scales and
  spellings (``unit_names``: ``[composed_labels.unit_names]``); "30 degrees" and "7 tons" keep their word.

Control rows, where another reading is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # people a hospital treated: hospitalized, with their own noun
    (
        "Hospitals in Dorran treated 1,150 people for heat exhaustion last week.",
        [("hospitalized", "people", 1150, 1150)],
    ),
    (
        "The regional hospital had treated about 640 patients by Thursday evening, a spokesman said.",
        [("hospitalized", "people", 576, 704)],
    ),
    (
        "Local hospitals have treated dozens of residents for smoke inhalation since the warehouse fire.",
        [("hospitalized", "residents", 24, 99)],
    ),
    (
        "Hospitals across the valley are treating 85 villagers bitten by snakes.",
        [("hospitalized", "villagers", 85, 85)],
    ),
    # control: medics or doctors who treated people name no hospital
    ("Medics treated 40 people at the fairground.", [("other", "people", 40, 40)]),
    ("Doctors treated 30 pupils after the gas leak.", [("other", "pupils", 30, 30)]),
    # control: a hospital team treating people at the scene is no hospital stay
    ("A team from the district hospital treated 40 villagers at the scene.", [("other", "villagers", 40, 40)]),
    # control: staff a hospital has are no patients
    ("The hospital has 300 staff.", [("other", "employees", 300, 300)]),
    # wounded people a hospital is treating
    (
        "Officials said 41 wounded villagers, including six children, were being treated at the provincial hospital.",
        [("hospitalized", "people", 41, 41), ("hospitalized", "children", 6, 6)],
    ),
    (
        "Eleven workers hurt in the explosion were treated at the Harwick general hospital.",
        [("hospitalized", "people", 11, 11)],
    ),
    # a reduced relative with the injury word, then care at a hospital (merge of gate13en's modifier gate)
    (
        "Twelve passengers hurt in the derailment were treated at the Orwin county hospital, including two officers.",
        [("hospitalized", "people", 12, 12), ("hospitalized", "police", 2, 2)],
    ),
    # control: care in a clause of its own after a comma and a coordinator keeps the tally's measure
    (
        "The number of miners injured in the collapse rose from 6 to 9, and all of them are being treated"
        " at the mine hospital.",
        [("injured", "people", 6, 6), ("injured", "people", 9, 9)],
    ),
    # control: an injury predicate before the care, or care at the scene
    ("Fourteen fans were injured and were treated at the hospital.", [("injured", "people", 14, 14)]),
    ("Nine injured hikers were treated at the scene by a hospital team.", [("injured", "people", 9, 9)]),
    # people or wounded a hospital received
    (
        'A doctor at the Kessel district hospital said: "We have received 17 wounded since dawn."',
        [("hospitalized", "people", 17, 17)],
    ),
    (
        '"We received 240 dehydrated patients on Sunday," said the head of the ward.',
        [("hospitalized", "people", 240, 240)],
    ),
    # control: bodies or calls a hospital received are no admissions
    ("The hospital morgue received 25 bodies from the mine.", [("killed", "people", 25, 25)]),
    ("The hospital received 60 calls about the gas leak.", [("other", "calls", 60, 60)]),
    # a speaker's losses of people
    ('"We have lost 52 people to this fever since March," the governor said.', [("killed", "people", 52, 52)]),
    ("The coast lost 18 residents in the storm surge, the mayor said.", [("killed", "people", 18, 18)]),
    # control: homes and players lost are no deaths
    ("The hamlet lost 40 homes in the mudslide.", [("other", "homes", 40, 40)]),
    # the stock still in hospital beside the admissions
    (
        "Thirty-four people were admitted to hospital and nine remain there, the health office said.",
        [("other", "admitted", 34, 34), ("hospitalized", "people", 9, 9)],
    ),
    (
        "Eight of the passengers were flown to hospital, where three remain.",
        [("other", "admitted", 8, 8), ("hospitalized", "people", 3, 3)],
    ),
    # control: those who remain missing or in custody keep their measure
    (
        "Twelve people were taken to hospital and three remain missing.",
        [("hospitalized", "people", 12, 12), ("missing", "people", 3, 3)],
    ),
    # last year's value in brackets after a measured figure
    (
        "Road deaths over the festival week climbed to 312 (276 last year), the safety centre said.",
        [("killed", "people", 312, 312), ("killed", "people", 276, 276)],
    ),
    (
        "Crashes: 1,840 (1,902); deaths: 198 (221); injured: 1,655 (1,730)",
        [
            ("other", "accidents", 1840, 1840),
            ("other", "accidents", 1902, 1902),
            ("killed", "people", 198, 198),
            ("killed", "people", 221, 221),
            ("injured", "people", 1655, 1655),
            ("injured", "people", 1730, 1730),
        ],
    ),
    # control: a bracketed part with a noun keeps its own reading
    (
        "The blast killed 26 (nine children) in the market.",
        [("killed", "people", 26, 26), ("killed", "children", 9, 9)],
    ),
    # Title Case headline verbs after the counted noun
    ("14 Pupils Hospitalised After Eating Tainted Porridge", [("hospitalized", "people", 14, 14)]),
    ("Nine Miners Killed After Roof Collapse In Ostrava Pit", [("killed", "people", 9, 9)]),
    ("Twelve Villagers Missing After Landslide Hits Kerro", [("missing", "people", 12, 12)]),
    # control: a capitalised name after the noun that is no measure word stays the noun's name
    ("About 300 residents of Port Ellery signed the petition.", [("other", "residents", 270, 330)]),
    # a headline's "n held"
    ("Eight held after clashes at Dunmore football ground", [("arrested", "people", 8, 8)]),
    ("Fifteen Held Following Protest at Larne Depot", [("arrested", "people", 15, 15)]),
    ("Two Brothers Held as Police Probe Warehouse Fire", [("arrested", "people", 2, 2)]),
    ("Dozens held over clashes near the border post", [("arrested", "people", 24, 99)]),
    # control: "held" with an object or a state stays other
    ("About 400 students held a vigil outside the school.", [("other", "students", 360, 440)]),
    ("The 16 held hostage on the ferry were freed.", [("other", "hostages", 16, 16)]),
    # a unit figure's subject names the unit written
    ("Temperatures in Sallow topped 48 degrees Celsius on Monday.", [("other", "celsius", 48, None)]),
    (
        "It was 42C (108F) in the shade at noon.",
        [("other", "celsius", 42, 42), ("other", "fahrenheit", 108, 108)],
    ),
    ("Customs officers seized 2.6 tonnes of cannabis at the port.", [("other", "tons", 2.6, 2.6)]),
    # control: the bare word keeps its subject
    ("The barge carried 900 tons of coal.", [("other", "tons", 900, 900)]),
    ("It was 31 degrees in the shade.", [("other", "degrees", 31, 31)]),
]


test_english_gaps13 = rows_test(ENGLISH, "en")
