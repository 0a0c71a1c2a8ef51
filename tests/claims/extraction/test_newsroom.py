"""Newsroom sentences of our own (invented places and figures), labelled by DESIGN.md section 4.

A second, wider table than test_extract.py: disasters, protests, elections, economy, conflict
and health copy in the styles wires and Indonesian portals use (passive and active voice,
"bertambah menjadi", "sebanyak ... jiwa", "tak kurang dari", "as many as", "the toll rose
to", postposed "lainnya"/"others", coordinated objects, parts of a whole), plus numbers
that must not be read as claims (dates, clock times, ages, ordinals, phone numbers, page
furniture). Each row: text, then (surface, measure, subject, low, high, qualifier) per claim.
"""

from __future__ import annotations

import pytest

from claims.extraction import ExtractedClaim, extract

Expected = list[tuple[str, str, str | None, float | None, float | None, str]]


def summary(claims: list[ExtractedClaim]) -> Expected:
    return [(c.text, c.measure, c.subject, c.low, c.high, c.qualifier) for c in claims]


INDONESIAN: list[tuple[str, Expected]] = [
    (
        "Korban meninggal dunia akibat banjir bandang di Kabupaten Tanah Merah bertambah menjadi 27 orang, "
        "kata Kepala BPBD setempat.",
        [("27", "killed", "people", 27, 27, "exact")],
    ),
    (
        "Sebanyak 1.250 jiwa terpaksa mengungsi setelah tanggul Sungai Cikaret jebol, Rabu (12/1/2022) malam.",
        [("1.250", "displaced", "people", 1250, 1250, "exact")],
    ),
    (
        "Tak kurang dari 3.000 personel gabungan dikerahkan untuk mengamankan jalannya pemungutan suara ulang.",
        [("Tak kurang dari 3.000", "deployed", "security_forces", 3000, None, "at_least")],
    ),
    (
        "Ratusan ribu warga memadati jalan-jalan utama ibu kota untuk menuntut pengunduran diri presiden.",
        [("Ratusan ribu", "participants", "people", 200000, 999999, "vague")],
    ),
    (
        "Belasan jurnalis dilaporkan terluka saat meliput bentrokan antara polisi dan demonstran di depan "
        "gedung parlemen.",
        [("Belasan", "injured", "journalists", 11, 19, "vague")],
    ),
    (
        "Hampir 2.000 rumah rusak berat akibat gempa bermagnitudo 6,1 yang mengguncang Kabupaten Sukatani.",
        [
            ("Hampir 2.000", "other", "heavily damaged houses", 1800, 1999, "nearly"),
            ("6,1", "other", "magnitude", 6.1, 6.1, "exact"),
        ],
    ),
    (
        "Nyaris 90 persen wilayah kota terendam banjir setinggi dua meter.",
        [("Nyaris 90 persen", "other", "percent", 81, 90, "nearly"), ("dua meter", "other", "meters", 2, 2, "exact")],
    ),
    (
        "Kira-kira 700 tentara dikirim ke wilayah perbatasan untuk membantu pengamanan.",
        [("Kira-kira 700", "deployed", "soldiers", 630, 770, "about")],
    ),
    (
        "Antara 200 hingga 300 pengunjuk rasa ditangkap dalam aksi yang berakhir ricuh tersebut.",
        [("Antara 200 hingga 300", "arrested", "protesters", 200, 300, "range")],
    ),
    (
        "Sedikitnya 35 warga sipil tewas dalam serangan udara di kota Derna, menurut kantor hak asasi manusia PBB.",
        [("Sedikitnya 35", "killed", "civilians", 35, None, "at_least")],
    ),
    (
        "Jumlah korban luka mencapai 143 orang, 21 di antaranya anak-anak.",
        [("143", "injured", "people", 143, 143, "exact"), ("21", "injured", "children", 21, 21, "exact")],
    ),
    (
        "Pada 12 Januari, 30 orang dilaporkan hilang setelah perahu mereka terbalik di Danau Sentani.",
        [("30", "missing", "people", 30, 30, "exact")],
    ),
    (
        "Pertemuan dimulai pukul 10.00 WIB dan dihadiri sekitar 500 peserta dari berbagai daerah.",
        [("sekitar 500", "participants", "people", 450, 550, "about")],
    ),
    (
        "Inflasi tahun 2021 tercatat sebesar 1,87 persen, lebih rendah dari target pemerintah.",
        [("1,87 persen", "other", "percent", 1.87, 1.87, "exact")],
    ),
    (
        "Tim SAR menemukan jenazah korban ke-3 di bawah reruntuhan hotel, Sabtu pagi.",
        [],
    ),
    (
        "Seorang pria berusia 45 tahun ditangkap karena diduga menjadi penyandang dana kerusuhan.",
        [],
    ),
    (
        "Puluhan prajurit TNI terluka dalam baku tembak dengan kelompok bersenjata di Kabupaten Intan Jaya.",
        [("Puluhan", "injured", "soldiers", 20, 99, "vague")],
    ),
    (
        "Polisi menahan 12 WNA asal Tiongkok yang bekerja tanpa izin di kawasan tambang nikel.",
        [("12", "arrested", "foreigners", 12, 12, "exact")],
    ),
    (
        "Ratusan anak-anak dirawat di rumah sakit karena gizi buruk di kamp pengungsian.",
        [("Ratusan", "hospitalized", "children", 200, 999, "vague")],
    ),
    (
        "Lebih dari 4.500 aparat keamanan disiagakan di sekitar kantor KPU menjelang pengumuman hasil pemilu.",
        [("Lebih dari 4.500", "deployed", "security_forces", 4501, None, "more_than")],
    ),
    (
        "Tingkat partisipasi pemilih dalam pemilihan kepala daerah mencapai 81,2 persen, naik dari 74,5 "
        "persen pada pemilihan sebelumnya.",
        [
            ("81,2 persen", "other", "percent", 81.2, 81.2, "exact"),
            ("74,5 persen", "other", "percent", 74.5, 74.5, "exact"),
        ],
    ),
    (
        "Pemerintah menyalurkan bantuan sebesar Rp 500 miliar kepada 1,2 juta keluarga penerima manfaat.",
        [
            ("Rp 500 miliar", "other", "IDR", 500000000000, 500000000000, "exact"),
            ("1,2 juta", "other", "households", 1200000, 1200000, "exact"),
        ],
    ),
    (
        "Nilai tukar rupiah melemah ke level Rp 15.600 per dolar AS pada perdagangan Senin.",
        [("Rp 15.600", "other", "IDR", 15600, 15600, "exact")],
    ),
    (
        "Perusahaan itu mencatat laba bersih US$ 1,3 miliar, turun 12 persen dibandingkan tahun sebelumnya.",
        [
            ("US$ 1,3 miliar", "other", "USD", 1300000000, 1300000000, "exact"),
            ("12 persen", "other", "percent", 12, 12, "exact"),
        ],
    ),
    (
        "Sebanyak 58 rumah hanyut dan 214 lainnya terendam lumpur, sementara tiga jembatan putus.",
        [
            ("58", "damaged", "houses", 58, 58, "exact"),
            ("214", "other", "houses", 214, 214, "exact"),
            ("tiga", "other", "bridges", 3, 3, "exact"),
        ],
    ),
    (
        "Jumlah pengungsi di Posko Desa Sukamaju kini mencapai 2.318 orang, termasuk 410 balita.",
        [("2.318", "displaced", "people", 2318, 2318, "exact"), ("410", "displaced", "children", 410, 410, "exact")],
    ),
    (
        "Pengunjuk rasa yang berjumlah sekitar 5.000 orang membakar ban di depan kantor gubernur.",
        [("sekitar 5.000", "participants", "protesters", 4500, 5500, "about")],
    ),
    (
        "Dua polisi dan seorang warga tewas dalam baku tembak di Jalan Diponegoro, Minggu malam.",
        [("Dua", "killed", "police", 2, 2, "exact")],
    ),
    (
        "Dari 45 korban luka, 17 orang masih dirawat di RSUD dr. Soetomo.",
        [("45", "injured", "people", 45, 45, "exact"), ("17", "hospitalized", "people", 17, 17, "exact")],
    ),
    (
        "Sedikitnya 14 orang tewas dan 62 lainnya luka-luka dalam ledakan bom di pasar tradisional.",
        [("Sedikitnya 14", "killed", "people", 14, None, "at_least"), ("62", "injured", "people", 62, 62, "exact")],
    ),
    (
        "Pihak kepolisian mengerahkan 1.500 personel untuk mengawal unjuk rasa buruh yang diikuti puluhan ribu orang.",
        [
            ("1.500", "deployed", "police", 1500, 1500, "exact"),
            ("puluhan ribu", "participants", "people", 20000, 99999, "vague"),
        ],
    ),
    (
        "Banjir merendam 12.000 rumah di 40 desa dan memaksa 35.000 warga mengungsi.",
        [
            ("12.000", "other", "houses", 12000, 12000, "exact"),
            ("40", "other", "villages", 40, 40, "exact"),
            ("35.000", "displaced", "people", 35000, 35000, "exact"),
        ],
    ),
    (
        "Hingga Kamis sore, jumlah korban meninggal akibat wabah demam berdarah mencapai 56 orang.",
        [("56", "killed", "people", 56, 56, "exact")],
    ),
    (
        "Paling sedikit 200 orang diamankan polisi karena terlibat penjarahan toko di pusat kota.",
        [("Paling sedikit 200", "arrested", "people", 200, None, "at_least")],
    ),
    (
        "Warga dapat menghubungi layanan darurat di nomor (021) 500-454 atau 112.",
        [],
    ),
    (
        "Angka kemiskinan turun menjadi 9,36 persen pada Maret 2023, atau sebanyak 25,9 juta orang.",
        [
            ("9,36 persen", "other", "percent", 9.36, 9.36, "exact"),
            ("25,9 juta", "other", "people", 25900000, 25900000, "exact"),
        ],
    ),
    (
        "Baca juga: 12 Orang Tewas dalam Kecelakaan Bus di Tol Cipularang",
        [],
    ),
    (
        "Kebakaran hutan telah menghanguskan lebih dari 1.200 hektare lahan gambut di Kalimantan Tengah.",
        [("lebih dari 1.200 hektare", "other", "hectares", 1200, None, "more_than")],
    ),
    (
        "Sekitar 60 persen dari 250 rumah di desa itu rusak akibat angin puting beliung.",
        [("Sekitar 60 persen", "other", "percent", 54, 66, "about"), ("250", "other", "houses", 250, 250, "exact")],
    ),
    (
        "Kerugian akibat kerusuhan diperkirakan mencapai Rp 3,2 triliun, kata Menteri Keuangan.",
        # an estimating verb before "mencapai" keeps the estimate (NEWS_CONSTRUCTIONS 2: diperkirakan, ditaksir: about)
        [("diperkirakan mencapai Rp 3,2 triliun", "other", "IDR", 2880000000000, 3520000000000, "about")],
    ),
    (
        "Sekitar 150 wartawan mengikuti konferensi pers yang digelar di Istana Negara.",
        [("Sekitar 150", "participants", "journalists", 135, 165, "about")],
    ),
    (
        "Aparat gabungan menangkap 23 orang terduga teroris di lima provinsi sepanjang pekan lalu.",
        [("23", "arrested", "people", 23, 23, "exact"), ("lima", "other", "provinces", 5, 5, "exact")],
    ),
    (
        "Sebanyak 3 orang prajurit gugur dan 5 lainnya luka berat dalam penyergapan di Nduga.",
        [("3", "killed", "soldiers", 3, 3, "exact"), ("5", "other", "seriously injured", 5, 5, "exact")],
    ),
    (
        "Tercatat 1.024 kasus baru Covid-19 dan 9 kematian dalam 24 jam terakhir.",
        [("1.024", "other", "cases", 1024, 1024, "exact"), ("9", "killed", "people", 9, 9, "exact")],
    ),
    (
        "Sedikitnya 9 orang tewas, 40 luka-luka dan 3 lainnya hilang dalam tanah longsor di Desa Girimulyo.",
        [
            ("Sedikitnya 9", "killed", "people", 9, None, "at_least"),
            ("40", "injured", "people", 40, 40, "exact"),
            ("3", "missing", "people", 3, 3, "exact"),
        ],
    ),
    (
        "Bentrokan itu menyebabkan seorang demonstran tewas dan puluhan lainnya luka-luka.",
        [("puluhan", "injured", "protesters", 20, 99, "vague")],
    ),
    (
        "Jumlah korban tewas akibat gempa di Turki dan Suriah telah melampaui 41.000 orang.",
        [("melampaui 41.000", "killed", "people", 41001, None, "more_than")],
    ),
    (
        "Diperkirakan 1.200 warga negara asing masih terjebak di ibu kota Sudan.",
        [("Diperkirakan 1.200", "other", "foreigners", 1080, 1320, "about")],
    ),
    (
        "Polisi menyebut massa aksi berjumlah kurang lebih 3.000 orang.",
        [("kurang lebih 3.000", "participants", "protesters", 2700, 3300, "about")],
    ),
    (
        "BNPB mencatat 1.420 rumah rusak ringan, 356 rusak sedang, dan 98 rusak berat.",
        [
            ("1.420", "other", "lightly damaged houses", 1420, 1420, "exact"),
            ("356", "other", "moderately damaged houses", 356, 356, "exact"),
            ("98", "other", "heavily damaged houses", 98, 98, "exact"),
        ],
    ),
    (
        "Korban jiwa dalam kecelakaan tersebut sebanyak enam orang, dua di antaranya balita.",
        [("enam", "killed", "people", 6, 6, "exact"), ("dua", "killed", "children", 2, 2, "exact")],
    ),
    (
        "Sekitar 20 hingga 25 persen pemilih belum menentukan pilihan, menurut survei terbaru.",
        [("20 hingga 25 persen", "other", "percent", 20, 25, "range")],
    ),
    (
        "Sebanyak 2,3 juta pemilih tercatat dalam daftar pemilih tetap, naik 4 persen dari pemilu lalu.",
        [("2,3 juta", "other", "voters", 2300000, 2300000, "exact"), ("4 persen", "other", "percent", 4, 4, "exact")],
    ),
    (
        "Pertumbuhan ekonomi Indonesia pada kuartal kedua mencapai 5,17 persen secara tahunan.",
        [("5,17 persen", "other", "percent", 5.17, 5.17, "exact")],
    ),
    (
        "Lima orang meninggal dunia dan 12 lainnya dirawat di rumah sakit setelah menenggak minuman keras oplosan.",
        [("Lima", "killed", "people", 5, 5, "exact"), ("12", "hospitalized", "people", 12, 12, "exact")],
    ),
    (
        "Sebanyak 450 prajurit Marinir diterjunkan untuk membantu evakuasi korban banjir.",
        [("450", "deployed", "soldiers", 450, 450, "exact")],
    ),
    (
        "Demonstrasi yang diikuti sekitar 10.000 mahasiswa itu berlangsung damai hingga pukul 18.00 WIB.",
        [("sekitar 10.000", "participants", "people", 9000, 11000, "about")],
    ),
    (
        "Ledakan di gudang amunisi itu melukai 27 tentara, tiga di antaranya dalam kondisi kritis.",
        [("27", "injured", "soldiers", 27, 27, "exact"), ("tiga", "other", "in critical condition", 3, 3, "exact")],
    ),
    (
        "Hingga kini masih ada 8 korban yang belum ditemukan.",
        [("8", "missing", "people", 8, 8, "exact")],
    ),
    (
        "Tim gabungan mengevakuasi sedikitnya 750 wisatawan yang terjebak di kawasan Gunung Rinjani.",
        [("sedikitnya 750", "displaced", "people", 750, None, "at_least")],
    ),
    (
        "Sebanyak 15 jurnalis menjadi korban kekerasan aparat selama meliput unjuk rasa tolak RUU Cipta Kerja.",
        [("15", "other", "journalists", 15, 15, "exact")],
    ),
    (
        "Serangan roket menewaskan sedikitnya 11 warga sipil, termasuk empat anak-anak, di kota Kharkiv.",
        [
            ("sedikitnya 11", "killed", "civilians", 11, None, "at_least"),
            ("empat", "killed", "children", 4, 4, "exact"),
        ],
    ),
    (
        "Kebakaran melanda 3 blok permukiman dan menghanguskan 120 rumah, menurut Kepala Damkar.",
        [("3", "other", "blok", 3, 3, "exact"), ("120", "damaged", "houses", 120, 120, "exact")],
    ),
    (
        "Kecelakaan maut terjadi pada Minggu (2/10/2022) sekitar pukul 22.00 WIB dan menewaskan 135 suporter.",
        [("135", "killed", "people", 135, 135, "exact")],
    ),
]

