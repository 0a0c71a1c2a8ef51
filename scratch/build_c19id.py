"""Builds tests/claims/extraction/corpora/c19id1.json (round 13, r13cid). Labels written before any run."""
import json, math
from pathlib import Path

def ab(n):  # about
    return math.ceil(0.9 * n - 1e-9), math.floor(1.1 * n + 1e-9)
def nr(n):
    return math.ceil(0.9 * n - 1e-9), n - 1

P = "people"
R = []
def S(topic, text, *claims):
    cl = []
    for c in claims:
        surface, measure, subject, place, low, high, q = c
        assert surface in text, (surface, text)
        cl.append(dict(surface=surface, measure=measure, subject=subject, place=place, low=low, high=high, qualifier=q, unit=None))
    R.append(dict(text=text, lang="id", topic=topic, claims=cl, non_claims=[]))
def E(s, m, subj, n, place=None):
    return (s, m, subj, place, n, n, "exact")

D, U, H = "disaster", "unrest", "health"
# --- disasters: measure by noun phrase, change verbs, increments, datelines
S(D, "PADANG, KORANRAYA - Korban meninggal akibat banjir lahar dingin di dua kabupaten terus bertambah; sebelumnya 18 orang tercatat meninggal pada Sabtu malam, kini menjadi 29 orang.",
  E("dua", "other", "regencies", 2), E("18", "killed", P, 18), E("29", "killed", P, 29))
S(D, "Dari jumlah itu, 12 orang berasal dari Kabupaten Solok, 10 orang dari Kabupaten Sijunjung dan 7 orang dari Kota Sawahlunto.",
  E("12", "killed", P, 12, "Kabupaten Solok"), E("10", "killed", P, 10, "Kabupaten Sijunjung"), E("7", "killed", P, 7, "Kota Sawahlunto"))
S(D, "Jumlah korban jiwa banjir bandang di Kota Malangsari menjadi sembilan orang, bertambah tiga jiwa dari data Rabu pagi.",
  E("sembilan", "killed", P, 9), E("tiga", "other", "increase", 3))
S(D, "\"Dengan temuan ini, maka jumlah korban meninggal dunia sementara menjadi 8 orang,\" kata Kepala BPBD Kota Malangsari dalam keterangan tertulisnya.",
  E("8", "killed", P, 8))
S(D, "Total korban meninggal akibat banjir di wilayah Bekasi Raya dan Lebak menjadi 52 orang berdasarkan data terakhir hingga pukul 16.00 WIB.",
  E("52", "killed", P, 52))
S(D, "BNPB mencatat jumlah korban jiwa akibat banjir di Jabodetabek mencapai 38 orang per Kamis sore.",
  E("38", "killed", P, 38))
S(D, "Hingga Selasa (7/1), sudah ada 71 orang yang meninggal dunia; jumlah itu mengalami peningkatan sembilan orang dari data sebelumnya.",
  E("71", "killed", P, 71), E("sembilan", "other", "increase", 9))
S(D, "Terjadi penambahan jumlah pengungsi sebesar 1.204 jiwa menjadi 28.530 jiwa yang tersebar di 96 titik pengungsian.",
  E("1.204", "other", "increase", 1204), E("28.530", "displaced", P, 28530), E("96", "other", "shelters", 96))
S(D, "Data terbaru, jumlah korban tewas banjir bandang di Kabupaten Pesisir Timur sebanyak 33 orang, sementara 11 orang lainnya masih hilang.",
  E("33", "killed", P, 33), E("11", "missing", P, 11))
S(D, "Adapun rincian korban meninggal dunia antara lain di Kabupaten Agam Baru 14 orang, Kabupaten Lima Koto 9 orang dan Kota Bukit Sari dua orang.",
  E("14", "killed", P, 14, "Kabupaten Agam Baru"), E("9", "killed", P, 9, "Kabupaten Lima Koto"), E("dua", "killed", P, 2, "Kota Bukit Sari"))
S(D, "Sebelumnya, BNPB menyebut jumlah korban tewas akibat banjir lahar dingin sebanyak 27 orang dan 13 orang hilang.",
  E("27", "killed", P, 27), E("13", "missing", P, 13))
S(D, "Sampai saat ini masih ada 6 orang warga Kabupaten Lima Koto yang dilaporkan hilang dan masih dalam proses pencarian.",
  E("6", "missing", P, 6))
