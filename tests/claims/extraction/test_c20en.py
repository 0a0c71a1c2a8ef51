"""Round 14, an English corpus from beats read less (r14cen): classes shown by ``corpora/c20en1.json`` (paraphrases
of about forty reports: US Coast Guard and IOM migrant sinkings, Nigerian Correctional Service jailbreak statements
in Vanguard, Leadership, New Telegraph, Sahara Reporters, Blueprint, Africa Equity and Parrot Nigeria, the Hathras
crush in AFP, the Nation and Deseret pickups, Somali, Zambian and Zimbabwean cholera bulletins, mpox and measles
updates, Indian hooch tragedies in the Indian Express, mid-day, Outlook and AFP, South African illegal-mine
collapses, rally estimates, heat waves, Nigerian school abductions, wildfire fact boxes, Gaza and West Bank ministry
tallies; labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures). Each row: text, then (measure, subject, low,
high) for every claim. The classes:

- a re-arrest is an arrest (``[measures] arrested``: "rearrest", "re-arrest"; NCoS statements on the Kabba and
  Owerri jailbreaks in five outlets); "yet to be rearrested" stays fugitives;
- inmates a phrase of being held counts ("294 prisoners in custody", "2,400 prisoners are held at the jail") are a
  prison's stock, ``other`` ``inmates`` (``held_stock.py``; Africa Equity and Sahara Reporters on Kabba and Owerri,
  the gold's "prison held some 850 inmates"); suspects held and inmates recaptured keep the arrest;
- a protest that draws a crowd ("The rally drew thousands", "rally ... draws 50,000", "drew ... 125,000 people")
  counts a turnout (``[measures] participants``);
- people "under treatment" with an auxiliary and no place ("another 85 people are under treatment") are in
  hospital (``[measures] hospitalized``; mid-day, Jharsuguda and Adilabad poisoning copy); "at home" stays apart;
- the whole of a recaptured part whose own clause has a verb of fleeing ("184 out of the 1,844 inmates that escaped
  ... have been rearrested") counts escaped prisoners (``escaped_wholes.py``; New Telegraph, allAfrica and
  Leadership on Owerri and Kabba, the corpora's "121 of the 208 prisoners who fled").
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a re-arrest is an arrest
    (
        "At least 58 of the 190 inmates have been rearrested, officials at the Ondiri prison said.",
        [("arrested", "people", 58, None), ("other", "inmates", 190, 190)],
    ),
    (
        "Police have re-arrested 23 inmates who escaped during Sunday's attack.",
        [("arrested", "people", 23, 23)],
    ),
    (
        "Security agents rearrested twelve of the escapees in a forest near the town.",
        [("arrested", "people", 12, 12)],
    ),
    (
        "By Wednesday 41 escapees had been re-arrested in three states.",
        [("arrested", "people", 41, 41), ("other", "states", 3, 3)],
    ),
    # the whole of a recaptured part whose own clause says it fled: escaped prisoners (escaped_wholes.py)
    (
        "Police say 73 of the 260 inmates who fled the Bauchi centre have been rearrested.",
        [("arrested", "people", 73, 73), ("other", "escaped prisoners", 260, 260)],
    ),
    (
        "Some 48 out of the 1,120 prisoners that escaped have so far been recaptured.",
        [("arrested", "people", 44, 52), ("other", "escaped prisoners", 1120, 1120)],
    ),
    (
        "Nine of the 31 convicts who escaped were recaptured by Monday.",
        [("arrested", "people", 9, 9), ("other", "escaped prisoners", 31, 31)],
    ),
    # control: a whole with no verb of fleeing, and people who fled no custody, keep their nouns
    (
        "Three of the 40 passengers who fled the burning bus were injured.",
        [("injured", "people", 3, 3), ("other", "passengers", 40, 40)],
    ),
    # control: those not yet caught are no arrests
    (
        # inmates not yet re-arrested are still sought: `fugitives` (round 14 subject convention)
        "Of the 730 inmates yet to be re-arrested, half fled from the Kuje centre.",
        [("other", "fugitives", 730, 730)],
    ),
    # a prison's stock held
    (
        "Some 2,400 prisoners are held at the Mbale jail, which was built for 700.",
        [("other", "inmates", 2160, 2640), ("other", "prison capacity", 700, 700)],
    ),
    (
        "The centre had 512 inmates in custody when the gunmen struck.",
        [("other", "inmates", 512, 512)],
    ),
    (
        "About 1,300 prisoners were held at the facility at the time of the attack.",
        [("other", "inmates", 1170, 1430)],
    ),
    # controls: suspects held, inmates recaptured, and people taken into custody keep the arrest
    (
        "Twelve suspects are being held in custody, police said.",
        [("arrested", "people", 12, 12)],
    ),
    (
        "Police said 40 prisoners were recaptured on Monday.",
        [("arrested", "people", 40, 40)],
    ),
    (
        "Eight prisoners were taken into custody after the riot.",
        [("arrested", "people", 8, 8)],
    ),
    # a protest that draws a crowd
    (
        "The rally drew roughly 40,000 people, the largest the city has seen.",
        [("participants", "people", 36000, 44000)],
    ),
    (
        "The march drew some 15,000 people, police said.",
        [("participants", "people", 13500, 16500)],
    ),
    (
        "Saturday's protest drew more than 6,000 demonstrators to the square.",
        [("participants", "protesters", 6001, None)],
    ),
    # control: a drawn figure that is no crowd
    (
        "The team drew 2-2 with the visitors before a crowd of 18,000.",
        [("participants", "people", 18000, 18000)],
    ),
    # under treatment with an auxiliary
    (
        "The brew has claimed 41 lives, while another 63 people are under treatment.",
        [("killed", "people", 41, 41), ("hospitalized", "people", 63, 63)],
    ),
    (
        "Eleven patients remain under treatment, the civil surgeon said.",
        [("hospitalized", "people", 11, 11)],
    ),
    (
        "Thirty villagers were under treatment on Friday night.",
        [("hospitalized", "people", 30, 30)],
    ),
    # control: treatment at home is no stay in hospital
    (
        "Nine people were under treatment at home.",
        [("other", "treated at home", 9, 9)],
    ),
]

test_english_c20en = rows_test(ENGLISH, "en")
