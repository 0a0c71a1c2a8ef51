"""Indonesian news constructions of the story kinds beyond disasters and unrest: outbreaks and food poisoning,
hospital and hajj reports, crowd crushes, traffic, boat and air accidents, fires, mines and industrial accidents,
drug raids and brawls, armed attacks in Papua, refugee boats and evictions (issue 11).

Every sentence is our own: places, people and figures are invented; the wordings (the comment above each row says
which) are the ones read in Antara, Kompas, Detik, Tempo, Tribun, Liputan6, CNN Indonesia, Republika, Okezone,
Merdeka, VOI and regional portals. Readings follow DESIGN.md sections 4 and 4.1: a case count, a recovered, tested,
treated or referred count is ``other``, never a people measure; a wording that only looks like a measure (``tidak
mengalami luka``, ``dikhawatirkan meninggal``, ``kantong jenazah``) is ``other`` too. Each row: text, then
(measure, subject, low, high[, place]) for every claim of the sentence, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.gate_tables import rows_test

POISONING: list[Any] = [
    # "Sebanyak n warga ... mengalami keracunan massal usai ...": poisoned people are a condition, not a measure
    (
        "Sebanyak 63 warga Desa Karangjati keracunan massal usai menyantap nasi berkat hajatan.",
        [("other", "poisoning victims", 63, 63)],
    ),
    # "Puluhan orang masih menjalani rawat inap": the stock in care
    ("Puluhan santri masih menjalani rawat inap di Puskesmas Tegalwangi.", [("hospitalized", "people", 20, 99)]),
    # "korban keracunan itu terdiri atas n laki-laki dan m perempuan": a breakdown by sex of an `other` count
    (
        "Korban keracunan terdiri atas 14 laki-laki dan 26 perempuan.",
        [("other", "men", 14, 14), ("other", "women", 26, 26)],
    ),
    # "Dari jumlah itu, n orang dirawat di Puskesmas X"
    ("Dari jumlah itu, 17 orang dirawat di Puskesmas Sindangsari.", [("hospitalized", "people", 17, 17)]),
    # "n orang sudah diperbolehkan pulang, sedangkan m orang lainnya masih mendapat perawatan"
    (
        "Sebanyak 12 orang sudah diperbolehkan pulang, sedangkan 31 orang lainnya masih mendapat perawatan.",
        [("other", "discharged patients", 12, 12), ("hospitalized", "people", 31, 31)],
    ),
    # "sedikitnya n warga ... harus dilarikan ke rumah sakit": admissions alone are hospitalized
    (
        "Sedikitnya 52 warga harus dilarikan ke rumah sakit setelah menyantap takjil.",
        [("hospitalized", "people", 52, None)],
    ),
    # "Ada n orang yang dirawat. Total warga yang ditangani ... ada m orang": handled is not admitted
    (
        "Ada 29 orang yang dirawat, sementara total warga yang ditangani mencapai 74 orang.",
        [("hospitalized", "people", 29, 29), ("other", "treated", 74, 74)],
    ),
    # "n warga harus mendapat perawatan setelah menyantap ...": treatment, not a stay in hospital
    (
        "Sebanyak 140 warga harus mendapat perawatan setelah menyantap nasi kotak.",
        [("other", "treated people", 140, 140)],
    ),
    # "Jumlah total warga yang keracunan mencapai n orang"
    ("Jumlah total warga yang keracunan mencapai 211 orang.", [("other", "poisoning victims", 211, 211)]),
    # "n pasien keracunan ... jalani rawat inap" with the condition after the verb
    (
        "Sebanyak 96 warga menjalani rawat inap setelah keracunan jajanan sekolah.",
        [("hospitalized", "people", 96, 96)],
    ),
]

HOSPITAL: list[Any] = [
    # "n orang dirawat di RS X, m orang dirawat di RSUD Y": a breakdown by named hospital (place)
    (
        "Sebanyak 27 orang dirawat di RSUD Cibinong, 8 orang dirawat di RS Bhakti dan 2 orang di Puskesmas Citeureup.",
        [
            ("hospitalized", "people", 27, 27, "RSUD Cibinong"),
            ("hospitalized", "people", 8, 8, "RS Bhakti"),
            ("hospitalized", "people", 2, 2, "Puskesmas Citeureup"),
        ],
    ),
    # "tersisa n korban yang masih dirawat di beberapa rumah sakit"
    ("Kini tersisa 37 korban yang masih dirawat di sejumlah rumah sakit.", [("hospitalized", "people", 37, 37)]),
    # "RS X merawat n pasien dengan m ICU": intensive care is a subset of the stock
    (
        "RSUD Kalisari merawat 21 pasien, lima di antaranya di ruang ICU.",
        [("hospitalized", "people", 21, 21), ("other", "intensive care patients", 5, 5)],
    ),
    # "masih ada n pasien ... yang dirawat, dua di antaranya dalam kondisi kritis"
    (
        "Masih ada empat pasien yang dirawat intensif, dua di antaranya dalam kondisi kritis.",
        [("hospitalized", "people", 4, 4), ("other", "in critical condition", 2, 2)],
    ),
    # "n orang sedang dilakukan observasi oleh Klinik X"
    (
        "Sebanyak 9 orang sedang menjalani observasi di klinik perusahaan.",
        [("other", "patients under observation", 9, 9)],
    ),
    # "n pasien ... dirujuk ke RSUD": taken to hospital
    ("Sebanyak 13 pasien dirujuk ke rumah sakit provinsi.", [("hospitalized", "people", 13, 13)]),
    # "n pasien tidak tertolong": a euphemism of death
    ("Tiga pasien tidak tertolong setelah sempat dirawat di IGD.", [("killed", "people", 3, 3)]),
    # "n korban tak dapat diselamatkan"
    ("Dua korban tak dapat diselamatkan dalam perjalanan ke rumah sakit.", [("killed", "people", 2, 2)]),
    # "n orang masih mendapat perawatan intensif di Rumah Sakit X"
    ("Sebanyak 18 orang masih mendapat perawatan intensif di RS Mitra Sehat.", [("hospitalized", "people", 18, 18)]),
    # hajj bulletins: "jemaah sakit menjadi n orang dengan rincian a orang dirawat di RS Arab Saudi dan b lainnya
    # dirawat di KKHI Makkah"
    (
        "Jemaah sakit menjadi 64 orang dengan rincian 19 orang dirawat di RS Arab Saudi dan 45 lainnya dirawat di "
        "KKHI Makkah.",
        [
            ("other", "pilgrims", 64, 64, None),  # the sick pilgrims: only the parts are said to be treated
            ("hospitalized", "people", 19, 19, "RS Arab Saudi"),
            ("hospitalized", "people", 45, 45, "KKHI Makkah"),
        ],
    ),
    # "sebanyak n jamaah menjalani perawatan di KKHI, sedangkan m jamaah menjalani perawatan di Rumah Sakit"
    (
        "Sebanyak 388 jemaah menjalani perawatan di KKHI, sedangkan 102 jemaah menjalani perawatan di rumah sakit.",
        [("hospitalized", "people", 388, 388), ("hospitalized", "people", 102, 102)],
    ),
    # "jumlah jamaah calon haji yang wafat mencapai n orang"
    ("Jumlah jemaah haji yang wafat mencapai 61 orang.", [("killed", "people", 61, 61)]),
    # "jamaah haji asal Indonesia meninggal di Arab Saudi sebanyak n jamaah"
    (
        "Jemaah haji Indonesia yang meninggal di Arab Saudi sebanyak 302 jemaah.",
        [("killed", "people", 302, 302)],
    ),
    # "calon haji ... yang sudah diterbangkan / diberangkatkan ke Tanah Suci": pilgrims sent off are no deployment
    ("Sebanyak 33.100 jemaah sudah diberangkatkan ke Tanah Suci.", [("other", "pilgrims", 33100, 33100)]),
    # homecoming travellers sent off by bus: "n pemudik diberangkatkan"; personnel sent off are deployed
    (
        "Sebanyak 1.200 pemudik diberangkatkan ke kampung halaman dengan 30 bus.",
        [("other", "travellers", 1200, 1200), ("other", "buses", 30, 30)],
    ),
    ("Sebanyak 500 personel Brimob diberangkatkan ke Papua.", [("deployed", "police", 500, 500)]),
    # "calon haji ... yang meninggal di Kota Madinah bertambah dua menjadi empat orang"
    (
        "Calon haji yang meninggal di Madinah bertambah tiga menjadi tujuh orang.",
        [("other", "increase", 3, 3), ("killed", "people", 7, 7)],
    ),
]

OUTBREAKS: list[Any] = [
    # "mencatat n kasus DBD": cases are not a measure
    ("Dinas Kesehatan mencatat 2.914 kasus DBD sejak Januari.", [("other", "cases", 2914, 2914)]),
    # "Di X tercatat n kasus DBD dengan jumlah meninggal m orang"
    (
        "Di Kabupaten Lamtoro tercatat 1.210 kasus DBD dengan jumlah meninggal 17 orang.",
        [("other", "cases", 1210, 1210), ("killed", "people", 17, 17)],
    ),
    # "tercatat ada n kasus DBD dengan kematian m jiwa"
    (
        "Di Kota Sungai Raya tercatat 533 kasus DBD dengan kematian 8 jiwa.",
        [("other", "cases", 533, 533), ("killed", "people", 8, 8)],
    ),
    # "n kasus ... m jiwa di antaranya meninggal dunia": the deaths among the cases
    (
        "Kemenkes mencatat 4.812 kasus, 39 jiwa di antaranya meninggal dunia.",
        [("other", "cases", 4812, 4812), ("killed", "people", 39, 39)],
    ),
    # "jumlah penderita ... n orang. ... sebanyak m orang di antaranya tidak dapat diselamatkan"
    (
        "Dari 5.400 penderita, 288 orang di antaranya tidak dapat diselamatkan.",
        [("other", "patients", 5400, 5400), ("killed", "people", 288, 288)],
    ),
    # "jumlah kasus meninggal sebanyak n": death cases are persons
    ("Jumlah kasus meninggal sebanyak 432.", [("killed", "people", 432, 432)]),
    # "Kabupaten X dengan n kematian, disusul Kabupaten Y dengan m kematian"
    (
        "Kematian tertinggi ada di Kabupaten Lembang Hulu dengan 23 kematian, disusul Kota Tanjung Batu dengan 16 "
        "kematian.",
        [
            ("killed", "people", 23, 23, "Kabupaten Lembang Hulu"),
            ("killed", "people", 16, 16, "Kota Tanjung Batu"),
        ],
    ),
    # "kasus sembuh bertambah n orang, totalnya menjadi m": recovered people are `other`
    (
        "Kasus sembuh bertambah 5.120 orang, totalnya menjadi 880.410.",
        [("other", "recovered", 5120, 5120), ("other", "recovered", 880410, 880410)],
    ),
    # "kasus meninggal dunia secara kumulatif mencapai n orang, atau bertambah m pada hari ini"
    (
        "Kasus meninggal dunia secara kumulatif mencapai 31.604 orang, atau bertambah 188 pada hari ini.",
        [("killed", "people", 31604, 31604), ("other", "increase", 188, 188)],
    ),
    # "Kasus meninggal juga bertambah n orang sehingga totalnya m"
    (
        "Kasus meninggal juga bertambah 43 orang sehingga totalnya 3.917.",
        [("other", "increase", 43, 43), ("killed", "people", 3917, 3917)],
    ),
    # "Total kasus aktif ... mencapai n orang, sementara jumlah orang yang menjadi suspek m"
    (
        "Total kasus aktif mencapai 98.730 orang, sementara jumlah orang yang menjadi suspek 64.210.",
        [("other", "active cases", 98730, 98730), ("other", "suspected cases", 64210, 64210)],
    ),
    # "ada n orang yang berstatus suspek"
    ("Tercatat ada 57.330 orang yang berstatus suspek.", [("other", "suspected cases", 57330, 57330)]),
    # "n kasus positif di Jawa Timur dan m sembuh"
    (
        "Sebanyak 246 kasus positif di Jawa Tengah dan 81 sembuh.",
        [("other", "confirmed cases", 246, 246), ("other", "recovered", 81, 81)],
    ),
    # "Konfirmasi kasus positif ... telah menyentuh n orang": a total reached
    ("Kasus positif di provinsi itu telah menyentuh 74.120 orang.", [("other", "confirmed cases", 74120, 74120)]),
    # "sudah ada n anak meninggal dunia akibat penyakit campak"
    ("Sudah ada 17 anak meninggal dunia akibat campak.", [("killed", "children", 17, 17)]),
    # "mencatat n kasus campak, dengan m anak meninggal dunia"
    (
        "Dinas Kesehatan mencatat 1.760 kasus campak, dengan 12 anak meninggal dunia.",
        [("other", "cases", 1760, 1760), ("killed", "children", 12, 12)],
    ),
    # "n dari m pasien yang meninggal diketahui belum pernah diimunisasi": the relative clause names the whole
    (
        "Sebanyak 9 dari 11 pasien yang meninggal diketahui belum pernah diimunisasi.",
        [("other", "unvaccinated deaths", 9, 9), ("killed", "people", 11, 11)],
    ),
    # "dari enam anak yang meninggal, terdata dua positif campak, sedangkan empat lainnya masih berstatus suspek"
    (
        "Dari tujuh anak yang meninggal, dua positif campak, sedangkan lima lainnya masih berstatus suspek.",
        [("killed", "children", 7, 7), ("other", "confirmed deaths", 2, 2), ("other", "suspected deaths", 5, 5)],
    ),
    # "korban meninggal dari dua anak meningkat menjadi 6 orang": the old and the new value of a change
    (
        "Korban meninggal akibat campak dari tiga orang meningkat menjadi sembilan orang.",
        [("killed", "people", 3, 3), ("killed", "people", 9, 9)],
    ),
    # "n warga terjangkit diare"
    ("Sebanyak 310 warga terjangkit diare dalam sepekan.", [("other", "cases", 310, 310)]),
    # "imunisasi massal dengan target hampir n ribu anak"
    (
        "Pemerintah menggelar imunisasi massal dengan sasaran 71 ribu anak.",
        [("other", "children", 71000, 71000)],
    ),
    # "n pasien ... diisolasi": isolation is not a hospital count
    ("Sebanyak 12 pasien kini diisolasi di rumah masing-masing.", [("other", "patients", 12, 12)]),
    # flu burung: dead animals are `other`
    ("Sebanyak 4.500 ekor ayam mati mendadak akibat flu burung.", [("other", "chickens", 4500, 4500)]),
]

CRUSHES: list[Any] = [
    # "total korban ... sebanyak n orang. Rinciannya, a orang meninggal dunia, b orang luka ringan dan c orang luka
    # berat": a total that mixes measures is `other`; severity grades are subsets
    (
        "Total korban tragedi itu sebanyak 388 orang, rinciannya 71 orang meninggal dunia, 290 orang luka ringan dan "
        "27 orang luka berat.",
        [
            ("other", "casualties", 388, 388),
            ("killed", "people", 71, 71),
            ("other", "lightly injured", 290, 290),
            ("other", "seriously injured", 27, 27),
        ],
    ),
    # "Dari n korban luka ..., a di antaranya luka ringan, b luka sedang, dan c luka berat"
    (
        "Dari 318 korban luka, 266 di antaranya luka ringan, 33 luka sedang dan 19 luka berat.",
        [
            ("injured", "people", 318, 318),
            ("other", "lightly injured", 266, 266),
            ("other", "moderately injured", 33, 33),
            ("other", "seriously injured", 19, 19),
        ],
    ),
    # "total korban meninggal n orang, termasuk dua orang anggota kepolisian"
    (
        "Total korban meninggal 112 orang, termasuk dua anggota kepolisian.",
        [("killed", "people", 112, 112), ("killed", "police", 2, 2)],
    ),
    # "telah merenggut ratusan nyawa"
    ("Kericuhan di stadion itu merenggut ratusan nyawa.", [("killed", "people", 200, 999)]),
    # "ada kurang lebih n jenazah yang masih belum teridentifikasi"
    ("Ada kurang lebih 11 jenazah yang belum teridentifikasi.", [("other", "unidentified bodies", 10, 12)]),
    # body bags are things, not the dead
    ("Sebanyak 280 kantong jenazah telah diterima tim DVI.", [("other", "body bags", 280, 280)]),
    # "n orang dikhawatirkan meninggal": feared dead is not a death toll
    (
        "Sebanyak 140 orang dikhawatirkan meninggal setelah perahu mereka tenggelam.",
        [("other", "feared dead", 140, 140)],
    ),
]

TRAFFIC: list[Any] = [
    # "Satu Orang Tewas dan 33 Lainnya Luka-Luka"
    (
        "Satu orang tewas dan 24 lainnya luka-luka dalam kecelakaan bus di Tanjakan Sirah.",
        [("killed", "people", 1, 1), ("injured", "people", 24, 24)],
    ),
    # "bus tersebut mengangkut n orang termasuk dua kru dan m penumpang": people on board
    (
        "Bus itu mengangkut 49 orang termasuk dua kru dan 47 penumpang.",
        [("other", "people on board", 49, 49), ("other", "crew members", 2, 2), ("other", "passengers", 47, 47)],
    ),
    # "penumpang yang mengalami luka sebanyak n orang. Sisanya, m orang tidak mengalami luka apa pun."
    (
        "Penumpang yang mengalami luka sebanyak 31 orang, sisanya 12 orang tidak mengalami luka apa pun.",
        [("injured", "people", 31, 31), ("other", "uninjured", 12, 12)],
    ),
    # "Sedikitnya n penumpang lain menderita luka berat dan ringan": both grades are the injured
    ("Sedikitnya 16 penumpang menderita luka berat dan ringan.", [("injured", "people", 16, None)]),
    # "n di antaranya mengalami luka berat hingga luka ringan"
    ("Sebanyak 8 orang mengalami luka ringan hingga berat.", [("injured", "people", 8, 8)]),
    # "Sebanyak n kecelakaan terjadi ... Jumlah ini turun 19 persen"
    (
        "Sebanyak 736 kecelakaan terjadi selama Operasi Ketupat, turun 14 persen dibanding tahun lalu.",
        [("other", "accidents", 736, 736), ("other", "percent", 14, 14)],
    ),
    # "Dengan rincian n kecelakaan terjadi di jalur mudik, a korban meninggal, b luka berat, dan c luka ringan"
    (
        "Dengan rincian 28 kecelakaan terjadi di jalur mudik, 9 korban meninggal, 7 luka berat dan 40 luka ringan.",
        [
            ("other", "accidents", 28, 28),
            ("killed", "people", 9, 9),
            ("other", "seriously injured", 7, 7),
            ("other", "lightly injured", 40, 40),
        ],
    ),
    # "paling tidak n orang tewas": at least
    ("Paling tidak 12 orang tewas dalam kecelakaan beruntun itu.", [("killed", "people", 12, None)]),
    # "polisi telah menilang sebanyak n pengendara"
    ("Polisi menilang 18.300 pengendara selama operasi itu.", [("other", "riders", 18300, 18300)]),
    # "kecelakaan beruntun ... melibatkan n kendaraan": vehicles involved are things
    (
        "Kecelakaan beruntun itu melibatkan delapan kendaraan dan menewaskan dua orang.",
        [("other", "vehicles", 8, 8), ("killed", "people", 2, 2)],
    ),
    # "seluruh n penumpang dan awak pesawat dipastikan meninggal dunia"
    ("Seluruh 48 penumpang dan awak pesawat dipastikan meninggal dunia.", [("killed", "people", 48, 48)]),
    # "mengevakuasi enam penumpang selamat": the rescue sense of evacuation, survivors
    (
        "Tim SAR mengevakuasi sembilan penumpang selamat dari perairan Teluk Kumai.",
        [("other", "survivors", 9, 9)],
    ),
    # "penumpang berhasil dievakuasi ke kapal lain": the rescue sense of evacuation, not displacement; the rescued are
    # survivors (issue 11 conventions, conv16)
    ("Sebanyak 160 penumpang berhasil dievakuasi ke kapal lain.", [("other", "survivors", 160, 160)]),
    (
        "Sebanyak 12 penambang dievakuasi dari lubang tambang dalam kondisi lemas.",
        [("other", "survivors", 12, 12)],
    ),
    # bodies moved are the dead; residents moved to a shelter are displaced
    ("Sebanyak 3 jenazah dievakuasi dari sungai.", [("killed", "people", 3, 3)]),
    ("Sebanyak 300 warga dievakuasi ke masjid.", [("displaced", "people", 300, 300)]),
    # "Tim masih mencari n penumpang yang diduga hilang"
    ("Tim SAR masih mencari 21 penumpang yang diduga hilang.", [("missing", "people", 21, 21)]),
    # "menemukan n korban, yang terdiri atas a orang selamat dan b orang meninggal dunia"
    (
        "Tim gabungan menemukan 16 korban, terdiri atas 14 orang selamat dan dua orang meninggal dunia.",
        [("other", "people found", 16, 16), ("other", "survivors", 14, 14), ("killed", "people", 2, 2)],
    ),
    # "speedboat yang ditumpangi n orang tenggelam": people on board
    ("Speedboat yang ditumpangi 14 orang tenggelam di perairan Pulau Gebe.", [("other", "people on board", 14, 14)]),
    # "Sebanyak n dari m orang penumpang ... belum ditemukan"
    (
        "Sebanyak 7 dari 88 penumpang kapal belum ditemukan.",
        [("missing", "people", 7, 7), ("other", "passengers", 88, 88)],
    ),
    # "masih ada sekitar n korban lain yang belum ditemukan"
    ("Masih ada sekitar 40 korban lain yang belum ditemukan.", [("missing", "people", 36, 44)]),
    # "jumlah penumpang selamat n orang"
    ("Jumlah penumpang selamat 26 orang.", [("other", "survivors", 26, 26)]),
]

FIRES_MINES_INDUSTRY: list[Any] = [
    # "Ledakan tungku smelter ... menyebabkan n pekerjanya meninggal dunia"
    ("Ledakan tungku itu menyebabkan 15 pekerja meninggal dunia.", [("killed", "people", 15, 15)]),
    # "n pekerja menjadi korban ..., m diantaranya mengalami luka berat hingga luka ringan": casualties (found_people)
    (
        "Sebanyak 41 pekerja menjadi korban, 29 di antaranya mengalami luka berat hingga luka ringan.",
        [("other", "casualties", 41, 41), ("injured", "people", 29, 29)],
    ),
    # "korban tewas ... bertambah menjadi 13 orang dari sebelumnya 12 orang. Sementara itu, 46 orang mengalami luka"
    (
        "Korban tewas bertambah menjadi 11 orang, sementara 37 orang mengalami luka.",
        [("killed", "people", 11, 11), ("injured", "people", 37, 37)],
    ),
    # "n korban luka ..., m orang sedang dilakukan observasi oleh Klinik X dan k orang rawat jalan"
    (
        "Sebanyak 30 korban luka dilarikan ke RSUD Bungku, 8 orang menjalani observasi dan 4 orang rawat jalan.",
        [
            ("injured", "people", 30, 30),
            ("other", "patients under observation", 8, 8),
            ("other", "outpatients", 4, 4),
        ],
    ),
    # "kebakaran lapas ... menewaskan n narapidana dan melukai m lainnya"
    (
        "Kebakaran lapas itu menewaskan 41 narapidana dan melukai 66 lainnya.",
        [("killed", "people", 41, 41), ("injured", "people", 66, 66)],
    ),
    # "jumlah penghuni lapas ... di atas kapasitas n orang": capacity is not a count of people
    (
        "Jumlah penghuni lapas mencapai 1.840 orang, jauh di atas kapasitas 700 orang.",
        [("other", "inmates", 1840, 1840), ("other", "prison capacity", 700, 700)],
    ),
    # "n penambang tertimbun longsoran": buried miners whose fate is unknown
    ("Sebanyak 6 penambang tertimbun longsoran di lubang tambang emas.", [("other", "buried miners", 6, 6)]),
    # "kerugian ditaksir mencapai Rp n miliar": an estimating verb governs the figure; the kiosks a fire "devours"
    # are damaged (round 5: "melahap", "melalap" are fire reports' damage verbs)
    (
        "Api melahap 52 kios di Pasar Kembang, kerugian ditaksir mencapai Rp 4 miliar.",
        [("damaged", "kiosks", 52, 52), ("other", "IDR", 3600000000, 4400000000)],
    ),
    # "n unit mobil pemadam kebakaran dikerahkan": vehicles are not deployed people
    ("Sebanyak 19 unit mobil pemadam kebakaran dikerahkan.", [("other", "fire engines", 19, 19)]),
    # "menghanguskan n rumah dan menewaskan dua penghuni"
    (
        "Kebakaran itu menghanguskan 9 rumah dan menewaskan dua penghuni.",
        [("damaged", "houses", 9, 9), ("killed", "people", 2, 2)],
    ),
    # "diperkirakan mengalami 70% luka bakar": a share, not a count
    ("Sebagian korban diperkirakan mengalami 60 persen luka bakar.", [("other", "percent", 60, 60)]),
]

CRIME: list[Any] = [
    # "Ada n warga kita amankan ... Ada 5 wanita sisanya ada 22 laki-laki": a breakdown by sex of the arrested
    (
        "Ada 23 warga yang kami amankan, terdiri dari 6 wanita dan 17 laki-laki.",
        [("arrested", "people", 23, 23), ("arrested", "women", 6, 6), ("arrested", "men", 17, 17)],
    ),
    # "polisi menangkap empat warga yang dicurigai sebagai pemakai narkoba"
    ("Polisi menangkap enam warga yang dicurigai sebagai pemakai sabu.", [("arrested", "people", 6, 6)]),
    # "n orang menjalani tes urine ... m diantaranya positif menggunakan narkoba"
    (
        "Sebanyak 91 orang menjalani tes urine dan 24 di antaranya positif menggunakan narkoba.",
        [("other", "tested", 91, 91), ("other", "tested positive", 24, 24)],
    ),
    # "Dari n orang yang diamankan ..., sebanyak m orang dinyatakan positif mengonsumsi ..."
    (
        "Dari 36 orang yang diamankan, sebanyak 27 orang dinyatakan positif mengonsumsi sabu.",
        [("arrested", "people", 36, 36), ("other", "tested positive", 27, 27)],
    ),
    # "Selain n orang yang positif ..., m orang lainnya dinyatakan negatif"
    (
        "Selain 27 orang yang positif, 9 orang lainnya dinyatakan negatif.",
        [("other", "cases", 27, 27), ("other", "tested negative", 9, 9)],
    ),
    # "Sedikitnya lima orang ditetapkan sebagai tersangka"
    ("Sedikitnya tujuh orang ditetapkan sebagai tersangka.", [("other", "suspects", 7, None)]),
    # "1 dari 23 siswa yang ditangkap itu adalah alumni": the relative clause names the whole, the part is alumni
    (
        "Satu dari 17 siswa yang ditangkap itu adalah alumni sekolah tersebut.",
        [("other", "students", 1, 1), ("arrested", "people", 17, 17)],
    ),
    # "polisi juga menyita 14 sepeda motor dan 1 golok": seized things
    (
        "Polisi juga menyita 13 sepeda motor dan tiga bilah celurit.",
        [("other", "motorcycles", 13, 13), ("other", "sickles", 3, 3)],
    ),
    # "Sebanyak n pelajar diamankan ... saat hendak melakukan aksi tawuran"
    ("Sebanyak 24 pelajar diamankan saat hendak tawuran di kawasan Senen.", [("arrested", "people", 24, 24)]),
    # "dikembalikan ke orangtua": handed back, not held
    (
        "Sebanyak 15 remaja dikembalikan kepada orang tuanya untuk dibina.",
        [("other", "teenagers", 15, 15)],
    ),
    # "n tersangka ... mendekam di sel tahanan"
    ("Sebanyak 11 tersangka kini mendekam di sel tahanan Polres.", [("arrested", "people", 11, 11)]),
    # "menyita 2,4 kilogram sabu dan 1.500 butir pil ekstasi": weights and seized goods
    (
        "Polisi menyita 3,2 kilogram sabu dan 2.100 butir pil ekstasi.",
        [("other", "kg", 3.2, 3.2), ("other", "ecstasy pills", 2100, 2100)],
    ),
    # trafficking: "menahan tersangka sebanyak 12 orang tersangka, dan sebanyak tujuh orang menjadi DPO"
    (
        "Polisi menahan sebanyak 11 orang tersangka, dan sebanyak enam orang menjadi DPO.",
        [("arrested", "people", 11, 11), ("other", "fugitives", 6, 6)],
    ),
    # "berhasil menyelamatkan 28 pekerja migran": rescued people are `other`
    (
        "Satgas berhasil menyelamatkan 31 pekerja migran yang hendak diselundupkan ke Malaysia.",
        [("other", "migrant workers", 31, 31)],
    ),
    # "123 korban itu terdiri dari 74 laki-laki, 29 perempuan, dan 20 anak-anak": an `other` count by sex and age
    (
        "Sebanyak 140 korban itu terdiri dari 81 laki-laki, 37 perempuan dan 22 anak-anak.",
        [
            ("other", "casualties", 140, 140),
            ("other", "men", 81, 81),
            ("other", "women", 37, 37),
            ("other", "children", 22, 22),
        ],
    ),
    # "pengungkapan 242 kasus dengan 284 tersangka"
    (
        "Satgas mengungkap 211 kasus dengan 260 tersangka selama sepekan.",
        [("other", "cases", 211, 211), ("other", "suspects", 260, 260)],
    ),
    # "Delapan Warga Negara (WN) Iran yang membawa 309 bungkus sabu ... ditangkap"
    (
        "Delapan warga negara Iran yang membawa 290 bungkus sabu ditangkap di laut lepas.",
        [("arrested", "foreigners", 8, 8), ("other", "packets", 290, 290)],
    ),
    # "Lebih dari pada 300 ribu orang": the split spelling of "lebih daripada"
    ("Barang haram itu bisa merusak lebih dari pada 250 ribu orang.", [("other", "people", 250001, None)]),
    # a crime named with "aksi" is no protest: "pelaku aksi begal ditangkap" is never participants; the crime is the
    # noun's modifier, the main verb after it names the measure (arrested)
    ("Sebanyak 12 pelaku aksi begal ditangkap polisi.", [("arrested", "people", 12, 12)]),
    # in a conflict "diamankan ke tempat yang aman" is moving people to safety, not an arrest
    ("Sebanyak 40 warga diamankan ke tempat yang aman.", [("displaced", "people", 40, 40)]),
    # trafficking victims "yang akan dikirim ke Malaysia" are not a deployment
    (
        "Sebanyak 40 calon pekerja migran yang akan diberangkatkan ke Malaysia digagalkan polisi.",
        [("other", "migrant workers", 40, 40)],
    ),
    (
        "Polisi menggagalkan pengiriman 36 calon pekerja migran yang akan dikirim ke Timur Tengah.",
        [("other", "migrant workers", 36, 36)],
    ),
    # "ditempatkan": refugees placed in a hall stay displaced, patients in isolation are `other`; a force placed at
    # posts is deployed
    ("Sebanyak 300 pengungsi ditempatkan di gedung olahraga.", [("displaced", "people", 300, 300)]),
    ("Sebanyak 12 pasien ditempatkan di ruang isolasi.", [("other", "patients", 12, 12)]),
    ("Polres menempatkan 200 personel di titik rawan.", [("deployed", "police", 200, 200)]),
    # "kapal ... mati mesin": an engine failure, not deaths
    ("Kapal yang membawa 40 penumpang mati mesin di tengah laut.", [("other", "passengers", 40, 40)]),
    # evictions of traders: "pedagang direlokasi ke pasar baru" are not displaced people
    ("Sebanyak 90 pedagang direlokasi ke pasar baru.", [("other", "relocated traders", 90, 90)]),
    # "Dua pelaku begal tewas diamuk massa"
    ("Dua pelaku begal tewas diamuk massa.", [("killed", "people", 2, 2)]),
    # "n orang diduga terlibat penyalahgunaan narkoba diamankan"
    (
        "Sebanyak 43 orang yang diduga terlibat penyalahgunaan narkoba diamankan.",
        [("arrested", "people", 43, 43)],
    ),
]

CONFLICT_AND_REFUGEES: list[Any] = [
    # "melakukan evakuasi tiga korban luka dan satu korban meninggal dunia ke Timika": the figure's own phrase names
    # its measure, not the evacuation
    (
        "Aparat melakukan evakuasi dua korban luka dan satu korban meninggal dunia ke Wamena.",
        [("injured", "people", 2, 2), ("killed", "people", 1, 1)],
    ),
    # "membawa tiga jenazah dan dua korban selamat"
    (
        "Rombongan tiba dengan membawa empat jenazah dan tiga korban selamat.",
        [("killed", "people", 4, 4), ("other", "survivors", 3, 3)],
    ),
    # "sebanyak n warga sipil telah berhasil dievakuasi aparat ke Kota Timika": out of a conflict zone
    (
        "Sebanyak 31 warga sipil berhasil dievakuasi aparat ke Kota Wamena.",
        [("displaced", "civilians", 31, 31)],
    ),
    # "membunuh tujuh pekerja tambang emas"
    ("Kelompok bersenjata itu membunuh lima pendulang emas di Distrik Seradala.", [("killed", "people", 5, 5)]),
    # "Sebanyak n orang berhasil selamat karena melarikan diri"
    (
        "Sebanyak 22 orang berhasil selamat karena melarikan diri ke hutan.",
        [("other", "survivors", 22, 22)],
    ),
    # "dua pekerja lainnya juga terluka akibat anak panah"
    (
        "Selain korban yang meninggal, dua pekerja lainnya juga terluka akibat anak panah.",
        [("injured", "people", 2, 2)],
    ),
    # "terdapat n orang pengungsi yang mendarat di Aceh, terdiri dari a pria, b perempuan ..."
    (
        "Terdapat 171 pengungsi yang mendarat di Aceh Utara, terdiri dari 52 pria, 60 perempuan dan 59 anak-anak.",
        [
            ("displaced", "people", 171, 171),
            ("displaced", "men", 52, 52),
            ("displaced", "women", 60, 60),
            ("displaced", "children", 59, 59),
        ],
    ),
    # "hampir 200 orang Rohingya tewas atau hilang": dead or missing together is neither
    (
        "Tahun lalu hampir 250 orang Rohingya tewas atau hilang di laut.",
        [("other", "dead or missing", 225, 249)],  # round 12: the state names the open group (health split)
    ),
    # "belasan ribu warga mengungsi": the teens times the scale word
    ("Belasan ribu warga mengungsi setelah kampung mereka diserang.", [("displaced", "people", 11000, 19999)]),
    # "lebih dari 800 pengungsi telah mendarat di Provinsi Aceh"
    ("Lebih dari 700 pengungsi telah mendarat di Aceh dalam sepekan.", [("displaced", "people", 701, None)]),
    # "penggusuran ... membuat n warga kehilangan tempat tinggal"
    ("Penggusuran itu membuat 274 warga kehilangan tempat tinggal.", [("displaced", "people", 274, 274)]),
    # households are not people
    (
        "Sebanyak 120 kepala keluarga kehilangan tempat tinggal akibat penggusuran.",
        [("other", "households", 120, 120)],
    ),
    # "n personel gabungan dikerahkan untuk mengamankan eksekusi lahan"
    (
        "Sebanyak 1.400 personel gabungan dikerahkan untuk mengamankan eksekusi lahan.",
        [("deployed", "security_forces", 1400, 1400)],
    ),
]

BULLETINS: list[Any] = [
    # school-meal poisoning: "Dari jumlah tersebut, n siswa harus dirawat di RS X, sementara m orang lainnya sudah
    # dipulangkan"
    (
        "Dari jumlah tersebut, 31 siswa harus dirawat di RSUD Salakan, sementara 240 orang lainnya sudah dipulangkan.",
        [("hospitalized", "people", 31, 31), ("other", "discharged patients", 240, 240)],
    ),
    # "kasus keracunan ... telah menyebabkan n siswa dirawat di rumah sakit"
    ("Keracunan itu telah menyebabkan 812 siswa dirawat di rumah sakit.", [("hospitalized", "people", 812, 812)]),
    # "Jumlah korban hampir mencapai 500 orang": nearly, not the exact "mencapai"
    ("Jumlah korban hampir mencapai 400 orang.", [("other", "people", 360, 399)]),
    # fact-box lines of a poisoning bulletin: "Korban keracunan massal: n orang; dirawat inap: m orang; rawat jalan:
    # k orang; meninggal: nihil" (nihil is no figure)
    (
        "Korban keracunan massal: 120 orang; dirawat inap: 40 orang; rawat jalan: 80 orang; meninggal: nihil.",
        [
            ("other", "poisoning victims", 120, 120),
            ("hospitalized", "people", 40, 40),
            ("other", "outpatients", 80, 80),
        ],
    ),
    (
        "Data sementara: meninggal dunia 3 orang, dirawat 41 orang, pulang 77 orang.",
        [("killed", "people", 3, 3), ("hospitalized", "people", 41, 41), ("other", "people", 77, 77)],
    ),
    # "n korban dirawat di Puskesmas X, m korban dirawat di RS Y, dan k korban dirawat di RSUD Z"
    (
        "Sebanyak 41 korban dirawat di Puskesmas Laguna, 26 korban dirawat di RS Immanuel dan 30 korban dirawat di "
        "RSUD Porsea.",
        [
            ("hospitalized", "people", 41, 41, "Puskesmas Laguna"),
            ("hospitalized", "people", 26, 26, "RS Immanuel"),
            ("hospitalized", "people", 30, 30, "RSUD Porsea"),
        ],
    ),
    # poll workers: "jumlah petugas KPPS yang sakit mencapai n orang. Jumlah korban meninggal m jiwa."
    (
        "Jumlah petugas KPPS yang sakit mencapai 9.870 orang, sedangkan jumlah korban meninggal 412 jiwa.",
        [("other", "sick poll workers", 9870, 9870), ("killed", "people", 412, 412)],
    ),
    # "sebanyak n orang lakukan rawat jalan, m orang lakukan rawat inap"
    (
        "Sebanyak 120 orang menjalani rawat jalan dan 5 orang menjalani rawat inap.",
        [("other", "outpatients", 120, 120), ("hospitalized", "people", 5, 5)],
    ),
    # "menerima laporan mengenai n kasus kematian": death cases are persons
    ("Kemenkes menerima laporan 31 kasus kematian petugas pemilu.", [("killed", "people", 31, 31)]),
    # "penyakit jantung menjadi penyebab kematian terbanyak, yakni sembilan kasus": deaths by cause are a subset
    ("Penyakit jantung menjadi penyebab kematian terbanyak, yakni 11 kasus.", [("other", "cases", 11, 11)]),
    # "sebanyak n orang dinyatakan meninggal dan m orang mengalami sakit"
    (
        "Sebanyak 41 orang dinyatakan meninggal dan 3.120 orang mengalami sakit.",
        [("killed", "people", 41, 41), ("other", "sick people", 3120, 3120)],
    ),
    # "n petugas ... mengalami gangguan kesehatan atau sakit"
    (
        "Sebanyak 6.900 petugas mengalami gangguan kesehatan setelah penghitungan suara.",
        [("other", "sick people", 6900, 6900)],
    ),
    # acute kidney injury in children: "terdapat n kasus ..., m pasien di antaranya meninggal dunia"
    (
        "Terdapat 231 kasus gangguan ginjal akut pada anak, 121 pasien di antaranya meninggal dunia.",
        [("other", "acute kidney injury cases", 231, 231), ("killed", "people", 121, 121)],
    ),
    # "X: n pasien dimana a meninggal, b proses pengobatan, c sembuh": only the deaths are a measure
    (
        "Di Jawa Barat tercatat 41 pasien, 19 meninggal, 15 dalam pengobatan dan 7 sembuh.",
        [
            ("other", "patients", 41, 41),
            ("killed", "people", 19, 19),
            ("other", "under treatment", 15, 15),
            ("other", "recovered", 7, 7),
        ],
    ),
    # "ditemukan 1 kasus konfirmasi dan 1 kasus suspek"
    (
        "Kemenkes menemukan 4 kasus konfirmasi dan 3 kasus suspek.",
        [("other", "confirmed cases", 4, 4), ("other", "suspected cases", 3, 3)],
    ),
    # fire at a fuel depot: "korban jiwa bertambah menjadi 17 orang dari yang sebelumnya 13 orang": the old value
    # of the toll is a claim of the same measure
    (
        "Jumlah korban meninggal dunia bertambah menjadi 19 orang dari yang sebelumnya 15 orang.",
        [("killed", "people", 19, 19), ("killed", "people", 15, 15)],
    ),
    # "n orang meninggal dunia ... terdapat a orang luka berat dan b orang luka ringan"
    (
        "Tercatat 19 orang meninggal dunia, 44 orang luka berat dan 3 orang luka ringan.",
        [("killed", "people", 19, 19), ("other", "seriously injured", 44, 44), ("other", "lightly injured", 3, 3)],
    ),
    # "sebanyak n orang mengungsi dan tersebar di enam titik": sites are things (beside evacuees, shelters:
    # context_labels)
    (
        "Sebanyak 712 orang mengungsi dan tersebar di tujuh titik.",
        [("displaced", "people", 712, 712), ("other", "shelters", 7, 7)],
    ),
    # "puluhan unit mobil pemadam kebakaran dengan ratusan personel dikerahkan"
    (
        "Puluhan unit mobil pemadam kebakaran dengan ratusan personel dikerahkan ke lokasi.",
        [("other", "fire engines", 20, 99), ("deployed", "people", 200, 999)],
    ),
    # trafficking and gambling raids: rescued migrants are `other`, gamblers taken in are arrested
    (
        "Polisi menyelamatkan 27 calon pekerja migran yang hendak diberangkatkan secara ilegal ke Malaysia.",
        [("other", "migrant workers", 27, 27)],
    ),
    (
        "Sebanyak 3 tersangka TPPO ditangkap, sementara 2 lainnya masih buron.",
        [("arrested", "people", 3, 3), ("other", "fugitives", 2, 2)],
    ),
    (
        "Polisi menggerebek arena judi sabung ayam dan mengamankan 34 orang penjudi.",
        [("arrested", "people", 34, 34)],
    ),
]

TRAINS_AND_RABIES: list[Any] = [
    # "Tiga penumpang mobil tewas dan tiga lainnya terluka berat": a grade after ter- is a subset of the injured
    (
        "Dua penumpang angkot tewas dan empat lainnya terluka berat.",
        [("killed", "people", 2, 2), ("other", "seriously injured", 4, 4)],
    ),
    (
        "Sebanyak 12 orang terluka parah dan 30 lainnya terluka ringan.",
        [("other", "seriously injured", 12, 12), ("other", "lightly injured", 30, 30)],
    ),
    # "Sebanyak 4 orang meninggal dan 35 orang terluka dalam insiden ini"
    (
        "Kereta lokal itu bertabrakan dengan truk, empat orang meninggal dan 35 orang terluka.",
        [("killed", "people", 4, 4), ("injured", "people", 35, 35)],
    ),
    # "merenggut 129 nyawa dan 238 orang luka berat"
    (
        "Tabrakan itu merenggut 129 nyawa dan 238 orang luka berat.",
        [("killed", "people", 129, 129), ("other", "seriously injured", 238, 238)],
    ),
    # "seluruh penumpang ... yang berjumlah 317 orang dalam kondisi selamat"
    ("Seluruh penumpang yang berjumlah 317 orang dalam kondisi selamat.", [("other", "passengers", 317, 317)]),
    # "Dari jumlah jenazah itu, 16 sudah diambil keluarganya": bodies handed over are a subset of the dead
    (
        "Sebanyak 80 jenazah tiba di kamar jenazah, 16 di antaranya sudah diambil keluarganya.",
        [("killed", "people", 80, 80), ("other", "bodies handed over", 16, 16)],
    ),
    # "jumlah gigitan hewan penular rabies ... mencapai seribuan kasus"
    (
        "Jumlah gigitan hewan penular rabies tahun ini mencapai seribuan kasus.",
        [("other", "cases", 1000, 1999)],
    ),
    # "sebanyak 19 orang ... telah diberikan vaksin anti rabies"
    ("Sebanyak 19 orang kerabat korban telah divaksin anti rabies.", [("other", "vaccinated", 19, 19)]),
    (
        "Sebanyak 21 orang yang kontak erat dengan pasien sudah diberikan vaksin.",
        [("other", "vaccinated", 21, 21)],
    ),
    # "Sebanyak 39 dari 72 desa ... telah tertular rabies": villages are things
    (
        "Sebanyak 39 dari 72 desa telah tertular rabies.",
        [("other", "villages", 39, 39), ("other", "villages", 72, 72)],
    ),
]

STATUS_CHANGES: list[Any] = [
    # "n pasien yang dirawat ... telah sembuh / dipulangkan": the relative clause tells where they were, the main
    # verb what they are now; a recovered or discharged count is `other`, never the hospital stock
    (
        "Sebanyak 45 pasien yang dirawat di RSUD telah sembuh dan diperbolehkan pulang.",
        [("other", "patients", 45, 45)],
    ),
    ("Sebanyak 30 pasien yang sempat dirawat kini dinyatakan sembuh.", [("other", "patients", 30, 30)]),
    ("Sebanyak 90 pasien yang dirawat telah dipulangkan.", [("other", "patients", 90, 90)]),
    (
        "Sebanyak 27 warga yang sempat mengungsi telah dipulangkan.",
        [("other", "people released", 27, 27)],
    ),
    (
        "Sebanyak 120 warga yang mengungsi kini sudah kembali ke rumah.",
        [("other", "returned home", 120, 120)],
    ),
    # "pengungsi ... sudah kembali ke rumah" are no longer displaced; "belum bisa kembali ke rumah" still are
    ("Sebanyak 1.200 pengungsi belum bisa kembali ke rumah.", [("displaced", "people", 1200, 1200)]),
    ("Sebanyak 1.200 pengungsi sudah kembali ke rumah masing-masing.", [("other", "refugees", 1200, 1200)]),
    # "n pengungsi yang sakit ... ditangani tim medis": a treated subset
    ("Sebanyak 30 pengungsi yang sakit sudah ditangani tim medis.", [("other", "sick refugees", 30, 30)]),
    # a main verb that is a measure still wins over the relative clause: "n korban yang dirawat ... meninggal"
    ("Sebanyak 16 korban yang dirawat di RSUD meninggal dunia.", [("killed", "people", 16, 16)]),
    # beds are things: "menyiapkan n tempat tidur untuk merawat pasien"
    ("RSUD menyiapkan 40 tempat tidur untuk merawat pasien keracunan.", [("other", "beds", 40, 40)]),
    # "n tenaga kesehatan meninggal dunia"; "menerjunkan n tenaga kesehatan"
    ("Sebanyak 12 tenaga kesehatan meninggal dunia setelah tertular.", [("killed", "people", 12, 12)]),
    ("Dinas Kesehatan menerjunkan 40 tenaga kesehatan ke lokasi.", [("deployed", "people", 40, 40)]),
    # jailbreaks: escaped inmates are `other`, the recaptured arrested
    (
        "Sebanyak 53 narapidana melarikan diri dari rutan, 20 di antaranya sudah ditangkap kembali.",
        [("other", "escaped prisoners", 53, 53), ("arrested", "people", 20, 20)],
    ),
    ("Sebanyak 8 sandera berhasil dibebaskan aparat.", [("other", "hostages", 8, 8)]),
]

EVICTIONS_AND_AIR_CRASHES: list[Any] = [
    # "jumlah yang digusur sebanyak 74 bangunan yang dihuni 57 KK": buildings and households are not people
    (
        "Jumlah yang digusur sebanyak 68 bangunan yang dihuni 49 KK.",
        [("other", "buildings", 68, 68), ("other", "households", 49, 49)],
    ),
    # "1.000 Satpol PP dikerahkan" to clear a settlement
    (
        "Sebanyak 1.000 personel Satpol PP dikerahkan untuk membongkar bangunan liar.",
        [("deployed", "people", 1000, 1000)],
    ),
    # households in tents after an eviction stay households
    (
        "Sebanyak 40 kepala keluarga terpaksa tinggal di tenda darurat setelah rumah mereka digusur.",
        [("other", "households", 40, 40)],
    ),
    # "Basarnas berhasil mengevakuasi 29 kantong jenazah yang diduga berisi bagian tubuh": bags, not bodies
    (
        "Basarnas berhasil mengevakuasi 33 kantong jenazah yang diduga berisi bagian tubuh penumpang.",
        [("other", "body bags", 33, 33)],
    ),
    # "telah menerima 56 kantong jenazah dan juga 8 kantong properti"
    (
        "Tim DVI telah menerima 41 kantong jenazah dan 6 kantong properti.",
        [("other", "body bags", 41, 41), ("other", "bags", 6, 6)],
    ),
    # "pesawat ... membawa 62 orang terdiri atas 50 penumpang dan 12 orang kru": people on board
    (
        "Pesawat itu membawa 58 orang yang terdiri atas 47 penumpang dan 11 kru.",
        [("other", "people on board", 58, 58), ("other", "passengers", 47, 47), ("other", "crew members", 11, 11)],
    ),
]

CONCERTS_AND_CHOLERA: list[Any] = [
    # concert crush: "korban pingsan yang tercatat 27 orang": fainting is not an injury
    ("Tenda medis dipenuhi korban pingsan yang tercatat 31 orang.", [("other", "fainted", 31, 31)]),
    # "sebanyak 27 orang dilarikan ke rumah sakit akibat tidak sadarkan diri atau pingsan": admissions
    (
        "Sebanyak 24 orang dilarikan ke rumah sakit akibat tidak sadarkan diri atau pingsan.",
        [("hospitalized", "people", 24, 24)],
    ),
    # "kisaran 25 hingga 30 orang yang pingsan": a range
    ("Panitia menyebut kisaran 20 hingga 25 orang yang pingsan.", [("other", "fainted", 20, 25)]),
    # "10 Penonton tewas dan puluhan lainnya luka-luka akibat berdesak-desakan"
    (
        "Delapan penonton tewas dan puluhan lainnya luka-luka akibat berdesak-desakan.",
        [("killed", "people", 8, 8), ("injured", "people", 20, 99)],
    ),
    # "dari 10 korban tewas, baru 6 yang dapat diidentifikasi": identified bodies are a subset
    (
        "Dari delapan korban tewas, baru lima yang dapat diidentifikasi.",
        [("killed", "people", 8, 8), ("other", "identified bodies", 5, 5)],
    ),
    # cholera abroad: "total 637 kematian", "n kasus kolera dan m kematian yang dilaporkan"
    ("Zambia mencatat total 588 kematian akibat kolera.", [("killed", "people", 588, 588)]),
    (
        "Secara total terdapat 401.200 kasus kolera dan 3.120 kematian yang dilaporkan.",
        [("other", "cases", 401200, 401200), ("killed", "people", 3120, 3120)],
    ),
    # "jumlah kematian ... meningkat hingga 94 orang": a change verb with hingga gives the new total, exact
    ("Jumlah kematian akibat kolera meningkat hingga 88 orang.", [("killed", "people", 88, 88)]),
    ("Jumlah korban tewas naik hingga 31 orang.", [("killed", "people", 31, 31)]),
    ("Lebih dari 2.100 kematian telah tercatat dalam setahun terakhir.", [("killed", "people", 2101, None)]),
]

ALL = POISONING + HOSPITAL + OUTBREAKS + CRUSHES + TRAFFIC + FIRES_MINES_INDUSTRY + CRIME + CONFLICT_AND_REFUGEES
ALL += BULLETINS + TRAINS_AND_RABIES + STATUS_CHANGES + EVICTIONS_AND_AIR_CRASHES + CONCERTS_AND_CHOLERA


test_indonesian_health_accident_and_crime_construction = rows_test(ALL, "id")


NOT_A_MEASURE = [
    # (wording after "Sebanyak 14 orang", the `other` subject it gives): each looks like a measure and is not one
    ("tidak mengalami luka apa pun", "uninjured"),
    ("melakukan percobaan bunuh diri", "attempted suicide"),
    ("menjalani evakuasi medis", "medical evacuation"),
    ("hilang kesadaran", "fainted"),
    ("tidak sadarkan diri", "fainted"),
    ("mengalami mati rasa", "symptomatic"),
    ("dirawat di rumah masing-masing", "cared for at home"),
    ("selamat tanpa luka", "uninjured"),
    ("tewas atau hilang", "dead or missing"),
    ("dikhawatirkan meninggal", "feared dead"),
    ("belum pernah diimunisasi", "unvaccinated"),
    ("dinyatakan sembuh", "recovered"),
    ("berstatus suspek", "suspected cases"),
    ("terkonfirmasi positif", "cases"),
    ("kedapatan positif narkoba", "tested positive"),
    ("dinyatakan negatif", "tested negative"),
    ("menjalani tes urine", "tested"),
    ("mendapat perawatan di posko", "treated people"),
    ("dirujuk", "patients referred to hospital"),
    ("diisolasi", "in isolation"),
    ("menjalani observasi", "patients under observation"),
    ("rawat jalan", "outpatients"),
    ("diperbolehkan pulang", "discharged patients"),
    ("dikembalikan kepada orang tuanya", "people released"),
    ("terluka berat", "seriously injured"),
    ("dikhawatirkan tewas", "feared dead"),
    ("sudah dimakamkan", "buried"),
    ("telah divaksinasi", "vaccinated"),
    ("dalam pengobatan", "under treatment"),
    ("ditetapkan sebagai tersangka", "suspects"),
]


@pytest.mark.parametrize(("wording", "subject"), NOT_A_MEASURE)
def test_a_wording_that_only_looks_like_a_measure_is_other(wording: str, subject: str) -> None:
    claims = extract(f"Sebanyak 14 orang {wording}.", "id")
    assert [(c.measure, c.subject, c.low) for c in claims] == [("other", subject, 14)]
