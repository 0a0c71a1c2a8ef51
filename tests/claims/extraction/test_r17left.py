"""Items round 16 noticed and left alone (issue 11, round 17, helper r17left), read by the core.

Every sentence is our own (invented places, people and figures); the wordings are those of real reports: jail-attack
copy ("the prison ... had 224 pre-trial detainees and 70 convicted offenders"); Sri Lankan, Indian and Pakistani
election copy ("four men per polling station", "at each polling station two constables"); Sri Lankan police copy on
lists of wanted suspects sent to every station; Indonesian fire and blast copy (jabarnews, Tribun Bali, detik,
IDN Times Sumsel, Radar Kaur: the dead "mengalami luka bakar di sekujur tubuh"); AFP and Johns Hopkins pickups on
deaths "in the past 24 hours" beside the total "since the start". Each row: text, then (measure, subject, low, high)
for every claim.

- a noun of custody a jail holds or has is a prison's stock, no arrests (``held_stock._held_detainees``); people
  detained, or detainees moved, keep the arrest;
- a fronted adjunct of "each" (``per_unit._fronted``) gives a share per site, no total; a semicolon ends it;
- people counted on a list a verb sends are no force sent (``listed_names.py``); a team sent, or a list of the
  killed, keep their measure;
- wounds said of people a word of death picks out count the dead (``dead_wounds.py``); two groups joined by
  "dan"/"and", and "killed or injured", do not;
- a recent period's count beside a running total of the same measure is the increase (``period_increments.py``);
  alone, or beside another period's count, it keeps its measure;
- a lone death in hospital of patients counts the dead (round 16's convention, ``care_deaths.py``; the label of the
  lone death now reaches nouns of class people); beside a toll it stays ``died in hospital``; a closed group keeps
  its own subject, and a part of a group named after it ("Four of the labourers died while receiving treatment")
  its noun's;
- a joint force whose units include a civil government or agency is people, as the author's rows read it ("1.326
  personel gabungan dari unsur TNI, Polri, Satpol PP, dan Dinas Perhubungan"), also when the list names forces first
  (``subject_rules._joint_force``); a force securing an operation ("mengamankan penertiban") past such a list makes
  no arrests (``turnouts.secures_event``);
- phones and numbers a network counts are things, never a turnout (``[nouns]`` "phones", "nomor aktif": operator
  crowd estimates of rallies, opiniindonesia, jakartasatu, kumparan on Reuni 212);
- bodies a phrase of belief says are not found yet ("about 60 bodies still thought to be buried", "jenazah diduga
  masih tertimbun") are ``other`` (``believed_bodies.py``); bodies recovered stay killed;
- people "injured and hospitalised" are the injured (the author's first-predicate reading; ``relabel17_r17left.py``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

LEFT_EN: list[Any] = [
    (
        "The prison had 238 pre-trial detainees and 64 convicted offenders when gunmen stormed it.",
        [("other", "inmates", 238, 238), ("other", "convicted", 64, 64)],
    ),
    (
        "The jail held 312 remand detainees when it was attacked on Sunday night.",
        [("other", "inmates", 312, 312)],
    ),
    (
        "At the time of the raid the penitentiary had some 510 detainees, most of them awaiting trial.",
        [("other", "inmates", 459, 561)],
    ),
    (
        "The detention block houses 146 detainees on the night of the fire.",
        [("other", "inmates", 146, 146)],
    ),
    (
        "Police said 43 detainees were taken to court on Tuesday.",
        [("arrested", "people", 43, 43)],
    ),
    (
        "Police have detained 118 people since the protests began.",
        [("arrested", "people", 118, 118)],
    ),
    (
        "Officers arrested nine detainees who tried to climb the wall.",
        [("arrested", "people", 9, 9)],
    ),
    (
        "At each polling station two constables will be deployed.",
        [("other", "police", 2, 2)],
    ),
    (
        "At every counting centre, three police officers were deployed to keep order.",
        [("other", "police", 3, 3)],
    ),
    (
        "In each ward, 12 volunteers were deployed to help elderly voters.",
        [("other", "volunteers", 12, 12)],
    ),
    (
        "Police deployed 2,300 officers across the district on polling day.",
        [("deployed", "police", 2300, 2300)],
    ),
    (
        "At each booth a volunteer checked names; police deployed 1,450 officers in the city.",
        [("deployed", "police", 1450, 1450)],
    ),
    (
        "At the stadium, 2,000 police were deployed.",
        [("deployed", "police", 2000, 2000)],
    ),
    (
        "A list of 35 suspects to be arrested was sent to police stations across the province.",
        [("other", "suspects", 35, 35)],
    ),
    (
        "A list of 64 wanted men was sent to every border post.",
        [("other", "men", 64, 64)],
    ),
    (
        "The names of 212 suspects were circulated to all stations on Monday.",
        [("other", "suspects", 212, 212)],
    ),
    (
        "A team of 35 officers was sent to the border.",
        [("deployed", "police", 35, 35)],
    ),
    (
        "A list of 27 people killed in the attack was published on Monday.",
        [("killed", "people", 27, 27)],
    ),
    (
        "Two of the dead suffered burns to most of their bodies.",
        [("killed", "people", 2, 2)],
    ),
    (
        "Three people died and 14 were injured in the blast.",
        [("killed", "people", 3, 3), ("injured", "people", 14, 14)],
    ),
    (
        "Four people were killed or injured when the roof fell in.",
        [("other", "casualties", 4, 4)],
    ),
    (
        "Twelve people died in the past week, and 410 have died since the outbreak began.",
        [("other", "increase", 12, 12), ("killed", "people", 410, 410)],
    ),
    (
        "The ministry said 48 people were killed in the past week, and the toll since the war began stands at 1,320.",
        [("other", "increase", 48, 48), ("killed", "people", 1320, 1320)],
    ),
    (
        "With 1,190 deaths counted in the past 24 hours, the total number of people who have died since the start "
        "of the epidemic is now 6,870.",
        [("other", "increase", 1190, 1190), ("killed", "people", 6870, 6870)],
    ),
    (
        "Some 52 people died this week, the ministry said, while the overall toll stands at 1,410.",
        [("other", "increase", 47, 57), ("killed", "people", 1410, 1410)],
    ),
    (
        "The outbreak killed 12 people last week; 384 have died since it began in March.",
        [("other", "increase", 12, 12), ("killed", "people", 384, 384)],
    ),
    (
        "At least 1,600 people were killed last week, the UN agency said.",
        [("killed", "people", 1600, None)],
    ),
    (
        "Twelve people died in the past week, and 14 died the week before.",
        [("killed", "people", 12, 12), ("killed", "people", 14, 14)],
    ),
    (
        "The attack killed 12 people on Monday, and 30 more died in clashes since then.",
        [("killed", "people", 12, 12), ("killed", "people", 30, 30)],
    ),
    (
        "Sixteen patients died in hospital after drinking the tainted liquor.",
        [("killed", "people", 16, 16)],
    ),
    (
        "At least 38 people had been injured and hospitalised in the town, officials said.",
        [("injured", "people", 38, None)],
    ),
    (
        "Officials said 13 victims were taken to two hospitals, where three of them died.",
        [("hospitalized", "people", 13, 13), ("other", "hospitals", 2, 2), ("killed", "people", 3, 3)],
    ),
]

LEFT_ID: list[Any] = [
    (
        "Sebanyak lima korban yang meninggal dunia mengalami luka bakar di sekujur tubuh.",
        [("killed", "people", 5, 5)],
    ),
    (
        "Empat korban yang tewas mengalami luka tembak di bagian dada.",
        [("killed", "people", 4, 4)],
    ),
    (
        "Tiga korban meninggal dunia itu mengalami luka bakar hingga 80 persen.",
        [("killed", "people", 3, 3), ("other", "percent", 0, 80)],
    ),
    (
        "Korban yang meninggal dunia sebanyak dua orang mengalami luka bakar.",
        [("killed", "people", 2, 2)],
    ),
    (
        "Lima korban mengalami luka bakar di sekujur tubuh.",
        [("injured", "people", 5, 5)],
    ),
    (
        "Enam orang tewas dan 12 lainnya mengalami luka-luka.",
        [("killed", "people", 6, 6), ("injured", "people", 12, 12)],
    ),
    (
        "Tiga orang tewas dan luka-luka dalam kecelakaan itu.",
        [("other", "casualties", 3, 3)],
    ),
    (
        "Sebanyak 14 pasien meninggal di rumah sakit setelah menenggak miras oplosan.",
        [("killed", "people", 14, 14)],
    ),
    (
        "Sembilan pasien meninggal di rumah sakit.",
        [("killed", "people", 9, 9)],
    ),
    (
        "Empat belas pasien meninggal di rumah sakit, sehingga total korban tewas menjadi 40 orang.",
        [("other", "died in hospital", 14, 14), ("killed", "people", 40, 40)],
    ),
    (
        "Kemudian bertambah satu WNA yang meninggal di rumah sakit.",
        [("other", "foreigners", 1, 1)],
    ),
    (
        "Dalam sepekan terakhir 12 orang meninggal dunia, sehingga total kematian sejak Januari mencapai 410 orang.",
        [("other", "increase", 12, 12), ("killed", "people", 410, 410)],
    ),
    (
        "Sebanyak 15 pasien meninggal dalam sepekan terakhir, sementara total kematian sejak awal tahun mencapai "
        "388 orang.",
        [("other", "increase", 15, 15), ("killed", "people", 388, 388)],
    ),
    (
        "Dalam 24 jam terakhir tujuh warga meninggal dunia akibat DBD.",
        [("killed", "people", 7, 7)],
    ),
    (
        "Sebanyak 27 orang lainnya mengalami luka-luka dan kini dirawat di RSUD Sungai Lestari.",
        [("injured", "people", 27, 27)],
    ),
]

FORCES_ID: list[Any] = [
    (
        "Sebanyak 4.200 personel gabungan dari Polda Sulteng, Korem dan Pemerintah Provinsi mengamankan "
        "penertiban pasar.",
        [("other", "personnel", 4200, 4200)],
    ),
    (
        "Sebanyak 750 personel gabungan dari TNI, Polri dan Pemkot Sibolga dikerahkan untuk mengamankan pawai.",
        [("deployed", "people", 750, 750)],
    ),
    (
        "Polres menerjunkan 1.130 personel gabungan TNI, Polri, Dishub dan Pemerintah Kota Binjai untuk "
        "mengamankan malam tahun baru.",
        [("deployed", "people", 1130, 1130)],
    ),
    (
        "Sebanyak 640 personel gabungan TNI dan Polri dikerahkan untuk mengamankan pawai.",
        [("deployed", "security_forces", 640, 640)],
    ),
    (
        "Polres mengerahkan 1.450 personel gabungan dari Polri dan TNI untuk mengawal unjuk rasa.",
        [("deployed", "security_forces", 1450, 1450)],
    ),
    (
        "Sebanyak 300 personel gabungan dari TNI dan Polri disiagakan di lokasi banjir.",
        [("deployed", "security_forces", 300, 300)],
    ),
]

DEVICES_EN: list[Any] = [
    (
        "Telecom data showed 1.2 million active phones in the square during the rally.",
        [("other", "phones", 1200000, 1200000)],
    ),
    (
        "Some 450,000 mobile numbers were active around the venue during the festival.",
        [("other", "mobile numbers", 405000, 495000)],
    ),
    (
        "An operator counted 800,000 smartphones connected near the stadium during the match.",
        [("other", "phones", 800000, 800000)],
    ),
    (
        "Police seized 40 phones and 12 laptops.",
        [("other", "phones", 40, 40), ("other", "laptops", 12, 12)],
    ),
    (
        "About 120,000 people attended the rally in the square.",
        [("participants", "people", 108000, 132000)],
    ),
]

DEVICES_ID: list[Any] = [
    (
        "Aksi itu diikuti sekitar 13 juta nomor aktif menurut data operator.",
        [("other", "mobile numbers", 11700000, 14300000)],
    ),
    (
        "Terpantau 450.000 nomor seluler aktif di lokasi aksi damai.",
        [("other", "mobile numbers", 450000, 450000)],
    ),
    (
        "Operator mencatat 11,2 juta nomor HP yang menempel di jaringan selama acara reuni berlangsung.",
        [("other", "mobile numbers", 11200000, 11200000)],
    ),
    (
        "Sebanyak 610 ribu telepon seluler terdaftar dalam jaringan TNI dan Polri.",
        [("other", "phones", 610000, 610000)],
    ),
    (
        "Aksi itu diikuti sekitar 13 ribu orang.",
        [("participants", "people", 11700, 14300)],
    ),
]

BELIEVED_BODIES_EN: list[Any] = [
    (
        "Soldiers dug through the mud to reach about 60 bodies still thought to be buried.",
        [("other", "buried bodies", 54, 66)],
    ),
    (
        "About 45 bodies are still believed to be trapped in the fuselage.",
        [("other", "bodies presumed trapped", 41, 49)],
    ),
    (
        "Rescuers recovered 60 bodies from the rubble.",
        [("killed", "people", 60, 60)],
    ),
    (
        "About 40 people are believed to be buried under the mud.",
        [("other", "people presumed dead", 36, 44)],
    ),
    (
        "Four of the labourers died while receiving treatment at the medical college.",
        [("other", "workers", 4, 4)],
    ),
]

BELIEVED_BODIES_ID: list[Any] = [
    (
        "Sekitar 60 jenazah diduga masih tertimbun longsor.",
        [("other", "buried bodies", 54, 66)],
    ),
    (
        "Sebanyak 25 jenazah masih tertimbun material longsor.",
        [("other", "buried bodies", 25, 25)],
    ),
    (
        "Tim SAR menemukan 12 jenazah di bawah reruntuhan.",
        [("killed", "people", 12, 12)],
    ),
]


test_left17_en = rows_test(LEFT_EN, "en")
test_left17_id = rows_test(LEFT_ID, "id")
test_left17_forces_id = rows_test(FORCES_ID, "id")
test_left17_devices_en = rows_test(DEVICES_EN, "en")
test_left17_devices_id = rows_test(DEVICES_ID, "id")
test_left17_believed_bodies_en = rows_test(BELIEVED_BODIES_EN, "en")
test_left17_believed_bodies_id = rows_test(BELIEVED_BODIES_ID, "id")