S(D, "Korban meninggal terbanyak berada di Kabupaten Bogor Raya dengan 14 orang, disusul Kota Bekasi Baru sebanyak lima orang.",
  E("14", "killed", P, 14, "Kabupaten Bogor Raya"), E("lima", "killed", P, 5, "Kota Bekasi Baru"))
S(D, "Tim SAR Gabungan merilis jumlah korban tanah longsor di Dusun Lembang sebanyak tujuh orang, empat orang selamat dan tiga orang dinyatakan meninggal dunia.",
  E("tujuh", "other", "victims", 7), E("empat", "other", "survivors", 4), E("tiga", "killed", P, 3))
S(D, "Hari pertama operasi SAR dua jenazah korban berhasil ditemukan, sedangkan satu korban lainnya masih dalam pencarian.",
  E("dua", "killed", P, 2), E("satu", "missing", P, 1))
S(D, "Hingga kini, sebanyak 17 warga dilaporkan masih tertimbun material longsor, sementara lima orang telah ditemukan dalam kondisi meninggal dunia.",
  E("17", "other", "buried people", 17), E("lima", "killed", P, 5))
S(D, "Total ada delapan warga yang tertimbun material longsor di Gang Sejahtera, Kecamatan Sungai Lais.",
  E("delapan", "other", "buried people", 8))
S(D, "Tanah longsor yang terjadi pada Selasa pagi (14/5) menewaskan tiga orang dan melukai empat lainnya.",
  E("tiga", "killed", P, 3), E("empat", "injured", P, 4))
S(D, "Sementara itu, 14 orang lainnya masih dalam pencarian, sehingga satu unit alat berat dikerahkan ke lokasi.",
  E("14", "missing", P, 14), E("satu", "other", "heavy equipment", 1))
S(D, "Tercatat 11 rumah warga rusak tertimbun, sementara 23 rumah lainnya kini terancam longsor susulan.",
  E("11", "damaged", "houses", 11), E("23", "other", "threatened houses", 23))
S(D, "Data Pusdalops BNPB menunjukkan total korban meninggal yang berhasil ditemukan adalah 16 orang, sesuai laporan warga yang kehilangan anggota keluarga.",
  E("16", "killed", P, 16))
S(D, "Pusdalops juga mendata sebanyak 118 keluarga yang masih mengungsi di halaman SD Negeri 2 Sukorejo.",
  E("118", "other", "households", 118))
S(D, "\"Dua korban ditemukan tanggal 9, satu korban tanggal 10, lima korban tanggal 11 dan terakhir dua korban tanggal 12,\" jelas koordinator lapangan Basarnas.",
  E("Dua", "other", "people found", 2), E("satu", "other", "people found", 1), E("lima", "other", "people found", 5), E("dua", "other", "people found", 2))
S(D, "Dengan demikian, masih ada sembilan korban yang belum ditemukan, sesuai dengan rekapan tim SAR gabungan.",
  E("sembilan", "missing", P, 9))
S(D, "Korban yang tersisa tersebar di Dusun Karangtengah sebanyak dua orang dan di Dusun Sirnagalih sebanyak tujuh orang.",
  E("dua", "missing", P, 2, "Dusun Karangtengah"), E("tujuh", "missing", P, 7, "Dusun Sirnagalih"))
S(D, "Setidaknya terdapat 12 unsur yang terlibat dalam pencarian, antara lain tiga petugas BPBD provinsi, masing-masing dua petugas dari Polsek dan Koramil, serta 58 masyarakat setempat.",
  ("Setidaknya terdapat 12", "other", "agencies", None, 12, None, "at_least"), E("tiga", "deployed", P, 3), E("dua", "deployed", P, 2), E("58", "deployed", P, 58))
S(D, "Jumlah pengungsi di Kabupaten Pidie Raya berjumlah 38.215 jiwa, menurut Kepala Pusat Data BNPB.",
  E("38.215", "displaced", P, 38215))
S(D, "Dari total 38.215 jiwa, sebanyak 36.902 jiwa mengungsi di Pidie Raya, sedangkan 1.313 orang mengungsi di Bireun Timur.",
  E("38.215", "displaced", P, 38215), E("36.902", "displaced", P, 36902, "Pidie Raya"), E("1.313", "displaced", P, 1313, "Bireun Timur"))
S(D, "Masih ada sekitar 600 warga di empat dusun yang belum mendapatkan bantuan tenda.",
  (("sekitar 600", "other", P, None) + ab(600) + ("about",)), E("empat", "other", "hamlets", 4))
