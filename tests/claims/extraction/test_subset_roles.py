"""A subset read as the whole, and the whole read as a subset (issue 11, round 14; DESIGN 4.1 subsets as ``other``).

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(BNPB and BPBD flood tolls split by cause as Katadata, Tribunnews, JPNN and CNN Indonesia print them; Detik, Viva
and Jawapos accident copy on the injured still treated at an RSUD; US and UK copy on bus crashes, firefighters hurt
at a blaze, looting arrests and deaths in hospital). Each row: text, then (measure, subject, low, high) per claim.

- injured people a hospital now holds (``subset_roles._injured_in_care``): the injury word is an attribute of the
  counted noun and the hospital stay its predicate, "19 injured passengers taken to nearby hospitals", "13 korban
  luka berat kini dirawat di RSUD": hospitalized. Controls: a relative clause ("yang sempat dirawat"), a figure
  coordinated with another before the shared predicate, intensive care, a predicate that is no hospital stay.
- a part "n of them" after a count of things whose own predicate is a people measure ("backed by six aircraft ...
  two of them were injured") is a part of the people before.
- a death by where it happened with no toll beside it ("Forty-one people have died in hospital after ...") counts
  the dead, as the gold author reads it (round 16, ``care_deaths.py``); beside a toll, or "others", it is the subset.
- people sent on for care ("another 40 were sent on for specialist treatment") are referred, not deployed.
  Control: a force sent to treat others.
- a part "n of them" named by a group outside the subject set ("19 of them migrants from other provinces") is
  ``other`` with the group as subject; closed groups (women, foreigners, children) keep the measure.
- the other forms of carrying part of a crowd off ("hauling away", "carried away", "led away": ``[other_verbs]``)
  name no turnout. Controls: a gathering; houses carried away by a flood.
- items by site after a subset item of a care list ("rawat jalan 9 orang, di RS B 4 orang") take the list's head
  (hospitalized), not the subset (``site_items.py``). Control: an item with a verb of its own.
- a part picked out by its cause ("six of them for looting", "delapan di antaranya karena terseret arus"), the
  parallel part after it, and the first item of a breakdown by cause are ``other`` (``cause_parts.py``). Control: a
  toll "akibat banjir" with no breakdown stays killed.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CARE_EN: list[Any] = [
    (
        "Of the 23 injured passengers taken to nearby hospitals, five remained in critical condition.",
        [("hospitalized", "people", 23, 23), ("other", "in critical condition", 5, 5)],
    ),
    ("Twelve injured workers were taken to hospitals in the city.", [("hospitalized", "people", 12, 12)]),
    ("Nine injured climbers were rushed to hospital.", [("hospitalized", "people", 9, 9)]),
    (
        "Of the 31 injured people admitted to the regional hospital, six are in critical condition.",
        [("hospitalized", "people", 31, 31), ("other", "in critical condition", 6, 6)],
    ),
    # controls: the predicate is shared with a figure before; no hospital predicate
    (
        "Four people who died and seven injured were taken to hospital.",
        [("killed", "people", 4, 4), ("injured", "people", 7, 7)],
    ),
    ("Fourteen injured passengers were treated at the scene.", [("injured", "people", 14, 14)]),
    ("The blast left 17 injured workers in the rubble.", [("injured", "people", 17, 17)]),
]

CARE_ID: list[Any] = [
    (
        "Sebanyak 11 korban luka berat kini dirawat di RSUD Cibinong, sedangkan enam lainnya sudah pulang.",
        [("hospitalized", "people", 11, 11), ("other", "discharged patients", 6, 6)],
    ),
    ("Delapan korban luka parah masih dirawat di RSUD Kartini.", [("hospitalized", "people", 8, 8)]),
    ("Tujuh korban luka-luka kini dirawat di Puskesmas Cikalong.", [("hospitalized", "people", 7, 7)]),
    # controls: a relative clause, intensive care, a severity with no predicate of care
    (
        "Dua dari enam korban luka yang sempat dirawat telah diperbolehkan pulang.",
        [("other", "discharged patients", 2, 2), ("injured", "people", 6, 6)],
    ),
    ("Lima korban luka berat dirawat di ICU RSUD Cibinong.", [("other", "seriously injured", 5, 5)]),
    ("Sebanyak 9 korban luka berat dalam kecelakaan itu.", [("other", "seriously injured", 9, 9)]),
]

PARTS_OF_PEOPLE: list[Any] = [
    (
        "Over 900 firefighters, backed by six aircraft, fought the blaze overnight, and two of them were injured.",
        [("deployed", "people", 901, None), ("other", "aircraft", 6, 6), ("injured", "people", 2, 2)],
    ),
    (
        "About 300 rescuers, helped by four boats, searched the river and one of them was hurt.",
        [("deployed", "people", 270, 330), ("other", "boats", 4, 4), ("injured", "people", 1, 1)],
    ),
    # control: a part of things with no people predicate stays a part of the things
    (
        "Rescuers brought in 12 pumps, and four of them were broken by Monday.",
        [("other", "pumps", 12, 12), ("other", "pumps", 4, 4)],
    ),
]

LONE_DEATHS: list[Any] = [
    # round 16: the sole figure of the dead of its sentence counts the dead, as the gold author reads it
    (
        "Forty-one people have died in hospital after contracting the virus, the minister said.",
        [("killed", "people", 41, 41)],
    ),
    # a split of the toll by place; a part marked by "others", "later", "since"
    (
        "Four passengers died at the scene and three others died later in hospital.",
        [("killed", "people", 4, 4), ("other", "died in hospital", 3, 3)],
    ),
    ("Two of the wounded later died in hospital.", [("killed", "people", 2, 2)]),
    ("Nine people have since died in hospital.", [("killed", "people", 9, 9)]),
]

LONE_DEATHS_ID: list[Any] = [
    ("Dua korban lainnya meninggal di rumah sakit.", [("other", "died in hospital", 2, 2)]),
    (
        "Tiga orang meninggal di lokasi kejadian, sementara satu orang meninggal di rumah sakit.",
        [("other", "died at the scene", 3, 3), ("other", "died in hospital", 1, 1)],
    ),
]

SENT_FOR_CARE: list[Any] = [
    (
        "Nine of the wounded had gunshot wounds, and another 40 were sent on for specialist treatment.",
        [("injured", "people", 9, 9), ("other", "patients referred to hospital", 40, 40)],
    ),
    ("Another 25 were sent on for further treatment.", [("other", "patients referred to hospital", 25, 25)]),
    # controls: a force sent to treat others; a force sent
    ("The army sent 40 medics for treatment of the wounded.", [("deployed", "people", 40, 40)]),
    ("Authorities sent 300 police officers to the area.", [("deployed", "police", 300, 300)]),
]

CAUSES_EN: list[Any] = [
    (
        "Police made 14 arrests, six of them for looting.",
        [("arrested", "people", 14, 14), ("other", "arrested", 6, 6)],
    ),
    (
        "Officers arrested 20 people, five of them for assault.",
        [("arrested", "people", 20, 20), ("other", "arrested", 5, 5)],
    ),
    # control: a part of a group keeps the whole's measure
    (
        "Officers arrested 20 people, five of them women.",
        [("arrested", "people", 20, 20), ("arrested", "women", 5, 5)],
    ),
]

CAUSES_ID: list[Any] = [
    (
        "Menurut BPBD, korban yang meninggal akibat tertimbun longsor sebanyak 9 orang, terseret banjir empat orang "
        "dan tersambar petir satu orang.",
        [("other", "deaths in landslides", 9, 9), ("other", "people swept away", 4, 4), ("other", "people", 1, 1)],
    ),
    (
        "Warga yang tewas karena tertimbun longsor berjumlah 6 orang, terseret arus dua orang, dan tersengat "
        "listrik satu orang.",
        [
            ("other", "deaths in landslides", 6, 6),
            ("other", "people swept away", 2, 2),
            ("other", "deaths by electrocution", 1, 1),
        ],
    ),
    (
        "Banjir menewaskan 12 orang, delapan di antaranya karena terseret arus dan empat lainnya tertimbun longsor.",
        [("killed", "people", 12, 12), ("other", "deaths by drowning", 8, 8), ("other", "deaths in landslides", 4, 4)],
    ),
    (
        "Bentrokan itu melukai sembilan orang; tujuh di antaranya terkena lemparan batu dan dua lainnya terkena "
        "senjata tajam.",
        [
            ("injured", "people", 9, 9),
            ("other", "injured by stones", 7, 7),
            ("other", "injured by sharp weapons", 2, 2),
        ],
    ),
    # controls: a toll by the event itself; a part by group
    ("Korban meninggal akibat banjir mencapai 14 orang.", [("killed", "people", 14, 14)]),
    (
        "Banjir menewaskan 12 orang, lima di antaranya anak-anak.",
        [("killed", "people", 12, 12), ("killed", "children", 5, 5)],
    ),
]


GROUP_PARTS: list[Any] = [
    (
        "The police chief said 33 people had died in the riot, 19 of them migrants from other provinces, and around "
        "50 had been wounded.",
        [("killed", "people", 33, 33), ("other", "migrants killed", 19, 19), ("injured", "people", 45, 55)],
    ),
    (
        "The governor said 41 people had died in the clashes, 30 of them migrants from the north.",
        [("killed", "people", 41, 41), ("other", "migrants killed", 30, 30)],
    ),
    # controls: closed groups keep the measure
    ("The fire killed 12 people, five of them women.", [("killed", "people", 12, 12), ("killed", "women", 5, 5)]),
    (
        "Police arrested 40 people, 12 of them foreigners.",
        [("arrested", "people", 40, 40), ("arrested", "foreigners", 12, 12)],
    ),
]

GROUP_PARTS_ID: list[Any] = [
    (
        "Kerusuhan itu menewaskan 33 orang, 19 di antaranya pendatang dari provinsi lain.",
        [("killed", "people", 33, 33), ("other", "migrants killed", 19, 19)],
    ),
    (
        "Banjir menewaskan 10 orang, tiga di antaranya anak-anak.",
        [("killed", "people", 10, 10), ("killed", "children", 3, 3)],
    ),
]


ROLES: list[Any] = [
    (
        "Officers were hauling away about 150 protesters who had camped there.",
        [("other", "protesters", 135, 165)],
    ),
    ("Police carried away 40 protesters.", [("other", "protesters", 40, 40)]),
    ("Police led away dozens of activists from the square.", [("other", "people acted on by police", 24, 99)]),
    # controls: a turnout; things carried away by water
    ("About 150 protesters gathered outside the ministry.", [("participants", "protesters", 135, 165)]),
    ("Floodwaters carried away 12 houses.", [("other", "houses", 12, 12)]),
]


SITES: list[Any] = [
    (
        "Yang dirawat di Puskesmas Batu Aji 14 orang, rawat jalan 9 orang, di RS Harapan 4 orang dan di RS Medika 3 "
        "orang.",
        [
            ("hospitalized", "people", 14, 14, None),
            ("other", "outpatients", 9, 9, None),
            ("hospitalized", "people", 4, 4, "RS Harapan"),
            ("hospitalized", "people", 3, 3, "RS Medika"),
        ],
    ),
    # control: an item with a verb of its own after the subset
    (
        "Sebanyak 40 warga dirawat, 12 orang rawat jalan, dan 5 orang meninggal di RS Harapan.",
        [("hospitalized", "people", 40, 40), ("other", "outpatients", 12, 12), ("killed", "people", 5, 5)],
    ),
]


test_injured_people_a_hospital_holds_en = rows_test(CARE_EN, "en")
test_injured_people_a_hospital_holds_id = rows_test(CARE_ID, "id")
test_a_part_of_the_people_before_things = rows_test(PARTS_OF_PEOPLE, "en")
test_a_lone_death_in_hospital_is_the_toll = rows_test(LONE_DEATHS, "en")
test_a_death_in_hospital_beside_a_part_id = rows_test(LONE_DEATHS_ID, "id")
test_people_sent_for_care_are_referred = rows_test(SENT_FOR_CARE, "en")
test_a_part_by_cause_en = rows_test(CAUSES_EN, "en")
test_a_part_by_cause_id = rows_test(CAUSES_ID, "id")
test_a_part_of_a_crowd_carried_off = rows_test(ROLES, "en")
test_site_items_after_a_subset_take_the_head = rows_test(SITES, "id")
test_a_part_by_a_group_outside_the_set = rows_test(GROUP_PARTS, "en")
test_a_part_by_a_group_outside_the_set_id = rows_test(GROUP_PARTS_ID, "id")
