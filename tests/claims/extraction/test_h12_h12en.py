"""Reports as they come, round 9 wave 2 (issue 11): classes shown by a fresh corpus of real-news paraphrases
(``corpora/h12en1.json`` ..., labelled before any run: Nigerian village raids, Kenyan county floods, Pakistani
blasts, Philippine NDRRMC reports, South African tavern shootings), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- people staying, sheltering or housed in evacuation or relief centres with the count of centres between the verb
  and the shelter noun (NDRRMC and DSWD reports, Malaysian flood copy) are displaced; the families beside them stay
  households and the centres things (``shelter_stays.sheltered``, ``[cues] shelter_stays``);
- "died later in hospital", "later died at a hospital" are a part by where they died, as "died in hospital"
  (``[other_verbs]``);
- "admitted for treatment" is hospitalized (``[measures] hospitalized``);
- houses "either totally destroyed or partially damaged", "totally or partially damaged": both grades together are
  the damage total, one grade alone a subset (``[measures] damaged``);
- crews or marchers who "suffered heat stress" or were "treated for heat exhaustion" are a condition of their own,
  no force deployed (``[other_verbs]``);
- "Tk" before a figure is Bangladeshi taka (``[currencies] BDT``);
- evacuees "able to return home" are returnees, ``other`` (``[other_verbs]``);
- Nigerian "local government areas" (LGAs) are things, districts: a death toll's clause does not make them dead
  (``[nouns]``);
- homes or houses said to be lost ("were reported lost", "have been lost") are destroyed, a list after them too;
  jobs, lives and people lost keep their own reading (``lost_homes.lost_homes``, ``[cues] lost_things``);
- police officers who flee a crowd are no displaced group: ``other``, as suspects and gunmen who flee (``[nouns]``
  ``fled``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # people in shelters, the count of shelters between
    (
        "A total of 2,015 families or 7,460 persons are staying in 88 evacuation centers in Samar, the agency said.",
        [
            ("other", "households", 2015, 2015),
            ("displaced", "people", 7460, 7460),
            ("other", "evacuation centres", 88, 88),
        ],
    ),
    (
        "About 3,900 residents were taking temporary shelter in 27 evacuation centres on Monday night.",
        [("displaced", "people", 3510, 4290), ("other", "evacuation centres", 27, 27)],
    ),
    (
        "More than 1,450 flood victims remain housed at 19 temporary relief centres in Pahang.",
        [("displaced", "people", 1451, None), ("other", "relief centres", 19, 19)],
    ),
    # control: guests staying in hotels are no displaced people
    (
        "Some 420 tourists were staying in 12 hotels near the bay when the warning was issued.",
        [("other", "tourists", 378, 462), ("other", "hotels", 12, 12)],
    ),
    # died later in hospital
    (
        "Four passengers died at the scene and three others died later in hospital, police said.",
        [("killed", "people", 4, 4), ("other", "died in hospital", 3, 3)],
    ),
    (
        "Two of the wounded later died at a hospital in Durban.",
        [("killed", "people", 2, 2)],  # round 16: the sole figure of the dead counts the dead
    ),
    # admitted for treatment
    (
        "The remaining 16 were admitted for treatment at the district headquarters hospital.",
        [("hospitalized", "people", 16, 16)],
    ),
    (
        "At least 23 children were admitted for treatment after eating the meal, officials said.",
        [("hospitalized", "children", 23, None)],
    ),
    # both damage grades together
    (
        "Some 6,210 houses were either totally destroyed or partially damaged by the storm.",
        [("damaged", "houses", 5589, 6831)],
    ),
    (
        "The typhoon left 940 homes totally or partially damaged in three provinces.",
        [("damaged", "homes", 940, 940), ("other", "provinces", 3, 3)],
    ),
    # heat stress among crews
    (
        "Nine firefighters had suffered heat stress by Sunday evening, the fire service said.",
        [("other", "firefighters", 9, 9)],
    ),
    (
        "Four soldiers were treated for heat exhaustion during the search.",
        [("other", "soldiers", 4, 4)],
    ),
    # control: crews sent keep the deployment
    (
        "About 140 firefighters were deployed to the blaze overnight.",
        [("deployed", "people", 126, 154)],
    ),
    # taka before the figure
    (
        "The district administration gave Tk 30,000 to each injured worker.",
        [("other", "BDT", 30000, 30000)],
    ),
    # evacuees who went back
    (
        "About 2,400 residents were able to return home on Thursday afternoon.",
        [("other", "returnees", 2160, 2640)],
    ),
    # local government areas are things
    (
        "The cases and deaths were recorded in nine states and 31 local government areas, the centre said.",
        [("other", "states", 9, 9), ("other", "districts", 31, 31)],
    ),
    (
        "Health officials confirmed 22 deaths across 64 LGAs.",
        [("killed", "people", 22, 22), ("other", "districts", 64, 64)],
    ),
    # homes lost
    (
        "Three homes were reported lost near Bellbrook and another two at Nulla Creek.",
        [("damaged", "homes", 3, 3), ("damaged", "homes", 2, 2)],
    ),
    (
        "Authorities said 58 houses have been lost since the fire jumped the river.",
        [("damaged", "houses", 58, 58)],
    ),
    # controls: jobs and people lost
    (
        "About 640 jobs were lost when the smelter closed.",
        [("other", "jobs", 576, 704)],
    ),
    (
        "Five fishermen were lost at sea off the cape.",
        [("missing", "people", 5, 5)],
    ),
    # police who flee
    (
        "Six officers were seen fleeing from the stone-throwing youths near the market.",
        [("other", "officers", 6, 6)],
    ),
    (
        "Two policemen fled on foot when the crowd set their patrol car alight.",
        [("other", "police", 2, 2)],
    ),
    # control: residents who flee are displaced
    (
        "About 700 residents fled from the advancing flames on Friday.",
        [("displaced", "people", 630, 770)],
    ),
    # control: one grade alone is a subset
    (
        "The typhoon left 310 houses totally destroyed.",
        [("other", "totally destroyed houses", 310, 310)],
    ),
]


test_h12_h12en = rows_test(ENGLISH, "en")