S(D, "BNPB melaporkan sebanyak 1.540 rumah rusak berat akibat gempa yang mengguncang Pulau Kangean, sementara itu sebanyak 27.880 orang masih mengungsi.",
  E("1.540", "other", "heavily damaged houses", 1540), E("27.880", "displaced", P, 27880))
S(D, "Namun jika dilihat jumlah pengungsi total masih di angka 27.880 orang, artinya ada sekitar 20.000 jiwa yang mengungsi meski rumahnya tidak rusak berat.",
  E("27.880", "displaced", P, 27880), (("sekitar 20.000", "other", "displaced with undamaged houses", None) + ab(20000) + ("about",)))
S(D, "Hasil survei mencatat 31.640 KK dan jumlah total pengungsi yang disurvei 86.410 jiwa.",
  E("31.640", "other", "households", 31640), E("86.410", "displaced", P, 86410))
S(D, "Jumlah itu terdiri dari 41.902 pria dan 44.508 perempuan, sementara jumlah lansia mencapai 5.117 orang dan ibu hamil 1.026 orang.",
  E("41.902", "displaced", "men", 41902), E("44.508", "displaced", "women", 44508), E("5.117", "other", "elderly", 5117), E("1.026", "other", "pregnant women", 1026))
S(D, "Rumah yang rusak terdiri dari 612 rumah rusak berat, 1.045 rusak sedang, dan 2.218 rusak ringan.",
  E("612", "other", "heavily damaged houses", 612), E("1.045", "other", "moderately damaged houses", 1045), E("2.218", "other", "lightly damaged houses", 2218))
S(D, "Rinciannya, rumah rusak berat mencapai 1.470 unit, rusak sedang 980 unit, dan rusak ringan 2.655 unit.",
  E("1.470", "other", "heavily damaged houses", 1470), E("980", "other", "moderately damaged houses", 980), E("2.655", "other", "lightly damaged houses", 2655))
S(D, "Agus juga menyebut pengungsi mencapai 74.930 orang, korban meninggal dunia mencapai 29 orang, sedangkan luka-luka 132 orang.",
  E("74.930", "displaced", P, 74930), E("29", "killed", P, 29), E("132", "injured", P, 132))
S(D, "Gempa itu merusak 9.512 rumah warga, menelan 21 korban jiwa, 5 orang masih belum ditemukan, 318 orang luka-luka dan 64 orang di antaranya luka berat.",
  E("9.512", "damaged", "houses", 9512), E("21", "killed", P, 21), E("5", "missing", P, 5), E("318", "injured", P, 318), E("64", "other", "seriously injured", 64))
S(D, "Selain itu, sebanyak 104 unit sarana ibadah mengalami kerusakan, 28 unit di antaranya rusak berat.",
  E("104", "damaged", "places of worship", 104), E("28", "other", "heavily damaged places of worship", 28))
S(D, "Kerusakan juga terjadi di 402 sekolah, 151 tempat ibadah dan 11 fasilitas kesehatan.",
  E("402", "damaged", "schools", 402), E("151", "damaged", "places of worship", 151), E("11", "damaged", "health facilities", 11))
S(D, "Data BNPB per 25 Maret pukul 06.00 WIB mencatat terdapat 3.812 rumah rusak, 29.104 jiwa mengungsi, dan enam orang luka-luka.",
  E("3.812", "damaged", "houses", 3812), E("29.104", "displaced", P, 29104), E("enam", "injured", P, 6))
S(D, "Akibat kebakaran ini, 23 keluarga atau sekitar 70 jiwa harus kehilangan tempat tinggal mereka.",
  E("23", "other", "households", 23), (("sekitar 70", "displaced", P, None) + ab(70) + ("about",)))
S(D, "Kebakaran itu menghanguskan 81 unit rumah, terdiri dari 64 unit rumah petak dan 17 unit rumah hunian.",
  E("81", "damaged", "houses", 81), E("64", "damaged", "rented rooms", 64), E("17", "damaged", "houses", 17))
S(D, "Pemadaman melibatkan 84 personel pemadam serta 17 unit kendaraan pemadam.",
  E("84", "deployed", P, 84), E("17", "other", "fire engines", 17))
