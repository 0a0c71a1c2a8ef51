"""The subject of a figure across the kinds of story the desks cover beyond disasters and unrest (DESIGN.md
sections 4 and 4.1): health and epidemics, accidents, crime, armed conflict, workers, officials, pupils, worshippers
and pilgrims, and the things and animals that are never people.

Every sentence is our own (other names, places and figures); the comment on each row names the construction of real
Indonesian or English reports it models. A people measure takes a class of the closed hierarchy (``people``,
``children``, ``police`` ...); ``other`` and ``damaged`` take an English label (``houses``, ``detainees``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import claims.extraction
from claims.extraction import extract
from claims.subject_names import SUBJECT_NAMES
from claims.vocabulary import SUBJECT_PARENT

LEXICONS = Path(claims.extraction.__file__).parent / "lexicons"

Row = tuple[str, str, str]


def subject_of(text: str, lang: str, figure: str) -> str | None:
    found = [c.subject for c in extract(text, lang) if c.text == figure]
    assert found, f"no claim {figure!r} in {text!r}"
    return found[0]


INDONESIAN: list[Row] = [
    # health: a patient noun narrowed by age ("pasien anak") in a hospital bulletin
    ("Sebanyak 46 pasien anak masih dirawat di RSUD Kota Lamaran akibat demam berdarah.", "46", "children"),
    # health: a dinkes tally of patients with no measure word is other, labelled in English
    ("Dinas kesehatan mencatat 312 pasien DBD sepanjang Maret.", "312", "patients"),
    # health: deaths of health workers ("tenaga kesehatan", "nakes") are people
    ("Tiga tenaga kesehatan meninggal setelah terpapar virus di Kabupaten Selong Baru.", "Tiga", "people"),
    # health: coordinated professions dying on duty ("dokter dan perawat gugur")
    ("Sembilan dokter dan 14 perawat gugur selama gelombang kedua pandemi.", "Sembilan", "people"),
    ("Sembilan dokter dan 14 perawat gugur selama gelombang kedua pandemi.", "14", "people"),
    # epidemic bulletins: close contacts traced, suspected cases reported
    ("Dinkes menelusuri 212 kontak erat dari pasien campak itu.", "212", "close contacts"),
    ("Sebanyak 45 kasus suspek campak dilaporkan pekan ini.", "45", "suspected cases"),
    # food poisoning at a primary school: SD pupils are children
    (
        "Sedikitnya 83 siswa SD Negeri Mekar Jaya dilarikan ke puskesmas setelah menyantap nasi kotak.",
        "Sedikitnya 83",
        "children",
    ),
    # food poisoning at a boarding school: santri are people (not a closed group)
    ("Sebanyak 41 santri dirawat di puskesmas setelah keracunan makanan.", "41", "people"),
    # measles and diarrhoea deaths among toddlers and infants
    ("Empat balita meninggal akibat campak di Distrik Wamuku.", "Empat", "children"),
    ("Enam bayi meninggal karena diare di Kabupaten Lembah Hijau sejak Januari.", "Enam", "children"),
    # hajj: pilgrims under the spelling "jamaah" treated by the hajj health team
    ("Petugas kesehatan haji merawat 212 jamaah yang kelelahan di Mina.", "212", "people"),
    # hajj: pilgrims who died ("wafat")
    ("Sebanyak 27 jemaah haji asal Embarkasi Solo wafat di Madinah.", "27", "people"),
    # bus accident with a pilgrimage group: the tally noun is "peziarah"
    ("Jumlah peziarah yang tewas dalam kecelakaan bus itu bertambah menjadi 11 orang.", "11", "people"),
    # bus accident: driver and passengers killed
    ("Kecelakaan bus di Tanjakan Cibeber menewaskan sopir dan tujuh penumpang.", "tujuh", "people"),
    # ship sinking: crew (ABK) still missing
    ("Sebanyak 14 ABK KM Sinar Laut masih hilang setelah kapal tenggelam di perairan Pulau Seram.", "14", "people"),
    # storm: motorcycle-taxi drivers killed by a falling tree
    ("Dua pengemudi ojek tewas tertimpa pohon tumbang di Jalan Diponegoro.", "Dua", "people"),
    # mountain search: hikers missing
    ("Enam pendaki dinyatakan hilang di lereng Gunung Salak Utara.", "Enam", "people"),
    # beach drowning: domestic tourists
    ("Tiga wisatawan asal Bandung tewas terseret ombak di Pantai Karang Hawu.", "Tiga", "people"),
    # blast: foreign tourists ("wisatawan mancanegara") are foreigners
    ("Dua wisatawan mancanegara ikut terluka dalam ledakan itu.", "Dua", "foreigners"),
    # drug bust: suspects and dealers arrested
    ("Polres Sungai Lima menangkap 17 tersangka pengedar sabu dalam sepekan.", "17", "people"),
    ("Sebanyak 9 kurir dan 2 bandar narkoba diringkus petugas BNN.", "9", "people"),
    ("Sebanyak 9 kurir dan 2 bandar narkoba diringkus petugas BNN.", "2", "people"),
    ("Polisi menangkap 41 pecandu narkoba dalam razia.", "41", "people"),
    # street gangs: "anggota geng motor" is a group of people, not motorcycles
    ("Polisi mengamankan 23 anggota geng motor yang terlibat tawuran di Jalan Merdeka.", "23", "people"),
    ("Sebanyak 4 anggota geng motor ditangkap setelah menyerang warga.", "4", "people"),
    ("Polisi mendata 37 anggota geng motor yang kerap berbuat onar.", "37", "gang members"),
    # armed conflict in Papua: soldiers shot dead by the armed group
    ("KKB menembak mati dua prajurit TNI di Distrik Gome Utara.", "dua", "soldiers"),
    # armed conflict: members of the armed group killed are people, named militants when counted otherwise
    ("Empat anggota KKB tewas dalam kontak tembak dengan aparat gabungan.", "Empat", "people"),
    ("Sebanyak 35 anggota KKB menyerahkan diri kepada aparat di Ilaga.", "35", "militants"),
    ("Tercatat 14 penyerang dan 3 prajurit tewas dalam baku tembak.", "14", "people"),
    ("Tercatat 14 penyerang dan 3 prajurit tewas dalam baku tembak.", "3", "soldiers"),
    # conflict displacement: civilians fleeing to churches and schools
    ("Sebanyak 1.240 warga sipil mengungsi ke gereja dan sekolah di Sugapa.", "1.240", "civilians"),
    # an attack wounding civilians and police
    ("Serangan itu melukai lima warga sipil dan dua anggota Brimob.", "lima", "civilians"),
    ("Serangan itu melukai lima warga sipil dan dua anggota Brimob.", "dua", "police"),
    # deployments: a joint TNI-Polri force, a Brimob detachment, a police command's personnel, an air base's
    ("Sebanyak 320 personel gabungan TNI-Polri disiagakan di Bandara Aminggaru.", "320", "security_forces"),
    ("Polda Sulawesi Barat menerjunkan 150 personel Brimob untuk mengamankan pemakaman.", "150", "police"),
    ("Polres Dharma Raya menerjunkan 250 personel untuk pengamanan Lebaran.", "250", "police"),
    ("Sebanyak 60 personel Lanud Sultan Hasan dikerahkan membantu pemadaman.", "60", "soldiers"),
    # hajj organisers posting their officers: a civilian service, people
    ("PPIH menyiagakan 300 petugas di Arafah.", "300", "people"),
    # firefighters sent to a market fire
    ("Sebanyak 200 personel damkar dikerahkan untuk memadamkan kebakaran pasar.", "200", "people"),
    # industrial accident: workers killed, some of them foreign workers (TKA)
    ("Ledakan tungku di kawasan industri itu menewaskan 11 pekerja, empat di antaranya TKA.", "11", "people"),
    ("Ledakan tungku di kawasan industri itu menewaskan 11 pekerja, empat di antaranya TKA.", "empat", "foreigners"),
    ("Sebanyak 5 WN China tewas dalam kecelakaan di kawasan industri.", "5", "foreigners"),
    # factory workers taken to hospital after smoke
    ("Sebanyak 58 buruh pabrik garmen di Cikande dilarikan ke rumah sakit karena menghirup asap.", "58", "people"),
    # mine accidents: employees and gold miners buried
    ("Tiga karyawan PT Surya Abadi tewas tertimbun material di lokasi tambang.", "Tiga", "people"),
    ("Tujuh penambang emas tewas tertimbun longsor di lubang tambang.", "Tujuh", "people"),
    # fishermen lost at sea
    ("Sebanyak 19 nelayan asal Sibolga hilang setelah perahu mereka dihantam badai.", "19", "people"),
    # students arrested at a protest
    ("Sebanyak 47 mahasiswa diamankan polisi dalam aksi di depan gedung DPRD.", "47", "people"),
    # pupils of an Islamic primary school (MI) and a kindergarten (TK), girls of a junior high (SMP): children
    ("Sebanyak 12 siswa MI Nurul Huda terluka saat bus rombongan terguling.", "12", "children"),
    ("Sebanyak 31 murid TK Pertiwi dirawat di rumah sakit.", "31", "children"),
    ("Sebanyak 18 siswi SMP Negeri 2 Karangsono dilarikan ke puskesmas.", "18", "children"),
    # senior high pupils and their teachers are people
    ("Sebanyak 8 siswa SMA dan 3 guru terluka.", "8", "people"),
    # migrants drowning, Rohingya refugees dying at sea
    ("Sebanyak 58 imigran tewas ketika perahu mereka tenggelam di lepas pantai.", "58", "people"),
    ("Sebanyak 23 pengungsi Rohingya meninggal di laut.", "23", "people"),
    # a refugee boat's breakdown by sex and age
    (
        "Kapal yang membawa 143 pengungsi Rohingya mendarat di Pantai Lamreh; 58 di antaranya perempuan dan "
        "41 anak-anak.",
        "58",
        "women",
    ),
    (
        "Kapal yang membawa 143 pengungsi Rohingya mendarat di Pantai Lamreh; 58 di antaranya perempuan dan "
        "41 anak-anak.",
        "41",
        "children",
    ),
    # evacuating pregnant women and babies to a shelter
    ("Sebanyak 11 ibu hamil dan 8 bayi dievakuasi ke gedung sekolah.", "11", "women"),
    ("Sebanyak 11 ibu hamil dan 8 bayi dievakuasi ke gedung sekolah.", "8", "children"),
    # prison riot: guards (sipir) and prisoners injured
    ("Sebanyak 15 sipir dan 40 narapidana terluka dalam kerusuhan di Lapas Tanjung Harapan.", "15", "people"),
    ("Sebanyak 15 sipir dan 40 narapidana terluka dalam kerusuhan di Lapas Tanjung Harapan.", "40", "people"),
    ("Sebanyak 9 sipir mengalami luka memar.", "9", "people"),
    # prison health: inmates ("warga binaan") and detainees counted by the prison office
    ("Sebanyak 210 warga binaan Lapas Tanjung Pura tercatat menderita skabies.", "210", "inmates"),
    ("Sebanyak 125 tahanan Rutan Kelas I Batu Putih kini tercatat.", "125", "detainees"),
    ("Sebanyak 29 tahanan Polsek Bukit Indah dirawat di klinik.", "29", "people"),
    # elderly evacuees treated for exhaustion
    ("Sebanyak 12 lansia dirawat karena kelelahan di pengungsian.", "12", "people"),
    # a blast hurting civil servants and clinic staff
    ("Ledakan itu melukai enam pegawai kantor kecamatan.", "enam", "people"),
    ("Tiga petugas puskesmas terluka saat kantor mereka diserang.", "Tiga", "people"),
    # isolation ward bulletin by sex
    ("Sebanyak 26 pasien laki-laki dan 31 pasien perempuan dirawat di bangsal isolasi.", "26", "men"),
    ("Sebanyak 26 pasien laki-laki dan 31 pasien perempuan dirawat di bangsal isolasi.", "31", "women"),
    # armed attack on motorcycle-taxi drivers
    ("Sebanyak 4 tukang ojek tewas ditembak kelompok bersenjata.", "4", "people"),
    ("Serangan itu menewaskan tiga tukang ojek dan seorang guru.", "tiga", "people"),
    # poll-worker deaths: "petugas KPPS", and "petugas TPS" whose TPS names where they work
    ("Tiga petugas KPPS di Kecamatan Sukamaju meninggal karena kelelahan.", "Tiga", "people"),
    ("Dua petugas TPS meninggal setelah bertugas hingga dini hari.", "Dua", "people"),
    # a breakdown of election deaths by role: each role outside the closed set is named
    (
        "Jumlah petugas yang meninggal mencapai 583 orang, terdiri atas 469 petugas KPPS, 92 petugas pengawas dan 22 "
        "petugas keamanan.",
        "92",
        "poll workers killed",  # round 13: an item of a breakdown of the killed names that they were killed
    ),
    # vulnerable groups among evacuees: pregnant women and toddlers take their class, others their label
    ("Dari 10.050 pengungsi, terdapat 18 ibu hamil, 540 balita, 1.070 lansia dan 108 difabel.", "18", "women"),
    ("Dari 10.050 pengungsi, terdapat 18 ibu hamil, 540 balita, 1.070 lansia dan 108 difabel.", "540", "children"),
    (
        "Dari 10.050 pengungsi, terdapat 18 ibu hamil, 540 balita, 1.070 lansia dan 108 difabel.",
        "108",
        "people with disabilities",
    ),
    # "masyarakat" counted like "warga"; "masyarakat sipil" are civilians
    ("Sebanyak 300 masyarakat sipil mengungsi ke hutan.", "300", "civilians"),
    ("Ribuan masyarakat memadati alun-alun.", "Ribuan", "people"),
    # a generic person noun followed by a place or event noun that modifies it ("warga desa", "korban kecelakaan")
    ("Sebanyak 15 warga kampung Wonorejo dilarikan ke puskesmas.", "15", "people"),
    ("Sebanyak 9 korban kecelakaan bus masih dirawat di RSUD Sidoharjo.", "9", "people"),
    ("Sebanyak 40 warga desa mengungsi ke balai desa.", "40", "people"),
    ("Tujuh anggota keluarga tewas tertimbun longsor.", "Tujuh", "people"),
    # the predicate verb ends the counted noun phrase: the police after it are not counted
    ("Sebanyak 12 warga mengadang polisi di jalan desa.", "12", "people"),
    ("Sebanyak 16 warga desa menyerang anggota Brimob dengan batu.", "16", "people"),
    ("Sebanyak 30 santri dibawa petugas Polsek ke sebuah gedung.", "30", "students"),
    # truck drivers and bus conductors in a pile-up; holiday travellers hurt
    ("Sebanyak 12 sopir truk dan 4 kernet terluka.", "12", "people"),
    ("Sebanyak 12 sopir truk dan 4 kernet terluka.", "4", "people"),
    ("Sebanyak 70 pemudik terluka dalam kecelakaan beruntun di jalan tol.", "70", "people"),
    # crime: robbers shot dead by police
    ("Dua pelaku begal tewas ditembak polisi.", "Dua", "people"),
    # medical reinforcements sent to a remote regency
    ("Pemerintah mengerahkan 45 dokter spesialis ke Kabupaten Nduga Barat.", "45", "people"),
    # a tally noun phrase names the group of a predicate figure ("jumlah nakes yang terpapar mencapai n orang")
    ("Jumlah nakes yang terpapar mencapai 212 orang.", "212", "health workers"),
    ("Total pasien yang terpapar mencapai 95 orang.", "95", "patients"),
    # gambling bust; guests poisoned at a wedding feast (counted by the state: poisoned)
    ("Polisi menangkap 12 penjudi di sebuah warung kopi.", "12", "people"),
    ("Sebanyak 120 tamu undangan mengalami keracunan usai pesta pernikahan.", "120", "guests"),
    ("Sebanyak 25 penggemar pingsan saat konser berlangsung.", "25", "fainted fans"),
    # refugee boats: "pengungsi Rohingya" stays a displacement count
    ("Sebanyak 143 pengungsi Rohingya mendarat di Pantai Lamreh.", "143", "people"),
    # armed separatists named by their group (OPM, KST) and village-level police officers (Bhabinkamtibmas)
    ("Sebanyak 12 anggota OPM tewas dalam operasi itu.", "12", "people"),
    ("Aparat mendata 40 anggota OPM yang masih bersembunyi di hutan.", "40", "militants"),
    ("Sebanyak 3 Bhabinkamtibmas terluka saat melerai bentrokan.", "3", "police"),
    # crowd at a funeral, customers of a shop, legislators
    ("Sebanyak 64 pembeli tertipu arisan daring itu.", "64", "customers"),
    ("Sebanyak 9 anggota DPRD diperiksa sebagai saksi.", "9", "officials"),
    # police commands counted in an operation report are things
    ("Operasi Ketupat digelar di 34 polda di seluruh Indonesia.", "34", "regional police commands"),
    ("Sebanyak 120 personel Polres Tanah Datar dikerahkan.", "120", "police"),
    # animals swept away or dead are never people
    ("Banjir bandang menghanyutkan 24 ekor sapi dan 60 ekor kambing milik warga.", "24", "cattle"),
    ("Banjir bandang menghanyutkan 24 ekor sapi dan 60 ekor kambing milik warga.", "60", "goats"),
    ("Sebanyak 1.200 ekor unggas mati mendadak di Desa Kali Sapi.", "1.200", "poultry"),
    ("Dinas peternakan mencatat 450 ekor ternak mati akibat penyakit mulut dan kuku.", "450", "livestock"),
    # damage lists of buildings and boats
    ("Gempa merusak 312 rumah, 14 sekolah dan enam puskesmas.", "312", "houses"),
    ("Gempa merusak 312 rumah, 14 sekolah dan enam puskesmas.", "14", "schools"),
    ("Gempa merusak 312 rumah, 14 sekolah dan enam puskesmas.", "enam", "health centres"),
    ("Angin kencang merusak 23 perahu nelayan di pesisir Pantai Muara.", "23", "boats"),
    ("Kebakaran itu menghanguskan 47 kios dan 12 los di Pasar Sentral.", "47", "kiosks"),
    ("Kebakaran itu menghanguskan 47 kios dan 12 los di Pasar Sentral.", "12", "stalls"),
]

ENGLISH: list[Row] = [
    # health: nurses and doctors killed in an attack on a clinic
    ("Three nurses and a doctor were killed when the clinic was shelled.", "Three", "people"),
    ("At least 14 health workers have died of the virus in the province.", "At least 14", "people"),
    # a ward count with a part by age ("23 of them children"): "is treating" names hospitalized, and the
    # patients of a hospitalized figure are people, as the nurses of a killed one are
    ("The hospital is treating 61 patients, 23 of them children.", "61", "people"),
    # epidemic bulletin: close contacts traced
    ("Health officials traced 340 close contacts of the patient.", "340", "close contacts"),
    # food poisoning at a school
    ("Forty pupils were taken to hospital after eating contaminated rice.", "Forty", "people"),
    # measles deaths of infants; newborns in a neonatal ward
    ("Nine infants died of measles in the district this month.", "Nine", "children"),
    ("The neonatal ward is treating 14 newborns.", "14", "children"),
    # mine collapse
    ("Six miners were killed and 11 injured when a tunnel collapsed.", "Six", "people"),
    ("Six miners were killed and 11 injured when a tunnel collapsed.", "11", "people"),
    # landslide at a resort, tourists missing
    ("Seven tourists remain missing after the landslide hit the resort.", "Seven", "people"),
    # road crash: drivers and pedestrians; a holiday bus
    ("Two drivers and four pedestrians were hurt in the pile-up.", "Two", "people"),
    ("Two drivers and four pedestrians were hurt in the pile-up.", "four", "people"),
    ("Five motorcyclists died in crashes over the holiday weekend.", "Five", "people"),
    ("The crash killed 11 holidaymakers and the driver.", "11", "people"),
    ("Gunmen killed nine passengers and the driver of a minibus.", "nine", "people"),
    # crime: gang raids, drug arrests
    ("Police arrested 38 gang members in dawn raids across the city.", "38", "people"),
    ("Officials said 120 gang members had been held since March.", "120", "people"),
    ("Police arrested 14 drug dealers and 30 drug users.", "14", "people"),
    ("Police arrested 14 drug dealers and 30 drug users.", "30", "people"),
    # prison riot: inmates killed and wounded, prison guards and correctional officers hurt
    ("Twelve inmates were killed in the prison riot, and 40 others were wounded.", "Twelve", "people"),
    ("Twelve inmates were killed in the prison riot, and 40 others were wounded.", "40", "people"),
    ("Nineteen prison guards were injured during the uprising.", "Nineteen", "people"),
    # bare "guards" are security forces unless the sentence says they guard a prison or a bank
    ("The fire killed 23 inmates and two guards at the overcrowded prison.", "two", "people"),
    ("Two bank guards were shot dead in the robbery.", "Two", "people"),
    ("Two security guards were shot dead at the mall.", "Two", "people"),
    ("Gunmen killed three guards at the border post.", "three", "security_forces"),
    ("Four guards were wounded when the convoy was attacked.", "Four", "security_forces"),
    ("Four correctional officers were injured in the fight.", "Four", "people"),
    ("The plant was holding 230 detainees when fire broke out.", "230", "people"),
    # conflict: an ambush on soldiers and civilians; militants, insurgents and assailants
    ("Insurgents killed 17 soldiers and three civilians in an ambush near the border.", "17", "soldiers"),
    ("Insurgents killed 17 soldiers and three civilians in an ambush near the border.", "three", "civilians"),
    ("The army said 42 militants were killed in the operation.", "42", "people"),
    ("Fighting killed 23 insurgents and four soldiers.", "23", "people"),
    ("Fighting killed 23 insurgents and four soldiers.", "four", "soldiers"),
    ("The clashes left 14 insurgents dead.", "14", "people"),
    ("At least 27 assailants were killed by security forces.", "At least 27", "people"),
    ("Around 35 assailants stormed the police post.", "Around 35", "attackers"),
    ("Thirty-one rebels surrendered to the army.", "Thirty-one", "rebels"),
    # security forces: members of, force members, commandos, special forces, troops, cops
    ("At least 22 members of the security forces died in the attack.", "At least 22", "security_forces"),
    ("Nine security force members were wounded in the blast.", "Nine", "security_forces"),
    ("Twelve commandos were killed when their helicopter crashed.", "Twelve", "soldiers"),
    ("Around 1,200 troops were deployed to the region.", "Around 1,200", "soldiers"),
    ("The army deployed 60 paratroopers and 40 military police.", "60", "soldiers"),
    ("Seven cops were injured when protesters hurled bricks.", "Seven", "police"),
    ("Two cops and a firefighter were injured.", "Two", "police"),
    # a mixed force of police and rescue agencies is people
    ("Police and rescue agencies sent 900 personnel to the collapsed mine.", "900", "people"),
    # protests: demonstrators detained, journalists detained, officers and protesters hurt
    ("Riot police detained 85 demonstrators outside the parliament.", "85", "protesters"),
    ("Police detained four journalists covering the march.", "four", "journalists"),
    ("Police said 16 officers and 9 protesters were hurt.", "16", "police"),
    ("Police said 16 officers and 9 protesters were hurt.", "9", "protesters"),
    # worship: a stampede of devotees, worshippers shot at a mosque, devotees evacuated
    ("The stampede killed 31 devotees, most of them women.", "31", "people"),
    ("At least 12 worshipers were wounded when gunmen opened fire on the mosque.", "At least 12", "people"),
    ("The attack killed 16 worshippers at evening prayers.", "16", "people"),
    ("Around 900 devotees were evacuated from the temple complex.", "Around 900", "people"),
    # factory fire: garment workers with a part by sex
    ("The fire killed 41 garment workers, 28 of them women.", "41", "people"),
    ("The fire killed 41 garment workers, 28 of them women.", "28", "women"),
    ("The outbreak has sickened 74 employees at the plant.", "74", "employees"),
    ("The outbreak has infected 48 medical staff at the hospital.", "48", "health workers"),
    ("Two staff members and nine patients died in the fire.", "Two", "people"),
    ("Two staff members and nine patients died in the fire.", "nine", "people"),
    # fishermen and migrants lost at sea
    ("Three fishermen are missing after their boat capsized off the coast.", "Three", "people"),
    ("Officials said 58 migrants drowned when the boat capsized.", "58", "people"),
    # foreign nationals (of a named country) are foreigners, Indonesian nationals are not
    ("Four Chinese nationals were injured in the blast.", "Four", "foreigners"),
    ("Three Indonesian nationals were killed in the attack.", "Three", "people"),
    # a copula names the group of a part picked out of a set ("Five of the victims were foreign nationals")
    ("Five of the victims were foreign nationals.", "Five", "foreigners"),
    ("Four of the victims were children.", "Four", "children"),
    ("Two of the dead were police officers.", "Two", "police"),
    ("180 Rohingya landed on the beach at dawn.", "180", "refugees"),
    ("Police detained 45 gamblers in a raid on the casino.", "45", "people"),
    # the sex before a person noun narrows the group (as "penumpang pria" does); its label stays the noun's
    ("Seven female students were injured in the blast.", "Seven", "women"),
    ("Eleven male prisoners escaped through a tunnel.", "Eleven", "escaped prisoners"),
    ("Four firemen were injured.", "Four", "people"),
    # sex and age groups: young men detained, pregnant women hospitalised
    ("Eight young men were detained after the brawl.", "Eight", "men"),
    ("Health officials said 13 pregnant women were hospitalised.", "13", "women"),
    # doctors sent to the provinces
    ("The ministry sent 300 doctors and 450 nurses to the affected provinces.", "300", "people"),
    # animals are never people, even after a people verb
    ("The floods drowned 2,400 cattle and 800 sheep.", "2,400", "cattle"),
    ("The floods drowned 2,400 cattle and 800 sheep.", "800", "sheep"),
    ("Flooding killed 3,500 poultry and 120 cows on the farms.", "3,500", "poultry"),
    ("Flooding killed 3,500 poultry and 120 cows on the farms.", "120", "cattle"),
    ("About 60 cows and 300 birds died in the flood.", "About 60", "cattle"),
    # damage: homes, schools, clinics, dwellings, classrooms, vehicles
    ("The storm destroyed 86 homes, 12 schools and three clinics.", "86", "homes"),
    ("The storm destroyed 86 homes, 12 schools and three clinics.", "three", "clinics"),
    ("Flooding damaged 410 dwellings and 35 classrooms.", "410", "houses"),
    ("Flooding damaged 410 dwellings and 35 classrooms.", "35", "classrooms"),
    ("The blaze destroyed 140 motorbikes and 23 cars in the car park.", "140", "motorcycles"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), INDONESIAN)
def test_indonesian_news_subjects(text: str, figure: str, subject: str) -> None:
    assert subject_of(text, "id", figure) == subject


@pytest.mark.parametrize(("text", "figure", "subject"), ENGLISH)
def test_english_news_subjects(text: str, figure: str, subject: str) -> None:
    assert subject_of(text, "en", figure) == subject


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_counted_noun_is_a_class_of_the_hierarchy_a_thing_or_an_animal(lang: str) -> None:
    with (LEXICONS / f"{lang}.toml").open("rb") as lexicon:
        nouns = tomllib.load(lexicon)["nouns"]
    assert nouns
    kinds = {"people", *SUBJECT_PARENT, "thing", "animal"}
    assert {word: info["class"] for word, info in nouns.items() if info["class"] not in kinds} == {}
    assert {word: info["label"] for word, info in nouns.items() if info["label"] not in SUBJECT_NAMES} == {}


def test_a_thing_after_a_generic_person_noun_does_not_make_the_figure_a_thing() -> None:
    claims = extract("Sebanyak 30 warga kampung terluka terkena pecahan kaca.", "id")
    assert [(c.text, c.measure, c.subject) for c in claims] == [("30", "injured", "people")]