ENGLISH: list[tuple[str, Expected]] = [
    (
        "The death toll from the floods in Marwen province rose to 112 on Sunday, with 40 people still "
        "missing, officials said.",
        [("112", "killed", "people", 112, 112, "exact"), ("40", "missing", "people", 40, 40, "exact")],
    ),
    (
        "As many as 5,000 protesters gathered outside parliament on Friday to demand new elections.",
        [("As many as 5,000", "participants", "protesters", 0, 5000, "at_most")],
    ),
    (
        "No fewer than 300 soldiers were deployed to the border town after the clashes.",
        [("No fewer than 300", "deployed", "soldiers", 300, None, "at_least")],
    ),
    (
        "Roughly 2,400 residents were evacuated as the river overflowed its banks.",
        [("Roughly 2,400", "displaced", "people", 2160, 2640, "about")],
    ),
    (
        "Scores of journalists were detained during the crackdown, press freedom groups said.",
        [("Scores", "arrested", "journalists", 24, 99, "vague")],
    ),
    (
        "Up to 40,000 people could be displaced by the dam project, according to a government report.",
        [("Up to 40,000", "displaced", "people", 0, 40000, "at_most")],
    ),
    (
        "A total of 1,876 candidates are contesting 450 seats in the national assembly.",
        [("1,876", "other", "candidates", 1876, 1876, "exact"), ("450", "other", "seats", 450, 450, "exact")],
    ),
    (
        "At least 14 people were killed and 62 wounded in the blast, the health ministry said.",
        [("At least 14", "killed", "people", 14, None, "at_least"), ("62", "injured", "people", 62, 62, "exact")],
    ),
    (
        "Security forces killed 23 protesters and injured hundreds more in the capital, a rights group said.",
        [("23", "killed", "protesters", 23, 23, "exact"), ("hundreds", "injured", "protesters", 200, 999, "vague")],
    ),
    (
        "Nearly 1,200 children have been hospitalized with respiratory infections since October.",
        [("Nearly 1,200", "hospitalized", "children", 1080, 1199, "nearly")],
    ),
    (
        "The army said 17 soldiers were killed and 9 others were wounded in an ambush near the border.",
        [("17", "killed", "soldiers", 17, 17, "exact"), ("9", "injured", "soldiers", 9, 9, "exact")],
    ),
    (
        "More than 600 foreigners were evacuated from the port city aboard two navy ships.",
        [
            ("More than 600", "displaced", "foreigners", 601, None, "more_than"),
            ("two", "other", "ships", 2, 2, "exact"),
        ],
    ),
    (
        "About 3,500 civilians have fled the fighting in the past week, the UN refugee agency said.",
        [("About 3,500", "displaced", "civilians", 3150, 3850, "about")],
    ),
    (
        "Police fired tear gas at some 2,000 demonstrators who had blocked the main highway.",
        [("some 2,000", "participants", "protesters", 1800, 2200, "about")],
    ),
    (
        "Turnout was 58.6 percent, down from 63 percent in the previous election.",
        [
            ("58.6 percent", "other", "percent", 58.6, 58.6, "exact"),
            ("63 percent", "other", "percent", 63, 63, "exact"),
        ],
    ),
    (
        "The economy grew 5.2% in the third quarter, beating analysts' forecasts.",
        [("5.2%", "other", "percent", 5.2, 5.2, "exact")],
    ),
    (
        "The government approved a US$2.5 billion rescue package for the airline.",
        [("US$2.5 billion", "other", "USD", 2500000000, 2500000000, "exact")],
    ),
    (
        "The company reported a net loss of $340 million, compared with a profit of $75 million a year earlier.",
        [
            ("$340 million", "other", "USD", 340000000, 340000000, "exact"),
            ("$75 million", "other", "USD", 75000000, 75000000, "exact"),
        ],
    ),
    (
        "On January 12, 30 people were reported missing after a landslide buried part of the village.",
        [("30", "missing", "people", 30, 30, "exact")],
    ),
    (
        "The meeting began at 10:00 and was attended by around 250 delegates.",
        [("around 250", "participants", "people", 225, 275, "about")],
    ),
    (
        "A 45-year-old man was among the 11 people arrested at the scene.",
        [("11", "arrested", "people", 11, 11, "exact")],
    ),
    (
        "The victims, aged between 19 and 34, were all students at the university.",
        [],
    ),
    (
        "Two journalists and a driver were killed when their car hit a landmine.",
        [("Two", "killed", "journalists", 2, 2, "exact")],
    ),
    (
        "Hundreds of homes were damaged and dozens of schools destroyed by the cyclone.",
        [("Hundreds", "damaged", "homes", 200, 999, "vague"), ("dozens", "damaged", "schools", 24, 99, "vague")],
    ),
    (
        "Between 2,000 and 3,000 workers marched to the ministry to protest unpaid wages.",
        [("Between 2,000 and 3,000", "participants", "people", 2000, 3000, "range")],
    ),
    (
        "The number of people hospitalized rose to 87, including 12 in critical condition.",
        [
            ("87", "hospitalized", "people", 87, 87, "exact"),
            ("12", "other", "in critical condition", 12, 12, "exact"),
        ],
    ),
    (
        "Rescuers pulled 14 survivors from the rubble, while at least 60 people remain trapped.",
        [
            ("14", "other", "survivors", 14, 14, "exact"),
            ("at least 60", "other", "trapped people", 60, None, "at_least"),
        ],
    ),
    (
        "Thousands of troops have been sent to the region since the start of the year.",
        [("Thousands", "deployed", "soldiers", 2000, 9999, "vague")],
    ),
    (
        "The storm left 9 dead and more than 20,000 homes without power.",
        [("9", "killed", "people", 9, 9, "exact"), ("more than 20,000", "other", "homes", 20001, None, "more_than")],
    ),
    (
        "Only 12 of the 45 miners have been rescued so far.",
        [("12", "other", "miners", 12, 12, "exact"), ("45", "other", "miners", 45, 45, "exact")],
    ),
    (
        "Officials said 350-400 houses were washed away by the flash floods.",
        [("350-400", "damaged", "houses", 350, 400, "range")],
    ),
    (
        "Call the hotline on 0800 123 4567 for information about missing relatives.",
        [],
    ),
    (
        "Inflation eased to 3.1 percent in June from 3.4 percent in May.",
        [
            ("3.1 percent", "other", "percent", 3.1, 3.1, "exact"),
            ("3.4 percent", "other", "percent", 3.4, 3.4, "exact"),
        ],
    ),
    (
        "Fewer than 100 people turned out for the rally, far below the organisers' expectations.",
        [("Fewer than 100", "participants", "people", 0, 99, "less_than")],
    ),
    (
        "Almost 70 percent of the city's buildings were damaged in the bombardment.",
        [("Almost 70 percent", "other", "percent", 63, 70, "nearly")],
    ),
    (
        "Read more: Flooding kills 12 in northern province",
        [],
    ),
    (
        "The fire destroyed 48 shops and damaged another 30 in the old market.",
        [("48", "damaged", "shops", 48, 48, "exact"), ("30", "damaged", "shops", 30, 30, "exact")],
    ),
    (
        "Authorities have deployed 5,000 police officers and 2,000 soldiers to secure the summit.",
        [("5,000", "deployed", "police", 5000, 5000, "exact"), ("2,000", "deployed", "soldiers", 2000, 2000, "exact")],
    ),
    (
        "An estimated 1.5 million people lost their homes in the earthquake.",
        [("An estimated 1.5 million", "displaced", "people", 1350000, 1650000, "about")],
    ),
    (
        "Some 400 migrants, including 120 children, were rescued off the coast on Tuesday.",
        [("Some 400", "other", "migrants", 360, 440, "about"), ("120", "other", "children", 120, 120, "exact")],
    ),
    (
        "The quake killed at least 2,100 people and injured more than 10,000 others.",
        [
            ("at least 2,100", "killed", "people", 2100, None, "at_least"),
            ("more than 10,000", "injured", "people", 10001, None, "more_than"),
        ],
    ),
    (
        "Over 150 police officers were injured in clashes with rioters over the weekend.",
        [("Over 150", "injured", "police", 151, None, "more_than")],
    ),
    (
        "Around 70 foreign nationals are among the hostages, the foreign ministry said.",
        [("Around 70", "other", "foreigners", 63, 77, "about")],
    ),
    (
        "Protesters torched 12 vehicles and ransacked three police stations.",
        [("12", "damaged", "vehicles", 12, 12, "exact"), ("three", "damaged", "police stations", 3, 3, "exact")],
    ),
    (
        "Unemployment climbed to 7.8% as 250,000 jobs were lost in the first quarter.",
        [("7.8%", "other", "percent", 7.8, 7.8, "exact"), ("250,000", "other", "jobs", 250000, 250000, "exact")],
    ),
    (
        "The ministry said 3,214 people had been arrested since the protests began on Jan. 2.",
        [("3,214", "arrested", "people", 3214, 3214, "exact")],
    ),
    (
        "At least 9 people were killed, 40 injured and 3 others remain missing after the landslide.",
        [
            ("At least 9", "killed", "people", 9, None, "at_least"),
            ("40", "injured", "people", 40, 40, "exact"),
            ("3", "missing", "people", 3, 3, "exact"),
        ],
    ),
    (
        "One protester was killed and dozens more were injured in the clashes.",
        [("One", "killed", "protesters", 1, 1, "exact"), ("dozens", "injured", "protesters", 24, 99, "vague")],
    ),
    (
        "The death toll from the earthquake in Turkey and Syria has passed 41,000.",
        [("passed 41,000", "killed", "people", 41001, None, "more_than")],
    ),
    (
        "An estimated 1,200 foreign nationals remain trapped in the capital.",
        [("An estimated 1,200", "other", "foreigners", 1080, 1320, "about")],
    ),
    (
        "Police put the size of the crowd at roughly 3,000.",
        [("roughly 3,000", "participants", "people", 2700, 3300, "about")],
    ),
    (
        "A third of the 90 buildings in the compound were destroyed.",
        [("A third", "other", "fraction", 1 / 3, 1 / 3, "exact"), ("90", "other", "buildings", 90, 90, "exact")],
    ),
    (
        "Between 20% and 25% of voters remain undecided, the poll found.",
        [("Between 20% and 25%", "other", "percent", 20, 25, "range")],
    ),
    (
        "Officials said 2.3 million voters had registered, up 4 percent from the last election.",
        [
            ("2.3 million", "other", "voters", 2300000, 2300000, "exact"),
            ("4 percent", "other", "percent", 4, 4, "exact"),
        ],
    ),
    (
        "Five people died and 12 others were taken to hospital after drinking tainted alcohol.",
        [("Five", "killed", "people", 5, 5, "exact"), ("12", "hospitalized", "people", 12, 12, "exact")],
    ),
    (
        "The blast at the ammunition depot wounded 27 soldiers, three of them critically.",
        # a severity grade is a subset of the injured (DESIGN 4.1: "seriously, critically -> other")
        [("27", "injured", "soldiers", 27, 27, "exact"), ("three", "other", "in critical condition", 3, 3, "exact")],
    ),
    (
        "Eight victims have yet to be found, rescuers said on Monday.",
        [("Eight", "missing", "people", 8, 8, "exact")],
    ),
    (
        "The company will cut 1,200 jobs, or about 8 percent of its workforce, by March.",
        [("1,200", "other", "jobs", 1200, 1200, "exact"), ("about 8 percent", "other", "percent", 7.2, 8.8, "about")],
    ),
    (
        "The revenue was ($99.99), while costs rose to $-12.50 per unit.",
        [("$99.99", "other", "USD", -99.99, -99.99, "exact"), ("$-12.50", "other", "USD", -12.5, -12.5, "exact")],
    ),
    (
        "Some 10 000 dollars were raised for the victims.",
        [("Some 10 000 dollars", "other", "USD", 9000, 11000, "about")],
    ),
    (
        "The 62-year-old president told the crowd of around 20,000 supporters that he would run again.",
        [("around 20,000", "participants", "people", 18000, 22000, "about")],
    ),
    (
        "Residents aged 65 and over make up 18% of the population.",
        [("18%", "other", "percent", 18, 18, "exact")],
    ),
    (
        "Officials counted a third consecutive day of protests, with 1,500 arrested on Tuesday alone.",
        [("1,500", "arrested", "people", 1500, 1500, "exact")],
    ),
    (
        "In 2019, 300 people were killed in a similar attack.",
        [("300", "killed", "people", 300, 300, "exact")],
    ),
    (
        "The ruling party won 52.1% of the vote and 231 of the 400 seats.",
        [
            ("52.1%", "other", "percent", 52.1, 52.1, "exact"),
            ("231", "other", "seats", 231, 231, "exact"),
            ("400", "other", "seats", 400, 400, "exact"),
        ],
    ),
    (
        "Police detained 42 people on Saturday, bringing the total number of arrests to 1,097.",
        # the figure the running total is brought from is its increment (DESIGN 4.1), though no "more" marks it
        [("42", "other", "increase", 42, 42, "exact"), ("1,097", "arrested", "people", 1097, 1097, "exact")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_newsroom_sentences(text: str, expected: Expected) -> None:
    claims = extract(text, "id")
    assert summary(claims) == expected
    assert all(text[c.start : c.end] == c.text for c in claims)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_newsroom_sentences(text: str, expected: Expected) -> None:
    claims = extract(text, "en")
    assert summary(claims) == expected
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_markup_inside_a_figure_keeps_offsets_into_the_html() -> None:
    html = "<p>Sedikitnya <b>12</b> orang tewas dalam kecelakaan itu.</p>"
    [claim] = extract(html, "id")
    assert (claim.text, claim.low, claim.high, claim.measure) == ("Sedikitnya <b>12", 12, None, "killed")
    assert html[claim.start : claim.end] == claim.text


def test_accounting_parentheses_are_negative_but_a_conversion_after_an_amount_is_not() -> None:
    claims = extract("The annual revenue is ($99.99). The package is worth 5,000 euros ($5,400).", "en")
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("$99.99", -99.99, "USD"),
        ("5,000 euros", 5000, "EUR"),
        ("$5,400", 5400, "USD"),
    ]


def test_a_rate_denominator_after_per_is_not_a_claim() -> None:
    """The base of a rate is no claim; the rate is one, ``other`` with the unit ``rate`` (round 12, rates.py, as the
    corpora label it: "68 per 100,000 live births")."""
    claims = extract("The murder rate fell to 12 per 100,000 residents.", "en")
    assert [(c.text, c.measure, c.unit) for c in claims] == [("12 per 100,000", "other", "rate")]