S(D, "Damkar menambah tiga unit randis dan 22 anggota, sehingga jumlahnya 30 personel dan 4 randis.",
  E("tiga", "other", "fire engines", 3), E("22", "other", "increase", 22), E("30", "deployed", P, 30), E("4", "other", "fire engines", 4))
S(D, "Kerugian ditaksir mencapai Rp2,4 miliar, sedangkan 48 warga terpaksa mengungsi ke rumah kerabat.",
  ("ditaksir mencapai Rp2,4 miliar", "other", "IDR", None, 2160000000, 2640000000, "about"), E("48", "displaced", P, 48))
S(D, "Ada pembakaran mobil di lingkungan balai kota, kurang lebih enam mobil dibakar dan dua motor dirusak.",
  (("kurang lebih enam", "damaged", "cars", None) + ab(6) + ("about",)), E("dua", "damaged", "motorcycles", 2))
# --- boats and searches
S(D, "Sebanyak 7 dari 118 orang penumpang KM Bahari Jaya yang tenggelam di perairan Pulau Panjang belum ditemukan.",
  E("7", "missing", P, 7), E("118", "other", "people on board", 118))
S(D, "Jumlah penumpang di dalam kapal adalah 118 orang, sebanyak 19 orang di antaranya anak buah kapal.",
  E("118", "other", "people on board", 118), E("19", "other", "crew members", 19))
S(D, "Dari 7 orang hilang tersebut, 3 orang di antaranya merupakan anak buah kapal dan 4 orang lainnya penumpang umum.",
  E("7", "missing", P, 7), E("3", "other", "crew members", 3), E("4", "other", "passengers", 4))
S(D, "Berdasarkan data manifes, kapal tersebut mengangkut 61 penumpang, 14 kru kapal dan 19 unit kendaraan.",
  E("61", "other", "passengers", 61), E("14", "other", "crew members", 14), E("19", "other", "vehicles", 19))
S(D, "Para korban selamat sementara ini ada sebanyak 31 orang, sebagian dibantu kapal nelayan yang kebetulan melintas.",
  E("31", "other", "survivors", 31))
S(D, "\"Hingga pukul 09.00 WITA ada tiga orang meninggal dunia yang semuanya sudah dievakuasi ke rumah sakit,\" kata Kepala Kantor SAR Kupang.",
  E("tiga", "killed", P, 3))
S(D, "Basarnas memastikan pencarian terhadap 44 orang yang masih belum ditemukan terus dilakukan.",
  E("44", "missing", P, 44))
S(D, "Hingga siang tadi, ada 164 orang yang dilaporkan hilang berdasarkan laporan keluarga di posko.",
  E("164", "missing", P, 164))
S(D, "Sebanyak enam puluh personel dikerahkan dalam pencarian korban di permukaan maupun di dalam air.",
  E("enam puluh", "deployed", P, 60))
S(D, "Sebanyak lima belas di antaranya selamat dan telah dipulangkan ke rumah masing-masing, sementara tiga orang lainnya meninggal dunia.",
  E("lima belas", "other", "survivors", 15), E("tiga", "killed", P, 3))
S(D, "Total penumpang yang sudah dievakuasi berjumlah 231, terbagi dalam tiga titik penurunan penumpang.",
  E("231", "other", "evacuated", 231), E("tiga", "other", "locations", 3))
S(D, "\"Sampai malam ini ada 19 penumpang yang belum ditemukan dari total 250 manifes yang kita terima,\" kata Kepala Basarnas Semarang.",
  E("19", "missing", P, 19), E("250", "other", "people on board", 250))
S(D, "Sebanyak 21 penumpang bisa diselamatkan oleh kapal nelayan yang melintas, sementara 18 penumpang masih belum ketemu.",
  E("21", "other", "survivors", 21), E("18", "missing", P, 18))
S(D, "Kapal itu berkapasitas 40 orang, tetapi yang naik diperkirakan lebih dari 150 orang.",
  E("40", "other", "capacity", 40), ("lebih dari 150", "other", "people on board", None, 151, None, "more_than"))
# --- unrest and crime
S(U, "JAKARTA - Sebanyak tujuh remaja bersenjata tajam diamankan polisi karena diduga akan melakukan tawuran di kawasan Tebet.",
  E("tujuh", "arrested", P, 7))
S(U, "\"Tim mengamankan delapan pemuda beserta dua senjata tajam,\" ujar Kasat Samapta Polres Metro Jakarta Timur, Rabu (4/12).",
  E("delapan", "arrested", P, 8), E("dua", "other", "bladed weapons", 2))
