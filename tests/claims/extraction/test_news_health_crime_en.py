"""English news constructions of epidemics, hospitals, accidents, fires, crime and refugees (issue 11).

The rows model wordings read in English wire and newspaper copy (AP, Reuters, AFP, BBC, CNN, Al Jazeera, the LA
Times, health-ministry and hospital bulletins, UNHCR briefings) on kinds of stories the dev set does not have:
cholera, dengue and measles outbreaks, food poisoning, tainted liquor, hospital condition reports, bus, train,
ferry and plane crashes, mine and building collapses, fires, stampedes, shootings and court cases, refugee flows.
Every sentence is our own (invented places, people and figures); the comment on each row names the construction
it models. Readings follow DESIGN.md sections 4 and 4.1: a wording that looks like a measure but is a subset or a
status (recovered, tested, vaccinated, discharged, charged, convicted, trapped, on board) is ``other``.
Each row: text, then (measure, subject, low, high[, place]) for every claim of the sentence, in order.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

EPIDEMICS: list[Any] = [
    # a ministry confirms cases and investigates suspected ones: cases are things, never casualties
    (
        "Officials confirmed six cholera cases in Marula district, while 14 other suspected cases are being "
        "investigated.",
        [("other", "cases", 6, 6), ("other", "suspected cases", 14, 14)],
    ),
    # "the disease killed 58 people and sickened 1,293 others": the sick are no measure of the closed set
    (
        "The disease has killed 42 people and sickened 1,870 others since June.",
        [("killed", "people", 42, 42), ("other", "sick people", 1870, 1870)],
    ),
    # a bulletin's tally line: "suspected cases stand at 96" (the noun before a change verb is counted)
    ("Suspected cases stand at 88.", [("other", "suspected cases", 88, 88)]),
    # "the number of cases rose to ..." (a tally of things named before the change verb)
    ("The number of cases rose to 1,240 on Friday.", [("other", "cases", 1240, 1240)]),
    ("Confirmed cases have climbed to 317.", [("other", "confirmed cases", 317, 317)]),
    # cumulative figures with agency thousands spacing and "including n associated deaths"
    (
        "The cumulative number of cases is 61 402, including 987 associated deaths.",
        [("other", "cases", 61402, 61402), ("killed", "people", 987, 987)],
    ),
    # "371,717 dengue cases, including 1,407 deaths"
    (
        "Health officials counted 280,110 dengue cases, including 912 deaths.",
        [("other", "cases", 280110, 280110), ("killed", "people", 912, 912)],
    ),
    # weekly epidemiological report: "5,927 newly reported cases and 20 deaths"
    (
        "Authorities reported 8,210 new cases and 33 deaths in the past week.",
        [("other", "cases", 8210, 8210), ("killed", "people", 33, 33)],
    ),
    # "1,502 persons have died from dengue, up from last year's 1,075": an earlier figure of the same tally
    (
        "Since January, 1,380 people have died of dengue, up from 1,020 a year earlier.",
        [("killed", "people", 1380, 1380), ("killed", "people", 1020, 1020)],
    ),
    ("The toll rose to 61, up from 48 on Friday.", [("killed", "people", 61, 61), ("killed", "people", 48, 48)]),
    ("Cases fell to 300 this week, down from 410.", [("other", "cases", 300, 300), ("other", "cases", 410, 410)]),
    # "the outbreak has infected n and killed m": infections are other
    (
        "The outbreak has infected 2,300 people and killed 41.",
        [("other", "infected", 2300, 2300), ("killed", "people", 41, 41)],
    ),
    # recoveries, vaccinations, tests and quarantine are statuses, not casualties
    ("At least 200 people have recovered from the illness.", [("other", "recovered", 200, None)]),
    (
        "More than 1.2 million people have been vaccinated so far.",
        [("other", "vaccinated", 1200001, None)],
    ),
    ("Health workers have tested 4,500 people for the virus.", [("other", "people", 4500, 4500)]),
    ("About 70 people were quarantined at a hotel.", [("other", "quarantined", 63, 77)]),
    (
        "So far, a total of 3 215 patients have recovered and been discharged.",
        [("other", "recovered", 3215, 3215)],
    ),
    # "the number of people infected has risen to n"
    ("The number of people infected has risen to 560.", [("other", "infected", 560, 560)]),
    # an increment beside a running total: "recorded another 2,611 fatalities, bringing the total to ..."
    (
        "The country recorded another 1,204 deaths, bringing the total to more than 88,000.",
        [("other", "increase", 1204, 1204), ("killed", "people", 88001, None)],
    ),
    # "there are already 402,694 dengue cases nationwide", "cases have reached n"
    ("Dengue cases have reached 150,000 this year.", [("other", "cases", 150000, 150000)]),
    ("There were 402,100 dengue cases nationwide as of November.", [("other", "cases", 402100, 402100)]),
    # "18,257 are hospitalized with symptoms, and 2,168 in intensive care"
    (
        "Some 9,400 patients are hospitalized and 1,150 are in intensive care.",
        [("hospitalized", "people", 8460, 10340), ("other", "intensive care patients", 1150, 1150)],
    ),
    # "the number of hospitalized patients has surpassed 100,000"
    (
        "The number of hospitalized patients has surpassed 20,000.",
        [("hospitalized", "people", 20001, None)],
    ),
    # "hospitalizations jumped by 1,750 in a day to the record of 115,351"
    (
        "Hospitalizations jumped by 640 to a record 31,200.",
        [("other", "increase", 640, 640), ("hospitalized", "people", 31200, 31200)],
    ),
    # measles in the unvaccinated: the children are the sick, not casualties
    (
        "Measles has sickened 94 children in the county, most of them unvaccinated.",
        [("other", "children", 94, 94)],
    ),
    # "This brought to 283 the total number of deaths" (the figure before its tally noun)
    (
        "This brought to 214 the total number of deaths linked to the outbreak.",
        [("killed", "people", 214, 214)],
    ),
]

FOOD_AND_LIQUOR: list[Any] = [
    # "at least 15 guests fell ill ... four were taken to hospital"
    (
        "At least 31 guests fell ill and 12 were taken to a local hospital.",
        [("other", "sick people", 31, None), ("hospitalized", "people", 12, 12)],
    ),
    # "ninety-two people were hospitalized ... after sharing the same wedding dinner"
    ("Fifty-seven people were hospitalized after the banquet in Dorsa.", [("hospitalized", "people", 57, 57)]),
    # "as many as 40 going to a hospital"
    ("As many as 35 guests went to hospital after the reception.", [("hospitalized", "people", 0, 35)]),
    # "eighty-three college students had food poisoning"
    ("Sixty-two pupils had food poisoning after eating at the canteen.", [("other", "pupils", 62, 62)]),
    # "Ten of the students were admitted to the hospital and 50 at the hospital here" (a list by place)
    (
        "Eleven of the students were admitted to the district hospital and 40 to a clinic in Sarn.",
        [("hospitalized", "people", 11, 11, None), ("hospitalized", "people", 40, 40, "Sarn")],
    ),
    # "Of them, eight have been referred to the community health center": referral is a subset
    (
        "Twenty-two children have been hospitalised with food poisoning; of them, six have been referred to the "
        "regional hospital.",
        [("hospitalized", "children", 22, 22), ("other", "patients referred to hospital", 6, 6)],
    ),
    # "around 300 girls study at the school": a roll, not casualties
    ("Around 400 girls study at the boarding school.", [("other", "girls", 360, 440)]),
    # "14 teachers got so sick"
    ("Nineteen teachers got sick after the staff lunch.", [("other", "sick teachers", 19, 19)]),
    # tainted liquor: "at least 19 people died and six others were blinded"
    (
        "At least 23 people died and nine others were blinded after drinking the brew.",
        [("killed", "people", 23, None), ("other", "blinded", 9, 9)],
    ),
    ("Seven people lost their eyesight after drinking the spirits.", [("other", "blinded", 7, 7)]),
    # "Earlier the toll was reported at 17, with 12 people hospitalised"
    (
        "Earlier the toll was reported at 14, with nine people hospitalised.",
        [("killed", "people", 14, 14), ("hospitalized", "people", 9, 9)],
    ),
    # "Four more people succumbed to the poisoning. The total deaths are 21 now"
    (
        "Five more people succumbed overnight, and the total deaths are now 27.",
        [("other", "increase", 5, 5), ("killed", "people", 27, 27)],
    ),
    # "the shop owner and 13 other people have been arrested"
    (
        "Police said 58 people had been arrested over the sale of the tainted liquor.",
        [("arrested", "people", 58, 58)],
    ),
    # "about 90 others, some in critical condition, were hospitalized": an aside between commas is skipped
    ("About 75 others, some in critical condition, were hospitalized in Velmar.", [("hospitalized", "people", 68, 82)]),
    ("Forty people, most of them women, were evacuated.", [("displaced", "people", 40, 40)]),
    (
        "Three people died, police said, and 12 were hurt.",
        [("killed", "people", 3, 3), ("injured", "people", 12, 12)],
    ),
]

HOSPITALS: list[Any] = [
    # hospital authority bulletin: currently hospitalised, split by condition (subsets are other)
    (
        "A total of 96 patients are currently hospitalised in 12 hospitals, among which eight are in critical "
        "condition and the remaining 88 are in stable condition.",
        [
            ("hospitalized", "people", 96, 96),
            ("other", "hospitals", 12, 12),
            ("other", "in critical condition", 8, 8),
            ("other", "in stable condition", 88, 88),
        ],
    ),
    # "Of the 6 in ICU, three are on ventilator"
    ("The hospital said 14 patients were on ventilators.", [("other", "patients", 14, 14)]),
    ("Six people were on ventilators on Monday.", [("other", "on ventilators", 6, 6)]),
    ("Nine patients are receiving treatment in the intensive care unit.", [("other", "intensive care patients", 9, 9)]),
    ("Fifteen people were admitted to the intensive care unit.", [("other", "intensive care patients", 15, 15)]),
    ("Five people are in serious but stable condition.", [("other", "in serious condition", 5, 5)]),
    # "all 12 of its patients were discharged"
    ("All 14 patients were discharged on Sunday.", [("other", "discharged patients", 14, 14)]),
    ("Twenty-six people were discharged on Monday.", [("other", "discharged patients", 26, 26)]),
    # "However four of those have since died": "since" is an adverb here, not a clause break
    ("Three of the patients have since died.", [("killed", "people", 3, 3)]),
    # "31 of the injured were hospitalized. Others were able to go home"
    ("Mr Rao said 31 of the injured were hospitalized.", [("hospitalized", "people", 31, 31)]),
    # "Seven of the wounded succumbed to their injuries"
    ("Five of the wounded later succumbed to their injuries.", [("killed", "people", 5, 5)]),
    # "78 of the injured remained in hospital, four of them in a critical condition"
    (
        "Railway officials said 88 people were confirmed dead, while 52 of the injured remained in hospital, six "
        "of them in a critical condition.",
        [
            ("killed", "people", 88, 88),
            ("hospitalized", "people", 52, 52),
            ("other", "in critical condition", 6, 6),
        ],
    ),
    # "more than 80 people injured in the stampede were admitted to hospitals": the participle modifies the noun
    ("More than 70 people injured in the crush were admitted to hospitals.", [("hospitalized", "people", 71, None)]),
    # treated on site is injured; "transported to hospitals" is hospitalized
    (
        "Four people were treated at the scene and 12 were taken to hospital.",
        [("injured", "people", 4, 4), ("hospitalized", "people", 12, 12)],
    ),
    (
        "Eleven people were treated and released, while three remain hospitalized.",
        [("injured", "people", 11, 11), ("hospitalized", "people", 3, 3)],
    ),
    ("Nine people were airlifted to hospital.", [("hospitalized", "people", 9, 9)]),
    # "a state helicopter has been sent to evacuate the injured": to a trauma centre is an admission
    ("Two were airlifted to a trauma centre in Velden.", [("hospitalized", "people", 2, 2)]),
    # "sent another to the hospital": a verb of sending is no deployment when the object goes to hospital
    ("The explosion sent 30 people to hospital.", [("hospitalized", "people", 30, 30)]),
    # "the ward is treating n patients", "hospitals admitted n"
    ("The hospital is treating 23 patients from the crash.", [("hospitalized", "people", 23, 23)]),
    ("The district hospital admitted 40 patients overnight.", [("hospitalized", "people", 40, 40)]),
    # things sent to a hospital are neither admissions nor a deployment
    ("The Red Cross sent 500 blood bags to the hospital.", [("other", "blood bags", 500, 500)]),
    # doctors sent to hospitals are a deployment
    ("The ministry sent 40 doctors to hospitals in the region.", [("deployed", "people", 40, 40)]),
    (
        "The gunfire injured five people and sent two to the hospital.",
        [("injured", "people", 5, 5), ("hospitalized", "people", 2, 2)],
    ),
    # "Eight of the workers were rushed to the nearest hospital"
    ("Eight of the workers were rushed to a nearby hospital.", [("hospitalized", "people", 8, 8)]),
]

ACCIDENTS: list[Any] = [
    # "At least 25 passengers were killed and 35 injured" (the second figure's verb is elided)
    (
        "At least 22 passengers were killed and 31 injured when the bus plunged into a ravine.",
        [("killed", "people", 22, None), ("injured", "people", 31, 31)],
    ),
    # "a bus carrying about 35 passengers": who was aboard is no casualty
    ("The bus, carrying about 48 passengers, veered off the road.", [("other", "passengers", 44, 52)]),
    # "Fifteen people died on the spot while three others succumbed to their injuries on way to hospital"
    (
        "Twelve people died on the spot while four others succumbed to their injuries.",
        [("killed", "people", 12, 12), ("killed", "people", 4, 4)],
    ),
    # "killing four passengers and injuring dozens"
    (
        "The train derailed near Kovel, killing five passengers and injuring dozens.",
        [("killed", "people", 5, 5), ("injured", "people", 24, 99)],
    ),
    # "Railway officials had earlier put the death toll at six"
    ("Officials had earlier put the death toll at nine.", [("killed", "people", 9, 9)]),
    # "Rescuers were attempting to free 200 people feared trapped"
    (
        "Rescuers were trying to free 150 people feared trapped in the wreckage.",
        [("other", "trapped people", 150, 150)],
    ),
    # plane crashes: "killing all nine people aboard", "All 118 persons on board were killed"
    ("The crash killed all 52 people on board.", [("killed", "people", 52, 52)]),
    ("The 9 people on board were killed.", [("killed", "people", 9, 9)]),
    (
        "The plane was carrying 112 passengers and six crew members.",
        [("other", "passengers", 112, 112), ("other", "crew members", 6, 6)],
    ),
    # "a 12-seater aircraft", "a 12-storey building": sizes, not counts
    (
        "The blaze gutted a 12-storey building, killing seven people.",
        [("killed", "people", 7, 7)],
    ),
    # ferry: "with about 200 people on board; 150 were rescued and 44 are missing"
    (
        "The ferry capsized with about 200 people on board; 150 were rescued and 44 are missing.",
        [("other", "people on board", 180, 220), ("other", "survivors", 150, 150), ("missing", "people", 44, 44)],
    ),
    # "five bodies have been recovered ... 34 individuals remain missing"
    (
        "Search teams recovered 31 bodies, while 12 passengers remain unaccounted for.",
        [("killed", "people", 31, 31), ("missing", "people", 12, 12)],
    ),
    ("As of Friday, 31 people remain missing.", [("missing", "people", 31, 31)]),
    # "The Coast Guard found four more bodies ... brought the death toll to five"
    (
        "Four more bodies were found on Thursday, bringing the death toll to nine.",
        [("other", "increase", 4, 4), ("killed", "people", 9, 9)],
    ),
    ("There were 45 migrants on the boat when it capsized.", [("other", "migrants", 45, 45)]),
    ("Some 12 people were picked up by a passing trawler.", [("other", "people", 11, 13)]),
    # "Fourteen other migrants ... are in the custody of the U.S. Border Patrol"
    ("Fourteen migrants are in the custody of border officials.", [("arrested", "people", 14, 14)]),
    # mine collapse: "burying at least 23 miners" (buried people are no damage)
    ("The landslide buried at least 17 miners.", [("other", "miners", 17, None)]),
    # "Rescuers pulled out two more bodies ..., taking the death toll to 10"
    (
        "Rescuers pulled out three more bodies on Tuesday, taking the death toll to 15.",
        [("other", "increase", 3, 3), ("killed", "people", 15, 15)],
    ),
    # "Rescuers pulled another 13 bodies from the ruins, bringing to 42 the death toll"
    (
        "Rescuers pulled another 11 bodies from the ruins, bringing to 38 the death toll.",
        [("other", "increase", 11, 11), ("killed", "people", 38, 38)],
    ),
    # "close to a dozen were still unaccounted for"
    ("Close to a dozen workers are still unaccounted for.", [("missing", "people", 11, 11)]),
    # building collapse: "31 people were now confirmed killed, with 27 others pulled out alive"
    (
        "A total of 19 people were confirmed killed, with 23 others pulled out alive.",
        [("killed", "people", 19, 19), ("other", "survivors", 23, 23)],
    ),
    ("The number of people known to have died now stands at 44.", [("killed", "people", 44, 44)]),
    (
        "More than a dozen people are still believed to be trapped under the debris.",
        [("other", "trapped people", 13, None)],
    ),
    ("Nineteen miners were trapped underground after the collapse.", [("other", "miners", 19, 19)]),
    # fires: "killing six people and injuring 13 others", firefighters who battled the blaze are deployed
    (
        "The fire killed two residents and critically injured four others, including a firefighter.",
        [("killed", "people", 2, 2), ("other", "in critical condition", 4, 4)],
    ),
    ("More than 150 firefighters battled the blaze for six hours.", [("deployed", "people", 151, None)]),
    ("Firefighters rescued 16 people from the burning building.", [("other", "rescued", 16, 16)]),
    (
        "The fire destroyed 40 homes and forced 300 residents to evacuate.",
        [("damaged", "homes", 40, 40), ("displaced", "people", 300, 300)],
    ),
    # stampedes: "At least 60 people were dead and scores were injured"
    (
        "At least 41 people were dead and scores were injured after the crush.",
        [("killed", "people", 41, None), ("injured", "people", 24, 99)],
    ),
    ("Officials said at least 38 bodies had reached mortuaries in the district.", [("killed", "people", 38, None)]),
    # "over 15,000 had gathered for the event that had permission to host about 5,000": capacity is other
    (
        "More than 20,000 people had gathered for the festival, which had permission to host about 6,000 people.",
        [("participants", "people", 20001, None), ("other", "capacity", 5400, 6600)],
    ),
    # "Among the dead were 112 women and seven children"
    (
        "Among the dead were 64 women and nine children.",
        [("killed", "women", 64, 64), ("killed", "children", 9, 9)],
    ),
    # "Of the dead, 12 were children": a whole named by a measure word at the start, then closed groups
    (
        "Of the dead, nine were women and four were children.",
        [("killed", "women", 9, 9), ("killed", "children", 4, 4)],
    ),
    ("Of the injured, 30 were hospitalized.", [("hospitalized", "people", 30, 30)]),
    # fact-box headline lines: "25 dead as bus plunges into gorge", "Seven killed, 44 injured as bus falls"
    ("Six dead, 21 injured in highway pile-up", [("killed", "people", 6, 6), ("injured", "people", 21, 21)]),
    ("Seven killed as bus overturns in Kenmar", [("killed", "people", 7, 7)]),
    # "The toll stands at n", "n people have died, m of them children"
    ("The toll stands at 12.", [("killed", "people", 12, 12)]),
    (
        "Eighteen people have died, nine of them children.",
        [("killed", "people", 18, 18), ("killed", "children", 9, 9)],
    ),
    (
        "At least 30 people died, among them 11 children.",
        [("killed", "people", 30, None), ("killed", "children", 11, 11)],
    ),
]

CRIME: list[Any] = [
    # shootings: "Five people were killed and several others wounded", "shot" covers dead and wounded
    (
        "The gunman opened fire on worshippers, killing nine and wounding 11.",
        [("killed", "people", 9, 9), ("injured", "people", 11, 11)],
    ),
    (
        "The attack left one man dead and 17 others wounded.",
        [("killed", "people", 1, 1), ("injured", "people", 17, 17)],
    ),
    (
        "The shooting left 11 people injured, two of them in critical condition.",
        [("injured", "people", 11, 11), ("other", "in critical condition", 2, 2)],
    ),
    (
        "Three victims were in critical condition and nine were in stable condition.",
        [("other", "in critical condition", 3, 3), ("other", "in stable condition", 9, 9)],
    ),
    ("Six people were shot in the parking lot.", [("other", "people shot", 6, 6)]),
    ("Nine people were hit by gunfire at the party.", [("other", "people shot", 9, 9)]),
    ("Seven people were shot and wounded outside the club.", [("injured", "people", 7, 7)]),
    # "n people were shot, m fatally", "injured, three seriously", "wounded, two critically"
    ("Nine people were shot, two fatally.", [("other", "people shot", 9, 9), ("killed", "people", 2, 2)]),
    (
        "Twelve people were wounded, two critically.",
        [("injured", "people", 12, 12), ("other", "in critical condition", 2, 2)],
    ),
    (
        "Three people were shot dead and four wounded.",
        [("killed", "people", 3, 3), ("injured", "people", 4, 4)],
    ),
    # arrests: "taken into custody", "rounded up", "booked into the county jail"
    ("Police took 27 people into custody after the brawl.", [("arrested", "people", 27, 27)]),
    ("Officers rounded up 60 suspected gang members.", [("arrested", "people", 60, 60)]),
    ("The three suspects were booked into the county jail.", [("arrested", "people", 3, 3)]),
    (
        "Police detained four teenagers and released one of them.",
        [("arrested", "people", 4, 4), ("other", "released", 1, 1)],
    ),
    (
        "Police said 40 people had been questioned and 12 arrested.",
        [("other", "questioned", 40, 40), ("arrested", "people", 12, 12)],
    ),
    # immigration raids: "agents detained 680 workers", a detention centre's occupancy is no arrest
    (
        "Immigration agents detained 680 workers at seven processing plants.",
        [("arrested", "people", 680, 680), ("other", "processing plants", 7, 7)],
    ),
    ("The detention centre holds 1,200 people.", [("other", "people held in detention centres", 1200, 1200)]),
    ("Twelve migrants were taken to a detention centre.", [("arrested", "people", 12, 12)]),
    (
        "Some 40 prisoners escaped during the riot, and 12 have been recaptured.",
        [("other", "escaped prisoners", 36, 44), ("arrested", "people", 12, 12)],
    ),
    # a jailbreak is no displacement
    ("About 400 inmates fled the prison after the attack.", [("other", "escaped prisoners", 360, 440)]),
    ("More than 900 inmates broke out of jail during the riot.", [("other", "escaped prisoners", 901, None)]),
    # courts: charges, convictions and sentences are statuses (other); counts of murder are charges, not deaths
    ("The suspect faces 10 counts of attempted murder.", [("other", "charges", 10, 10)]),
    ("He has been charged with four counts of first-degree murder.", [("other", "charged", 4, 4)]),
    ("The grand jury indicted five officers on charges of manslaughter.", [("other", "charged", 5, 5)]),
    ("Police booked 23 people under the excise act.", [("other", "charged", 23, 23)]),
    ("Fourteen defendants were acquitted.", [("other", "acquitted", 14, 14)]),
    ("A court sentenced 12 men to death.", [("other", "men", 12, 12)]),
    ("Two men were convicted of murder and sentenced to life.", [("other", "men", 2, 2)]),
    ("Eight suspects have been detained and charged with murder.", [("arrested", "people", 8, 8)]),
]

REFUGEES: list[Any] = [
    # UNHCR: "has registered 157,577 Syrian refugees who have fled to ..."
    (
        "The agency has registered 81,230 refugees who have fled to neighbouring states.",
        [("displaced", "people", 81230, 81230)],
    ),
    (
        "More than 1.4 million refugees have fled the country since the invasion.",
        [("displaced", "people", 1400001, None)],
    ),
    # "3,270,662 people had joined the exodus" (refugees) and "millions joined the annual exodus" (a holiday
    # homecoming): an exodus is no turnout, and no displacement either unless refugees are named
    ("About 2,100,000 people had joined the exodus by Friday.", [("other", "people on the move", 1890000, 2310000)]),
    (
        "About 18 million travellers joined the annual holiday exodus.",
        [("other", "people on the move", 16200000, 19800000)],
    ),
    ("Nearly 90,000 refugees joined the exodus on Monday.", [("other", "refugees", 81000, 89999)]),
    ("As many as 900,000 people could be displaced within the region.", [("displaced", "people", 0, 900000)]),
    # "7,200 people are seeking refuge in 45 schools"
    (
        "Some 5,600 people are seeking refuge in 38 schools.",
        [("displaced", "people", 5040, 6160), ("other", "schools", 38, 38)],
    ),
    ("Some 4,000 displaced people are sheltering in schools and mosques.", [("displaced", "people", 3600, 4400)]),
    # sheltering in place is no displacement
    ("About 60 residents were sheltering in place inside the stadium.", [("other", "sheltering in place", 54, 66)]),
    # "About 300 people affected by the floods were evacuated": the participle modifies the noun
    ("About 300 people affected by the floods were evacuated.", [("displaced", "people", 270, 330)]),
    ("Three hundred people trapped in the building were rescued.", [("other", "trapped people", 300, 300)]),
    # "forced to flee their homes", "internally displaced", households and returnees are other
    (
        "Fighting has forced more than 40,000 people to flee their homes since Friday.",
        [("displaced", "people", 40001, None)],
    ),
    (
        "The number of internally displaced people has risen to 1.2 million.",
        [("displaced", "people", 1200000, 1200000)],
    ),
    ("More than 2,000 families have been displaced by the fighting.", [("other", "households", 2001, None)]),
    ("An estimated 6,500 people have returned to their homes.", [("other", "returnees", 5850, 7150)]),
    ("The camp now hosts 48,000 people, double its capacity.", [("other", "people", 48000, 48000)]),
    # "the fighting has displaced some 100,000 people"
    ("Fighting in the north has displaced some 48,000 people.", [("displaced", "people", 43200, 52800)]),
    (
        "Officials said 12 people were dead and 8 more wounded.",
        [("killed", "people", 12, 12), ("injured", "people", 8, 8)],
    ),
]

LOOKALIKES: list[Any] = [
    # words that look like a measure but are not one (DESIGN 4.1: other rather than a wrong measure)
    # "Doctors ... attended to the wounded": care, not a turnout
    ("Doctors attended to 300 patients at the field clinic.", [("other", "patients", 300, 300)]),
    # holiday traffic: a toll gate is no death toll; the raw label stops before the verb after a plural (round 7)
    ("About 40,000 travellers passed the toll booths on Friday.", [("other", "travellers", 36000, 44000)]),
    (
        "More than 1.2 million vehicles passed through the toll gate during the holiday.",
        [("other", "vehicles", 1200001, None)],
    ),
    # "the death toll during the holiday fell to n from m": "during" does not end the tally's clause
    # (and "from m" after the new total is the tally's earlier figure: test_round6_enf)
    (
        "Traffic deaths during the holiday fell to 61 from 88 last year.",
        [("killed", "people", 61, 61), ("killed", "people", 88, 88)],
    ),
    (
        "Police recorded 312 road accidents during the holiday, in which 84 people died.",
        [("other", "accidents", 312, 312), ("killed", "people", 84, 84)],
    ),
    # death row and the death penalty are no deaths
    ("Five inmates on death row were pardoned.", [("other", "death row inmates", 5, 5)]),
    # "sent to jail" is custody, "taken to the police station" an arrest, not a deployment
    ("Twelve men were sent to jail for the riot.", [("arrested", "men", 12, 12)]),
    ("Twelve people were taken to the police station for questioning.", [("arrested", "people", 12, 12)]),
    # "sending 8,000 doses": a verb of sending counts a force only when people are sent
    ("The ministry sent 2,000 vaccine doses to the district.", [("other", "vaccine doses", 2000, 2000)]),
    ("The lab sent 200 samples to the capital for testing.", [("other", "samples", 200, 200)]),
    # a measure word that modifies a counted thing: "12 protest sites", "40 arrest warrants", "2,000 body bags"
    ("Protesters gathered at 12 protest sites across the city.", [("other", "protest sites", 12, 12)]),
    ("The court issued 40 arrest warrants.", [("other", "arrest warrants", 40, 40)]),
    ("Officials sent 2,000 body bags to the region.", [("other", "body bags", 2000, 2000)]),
    ("Doctors issued 12 death certificates on Monday.", [("other", "death certificates", 12, 12)]),
    ("Coast guards deployed five rescue boats.", [("other", "rescue boats", 5, 5)]),
    # an evacuation ordered is no evacuation done
    (
        "The governor ordered the evacuation of 12,000 people.",
        [("other", "people ordered to evacuate", 12000, 12000)],
    ),
    # gas leaks: fainting is no injury; "decontaminated and released", "three were admitted to the hospital"
    ("Nine people fainted during the ceremony.", [("other", "fainted", 9, 9)]),
    (
        "Sixteen workers were decontaminated and released in good condition, while three were admitted to the "
        "hospital.",
        [("other", "workers", 16, 16), ("hospitalized", "people", 3, 3)],
    ),
    # poll workers, gambling raids, trafficking rescues, pilgrims, stadium crushes, industrial accidents
    (
        "Nine poll workers died of exhaustion and 120 fell ill after the count.",
        [("killed", "people", 9, 9), ("other", "sick people", 120, 120)],
    ),
    (
        "Police raided 14 gambling dens and arrested 63 gamblers.",
        [("other", "gambling dens", 14, 14), ("arrested", "people", 63, 63)],
    ),
    (
        "Police freed 41 trafficking victims, including 12 minors.",
        [("other", "trafficking victims", 41, 41), ("other", "children", 12, 12)],
    ),
    ("At least 550 pilgrims died during the hajj, most of them from heatstroke.", [("killed", "people", 550, None)]),
    ("More than 48,000 tickets had been sold for the match.", [("other", "tickets", 48001, None)]),
    ("Eleven workers were killed in an explosion at the smelter.", [("killed", "people", 11, 11)]),
    # bulletin lines: active cases and recoveries
    (
        "Active cases fell to 2,310, with 148 new recoveries.",
        [("other", "active cases", 2310, 2310), ("other", "recovered", 148, 148)],
    ),
    ("Health workers vaccinated 1.3 million children in the campaign.", [("other", "children", 1300000, 1300000)]),
    # hospital wording: "two are critical", "admitted with burns", "admitted at a health centre"
    (
        "Two of our patients died and two are critical.",
        [("killed", "people", 2, 2), ("other", "in critical condition", 2, 2)],
    ),
    ("Nine people were admitted with severe burns.", [("hospitalized", "people", 9, 9)]),
    ("One passenger was admitted at a primary health care centre.", [("hospitalized", "people", 1, 1)]),
    (
        "A total of 640 people are receiving medical treatment in hospitals, and 32 are still in critical conditions.",
        [("hospitalized", "people", 640, 640), ("other", "in critical condition", 32, 32)],
    ),
    ("An estimated 1.5 million people are still lacking shelter.", [("displaced", "people", 1350000, 1650000)]),
    # "Another body was found Friday morning, putting the death toll to 15"
    ("Another body was found on Friday, putting the death toll to 15.", [("killed", "people", 15, 15)]),
    # "the 42 people that the governor had said were kidnapped", "three remain in captivity"
    (
        "Fourteen of the students have been released, while three remain in captivity.",
        [("other", "students", 14, 14), ("other", "hostages", 3, 3)],
    ),
    ("Gunmen shot three villagers dead near the market.", [("killed", "people", 3, 3)]),
    (
        "Seventeen people died on the spot and three more died in hospital, while seven people were hospitalized.",
        [("killed", "people", 17, 17), ("other", "died in hospital", 3, 3), ("hospitalized", "people", 7, 7)],
    ),
    (
        "At least 58 people, including 21 women and 19 children, were killed when the bus hit a truck.",
        [("killed", "people", 58, None), ("killed", "women", 21, 21), ("killed", "children", 19, 19)],
    ),
]

FACT_BOXES: list[Any] = [
    # bulletin and fact-box lines ("Casualties so far: Dead: n; Injured: m", "Confirmed cases: n"): a label that
    # names a status or a thing counts its figure under other, a measure label under its measure
    (
        "Confirmed cases: 1,204. Deaths: 37. Recovered: 880.",
        [("other", "cases", 1204, 1204), ("killed", "people", 37, 37), ("other", "recovered", 880, 880)],
    ),
    (
        "Hospitalised: 12; in intensive care: 3.",
        [("hospitalized", "people", 12, 12), ("other", "intensive care patients", 3, 3)],
    ),
    ("Missing: 4. Rescued: 27.", [("missing", "people", 4, 4), ("other", "survivors", 27, 27)]),
    ("Evacuated: 2,400 people", [("displaced", "people", 2400, 2400)]),
    ("The toll: 18 dead, 42 injured.", [("killed", "people", 18, 18), ("injured", "people", 42, 42)]),
    ("Death toll: at least 46", [("killed", "people", 46, None)]),
]

ASIDES: list[Any] = [
    # a breakdown in brackets or dashes between a figure and its verb ("(five girls, three boys, 12 women and 18
    # men)", "Twelve passengers on the bus - five men, three women and four children - died")
    (
        "Twelve people (five men, three women and four children) died in the crash.",
        [
            ("killed", "people", 12, 12),
            ("killed", "men", 5, 5),
            ("killed", "women", 3, 3),
            ("killed", "children", 4, 4),
        ],
    ),
    (
        "Nine pilgrims \u2014 four men and five women \u2014 died of heatstroke on the walk.",
        [("killed", "people", 9, 9), ("killed", "men", 4, 4), ("killed", "women", 5, 5)],
    ),
    (
        "About 300 residents (120 families) were evacuated.",
        [("displaced", "people", 270, 330), ("other", "households", 120, 120)],
    ),
    (
        "Police arrested 40 people (including 12 minors) on Sunday.",
        [("arrested", "people", 40, 40), ("arrested", "children", 12, 12)],
    ),
]

BULLETINS: list[Any] = [
    # "daily deaths have risen ... by n to m": the increment, then the new total (no range)
    (
        "The number of deaths climbed by 14 to 233.",
        [("other", "increase", 14, 14), ("killed", "people", 233, 233)],
    ),
    ("The toll rose by 3 to 41.", [("other", "increase", 3, 3), ("killed", "people", 41, 41)]),
    ("Another 12 to 15 people were evacuated.", [("displaced", "people", 12, 15)]),
    (
        "A further three patients died, raising the toll to 41.",
        [("other", "increase", 3, 3), ("killed", "people", 41, 41)],
    ),
    (
        "Another 61 cases were confirmed on Tuesday, taking the tally to 1,905.",
        [("other", "increase", 61, 61), ("other", "cases", 1905, 1905)],
    ),
    # recoveries beside deaths: the recovered are never the dead
    (
        "So far 1,120 patients have recovered, while 44 have died.",
        [("other", "recovered", 1120, 1120), ("killed", "people", 44, 44)],
    ),
    # ages are no counts: "children under five", "aged over 65"
    ("Most of the 40 deaths were among children under five.", [("killed", "people", 40, 40)]),
    ("About 900 people over 65 were vaccinated.", [("other", "vaccinated", 810, 990)]),
    # "aged between 12 and 22", "aged 15 to 17": both ends of an age range are ages
    (
        "Police detained 13 young men, aged between 14 and 21, after the fight.",
        [("arrested", "men", 13, 13)],
    ),
    (
        "Children between the ages of 5 and 14 made up 120 of the 300 cases.",
        [("other", "cases", 120, 120), ("other", "cases", 300, 300)],
    ),
    # "the seven-day average", "48 cases per 100,000": the rate's denominator is no claim
    ("The seven-day average of new cases rose to 1,320.", [("other", "cases", 1320, 1320)]),
    ("The incidence rate reached 48 cases per 100,000 people.", [("other", "cases", 48, 48)]),
    ("The case fatality rate stands at 2.2 percent.", [("other", "percent", 2.2, 2.2)]),
    (
        "Health officials reported 240 new COVID-19 cases in the past 24 hours.",
        [("other", "cases", 240, 240)],
    ),
    (
        "The outbreak, which began in May, has sickened at least 2,400 people and killed 17.",
        [("other", "sick people", 2400, None), ("killed", "people", 17, 17)],
    ),
    ("Two of the dead were health workers.", [("killed", "people", 2, 2)]),
    # real words one edit from a measure word are never read as it: "decreased" is not "deceased", "evaluation"
    # is not "evacuation"
    ("New cases decreased to 40 this week.", [("other", "cases", 40, 40)]),
    ("An evaluation of 300 patients found no link.", [("other", "patients", 300, 300)]),
    (
        "More than 400 election workers have died and 3,500 have fallen ill.",
        [("killed", "people", 401, None), ("other", "sick people", 3500, 3500)],
    ),
    (
        "Sixty people were treated for food poisoning, 12 of whom were admitted to hospital.",
        [("other", "people", 60, 60), ("hospitalized", "people", 12, 12)],
    ),
    ("Three of the hospitalized are in critical condition.", [("other", "in critical condition", 3, 3)]),
    (
        "Ten people remain hospitalized, three of them in intensive care.",
        [("hospitalized", "people", 10, 10), ("other", "intensive care patients", 3, 3)],
    ),
]

ALL = (
    EPIDEMICS
    + FOOD_AND_LIQUOR
    + HOSPITALS
    + ACCIDENTS
    + CRIME
    + REFUGEES
    + LOOKALIKES
    + FACT_BOXES
    + ASIDES
    + BULLETINS
)


test_english_health_crime_construction = rows_test(ALL, "en")


def test_the_table_is_large_and_covers_every_measure() -> None:
    rows = [row for case in ALL for row in (case.values[1] if hasattr(case, "values") else case[1])]
    assert len(ALL) >= 80
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
