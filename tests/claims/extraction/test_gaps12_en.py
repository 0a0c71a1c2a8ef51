"""Classes that fresh English copy kept missing (issue 11, round 9, gaps12en), each read in real reports first.

Every sentence is our own (invented places, people and figures). Readings follow DESIGN.md 4 and 4.1. The classes:

- a hospital named by open modifiers before its head ("admitted to the national hospital", "flown to the regional
  trauma center", "taken to the university medical centre", "admitted to the state burn institute"): admission,
  ``hospitalized`` (``named_hospitals``: ``[cues] hospital_modifiers`` and the two-word heads of
  ``hospital_head_pairs``; one word alone, "centre" or "institute", names no hospital);
- soldiers, police and rescuers "helping with the evacuation" are a force at work: ``deployed`` (``[measures]
  deployed``, beside "joined the search"); "took part in the operation" is left out, since militants take part in
  operations too.
- shelters counted inside a displacement's destination ("moved 412,300 people to 10,950 cyclone shelters",
  "were sheltering at 24 relief centres", "huddled in about 5,100 shelters", "shifted to 60 shelter homes"): the
  people are ``displaced``, the shelters' figure ``other`` (``counted_shelters``; "centres" alone may be vaccination
  centres, so only "relief" or "evacuation centres" count).
- an adverb before a measure participle that modifies the counted noun ("the 203 newly hospitalised patients",
  "recently evacuated families"): the participle names the measure (``noun_phrase``: only the adverb is stepped over
  when the participle is a measure word; "locally made guns" and "heavily armed men" stay ``other``).
- two modifiers joined by "and" that share one person noun ("1,200 emergency and rescue workers were sent", "70 state
  and federal agents"): the noun names the group, so the figure takes the verb's measure (``coordinated_modifiers``);
  India's home guards are a force (``[nouns]``, security forces).
- the present progressive of care at a hospital ("30 patients are being treated at the district hospital", as
  "were being treated at" already was): ``hospitalized``; treated "at the scene" with its auxiliary stays ``injured``
  (a longer phrase than the admission's, ``[measures] injured``; "were being treated at the scene" was read as
  admissions before).
- people running from a crime scene or from a shooting at a party or a house ("fleeing the scene", "teens fleeing a
  home after shots") are no displaced population: ``other`` (``[other_verbs]``; "fled their homes" stays displaced).

Control rows, where another reading is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a hospital whose modifier is open: admission
    ("Nine of the miners were admitted to the national hospital in Korvel.", [("hospitalized", "people", 9, 9)]),
    ("Two hikers were flown to the regional trauma center after the rockfall.", [("hospitalized", "people", 2, 2)]),
    (
        "Four passengers from the ferry have been admitted to the university medical centre, a spokeswoman said.",
        [("hospitalized", "people", 4, 4)],
    ),
    (
        "Six workers with severe burns were admitted to the state burn institute on Tuesday.",
        [("hospitalized", "people", 6, 6)],
    ),
    ("Eleven pupils were taken to the central hospital with breathing problems.", [("hospitalized", "people", 11, 11)]),
    # control: a centre that is no hospital (no admission)
    ("About 300 residents were moved to the city centre overnight.", [("other", "residents", 270, 330)]),
    # control: an institute alone names no hospital
    ("The 45 students went to the national institute for the exam.", [("other", "students", 45, 45)]),
    # control: bodies received by a morgue are the dead, no admission
    ("The morgue received 12 bodies from the quarry.", [("killed", "people", 12, 12)]),
    # a force helping with an evacuation: deployed
    ("About 650 soldiers are helping with the evacuation of the delta.", [("deployed", "soldiers", 585, 715)]),
    (
        "Some 120 police officers were assisting with the evacuation, and 38 residents were still missing.",
        [("deployed", "police", 108, 132), ("missing", "people", 38, 38)],
    ),
    (
        "More than 300 firefighters are helping with evacuations along the river.",
        [("deployed", "people", 301, None)],
    ),
    # shelters counted inside the destination: the people are displaced
    (
        "Officials moved 86,400 villagers from the low-lying islands to 1,270 cyclone shelters overnight.",
        [("displaced", "people", 86400, 86400), ("other", "shelters", 1270, 1270)],
    ),
    (
        "About 7,900 people from 2,100 households were sheltering at 31 relief centres on Thursday.",
        [("displaced", "people", 7110, 8690), ("other", "households", 2100, 2100), ("other", "relief centres", 31, 31)],
    ),
    (
        "Nearly 640,000 residents of the delta huddled in about 2,300 shelters as the storm made landfall.",
        [("displaced", "people", 576000, 639999), ("other", "shelters", 2070, 2530)],
    ),
    (
        "Some 12,500 people had been shifted to 60 shelter homes by Tuesday evening.",
        [("displaced", "people", 11250, 13750), ("other", "homes", 60, 60)],
    ),
    # control: people at counted centres of another kind are no evacuees
    (
        "Nurses vaccinated 4,200 children at 35 centres on Saturday.",
        [("other", "children", 4200, 4200), ("other", "centres", 35, 35)],
    ),
    # control: a nearer measure word keeps its figure
    (
        "Gunmen killed 14 people at two relief camps near Dorin.",
        [("killed", "people", 14, 14), ("other", "relief camps", 2, 2)],
    ),
    # an adverb before a measure participle: the participle names the measure
    (
        "Health officials said 318 newly hospitalised patients were in the capital.",
        [("hospitalized", "people", 318, 318)],
    ),
    ("About 60 recently evacuated families are staying with relatives.", [("displaced", "people", 54, 66)]),
    # control: an adverb before a participle that names no measure
    ("Customs officers seized 48 locally made pistols.", [("other", "pistols", 48, 48)]),
    ("Some 15 heavily armed men attacked the depot.", [("other", "men", 14, 16)]),
    # modifiers joined by "and" sharing a person noun
    ("Nearly 900 medical and rescue workers were sent to the quarry.", [("deployed", "people", 810, 899)]),
    ("At least 70 state and federal agents were deployed at the border.", [("deployed", "police", 70, None)]),
    ("About 3,400 home guards were deployed for the fair.", [("deployed", "security_forces", 3060, 3740)]),
    # control: modifiers sharing a thing noun stay other
    ("Some 40 red and white balloons were released at the vigil.", [("other", "released", 36, 44)]),
    # the present progressive of care at a hospital: admissions
    (
        "Twenty-two patients are being treated at the provincial hospital, the health office said.",
        [("hospitalized", "people", 22, 22)],
    ),
    ("Four firefighters are being treated at Mercy Hospital for burns.", [("hospitalized", "people", 4, 4)]),
    # control: treated at the scene is an injury, with any auxiliary
    ("Sixteen spectators were being treated at the scene, paramedics said.", [("injured", "people", 16, 16)]),
    ("Nine hikers are being treated at the scene for hypothermia.", [("injured", "people", 9, 9)]),
    # running from a crime scene: other
    ("Neighbours saw two men fleeing the scene on a motorbike.", [("other", "men", 2, 2)]),
    ("Police received calls about 30 guests fleeing a house after gunfire.", [("other", "people", 27, 33)]),
    # control: people who fled their homes are displaced
    ("About 4,500 villagers fled their homes as the river rose.", [("displaced", "people", 4050, 4950)]),
    # control: taking part in an operation stays other (the agents may be militants)
    ("Some 40 fighters took part in the operation against the outpost.", [("other", "fighters", 36, 44)]),
]


test_english_gaps12 = rows_test(ENGLISH, "en")