S(U, "Menurutnya, ada 9 orang remaja yang diamankan polisi di kawasan Duren Sawit karena hendak melakukan aksi tawuran.",
  E("9", "arrested", P, 9))
S(U, "Polisi juga menyita 13 senjata tajam dari tangan mereka.",
  E("13", "other", "bladed weapons", 13))
S(U, "Selain menangkap 11 remaja tersebut, polisi juga masih melakukan pengejaran terhadap 6 orang DPO lainnya.",
  E("11", "arrested", P, 11), E("6", "other", "wanted suspects", 6))
S(U, "Polisi merinci lima remaja ditangkap di daerah Pluit sedangkan sembilan remaja lainnya ditangkap di Jalan Kapuk Raya.",
  E("lima", "arrested", P, 5, "Pluit"), E("sembilan", "arrested", P, 9, "Jalan Kapuk Raya"))
S(U, "\"Total ada sebanyak 14 remaja diduga hendak tawuran membawa 12 senjata tajam maupun tumpul,\" terangnya.",
  E("14", "other", "teenagers", 14), E("12", "other", "weapons", 12))
S(U, "Patroli menuju lokasi di Jalan Kenanga dan mengamankan 8 remaja beserta tiga senjata tajam; di lokasi kedua, 15 anak kembali diamankan beserta enam senjata tajam.",
  E("8", "arrested", P, 8), E("tiga", "other", "bladed weapons", 3), E("15", "arrested", P, 15), E("enam", "other", "bladed weapons", 6))
S(U, "Hendak tawuran, belasan remaja bersenjata tajam diamankan polisi dari dua lokasi berbeda di Kota Pekalongan.",
  ("belasan", "arrested", P, None, 11, 19, "vague"), E("dua", "other", "locations", 2))
S(U, "\"Dari 12 anak, terpaksa empat orang ditahan karena kedapatan membawa celurit,\" terang Kapolres.",
  E("12", "other", "children", 12), E("empat", "arrested", P, 4))
S(U, "Polisi menangkap 13 orang demonstran dalam aksi unjuk rasa berujung kericuhan di Jalan Diponegoro, Kota Salatiga.",
  E("13", "arrested", "protesters", 13))
S(U, "\"Ada massa yang ditangkap 16, sudah dilakukan pemeriksaan dan pendataan oleh Polresta,\" ujar Kabid Humas Polda.",
  E("16", "arrested", P, 16))
S(U, "\"Lima anggota terluka dan dua dari masyarakat sudah dibawa ke rumah sakit. Total 7 orang rata-rata luka di kepala,\" kata Kabid Humas.",
  E("Lima", "injured", "police", 5), E("dua", "injured", P, 2), E("7", "injured", P, 7))
S(U, "Kabid Humas mengatakan, 11 orang pendemo dibawa ke Polresta Surakarta, sementara 37 pendemo dibawa ke Polda, sehingga total ada 48 orang yang ditangkap.",
  E("11", "arrested", "protesters", 11), E("37", "arrested", "protesters", 37), E("48", "arrested", P, 48))
S(U, "\"Total kurang lebih 35 orang luka, yaitu di Semarang ada 18 orang, 6 anggota Polri dan 12 masyarakat atau pengunjuk rasa,\" kata Kabid Humas.",
  (("kurang lebih 35", "injured", P, None) + ab(35) + ("about",)), E("18", "injured", P, 18, "Semarang"), E("6", "injured", "police", 6), E("12", "injured", P, 12))
S(U, "Sebanyak 192 orang diamankan polisi saat unjuk rasa menolak kenaikan harga BBM berlangsung ricuh di Kota Kendari.",
  E("192", "arrested", P, 192))
S(U, "Menurut data Bidang Humas, ke-192 orang itu terdiri atas 43 warga, 57 pelajar dan 92 mahasiswa, dan 24 di antaranya reaktif tes cepat.",
  E("43", "arrested", P, 43), E("57", "arrested", "students", 57), E("92", "arrested", "students", 92), E("24", "other", "reactive", 24))
S(U, "Selain mengamankan 192 orang, unjuk rasa itu juga disebut telah melukai empat personel kepolisian.",
  E("192", "arrested", P, 192), E("empat", "injured", "police", 4))
S(U, "Dari 24 orang yang ditangkap, 17 orang sudah ditetapkan sebagai tersangka karena membawa senjata tajam.",
  E("24", "arrested", P, 24), E("17", "other", "suspects", 17))
