"""Story kinds of round 3 (issue 11): labour, elections, migration, war and terror, crowds, schools, animals,
wildfire and haze, heat, urban fires and sea rescues, in both languages.

Every sentence is our own (invented places, companies, people and figures); each models a construction read in real
Indonesian and English reports of that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1 (prefer
``other`` to a wrong measure). Each row: text, then (measure, subject, low, high) for every claim. The classes fixed
in this round:

- a time right after a break word inside a relative clause ("yang hilang sejak Selasa", "who had been missing since
  Tuesday") ends no clause: the main verb after it is the figure's ("... ditemukan selamat", "... were found alive");
- people held by captors (``[cues] captive_labels``: hostages) are never arrested ("59 hostages are still held",
  "Dari 80 sandera, ... 33 orang masih ditahan");
- survivors after a relative word are no displacement ("mengevakuasi 7 ABK yang selamat");
- in English the verb right after the whole of a part is the part's predicate when no other predicate follows ("60
  of the 400 workers died", "60 percent of the 400 workers joined the strike"): the whole is ``other``;
- "others" after a count and an included group refers back to the count, not the group ("killed 17 civilians,
  including three children, and wounded six others");
- a venue's capacity is no turnout ("the stadium holds 45,000 spectators", "mampu menampung 42.000 penonton");
- the missing that a verb of finding or rescuing takes (``[cues] find_verbs``) are found ("Tim SAR menemukan 3
  nelayan yang hilang", "rescuers found 12 missing fishermen"): ``other``, "found";
- animals are never counted by a people measure: an animal classifier (``[cues] animal_classifiers``: "40 ekor
  lainnya dalam perawatan") or a figure with no noun after a count of animals ("Five horses were killed and 7
  injured");
- the crowd of an event that a force guards is no deployment ("mengawal aksi 10.000 buruh", ``[cues]
  guarded_events``); a part after a new clause takes the measure word after it ("900 warga terpapar asap dan 45 di
  antaranya dirawat": the 900 are ``other``).

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

from claims.extraction.lexicon import load_lexicon
from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # layoffs: 'lay off N workers' (carmaker plant closures)
    ("The carmaker said it would lay off 1,300 workers at its Ohio plant.", [("other", "workers", 1300, 1300)]),
    # layoffs counted as jobs
    ("The company cut 700 jobs last year.", [("other", "jobs", 700, 700)]),
    # furloughs
    ("More than 15,000 workers were furloughed during the shutdown.", [("other", "workers", 15001, None)]),
    # strike turnout: 'N nurses went on strike'
    ("Some 12,000 nurses went on strike across the state.", [("participants", "people", 10800, 13200)]),
    # strike turnout: 'members joined the strike'
    ("The union said 3,500 members joined the strike.", [("participants", "people", 3500, 3500)]),
    # walkout and arrests of pickets
    (
        "About 2,000 dockworkers walked out, and police detained 14 pickets.",
        [("participants", "people", 1800, 2200), ("arrested", "people", 14, 14)],
    ),
    # share of a workforce joining a strike: the whole is not the turnout
    (
        "About 60 percent of the 400 workers joined the strike.",
        [("other", "percent", 54, 66), ("other", "workers", 400, 400)],
    ),
    # part of a whole with its own verb right after the whole
    (
        "Some 60 of the 400 workers joined the strike.",
        [("participants", "people", 54, 66), ("other", "workers", 400, 400)],
    ),
    # part of a whole: the verb after the whole is the part's
    ("60 of the 400 workers died.", [("killed", "people", 60, 60), ("other", "workers", 400, 400)]),
    # control: a participle after the whole, a predicate later
    (
        "Twelve of the 52 people admitted to hospital were discharged.",
        [("other", "discharged patients", 12, 12), ("hospitalized", "people", 52, 52)],
    ),
    # control: police breaking up a strike
    ("Some 150 workers were injured when police broke up the strike.", [("injured", "people", 135, 165)]),
    # turnout percent and voters
    (
        "Turnout reached 67 percent, with 23 million voters casting ballots.",
        [("other", "percent", 67, 67), ("other", "voters", 23000000, 23000000)],
    ),
    # poll workers falling ill
    ("More than 800 poll workers fell ill after the election.", [("other", "sick poll workers", 801, None)]),
    # polling stations are things
    ("About 1,200 polling stations opened late.", [("other", "polling stations", 1080, 1320)]),
    # ballots counted
    ("Election officials counted 4.2 million ballots.", [("other", "ballots", 4200000, 4200000)]),
    # troops deployed to polling booths
    (
        "More than 5,000 troops were deployed to guard 20,000 polling booths.",
        [("deployed", "soldiers", 5001, None), ("other", "polling booths", 20000, 20000)],
    ),
    # turnout share of registered voters: the whole is no turnout
    (
        "Nearly 70 percent of the 2.1 million registered voters turned out.",
        [("other", "percent", 63, 70), ("other", "voters", 2100000, 2100000)],
    ),
    # poll workers dying
    ("More than 300 election workers died of fatigue after the vote.", [("killed", "people", 301, None)]),
    # migrant boat capsizes, leaving N dead
    (
        "A boat carrying 180 migrants capsized off Lampedusa, leaving 41 dead.",
        [("other", "people on board", 180, 180), ("killed", "people", 41, 41)],
    ),
    # coast guard rescues and recovers bodies
    (
        "The coast guard rescued 95 migrants and recovered 12 bodies.",
        [("other", "migrants", 95, 95), ("killed", "people", 12, 12)],
    ),
    # deportations
    ("The government deported 1,400 migrants in March.", [("other", "migrants", 1400, 1400)]),
    # repatriation: the label names the group the verb counts (a noun phrase, never the bare participle)
    ("About 300 Filipinos were repatriated from Kuwait.", [("other", "Filipinos repatriated", 270, 330)]),
    # boat with survivors and missing after a semicolon
    (
        "The boat was carrying 48 migrants when it capsized; 29 were rescued and 19 remain missing.",
        [("other", "people on board", 48, 48), ("other", "survivors", 29, 29), ("missing", "people", 19, 19)],
    ),
    # migrants detained at a border
    ("More than 1,000 migrants were detained at the border last week.", [("arrested", "people", 1001, None)]),
    # airstrike: 'killed N civilians, including ..., and wounded N others'
    (
        "An airstrike killed 17 civilians, including three children, and wounded six others.",
        [("killed", "civilians", 17, 17), ("killed", "children", 3, 3), ("injured", "civilians", 6, 6)],
    ),
    # militants killed
    ("Officials said over 60 militants were killed in the operation.", [("killed", "people", 61, None)]),
    # hostages taken
    ("Militants took 11 hostages at the compound.", [("other", "hostages", 11, 11)]),
    # hostages freed
    ("Seven hostages were freed after a ransom was paid.", [("other", "hostages", 7, 7)]),
    # hostages still held are no arrests
    ("About 59 hostages are still held in Gaza.", [("other", "hostages", 54, 64)]),
    # parts of a whole of hostages
    (
        "Of the 80 hostages, 47 were released and 33 are still held.",
        [("other", "hostages", 80, 80), ("other", "released", 47, 47), ("other", "hostages", 33, 33)],
    ),
    # control: suspects still held are arrests
    ("Police detained 33 suspects, who are still held at the station.", [("arrested", "people", 33, 33)]),
    # killed and captured
    (
        "The army said it had killed 120 fighters and captured 40 others.",
        [("killed", "people", 120, 120), ("other", "captured", 40, 40)],
    ),
    # soldiers killed and wounded by a roadside bomb
    (
        "Two soldiers were killed and five wounded when their convoy hit a roadside bomb.",
        [("killed", "soldiers", 2, 2), ("injured", "soldiers", 5, 5)],
    ),
    # killed and arrested in one raid
    (
        "Security forces killed 17 militants and arrested 8.",
        [("killed", "people", 17, 17), ("arrested", "people", 8, 8)],
    ),
    # stadium crush deaths
    ("At least 125 fans died in the stadium crush, police said.", [("killed", "people", 125, None)]),
    # crowd attending a festival
    ("About 60,000 people attended the festival.", [("participants", "people", 54000, 66000)]),
    # crush injuring people
    ("A crush at the festival injured 80 people.", [("injured", "people", 80, 80)]),
    # spectators treated for injuries
    ("Around 300 spectators were treated for injuries after the barrier collapsed.", [("injured", "people", 270, 330)]),
    # students taken to hospital after food poisoning
    (
        "Twelve students were taken to hospital after eating lunch at the school canteen.",
        [("hospitalized", "people", 12, 12)],
    ),
    # students arrested after a brawl
    ("Police arrested 14 students after a brawl at the campus.", [("arrested", "people", 14, 14)]),
    # pupils falling ill
    (
        "Twenty-five pupils fell ill after drinking contaminated water at the school.",
        [("other", "sick pupils", 25, 25)],
    ),
    # livestock deaths
    ("About 1,200 cattle died of foot-and-mouth disease.", [("other", "cattle", 1080, 1320)]),
    # culls
    ("Authorities culled 40,000 chickens after the bird flu outbreak.", [("other", "chickens", 40000, 40000)]),
    # rabies bites
    ("At least 35 people were bitten by rabid dogs this month.", [("other", "people", 35, None)]),
    # wildfire: hectares and evacuations
    (
        "The wildfire has burned 12,000 hectares and forced 3,000 residents to evacuate.",
        [("other", "hectares", 12000, 12000), ("displaced", "people", 3000, 3000)],
    ),
    # haze: treated for respiratory infections; people a hospital treated are hospitalized (round 10, settled)
    (
        "Hospitals treated 2,300 people for respiratory infections caused by the haze.",
        [("hospitalized", "people", 2300, 2300)],
    ),
    # heatwave deaths and admissions
    (
        "The heatwave killed 45 people and sent 300 to hospital with heatstroke.",
        [("killed", "people", 45, 45), ("hospitalized", "people", 300, 300)],
    ),
    # temperature is a unit
    ("Temperatures reached 45 degrees Celsius.", [("other", "celsius", 45, 45)]),  # the unit named (round 10)
    # high-rise fire
    (
        "A fire in a high-rise block killed 12 people and injured 30.",
        [("killed", "people", 12, 12), ("injured", "people", 30, 30)],
    ),
    # firefighters rescue residents
    ("Firefighters rescued 22 residents from the burning building.", [("other", "rescued", 22, 22)]),
    # missing fishermen found alive, with a time in the relative clause
    ("Two fishermen who had been missing since Tuesday were found alive.", [("other", "fishermen", 2, 2)]),
    # control: found dead after the same relative clause
    ("Two fishermen who had been missing since Tuesday were found dead.", [("killed", "people", 2, 2)]),
    # control: still missing
    ("Four fishermen remain missing after their boat sank.", [("missing", "people", 4, 4)]),
    # missing and rescued
    (
        "Three fishermen were still missing on Sunday, while 5 were rescued.",
        [("missing", "people", 3, 3), ("other", "survivors", 5, 5)],
    ),
    # venue capacity is no turnout
    ("The stadium holds 45,000 spectators.", [("other", "capacity", 45000, 45000)]),
    # control: a detention centre's inmates
    ("The detention centre holds 1,200 people.", [("other", "people held in detention centres", 1200, 1200)]),
    # control: police estimate of a crowd
    ("Police estimated the crowd at 12,000.", [("participants", "people", 12000, 12000)]),
    # missing people found by rescuers
    ("Rescuers found 12 missing fishermen.", [("other", "found", 12, 12)]),
    # control: still searching
    ("Rescuers are searching for 12 missing fishermen.", [("missing", "people", 12, 12)]),
    # control: bodies found beside the missing
    (
        "Police found 3 bodies and 12 people are still missing.",
        [("killed", "people", 3, 3), ("missing", "people", 12, 12)],
    ),
    # hostages freed and killed in a raid
    (
        "The raid freed 54 hostages, but 7 were killed in the crossfire.",
        [("other", "hostages", 54, 54), ("killed", "people", 7, 7)],
    ),
    # abducted students: escaped and in captivity
    (
        "Of the 40 students abducted, 25 escaped and 15 remain in captivity.",
        [("other", "students", 40, 40), ("other", "escaped", 25, 25), ("other", "hostages", 15, 15)],
    ),
    # prisoners freed in a swap
    ("About 1,200 prisoners were freed as part of the swap.", [("other", "prisoners", 1080, 1320)]),
    # crush: trampled, some fatally
    (
        "Around 80 people were trampled in the crush, 12 of them fatally.",
        [("other", "people", 72, 88), ("killed", "people", 12, 12)],
    ),
    # fainting in the heat and admissions
    (
        "Organisers said 300 people fainted in the heat and 40 were taken to hospital.",
        [("other", "fainted", 300, 300), ("hospitalized", "people", 40, 40)],
    ),
    # migrants intercepted and smugglers arrested
    (
        "The coast guard said 230 migrants had been intercepted and 14 smugglers arrested.",
        [("other", "migrants", 230, 230), ("arrested", "people", 14, 14)],
    ),
    # migrants drowned, survivors taken ashore
    (
        "Around 60 migrants drowned when their dinghy sank, the IOM said, while 32 survivors were taken to Lampedusa.",
        [("killed", "people", 54, 66), ("other", "survivors", 32, 32)],
    ),
    # animals treated after animal deaths
    (
        "Three dogs died and 12 others were hospitalized at the clinic.",
        [("other", "dogs", 3, 3), ("other", "dogs", 12, 12)],
    ),
    # bare figure after an animal count
    ("Five horses were killed and 7 injured.", [("other", "horses", 5, 5), ("other", "horses", 7, 7)]),
    # control: people after cattle in one list
    ("The floods killed 300 cattle and 12 people.", [("other", "cattle", 300, 300), ("killed", "people", 12, 12)]),
    # exposed to smoke, a part hospitalised
    (
        "Some 900 residents were exposed to the smoke and 45 of them were hospitalized.",
        [("other", "exposed", 810, 990), ("hospitalized", "people", 45, 45)],
    ),
    # a union's membership and its walkout
    (
        "The union represents 40,000 nurses, of whom 12,000 walked out.",
        [("other", "nurses", 40000, 40000), ("participants", "people", 12000, 12000)],
    ),
    # fire: dead and homeless
    (
        "The blaze in the apartment block left 9 dead and 40 homeless.",
        [("killed", "people", 9, 9), ("displaced", "people", 40, 40)],
    ),
]

INDONESIAN: list[Any] = [
    # PHK: 'melakukan PHK terhadap N karyawan'
    ("PT Cahaya Rajut melakukan PHK terhadap 1.240 karyawan.", [("other", "employees", 1240, 1240)]),
    # PHK: 'N pekerja di-PHK'
    ("Sebanyak 980 pekerja di-PHK setelah pabrik tutup.", [("other", "laid-off workers", 980, 980)]),
    # PHK after a strike (Cirebon shoe-printing plant)
    ("Sebanyak 1.126 karyawan di-PHK setelah mogok kerja selama empat hari.", [("other", "employees", 1126, 1126)]),
    # dirumahkan
    ("Sebanyak 4.100 karyawan dirumahkan akibat pesanan turun.", [("other", "employees", 4100, 4100)]),
    # mogok: 'diikuti N buruh'
    ("Mogok kerja diikuti 3.000 buruh pabrik sepatu.", [("participants", "people", 3000, 3000)]),
    # mogok: 'menggelar aksi mogok'
    ("Sekitar 2.500 buruh menggelar aksi mogok di depan pabrik.", [("participants", "people", 2250, 2750)]),
    # share of a workforce joining a strike
    ("Sebanyak 60 dari 400 buruh ikut mogok.", [("participants", "people", 60, 60), ("other", "workers", 400, 400)]),
    # factories closing and jobs lost
    (
        "Enam pabrik tekstil tutup dan 4.300 karyawan kehilangan pekerjaan.",
        [("other", "factories", 6, 6), ("other", "employees", 4300, 4300)],
    ),
    # 'terkena PHK'
    ("Serikat pekerja menyebut 320 karyawan terkena PHK sejak Januari.", [("other", "employees", 320, 320)]),
    # polling stations (TPS)
    ("Sebanyak 1.200 TPS didirikan di Kabupaten Sleman.", [("other", "polling stations", 1200, 1200)]),
    # KPPS deaths and illness (2019 figures style)
    (
        "Sebanyak 894 petugas KPPS meninggal dunia dan 5.175 petugas sakit.",
        [("killed", "people", 894, 894), ("other", "officers", 5175, 5175)],
    ),
    # tally of KPPS deaths, then 'sementara yang sakit'
    (
        "Jumlah petugas KPPS yang meninggal mencapai 412 orang, sementara yang sakit mencapai 3.210 orang.",
        [("killed", "people", 412, 412), ("other", "people", 3210, 3210)],
    ),
    # KPPS hospitalised
    ("Sebanyak 76 petugas KPPS dirawat di rumah sakit karena kelelahan.", [("hospitalized", "people", 76, 76)]),
    # security personnel at TPS
    (
        "Sebanyak 2.400 personel Polri dan TNI disiagakan di 1.200 TPS.",
        [("deployed", "security_forces", 2400, 2400), ("other", "polling stations", 1200, 1200)],
    ),
    # valid votes
    ("Suara sah mencapai 1,2 juta suara.", [("other", "votes", 1200000, 1200000)]),
    # turnout percent
    ("Tingkat partisipasi pemilih mencapai 81 persen.", [("other", "percent", 81, 81)]),
    # Rohingya boat landing
    ("Kapal yang membawa 130 pengungsi Rohingya mendarat di Pidie.", [("displaced", "people", 130, 130)]),
    # deportation of migrant workers
    ("Sebanyak 87 pekerja migran ilegal dideportasi dari Malaysia.", [("other", "migrant workers", 87, 87)]),
    # repatriation of WNI
    ("Sebanyak 140 WNI dipulangkan dari Sabah melalui Nunukan.", [("other", "Indonesian citizens", 140, 140)]),
    # immigration deports foreigners
    ("Imigrasi mendeportasi 33 warga negara asing sepanjang tahun ini.", [("other", "foreigners", 33, 33)]),
    # refugees who survived (Bangladesh refusing return)
    ("Bangladesh menolak kembalinya 81 pengungsi yang selamat.", [("other", "survivors", 81, 81)]),
    # breakdown of refugees by sex and age
    (
        "Sebanyak 157 pengungsi Rohingya terdiri dari 49 pria, 32 perempuan dan 76 anak-anak.",
        [
            ("displaced", "people", 157, 157),
            ("displaced", "men", 49, 49),
            ("displaced", "women", 32, 32),
            ("displaced", "children", 76, 76),
        ],
    ),
    # airstrike with an included group and 'lainnya'
    (
        "Serangan udara menewaskan 17 warga sipil, termasuk tiga anak-anak, dan melukai enam lainnya.",
        [("killed", "civilians", 17, 17), ("killed", "children", 3, 3), ("injured", "civilians", 6, 6)],
    ),
    # militants killed
    ("Sebanyak 14 militan tewas dalam operasi militer di Helmand.", [("killed", "people", 14, 14)]),
    # hostages still held
    ("Sebanyak 59 sandera masih ditahan di Gaza.", [("other", "hostages", 59, 59)]),
    # parts of a whole of hostages
    (
        "Dari 80 sandera, 47 orang telah dibebaskan dan 33 orang masih ditahan.",
        [("other", "hostages", 80, 80), ("other", "people released", 47, 47), ("other", "hostages", 33, 33)],
    ),
    # hostage-taking
    ("Sebanyak 240 orang disandera selama penyerbuan.", [("other", "hostages", 240, 240)]),
    # soldiers killed in a firefight with KKB
    (
        "Sebanyak 4 tentara tewas dan 7 lainnya terluka dalam kontak tembak dengan KKB.",
        [("killed", "soldiers", 4, 4), ("injured", "soldiers", 7, 7)],
    ),
    # Densus 88 arrests
    (
        "Densus 88 menangkap 24 terduga teroris di lima provinsi.",
        [("arrested", "people", 24, 24), ("other", "provinces", 5, 5)],
    ),
    # spectators at a match
    ("Laga itu disaksikan 70.000 penonton.", [("participants", "people", 70000, 70000)]),
    # Kanjuruhan-style toll
    (
        "Tragedi stadion itu menewaskan 135 orang dan melukai lebih dari 500 orang.",
        [("killed", "people", 135, 135), ("injured", "people", 501, None)],
    ),
    # crowd tally
    ("Penonton yang memadati stadion mencapai 42.000 orang.", [("participants", "people", 42000, 42000)]),
    # students poisoned and taken to puskesmas: the hedged poisoning reads as the plain one ("52 siswa SD keracunan
    # makanan dan dilarikan ke puskesmas": taken to the clinic, hospitalized children; round 16, c22id2)
    (
        "Sebanyak 52 siswa SD diduga keracunan makanan dan dilarikan ke puskesmas.",
        [("hospitalized", "children", 52, 52)],
    ),
    # poisoned students, some referred
    (
        "Sebanyak 40 siswa mengalami mual dan muntah, 4 siswa di antaranya dirujuk ke RSUD.",
        [("other", "students with symptoms", 40, 40), ("hospitalized", "people", 4, 4)],
    ),
    # brawl arrests
    ("Tawuran pelajar di Bekasi, polisi mengamankan 23 pelajar.", [("arrested", "people", 23, 23)]),
    # students in and out-patient
    (
        "Sebanyak 150 orang menjalani rawat jalan dan 9 orang rawat inap.",
        [("other", "outpatients", 150, 150), ("hospitalized", "people", 9, 9)],
    ),
    # livestock deaths (ekor)
    ("Sebanyak 1.200 ekor sapi mati akibat penyakit mulut dan kuku.", [("other", "cattle", 1200, 1200)]),
    # culling
    ("Dinas peternakan memusnahkan 4.000 ekor ayam.", [("other", "chickens", 4000, 4000)]),
    # rabies bites
    ("Sebanyak 35 warga digigit anjing rabies sepanjang Januari.", [("other", "bitten", 35, 35)]),
    # karhutla hectares
    ("Sebanyak 110 hektare lahan gambut terbakar dalam sepekan.", [("other", "hectares", 110, 110)]),
    # ISPA tally
    ("Jumlah penderita ISPA akibat kabut asap mencapai 2.300 orang.", [("other", "patients", 2300, 2300)]),
    # schools closed by haze
    ("Sebanyak 12 sekolah diliburkan akibat kabut asap.", [("other", "schools", 12, 12)]),
    # temperature
    ("Suhu udara mencapai 40 derajat Celsius.", [("other", "celsius", 40, 40)]),
    # houses burnt and deaths
    (
        "Kebakaran menghanguskan 45 rumah dan 3 orang meninggal dunia.",
        [("damaged", "houses", 45, 45), ("killed", "people", 3, 3)],
    ),
    # kiosks burnt
    ("Kebakaran di Pasar Senen menghanguskan 400 kios.", [("damaged", "kiosks", 400, 400)]),
    # homeless after a fire
    ("Sebanyak 160 jiwa kehilangan tempat tinggal akibat kebakaran.", [("displaced", "people", 160, 160)]),
    # nelayan hilang ditemukan selamat (Basarnas Ambon style)
    ("Dua nelayan yang hilang sejak Selasa ditemukan selamat.", [("other", "fishermen", 2, 2)]),
    # control: hilang sejak ... belum ditemukan
    ("Dua nelayan yang hilang sejak Selasa belum ditemukan.", [("missing", "people", 2, 2)]),
    # control: found dead
    ("Tiga nelayan yang hilang sejak Minggu ditemukan tewas.", [("killed", "people", 3, 3)]),
    # survivors evacuated are no displacement
    (
        "Tim SAR gabungan mengevakuasi 7 ABK yang selamat dan 2 jenazah.",
        [("other", "survivors", 7, 7), ("killed", "people", 2, 2)],
    ),
    # control: evacuated residents are displaced
    ("BPBD mengevakuasi 120 warga yang tinggal di bantaran sungai.", [("displaced", "people", 120, 120)]),
    # crew rescued, others still missing
    (
        "Sebanyak 6 ABK KM Bahari Jaya berhasil diselamatkan, 2 lainnya masih hilang.",
        [("other", "crew members", 6, 6), ("missing", "people", 2, 2)],
    ),
    # crew still missing
    ("Sebanyak 12 ABK kapal yang tenggelam masih hilang.", [("missing", "people", 12, 12)]),
    # kapasitas stadion: 'mampu menampung'
    ("Stadion tersebut mampu menampung 42.000 penonton.", [("other", "capacity", 42000, 42000)]),
    # control: a shelter takes in refugees
    ("Posko itu menampung 300 pengungsi.", [("displaced", "people", 300, 300)]),
    # temperature in °C
    ("Suhu mencapai 38°C di Surabaya.", [("other", "celsius", 38, 38)]),
    # Tim SAR menemukan nelayan yang hilang
    ("Tim SAR menemukan 3 nelayan yang hilang.", [("other", "found", 3, 3)]),
    # 'yang sempat hilang' found weak
    ("Tim SAR menemukan 5 nelayan yang sempat hilang dalam keadaan lemas.", [("other", "found", 5, 5)]),
    # control: masih mencari
    ("Tim SAR masih mencari 3 nelayan yang hilang.", [("missing", "people", 3, 3)]),
    # passengers once declared missing found alive
    (
        "Sebanyak 11 penumpang yang sempat dinyatakan hilang akhirnya ditemukan selamat.",
        [("other", "passengers", 11, 11)],
    ),
    # control: hikers missing since a day found dead
    ("Dua pendaki yang hilang sejak Sabtu ditemukan meninggal dunia.", [("killed", "people", 2, 2)]),
    # students arrested for a brawl, from N schools
    (
        "Sebanyak 58 pelajar dari lima sekolah diamankan polisi karena terlibat tawuran.",
        [("arrested", "people", 58, 58), ("other", "schools", 5, 5)],
    ),
    # part of arrested students with weapons
    (
        "Ada 5 dari 29 pelajar yang ditangkap mengaku memiliki senjata tajam.",
        [("other", "students", 5, 5), ("arrested", "people", 29, 29)],
    ),
    # soldiers gugur
    ("Sebanyak 3 prajurit TNI gugur dalam baku tembak dengan KKB.", [("killed", "soldiers", 3, 3)]),
    # soldiers taken captive are no arrests
    ("Sebanyak 9 tentara ditawan oleh pemberontak.", [("other", "soldiers", 9, 9)]),
    # immigration detains foreigners
    ("Pihak imigrasi mengamankan 48 WNA asal Tiongkok yang bekerja tanpa izin.", [("arrested", "foreigners", 48, 48)]),
    # laid-off workers protesting
    (
        "Sebanyak 450 buruh yang di-PHK menggelar unjuk rasa di depan kantor bupati.",
        [("participants", "people", 450, 450)],
    ),
    # animals in care after deaths of livestock ('40 ekor lainnya')
    (
        "Sebanyak 15 ekor kerbau mati, sementara 40 ekor lainnya dalam perawatan.",
        [("other", "buffaloes", 15, 15), ("other", "buffaloes", 40, 40)],
    ),
    # sick livestock beside dead ones
    (
        "Sebanyak 12 ekor sapi mati dan 30 ekor lainnya sakit.",
        [("other", "cattle", 12, 12), ("other", "cattle", 30, 30)],
    ),
    # control: people missing after livestock swept away
    (
        "Banjir menghanyutkan 20 ekor sapi dan 3 orang hilang.",
        [("other", "cattle", 20, 20), ("missing", "people", 3, 3)],
    ),
    # crowd of a guarded rally is no deployment
    (
        "Polisi mengerahkan 2.300 personel untuk mengawal aksi 10.000 buruh.",
        [("deployed", "police", 2300, 2300), ("other", "workers", 10000, 10000)],
    ),
    # control: a rally guarded by personnel
    (
        "Aksi 10.000 buruh dikawal 800 personel.",
        [("participants", "people", 10000, 10000), ("deployed", "people", 800, 800)],
    ),
    # exposed to haze, a part hospitalised
    (
        "Sebanyak 900 warga Desa Sukaraja terpapar asap dan 45 di antaranya dirawat.",
        [("other", "people", 900, 900), ("hospitalized", "people", 45, 45)],
    ),
    # control: admitted, a part referred
    (
        "Sebanyak 300 warga dirawat, 40 di antaranya dirujuk ke RSUD.",
        [("hospitalized", "people", 300, 300), ("other", "patients referred to hospital", 40, 40)],
    ),
    # wage demand percent beside a turnout
    (
        "Sekitar 5.000 buruh berdemo menuntut kenaikan upah 15 persen.",
        [("participants", "people", 4500, 5500), ("other", "percent", 15, 15)],
    ),
    # unemployment increment and total
    (
        "Jumlah pengangguran bertambah 120.000 orang menjadi 7,2 juta orang.",
        [("other", "increase", 120000, 120000), ("other", "people", 7200000, 7200000)],
    ),
]


test_english_round3_domain = rows_test(ENGLISH, "en")


test_indonesian_round3_domain = rows_test(INDONESIAN, "id")


def test_captive_labels_and_find_verbs_are_read_from_the_lexicon() -> None:
    for lang, find in (("en", "found"), ("id", "temu")):
        assert "hostages" in load_lexicon(lang).cues["captive_labels"], lang
        assert find in load_lexicon(lang).cues["find_verbs"], lang
