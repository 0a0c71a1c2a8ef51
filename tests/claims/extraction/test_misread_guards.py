"""Misread guards: a measure word near a figure it does not govern leaves the figure `other` (issue 11, DESIGN 4.1:
"a wrong specific measure is worse than `other`"); control rows keep the measure a word does govern at a distance.

The sentences are our own (invented places, people and figures), written in the constructions of Indonesian and
English reports on crime, health, accidents, disasters and unrest: a measure word in another clause (a comma, a
colon, *sementara*, *sedangkan*, *while*, *whereas*), in a relative clause of another noun (*milik tersangka yang
ditangkap*, *relatives who were detained*), the object of a preposition (*untuk korban luka*, *beds for the
wounded*) or of a transitive verb (*merawat korban luka*, *treated the injured*), a transitive verb whose agent the
figure is (*12 relawan mengevakuasi warga*, *volunteers evacuated residents*), a figure in the way (*70 personel
mencari 3 warga yang hilang*), a figure after a preposition (*dirawat oleh 40 dokter*, *buried in 3 cemeteries*),
a subject before a change verb that shares nothing with the next clause (*The death toll stood at 12, and ...*),
the object of a verb in a relative clause (*Truk yang mengangkut 30 pekerja terguling ...*), a possessor after an
unknown head noun (*12 kerabat korban tewas*). The rules are in ``claims/extraction/reach.py`` and
``reach_before.py``; the function words in the lexicons' ``[syntax]`` section (docs/lexicons.md, "Measure reach").
Each row: the text, then ``(surface, measure)`` for every claim of the sentence, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract

ID_GUARDS: list[Any] = [
    # the object of a preposition names another noun
    ("Rumah sakit itu menyiapkan 200 tempat tidur untuk korban luka.", [("200", "other")]),
    ("Rumah sakit itu memiliki 150 tempat tidur bagi pasien yang dirawat.", [("150", "other")]),
    ("Relawan untuk korban luka mencapai 300 orang.", [("300", "other")]),
    ("Santunan untuk keluarga korban tewas mencapai Rp 300 juta.", [("Rp 300 juta", "other")]),
    # the object of a transitive verb
    ("Sebanyak 40 dokter merawat korban luka di IGD.", [("40", "other")]),
    ("Sebanyak 40 dokter yang merawat korban luka mendapat penghargaan.", [("40", "other")]),
    ("Sebanyak 12 petugas yang menangani korban luka kelelahan.", [("12", "other")]),
    (
        "Sebanyak 15 wartawan yang meliput aksi itu mengaku diintimidasi, sementara dua lainnya ditangkap.",
        [("15", "other"), ("dua", "arrested")],
    ),
    ("Sebanyak 30 tenaga kesehatan yang merawat pasien korban keracunan ikut jatuh sakit.", [("30", "other")]),
    ("Sebanyak 9 dokter dari 3 rumah sakit merawat korban luka.", [("9", "other"), ("3", "other")]),
    # a transitive verb with a person as its object: the figure is the agent
    ("Sebanyak 12 relawan mengevakuasi warga dari bantaran sungai.", [("12", "other")]),
    ("Relawan yang mengevakuasi korban tewas berjumlah 40 orang.", [("40", "other")]),
    ("Tim SAR mengerahkan 3 perahu karet untuk mengevakuasi warga yang terjebak.", [("3", "other")]),
    # a relative clause of another noun
    ("Polisi menyita 12 paket sabu milik tersangka yang ditangkap di rumahnya.", [("12", "other")]),
    ("Polisi mengamankan 12 sepeda motor milik pengunjuk rasa yang ditangkap.", [("12", "other")]),
    ("Sebanyak 600 warga menuntut pembebasan rekan mereka yang ditahan.", [("600", "other")]),
    ("Massa berjumlah 600 orang menuntut pembebasan rekan yang ditahan.", [("600", "participants")]),
    ("Sebanyak 25 anak kehilangan orang tua mereka yang tewas dalam gempa.", [("25", "other")]),
    # a possessor after an unknown head noun: the measure word is the possessor's
    ("Sebanyak 12 kerabat korban tewas menghadiri pemakaman.", [("12", "other")]),
    ("Sekitar 40 tetangga korban luka mendonorkan darah.", [("Sekitar 40", "other")]),
    ("Sebanyak 30 anak dari keluarga yang mengungsi mulai bersekolah kembali.", [("30", "other")]),
    ("Sebanyak 500 paket bantuan disalurkan kepada korban banjir yang mengungsi.", [("500", "other")]),
    (
        "Polisi menyita 1.200 botol miras oplosan dari 5 warung yang pemiliknya ditangkap.",
        [("1.200", "other"), ("5", "other")],
    ),
    ("Sebanyak 200 warga yang keracunan ditangani 30 tenaga medis.", [("200", "other"), ("30", "other")]),
    # a figure in the way
    ("Sebanyak 70 personel gabungan mencari 3 warga yang hilang.", [("70", "other"), ("3", "missing")]),
    (
        "Polisi menyita 45 paket ganja dari 3 tersangka yang ditangkap di pelabuhan.",
        [("45", "other"), ("3", "arrested")],
    ),
    (
        "Polisi menyebut 200 pengunjuk rasa bentrok dengan aparat dan 15 polisi terluka.",
        [("200", "participants"), ("15", "injured")],
    ),
    # a figure after a preposition is an adjunct; after another verb, that verb's
    ("Korban luka dirawat oleh 40 dokter dan perawat.", [("40", "other")]),
    ("Warga yang mengungsi mendapat bantuan 300 relawan.", [("300", "other")]),
    (
        "Serangan udara menewaskan 40 orang di kamp pengungsi yang menampung 12.000 warga.",
        [("40", "killed"), ("12.000", "other")],
    ),
    ("Sebanyak 12 tenda didirikan untuk 300 pengungsi.", [("12", "other"), ("300", "displaced")]),
    ("Polisi menangkap pelaku di 3 lokasi berbeda.", [("3", "other")]),
    ("Korban tewas dimakamkan di 3 tempat pemakaman umum.", [("3", "other")]),
    # a verb shared only by coordinated objects, not across a predicate
    ("Kerusuhan yang menewaskan dua orang itu melibatkan 300 pemuda.", [("dua", "killed"), ("300", "other")]),
    ("Aksi yang diikuti 5.000 buruh itu dijaga 800 personel polisi.", [("5.000", "participants"), ("800", "deployed")]),
    ("Polisi menangkap 12 orang, 30 orang lainnya kabur.", [("12", "arrested"), ("30", "other")]),
    ("Sebanyak 200 warga bentrok dengan pengunjuk rasa.", [("200", "other")]),
    # the object of a verb in a relative clause: the main verb after it is the described noun's
    ("Truk yang mengangkut 30 pekerja terguling di tikungan tajam hingga menewaskan sopirnya.", [("30", "other")]),
    ("Bus yang membawa 45 penumpang itu terguling dan sopirnya tewas.", [("45", "other")]),
    # the object of a verb takes no verb joined to that verb
    ("Tawuran itu melibatkan 40 pelajar dan melukai seorang guru.", [("40", "other")]),
    # another clause: punctuation and clause words
    (
        "Gempa merusak 1.200 rumah, sementara 14 warga tewas tertimpa bangunan.",
        [("1.200", "damaged"), ("14", "killed")],
    ),
    (
        "Banjir merendam 3.400 rumah: 12 warga hilang dan 900 mengungsi.",
        [("3.400", "other"), ("12", "missing"), ("900", "displaced")],
    ),
    ("Pengungsi tersebar di 8 posko, sedangkan 3 warga masih hilang.", [("8", "other"), ("3", "missing")]),
    (
        "Tiga orang tewas, sementara warga lainnya, termasuk 12 anak, mengungsi ke masjid.",
        [("Tiga", "killed"), ("12", "other")],
    ),
    # money and time near a measure verb
    (
        "Sebanyak 2 orang meninggal dunia, sementara kerugian ditaksir Rp 1,2 miliar.",
        [("2", "killed"), ("ditaksir Rp 1,2 miliar", "other")],
    ),
    (
        "Kerugian akibat kebakaran pasar yang menghanguskan 300 kios ditaksir Rp 12 miliar.",
        [("300", "damaged"), ("ditaksir Rp 12 miliar", "other")],
    ),
    (
        "Sebanyak 12 keluarga korban tewas menerima santunan Rp 15 juta.",
        [("12", "other"), ("Rp 15 juta", "other")],
    ),
    ("Sebanyak 14 orang ditahan selama 20 hari.", [("14", "arrested")]),
    ("Polisi menangkap 7 pelaku dalam 2 jam.", [("7", "arrested")]),
    # the subject's measure, not a verb after a coordinated figure; the main verb after a relative clause
    (
        "Jumlah pasien yang dirawat akibat keracunan mencapai 85 orang dan 2 orang meninggal.",
        [("85", "hospitalized"), ("2", "killed")],
    ),
    (
        "Sebanyak 45 pekerja migran yang hendak diberangkatkan secara ilegal berhasil diselamatkan polisi.",
        [("45", "other")],
    ),
    ("Sebanyak 3 anggota polisi yang menangkap pelaku mendapat penghargaan.", [("3", "other")]),
    ("Sebanyak 30 petugas yang mencari korban hilang kelelahan.", [("30", "other")]),
    ("Sebanyak 20 perawat yang merawat korban luka bekerja dua sif.", [("20", "other")]),
    ("Sebanyak 15 pengacara yang mendampingi tahanan menemui jaksa.", [("15", "other")]),
    ("Sebanyak 20 petugas yang menjaga tahanan jatuh sakit.", [("20", "other")]),
    ("Iring-iringan 30 ambulans membawa korban luka ke rumah sakit.", [("30", "other")]),
    ("Pemerintah menyewa 40 satpam untuk menjaga pengungsi.", [("40", "other")]),
    # a fact-box label or a list after a measure word said of another noun
    ("Keterangan polisi yang menangkap pelaku: 12 orang.", [("12", "other")]),
    ("Relawan untuk korban luka: 300 orang.", [("300", "other")]),
    (
        "Relawan yang merawat korban luka berasal dari Kabupaten Sukamaju (52 orang) dan Kota Lembah (23 orang).",
        [("52", "other"), ("23", "other")],
    ),
]

ID_CONTROLS: list[Any] = [
    ("Sebanyak 3 anggota polisi yang menangkap pelaku terluka.", [("3", "injured")]),
    ("Sebanyak 12 warga yang rumahnya rusak mengungsi.", [("12", "displaced")]),
    ("Sebanyak 5 nelayan warga Desa Ujung hilang di laut.", [("5", "missing")]),
    ("Korban tewas di Desa Dimulyo 12 orang.", [("12", "killed")]),
    ("Sebanyak 12 orang di desa itu yang hilang belum ditemukan.", [("12", "missing")]),
    ("Sebanyak 12 warga Merauke yang terluka dirawat.", [("12", "hospitalized")]),
    ("Kuasa hukum 14 pengunjuk rasa yang ditahan mengajukan gugatan.", [("14", "arrested")]),
    ("Sebanyak 900 warga (240 KK) diungsikan ke balai desa.", [("900", "displaced"), ("240", "other")]),
    (
        "Polisi mengerahkan 500 personel Brimob, 300 prajurit TNI dan 50 petugas Satpol PP.",
        [("500", "deployed"), ("300", "deployed"), ("50", "deployed")],
    ),
    ("Sebanyak 3 tersangka (2 di antaranya residivis) ditangkap.", [("3", "arrested"), ("2", "other")]),
    ("Sebanyak 9 orang yang terseret arus ditemukan tewas.", [("9", "killed")]),
    ("Polisi menyebut 12 orang yang terluka dalam ledakan masih dirawat.", [("12", "hospitalized")]),
    ("Sebanyak 8 tersangka yang menganiaya korban hingga tewas diringkus polisi.", [("8", "arrested")]),
    (
        "Aparat menembakkan gas air mata ke arah 2.000 pengunjuk rasa yang berkumpul di depan gedung DPR.",
        [("2.000", "participants")],
    ),
    (
        "Serangan itu menewaskan 12 warga sipil, memaksa 3.000 orang mengungsi dan menghancurkan 200 rumah.",
        [("12", "killed"), ("3.000", "displaced"), ("200", "damaged")],
    ),
    ("Jumlah korban luka akibat ledakan itu bertambah menjadi 48 orang.", [("48", "injured")]),
    ("Korban tewas dalam kecelakaan di tol itu berjumlah 9 orang.", [("9", "killed")]),
    ("Warga yang mengungsi mencapai 2.300 orang.", [("2.300", "displaced")]),
    ("Sebanyak 12 polisi dan 3 wartawan terluka dalam bentrokan itu.", [("12", "injured"), ("3", "injured")]),
    (
        "Sebanyak 12 anggota polisi dari Polres Sukamaju dan 3 wartawan terluka.",
        [("12", "injured"), ("3", "injured")],
    ),
    ("Sebanyak 300 warga termasuk 12 anak-anak dievakuasi.", [("300", "displaced"), ("12", "displaced")]),
    ("Sebanyak 300 warga dari 4 desa mengungsi ke gedung sekolah.", [("300", "displaced"), ("4", "other")]),
    ("Sebanyak 23 orang yang hendak bergabung dengan aksi itu diamankan polisi.", [("23", "arrested")]),
    ("Sebanyak 35 warga yang rumahnya tertimbun longsor mengungsi ke balai desa.", [("35", "displaced")]),
    ("Sebanyak 64 siswa yang menyantap nasi kotak itu dirawat di puskesmas.", [("64", "hospitalized")]),
    ("Sebanyak 40 orang yang terluka dilarikan ke rumah sakit.", [("40", "hospitalized")]),
    ("Sebanyak 12 orang dengan luka bakar dirawat di RSUD.", [("12", "hospitalized")]),
    ("Sebanyak 12 orang dengan luka bakar.", [("12", "injured")]),
    ("Sebanyak 300 warga memilih mengungsi ke masjid.", [("300", "displaced")]),
    ("Sebanyak 12 warga mengalami luka-luka.", [("12", "injured")]),
    ("Acara itu dihadiri oleh 300 orang.", [("300", "participants")]),
    (
        "Polisi mengerahkan 800 personel untuk mengamankan aksi yang diikuti 5.000 buruh.",
        [("800", "deployed"), ("5.000", "participants")],
    ),
    ("Sebanyak 2.000 buruh mengikuti aksi di depan gedung DPRD.", [("2.000", "participants")]),
    ("Sebanyak 500 petani melakukan aksi jalan kaki ke ibu kota.", [("500", "participants")]),
    ("Banjir bandang yang membuat 860 warga mengungsi itu terjadi Sabtu.", [("860", "displaced")]),
    ("Sekitar 300 warga menggelar demonstrasi menolak tambang.", [("Sekitar 300", "participants")]),
    ("Sebanyak 12 orang menderita luka bakar.", [("12", "injured")]),
    ("Sebanyak 45 orang menjadi korban tewas dalam kecelakaan itu.", [("45", "killed")]),
    ("Lima dokter dan 20 perawat dikirim untuk merawat korban luka.", [("Lima", "deployed"), ("20", "deployed")]),
    ("Tim SAR gabungan mengevakuasi 140 warga yang terjebak banjir.", [("140", "displaced")]),
    ("Kebakaran itu menghanguskan 30 rumah dan menewaskan 2 orang.", [("30", "damaged"), ("2", "killed")]),
    ("Ledakan di pabrik itu menewaskan 4 pekerja dan melukai 17 lainnya.", [("4", "killed"), ("17", "injured")]),
    ("Korban tewas: 12 orang; korban luka: 40 orang.", [("12", "killed"), ("40", "injured")]),
    (
        "Dalam sepekan, jumlah pengungsi bertambah 1.200 jiwa menjadi 4.500 jiwa.",
        [("1.200", "other"), ("4.500", "displaced")],
    ),
    ("Sebanyak 9 penumpang tewas dan 21 lainnya luka-luka dalam kecelakaan itu.", [("9", "killed"), ("21", "injured")]),
    ("Rumah sakit merawat 56 korban luka, 9 di antaranya kritis.", [("56", "hospitalized"), ("9", "other")]),
]

EN_GUARDS: list[Any] = [
    # the object of a preposition names another noun
    ("The hospital has 200 beds for the wounded.", [("200", "other")]),
    ("The hospital has 150 beds for patients who are admitted.", [("150", "other")]),
    ("Aid for the displaced reached 3,000 food parcels.", [("3,000", "other")]),
    ("Compensation for families of the dead reached $300,000.", [("$300,000", "other")]),
    # the object of a transitive verb
    ("Forty doctors treated the injured at the field clinic.", [("Forty", "other")]),
    ("The 40 doctors who treated the injured were praised by the mayor.", [("40", "other")]),
    ("The team of 12 medics that treated the wounded left on Friday.", [("12", "other")]),
    ("Thirty health workers who cared for the sick also fell ill.", [("Thirty", "other")]),
    (
        "The 15 reporters who covered the protest said they were harassed, while two others were detained.",
        [("15", "other"), ("two", "arrested")],
    ),
    ("Nine doctors from three hospitals treated the injured.", [("Nine", "other"), ("three", "other")]),
    ("Eighty volunteers from six charities helped the displaced.", [("Eighty", "other"), ("six", "other")]),
    # a transitive verb with a person as its object: the figure is the agent
    ("Twelve volunteers evacuated residents from the riverbank.", [("Twelve", "other")]),
    ("The 300 troops evacuated residents of the valley.", [("300", "other")]),
    ("Volunteers who evacuated the dead numbered 40.", []),
    # a relative clause of another noun
    ("Police seized 30 motorcycles belonging to protesters who were arrested.", [("30", "other")]),
    ("Police seized 30 motorcycles from protesters who were arrested.", [("30", "other")]),
    ("Some 600 residents demanded the release of relatives who were detained.", [("Some 600", "other")]),
    ("About 25 children lost parents who were killed in the earthquake.", [("About 25", "other")]),
    ("Twelve relatives of the missing waited at the port.", [("Twelve", "other")]),
    ("Some 40 neighbours of the injured man donated blood.", [("Some 40", "other")]),
    ("Officials distributed 770 food parcels to families who fled.", [("770", "other")]),
    (
        "Police seized 1,200 bottles of bootleg liquor from 5 stalls whose owners were arrested.",
        [("1,200", "other"), ("5", "other")],
    ),
    # a figure in the way
    # rescuers counted with no measure word of their own are the force at work (test_round5_enb.py)
    ("Seventy rescuers searched for 3 villagers who went missing.", [("Seventy", "deployed"), ("3", "missing")]),
    (
        "Police seized 45 packets of cannabis from three suspects who were arrested at the port.",
        [("45", "other"), ("three", "arrested")],
    ),
    (
        "About 200 protesters clashed with police and 15 officers were injured.",
        [("About 200", "participants"), ("15", "injured")],
    ),
    # a figure after a preposition is an adjunct
    ("The injured were treated by 40 doctors and nurses.", [("40", "other")]),
    ("The dead were buried in 3 cemeteries.", [("3", "other")]),
    ("Volunteers who were deployed helped 300 residents.", [("300", "other")]),
    (
        "An air strike killed 40 people at a refugee camp housing 12,000 people.",
        [("40", "killed"), ("12,000", "other")],
    ),
    ("Police arrested the suspects in 3 separate raids.", [("3", "other")]),
    (
        "The rally, attended by 5,000 workers, was guarded by 800 police officers.",
        [("5,000", "participants"), ("800", "other")],
    ),
    # a subject before a change verb shares nothing with the next clause
    # (round 15) people who remain in shelters are displaced, as gold "More than 700 people are now staying in
    # temporary shelters"
    ("The death toll stood at 12, and 400 residents remain in shelters.", [("12", "killed"), ("400", "displaced")]),
    ("The riot, which killed two people, involved 300 youths.", [("two", "killed"), ("300", "other")]),
    ("The truck that carried 30 workers overturned and the driver died.", [("30", "other")]),
    ("About 200 residents clashed with protesters.", [("About 200", "other")]),
    ("Authorities evacuated a hospital with 200 patients.", [("200", "other")]),
    # "in camps for the displaced" names the people's own state (a displaced phrase of the lexicon)
    ("Aid groups said 40,000 people in camps for the displaced lacked clean water.", [("40,000", "displaced")]),
    ("About 40 volunteers cooked meals for the displaced.", [("About 40", "other")]),
    ("The crash involved 30 travellers and killed a truck driver.", [("30", "other")]),
    ("The brawl involved 40 pupils and injured a teacher.", [("40", "other")]),
    # another clause: punctuation and clause words
    (
        "The quake damaged 1,200 homes, while 14 residents were killed by falling debris.",
        [("1,200", "damaged"), ("14", "killed")],
    ),
    (
        "Floods swamped 3,400 homes: 12 people are missing and 900 were evacuated.",
        [("3,400", "other"), ("12", "missing"), ("900", "displaced")],
    ),
    (
        "Evacuees are spread across eight shelters, whereas three villagers are still missing.",
        [("eight", "other"), ("three", "missing")],
    ),
    # money and time near a measure verb
    (
        "Two people died, while losses were estimated at $1.2 million.",
        [("Two", "killed"), ("estimated at $1.2 million", "other")],  # the estimate is the figure's hedge
    ),
    (
        "Twelve families of the dead received compensation of $1,000 each.",
        [("Twelve", "other"), ("$1,000", "other")],
    ),
    ("Fourteen people were detained for 20 days.", [("Fourteen", "arrested")]),
    (
        "The furnace blast injured 30 workers on duty at three production lines.",
        [("30", "injured"), ("three", "other")],
    ),
    ("Aid packages numbering 500 were handed to evacuees.", []),
    ("Three officers who arrested the suspect received medals.", [("Three", "other")]),
    # never missing; rescuers with no measure word of their own are the force at work (test_round5_enb.py)
    ("The 30 rescuers searching for the missing were exhausted.", [("30", "deployed")]),
    ("Authorities hired 40 guards to protect the displaced.", [("40", "other")]),
    ("The 20 nurses caring for the wounded worked double shifts.", [("20", "other")]),
    ("Some 15 lawyers representing the detainees met prosecutors.", [("Some 15", "other")]),
    ("Twenty officers guarding the detainees fell ill.", [("Twenty", "other")]),
    ("A convoy of 30 ambulances took the injured to hospital.", [("30", "other")]),
    ("More than 50 volunteers spent the night helping the injured.", [("More than 50", "other")]),
    ("Volunteers who treated the injured came from Pine County (52) and Elm County (23).", []),
]

EN_CONTROLS: list[Any] = [
    ("Three officers who arrested the suspect were injured.", [("Three", "injured")]),
    ("Police said 12 people injured in the blast were still in hospital.", [("12", "hospitalized")]),
    ("The government paid $3,000 each to 40 injured workers.", [("$3,000", "other"), ("40", "injured")]),
    ("Twelve people in the village who were evacuated returned.", [("Twelve", "displaced")]),
    ("About 300 people are staying at the evacuation centre.", [("About 300", "displaced")]),
    ("About 2,000 people took part in the protest.", [("About 2,000", "participants")]),
    ("About 900 residents (240 families) were evacuated.", [("About 900", "displaced"), ("240", "other")]),
    (
        "Officials deployed 500 police officers, 300 soldiers and 50 medics to the border.",
        [("500", "deployed"), ("300", "deployed"), ("50", "deployed")],
    ),
    ("Health officials sent 30 medics to treat 200 residents who fell ill.", [("30", "deployed"), ("200", "other")]),
    ("Eight suspects who beat the victim to death were arrested.", [("Eight", "arrested")]),
    ("Police fired tear gas at 2,000 protesters who had gathered outside parliament.", [("2,000", "participants")]),
    ("The number of injured from the blast rose to 48.", [("48", "injured")]),
    ("Residents who fled numbered 2,300.", [("2,300", "displaced")]),
    ("Officials put the number of displaced at 40,000.", [("40,000", "displaced")]),
    ("Police put the crowd at 60,000.", [("60,000", "participants")]),
    ("The ministry confirmed the death toll at 58.", [("58", "killed")]),
    ("Twelve police officers and three journalists were injured.", [("Twelve", "injured"), ("three", "injured")]),
    (
        "About 300 residents including 12 children were evacuated.",
        [("About 300", "displaced"), ("12", "displaced")],
    ),
    ("About 400 residents of 5 villages fled to the school.", [("About 400", "displaced"), ("5", "other")]),
    ("Forty people who were injured were taken to hospital.", [("Forty", "hospitalized")]),
    ("Thirty people were treated for injuries at the scene.", [("Thirty", "injured")]),
    ("Some 90 people were hospitalized for smoke inhalation.", [("Some 90", "hospitalized")]),
    ("The ceremony was attended by 300 people.", [("300", "participants")]),
    ("Some 2,000 workers joined the protest outside parliament.", [("Some 2,000", "participants")]),
    ("About 2,000 workers staged a protest outside parliament.", [("About 2,000", "participants")]),
    ("The flood that left 12 people injured hit at night.", [("12", "injured")]),
    ("Evacuees reach 4,100 as waters linger.", [("4,100", "displaced")]),
    ("Thousands of students held a rally in the capital.", [("Thousands", "participants")]),
    ("Forty people sustained injuries in the crash.", [("Forty", "injured")]),
    ("At least 45 people lost their lives in the crash.", [("At least 45", "killed")]),
    ("Up to 20,000 people are expected to join the march.", [("Up to 20,000", "participants")]),
    (
        "At least three journalists were among the 41 people detained during the protest.",
        [("At least three", "arrested"), ("41", "arrested")],
    ),
    ("The search continued for the remaining eight.", [("eight", "missing")]),
    ("Mobs beat eleven police officers to death outside the station.", [("eleven", "killed")]),
    ("The blast killed four workers and wounded 17 others.", [("four", "killed"), ("17", "injured")]),
    ("Nine passengers were killed and 21 others injured in the crash.", [("Nine", "killed"), ("21", "injured")]),
    ("Police dispersed 1,500 protesters and arrested 60.", [("1,500", "participants"), ("60", "arrested")]),
    ("Rescuers evacuated 140 residents trapped by the floodwaters.", [("140", "displaced")]),
    ("Deaths: 12; injuries: 40.", [("12", "killed"), ("40", "injured")]),
    (
        "Three people died, while hundreds of residents, including 12 children, fled to the mosque.",
        [("Three", "killed"), ("hundreds", "displaced"), ("12", "displaced")],
    ),
    ("About 600 poll workers fell ill and 90 of them died.", [("About 600", "other"), ("90", "killed")]),
    (
        "Police raided a bootleg liquor plant blamed for 18 deaths and seized 900 bottles.",
        [("18", "killed"), ("900", "other")],
    ),
    (
        "Police deployed 800 officers to guard a rally attended by 5,000 workers.",
        [("800", "deployed"), ("5,000", "participants")],
    ),
]


def _measures(text: str, lang: str) -> list[tuple[str, str]]:
    return [(claim.text, claim.measure) for claim in extract(text, lang)]


@pytest.mark.parametrize(("text", "expected"), ID_GUARDS + ID_CONTROLS)
def test_indonesian_measure_reach(text: str, expected: list[tuple[str, str]]) -> None:
    assert _measures(text, "id") == expected


@pytest.mark.parametrize(("text", "expected"), EN_GUARDS + EN_CONTROLS)
def test_english_measure_reach(text: str, expected: list[tuple[str, str]]) -> None:
    assert _measures(text, "en") == expected


def test_the_table_covers_both_languages_and_keeps_recall_rows() -> None:
    assert len(ID_GUARDS) >= 30 and len(EN_GUARDS) >= 30
    # every control row keeps a specific measure that a word gives the figure at a distance
    assert all(any(measure != "other" for _, measure in rows) for _, rows in ID_CONTROLS + EN_CONTROLS)