S(U, "\"Kalau totalnya ada 26 orang, cuma kebanyakan anak-anak,\" ucap Dirreskrimum, Jumat.",
  E("26", "other", P, 26))
S(U, "Polda Sulawesi Tengah menangkap 274 orang yang dituding sebagai perusuh saat berdemonstrasi di depan gedung DPRD, Sabtu malam.",
  E("274", "arrested", P, 274))
S(U, "\"Sebanyak 274 orang sudah diamankan dan saat ini sedang menjalani pemeriksaan,\" ujar Kabid Humas.",
  E("274", "arrested", P, 274))
S(U, "Ratusan mahasiswa menggelar aksi di depan Mapolda, dan puluhan ribu buruh berunjuk rasa di kawasan industri.",
  ("Ratusan", "participants", "students", None, 200, 999, "vague"), ("puluhan ribu", "participants", P, None, 20000, 99999, "vague"))
S(U, "Hampir 400 personel gabungan TNI-Polri diterjunkan untuk mengamankan jalannya aksi.",
  (("Hampir 400", "deployed", "security_forces", None) + nr(400) + ("nearly",)))
S(U, "Sekitar 1.500 personel gabungan disiagakan di sekitar gedung DPRD, terdiri atas 1.100 personel Polri dan 400 personel TNI.",
  (("Sekitar 1.500", "deployed", "security_forces", None) + ab(1500) + ("about",)), E("1.100", "deployed", "police", 1100), E("400", "deployed", "soldiers", 400))
# --- health
S(H, "Kementerian Kesehatan mencatat, hingga pekan ke-17 ditemukan 58.320 kasus DBD; sebanyak 436 kasus di antaranya tercatat meninggal dunia.",
  E("58.320", "other", "cases", 58320), E("436", "killed", P, 436))
S(H, "Pada periode yang sama tahun lalu, terdapat sebanyak 21.408 kasus DBD serta 158 kematian.",
  E("21.408", "other", "cases", 21408), E("158", "killed", P, 158))
S(H, "Kabupaten dengan kematian akibat DBD tertinggi adalah Kabupaten Garut dengan 22 kematian, disusul Kabupaten Pati dengan 17 kematian, dan Kabupaten Brebes dengan 15 kematian.",
  E("22", "killed", P, 22, "Kabupaten Garut"), E("17", "killed", P, 17, "Kabupaten Pati"), E("15", "killed", P, 15, "Kabupaten Brebes"))
S(H, "\"Jumlah kasus DBD ada 57.102 kasus. Jumlah kematian DBD ada 431 kematian,\" kata juru bicara Kemenkes, Senin.",
  E("57.102", "other", "cases", 57102), E("431", "killed", P, 431))
S(H, "Lima kabupaten/kota dengan kasus tertinggi: 1. Kabupaten Serang: 2.318 kasus 2. Kota Cimahi: 1.604 kasus 3. Kabupaten Karawang: 1.377 kasus.",
  E("Lima", "other", "regencies and cities", 5), E("2.318", "other", "cases", 2318, "Kabupaten Serang"), E("1.604", "other", "cases", 1604, "Kota Cimahi"), E("1.377", "other", "cases", 1377, "Kabupaten Karawang"))
S(H, "Kasus DBD hingga pekan ke-23 mencapai 17.884 kasus yang dilaporkan dari 398 kabupaten/kota; sebanyak 149 pasien di antaranya dilaporkan meninggal dunia.",
  E("17.884", "other", "cases", 17884), E("398", "other", "regencies and cities", 398), E("149", "killed", P, 149))
S(H, "Terdapat penambahan kasus sebanyak 1.215 pasien dengan penambahan jumlah kematian sebanyak tiga kematian.",
  E("1.215", "other", "increase", 1215), E("tiga", "other", "increase", 3))
S(H, "Jumlah kasus penderita DBD di 34 provinsi selama tahun ini sebesar 68.240 orang, dan sebanyak 602 orang di antaranya tidak dapat diselamatkan.",
  E("34", "other", "provinces", 34), E("68.240", "other", "cases", 68240), E("602", "killed", P, 602))
S(H, "Kasus DBD yang tercatat hingga saat ini adalah sekitar 79.600 kasus, dengan Kabupaten Badung menempati posisi pertama sebanyak sekitar 2.410 kasus.",
  (("sekitar 79.600", "other", "cases", None) + ab(79600) + ("about",)), (("sekitar 2.410", "other", "cases", "Kabupaten Badung") + ab(2410) + ("about",)))
