"""English news constructions, one row per wording (docs/lexicons.md, "How the lexicons were built").

Every sentence is our own: places, people and figures are invented; the wordings are the ones read in
English wire copy (AFP, AP, Reuters, CNN, BBC ...) on disasters, unrest, epidemics, accidents and crime.
Readings follow DESIGN.md sections 4 and 4.1. Each row: text, then (measure, subject, low, high[, place])
for every claim of the sentence, in order.

Rows marked ``gap(...)`` name a construction the extractor does not read yet (xfail, not strict): they
are listed for the extractor in /work/notes/extract_coordination.md and turn into passes when it does.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

KILLED: list[Any] = [
    ("At least 27 people were killed when a ferry capsized off Port Amara.", [("killed", "people", 27, None)]),
    ("The death toll from the landslide has risen to 41.", [("killed", "people", 41, 41)]),
    ("Floods have claimed the lives of 19 people in the northern district.", [("killed", "people", 19, 19)]),
    ("Two firefighters lost their lives battling the blaze.", [("killed", "people", 2, 2)]),
    ("Rescuers recovered 16 bodies from the collapsed mine.", [("killed", "people", 16, 16)]),
    ("Three protesters were shot dead by security forces.", [("killed", "protesters", 3, 3)]),
    ("Four climbers were found dead near the summit.", [("killed", "people", 4, 4)]),
    ("The number of dead climbed to 312 on Thursday.", [("killed", "people", 312, 312)]),
    ("Eleven people drowned when their boat overturned.", [("killed", "people", 11, 11)]),
    ("Five villagers were crushed to death by falling rocks.", [("killed", "people", 5, 5)]),
    ("Some 90 people are feared dead under the mud.", [("other", "people feared dead", 81, 99)]),
    ("The fire killed nearly a dozen workers at the plant.", [("killed", "people", 11, 11)]),
    ("Nine miners perished in the blast.", [("killed", "people", 9, 9)]),
    ("Gunmen massacred 14 villagers in the raid.", [("killed", "people", 14, 14)]),
    (
        "Fatalities topped 1,000 by the weekend.",
        [("killed", "people", 1001, None)],
    ),
    (
        "Three more bodies were found, bringing the toll to 64.",
        [("other", "increase", 3, 3), ("killed", "people", 64, 64)],
    ),
    (
        "Deaths: 14.",
        [("killed", "people", 14, 14)],
    ),
]

INJURED: list[Any] = [
    ("At least 64 people were injured in the blast.", [("injured", "people", 64, None)]),
    ("Twelve police officers were wounded in clashes.", [("injured", "police", 12, 12)]),
    ("Nine journalists were hurt while covering the protest.", [("injured", "journalists", 9, 9)]),
    (
        "Six people were seriously injured and 20 suffered minor injuries.",
        [("other", "seriously injured", 6, 6), ("other", "lightly injured", 20, 20)],
    ),
    ("Thirty people were treated at the scene for cuts and bruises.", [("injured", "people", 30, 30)]),
    ("Thirty people were treated and released.", [("injured", "people", 30, 30)]),
    ("The attack left 120 casualties.", [("other", "casualties", 120, 120)]),
    ("Eight soldiers suffered gunshot wounds in the ambush.", [("injured", "soldiers", 8, 8)]),
    (
        "Police said 27 officers were injured during the riot.",
        [("injured", "police", 27, 27)],
    ),
]

ARRESTED: list[Any] = [
    ("Police arrested 85 protesters overnight.", [("arrested", "protesters", 85, 85)]),
    ("More than 300 people were detained after the rally.", [("arrested", "people", 301, None)]),
    ("Nineteen people were held for questioning.", [("arrested", "people", 19, 19)]),
    ("Officers rounded up 40 suspected looters.", [("arrested", "people", 40, 40)]),
    ("Twelve suspects remain in custody.", [("arrested", "people", 12, 12)]),
    ("Seven suspects are still at large.", [("other", "fugitives", 7, 7)]),
    ("Police seized 14 firearms.", [("other", "firearms", 14, 14)]),
    ("Twenty people were charged with rioting.", [("other", "charged", 20, 20)]),
    ("Authorities jailed 30 opposition activists.", [("arrested", "people", 30, 30)]),
    # the subject of a measure-naming noun phrase is its counted noun
    ("The number of journalists detained by the junta has risen to 14.", [("arrested", "journalists", 14, 14)]),
    ("The festival organisers held 40 workshops.", [("other", "workshops", 40, 40)]),
    (
        "Arrests topped 500 on the third night.",
        [("arrested", "people", 501, None)],
    ),
]

MISSING: list[Any] = [
    ("Eight fishermen are still missing.", [("missing", "people", 8, 8)]),
    ("At least 40 people remain unaccounted for.", [("missing", "people", 40, None)]),
    ("Six hikers have not been found.", [("missing", "people", 6, 6)]),
    ("A dozen people were trapped in the rubble.", [("other", "trapped people", 12, 12)]),
    ("Twenty-one sailors were lost at sea.", [("missing", "people", 21, 21)]),
]

DISPLACED: list[Any] = [
    ("More than 12,000 people fled their homes.", [("displaced", "people", 12001, None)]),
    ("About 3,500 residents were evacuated from the coast.", [("displaced", "people", 3150, 3850)]),
    ("Nearly 800 families were forced from their homes.", [("other", "households", 720, 799)]),
    ("Some 2,000 people took shelter in schools and churches.", [("displaced", "people", 1800, 2200)]),
    (
        "Around 600 evacuees are staying in 14 evacuation centres.",
        [("displaced", "people", 540, 660), ("other", "evacuation centres", 14, 14)],
    ),
    ("Scores of residents spent the night in tents.", [("displaced", "people", 24, 99)]),
    ("Over 50,000 people were affected by the floods.", [("other", "people", 50001, None)]),
    ("About 700 travellers were stranded at the airport.", [("other", "stranded", 630, 770)]),
    ("Rescuers pulled 22 survivors from the rubble.", [("other", "survivors", 22, 22)]),
    ("Tens of thousands of refugees crossed into the neighbouring country.", [("displaced", "people", 20000, 99999)]),
    ("About 1,800 people were left homeless by the fire.", [("displaced", "people", 1620, 1980)]),
]

HOSPITALIZED: list[Any] = [
    (
        "Forty-one people were taken to hospital after eating contaminated food.",
        [("hospitalized", "people", 41, 41)],
    ),
    ("Eighteen workers needed hospital treatment.", [("hospitalized", "people", 18, 18)]),
    ("Twenty-three patients remain in hospital.", [("hospitalized", "people", 23, 23)]),
    ("Fifteen people were admitted to the hospital with burns.", [("hospitalized", "people", 15, 15)]),
    ("Nine people were in critical condition.", [("other", "in critical condition", 9, 9)]),
    ("Fourteen people were discharged on Monday.", [("other", "discharged patients", 14, 14)]),
    ("Thirty-two children were rushed to hospitals in the city.", [("hospitalized", "children", 32, 32)]),
]

DEPLOYED: list[Any] = [
    ("The government deployed 5,000 troops to the region.", [("deployed", "soldiers", 5000, 5000)]),
    ("About 2,000 National Guard members were called up.", [("deployed", "soldiers", 1800, 2200)]),
    ("More than 800 firefighters were sent to the fire.", [("deployed", "people", 801, None)]),
    ("Some 1,200 rescue personnel were involved in the search.", [("deployed", "people", 1080, 1320)]),
    ("Police dispatched 300 riot officers to the square.", [("deployed", "police", 300, 300)]),
    ("A further 1,500 soldiers are on standby.", [("other", "soldiers", 1500, 1500)]),
    ("The army sent two battalions to the border.", [("other", "battalions", 2, 2)]),
    ("Over 4,000 officers were on duty for the match.", [("deployed", "police", 4001, None)]),
    ("Authorities mobilised 600 health workers.", [("deployed", "people", 600, 600)]),
    ("The state activated 2,300 Guard personnel overnight.", [("deployed", "soldiers", 2300, 2300)]),
    ("About 40,000 customers were left without power.", [("other", "customers", 36000, 44000)]),
]

PARTICIPANTS: list[Any] = [
    ("Tens of thousands of people took to the streets.", [("participants", "people", 20000, 99999)]),
    ("About 8,000 protesters marched through the capital.", [("participants", "protesters", 7200, 8800)]),
    ("Thousands of supporters attended the rally.", [("participants", "people", 2000, 9999)]),
    ("Police put the crowd at 18,000.", [("participants", "people", 18000, 18000)]),
    ("Up to 20,000 people are expected to join the march.", [("participants", "people", 0, 20000)]),
    ("Organisers said 45,000 people joined the march.", [("participants", "people", 45000, 45000)]),
    ("The stadium is licensed to hold 30,000 spectators.", [("other", "spectators", 30000, 30000)]),
    ("Several hundred demonstrators gathered outside parliament.", [("participants", "protesters", 200, 999)]),
]

DAMAGED: list[Any] = [
    (
        "The storm destroyed 230 homes and damaged 1,400 more.",
        [("damaged", "homes", 230, 230), ("damaged", "homes", 1400, 1400)],
    ),
    ("At least 60 shops were looted.", [("damaged", "shops", 60, None)]),
    ("About 4,100 houses were partially damaged.", [("other", "partially damaged houses", 3690, 4510)]),
    ("Some 1,200 homes were flooded.", [("other", "homes", 1080, 1320)]),
    ("Nearly 90 buildings were reduced to rubble.", [("damaged", "buildings", 81, 89)]),
    ("Rioters torched 14 police cars.", [("damaged", "police cars", 14, 14)]),
    ("More than 500 structures burned down.", [("damaged", "structures", 501, None)]),
]

THINGS_AND_UNITS: list[Any] = [
    ("Floodwater rose to 12 feet in the lowest streets.", [("other", "feet", 12, 12)]),
    (
        "The quake damaged 40 schools and three hospitals.",
        [("damaged", "schools", 40, 40), ("damaged", "hospitals", 3, 3)],
    ),
    ("Officials counted 160 aftershocks overnight.", [("other", "aftershocks", 160, 160)]),
    ("About 300 cattle drowned in the floods.", [("other", "cattle", 270, 330)]),
]

HEALTH_AND_CRIME: list[Any] = [
    ("Nine poll workers died of exhaustion after the count.", [("killed", "people", 9, 9)]),
    ("About 340 people tested positive in the outbreak.", [("other", "cases", 306, 374)]),
    ("Police seized 5,000 pills at the port.", [("other", "pills", 5000, 5000)]),
    ("Sixty guests fell ill after the wedding banquet.", [("other", "sick people", 60, 60)]),
    ("Seventeen pilgrims died of heatstroke during the walk.", [("killed", "people", 17, 17)]),
    ("The stampede at the shrine claimed 312 lives.", [("killed", "people", 312, 312)]),
    ("Volunteers saved 40 lives during the flood.", [("other", "survivors", 40, 40)]),
    ("Eight people suffocated in the crush at the gate.", [("killed", "people", 8, 8)]),
]

BREAKDOWNS: list[Any] = [
    (
        "There were 19 deaths in Alder County, six in Pine County and two in Elm County.",
        [
            ("killed", "people", 19, 19, "Alder County"),
            ("killed", "people", 6, 6, "Pine County"),
            ("killed", "people", 2, 2, "Elm County"),
        ],
    ),
    (
        "The dead included 11 children and seven women.",
        [("killed", "children", 11, 11), ("killed", "women", 7, 7)],
    ),
]

ALL = KILLED + INJURED + ARRESTED + MISSING + DISPLACED + HOSPITALIZED + DEPLOYED + PARTICIPANTS + DAMAGED
ALL += THINGS_AND_UNITS + HEALTH_AND_CRIME + BREAKDOWNS


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_english_news_construction(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected


def test_every_measure_has_cases() -> None:
    rows = [row for case in ALL for row in (case.values[1] if hasattr(case, "values") else case[1])]
    assert {row[0] for row in rows} >= {
        "killed",
        "injured",
        "arrested",
        "missing",
        "displaced",
        "hospitalized",
        "deployed",
        "participants",
        "damaged",
        "other",
    }