S(H, "Kemenkes mencatat sedikitnya 152 jiwa meninggal akibat DBD sejak awal Januari hingga Minggu (2/2).",
  ("sedikitnya 152", "killed", P, None, 152, None, "at_least"))
S(H, "Hingga pekan ke-41, kasus DBD mencapai 198.310 kasus dan kematian sebanyak 1.187 kematian atau 0,6 persen.",
  E("198.310", "other", "cases", 198310), E("1.187", "killed", P, 1187), ("0,6 persen", "other", "case fatality rate", None, 0.6, 0.6, "exact"))
S(H, "Sedikitnya 96 warga Desa Sidomukti mengalami keracunan makanan seusai menghadiri pesta pernikahan di balai desa.",
  ("Sedikitnya 96", "other", "poisoning victims", None, 96, None, "at_least"))
S(H, "Akibatnya, tiga orang harus menjalani rawat inap di RS Mitra Sehat, juga 15 orang menjalani rawat jalan dan 19 lainnya rawat jalan di poliklinik desa.",
  E("tiga", "hospitalized", P, 3), E("15", "other", "outpatients", 15), E("19", "other", "outpatients", 19))
S(H, "\"Kami sudah mendata, setidaknya ada 88 orang yang mengalami keracunan,\" kata kepala desa.",
  ("setidaknya ada 88", "other", "poisoning victims", None, 88, None, "at_least"))
S(H, "Hingga Sabtu malam, setidaknya ada 67 siswa yang dilarikan ke RSUD Tabanan karena lemas dan mual; sekitar 15 siswa di antaranya masih dirawat intensif.",
  ("setidaknya ada 67", "other", "admitted", None, 67, None, "at_least"), (("sekitar 15", "hospitalized", "students", None) + ab(15) + ("about",)))
S(H, "Dinas Kesehatan mencatat sekitar 190 orang siswa berisiko keracunan; dari jumlah tersebut total ada 37 orang siswa yang mengalami gejala.",
  (("sekitar 190", "other", "students at risk", None) + ab(190) + ("about",)), E("37", "other", "students", 37))
S(H, "Guru membawa 21 siswa ke Puskesmas Bandar; setelah mendapat perawatan, sebanyak 18 siswa diperbolehkan pulang, sedangkan tiga siswa dirujuk ke RSUD Batang Baru.",
  E("21", "hospitalized", "students", 21), E("18", "other", "discharged patients", 18), E("tiga", "other", "referred", 3))
S(H, "Dari 84 siswa yang mengikuti kegiatan tersebut, 49 di antaranya mengeluhkan mual, pusing dan muntah.",
  E("84", "other", "students", 84), E("49", "other", "students", 49))
S(H, "Sebanyak 4 siswa menunjukkan gejala berat, sedangkan 45 siswa menunjukkan gejala ringan dan sedang sehingga diperbolehkan pulang.",
  E("4", "other", "severe symptoms", 4), E("45", "other", "discharged patients", 45))
S(H, "Adapun dari 49 pelajar tersebut, 18 siswa di antaranya mengalami gejala ringan, 29 siswa gejala sedang, dan dua siswa harus dirawat inap.",
  E("49", "other", "students", 49), E("18", "other", "mild symptoms", 18), E("29", "other", "moderate symptoms", 29), E("dua", "hospitalized", "students", 2))
S(H, "Keracunan massal dialami 23 siswa Madrasah Tsanawiyah Negeri 4 Kendal; belasan pelajar itu langsung dirujuk ke Puskesmas Weleri.",
  E("23", "other", "students", 23), ("belasan", "hospitalized", "students", None, 11, 19, "vague"))
S(H, "Ratusan warga Kelurahan Cibeber mengalami keracunan massal usai menyantap nasi kotak pada acara syukuran.",
  ("Ratusan", "other", "poisoning victims", None, 200, 999, "vague"))
S(H, "\"Tiga orang masih dirawat, tinggal observasi saja,\" ujar penanggung jawab asrama.",
  E("Tiga", "hospitalized", P, 3))

out = Path(__file__).resolve().parents[1] / "tests/claims/extraction/corpora/c19id1.json"
out.write_text(json.dumps(R, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(R), sum(len(r["claims"]) for r in R))
