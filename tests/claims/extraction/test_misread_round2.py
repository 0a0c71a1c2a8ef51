"""Misread classes of round 2 (issue 11): a figure must not take a specific measure that is not its own.

Every sentence is our own (invented places, people and figures); the wordings are those read in Indonesian and
English reports of pilgrimages, epidemics, accidents, disasters and crime. Readings follow DESIGN.md 4 and 4.1
(prefer ``other`` to a wrong measure). Each row: text, then (measure, subject, low, high) for every claim.

- civil people (``[nouns] civil = true``: pilgrims, patients, passengers, migrant workers, pemudik ...) are
  never a deployment nor a turnout: "sent 180,000 pilgrims", "dipadati 120 pasien" are ``other``;
- a measure word after a later figure of a new clause is that figure's ("3,000 pilgrims were treated for
  heatstroke and 19 died", "300 warga terserang diare dan 2 meninggal"); a jailbreak (kabur) is no
  displacement, and a relative clause of an other-verb yields to the main verb ("31 tahanan yang kabur ...");
- subjects: an event noun ("eight arrests", "9 penangkapan") names no group; a figure after a coordination of
  groups continues the whole ("64 women and nine children ..., while 27 were injured": people); a whole after
  "of the"/"dari" takes no group from the copula that names its part;
- multipliers ("dua kali lipat", "three times as many") and ages ("under the age of five") are no claims; a
  thing after a preposition ("di rumah sakit") names no tally before "tinggal 9 orang".

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

from claims.extraction.lexicon import load_lexicon
from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    ("The ministry sent 180,000 pilgrims to Mecca this season.", [("other", "pilgrims", 180000, 180000)]),
    ("Some 2,400 passengers were dispatched on extra ferries.", [("other", "passengers", 2160, 2640)]),
    ("About 40,000 tourists packed the beaches of Kelana Bay.", [("other", "tourists", 36000, 44000)]),
    ("The agency has sent 6,500 migrant workers abroad since January.", [("other", "migrant workers", 6500, 6500)]),
    ("Hospitals in Dorvale were crowded with 600 patients.", [("other", "patients", 600, 600)]),
    ("The army deployed 3,000 soldiers to the border.", [("deployed", "soldiers", 3000, 3000)]),
    ("Police deployed 1,500 officers to guard the pilgrims.", [("deployed", "security_forces", 1500, 1500)]),
    ("About 5,000 protesters gathered outside parliament.", [("participants", "protesters", 4500, 5500)]),
    (
        "The coach, carrying 52 pilgrims, plunged into a gorge, killing 14.",
        [("other", "pilgrims", 52, 52), ("killed", "people", 14, 14)],
    ),
    (
        "3,000 pilgrims were treated for heatstroke and 19 died.",
        [("other", "pilgrims", 3000, 3000), ("killed", "people", 19, 19)],
    ),
    ("Some 400 workers suffered burns and 12 died.", [("injured", "people", 360, 440), ("killed", "people", 12, 12)]),
    (
        "Twelve people were trapped under the rubble and four died.",
        [("other", "trapped people", 12, 12), ("killed", "people", 4, 4)],
    ),
    ("Nearly 70 miners escaped and 11 are missing.", [("other", "miners", 63, 69), ("missing", "people", 11, 11)]),
    ("Five police and three soldiers were killed.", [("killed", "police", 5, 5), ("killed", "soldiers", 3, 3)]),
    ("Twelve people were injured and two died.", [("injured", "people", 12, 12), ("killed", "people", 2, 2)]),
    (
        "At least 30 people died and 120 were injured.",
        [("killed", "people", 30, None), ("injured", "people", 120, 120)],
    ),
    (
        "Five police officers from Kabul and three soldiers were killed.",
        [("killed", "police", 5, 5), ("killed", "soldiers", 3, 3)],
    ),
    (
        "Eleven women were rescued and eight arrests were made.",
        [("other", "women", 11, 11), ("arrested", "people", 8, 8)],
    ),
    (
        "Among the dead were 64 women and nine children, while 27 were injured.",
        [("killed", "women", 64, 64), ("killed", "children", 9, 9), ("injured", "people", 27, 27)],
    ),
    (
        "Police said 14 officers were hurt and 30 arrests were made.",
        [("injured", "police", 14, 14), ("arrested", "people", 30, 30)],
    ),
    (
        "Twenty people were injured, eight of them seriously, police said.",
        [("injured", "people", 20, 20), ("other", "seriously injured", 8, 8)],
    ),
    (
        "18 journalists were injured, three missing.",
        [("injured", "journalists", 18, 18), ("missing", "journalists", 3, 3)],
    ),
    ("Most of the 52 dead were children.", [("killed", "people", 52, 52)]),
    ("Measles killed 120 children under the age of five.", [("killed", "children", 120, 120)]),
    ("The outbreak sickened 300 children under 5 years old.", [("other", "children", 300, 300)]),
    ("Hospitals saw three times as many patients as last year.", []),
    ("The toll is five times higher than in 2019.", []),
    ("Crews demolished 40 homes using six bulldozers.", [("damaged", "homes", 40, 40), ("other", "bulldozers", 6, 6)]),
    # a subset word after the figure's own measure noun phrase: other, the subset's label
    ("Some 45 injured people remain in critical condition.", [("other", "in critical condition", 41, 49)]),
    ("Twelve people were in critical condition.", [("other", "in critical condition", 12, 12)]),
    (
        "Forty people were injured, 12 of them in critical condition.",
        [("injured", "people", 40, 40), ("other", "in critical condition", 12, 12)],
    ),
    ("About 200 pilgrims fell ill and 12 died.", [("other", "sick pilgrims", 180, 220), ("killed", "people", 12, 12)]),
    ("Some 40 inmates who escaped have been recaptured.", [("arrested", "people", 36, 44)]),
    (
        "Rescue teams have so far recovered 23 bodies, 9 of which remain unidentified.",
        [("killed", "people", 23, 23), ("other", "unidentified bodies", 9, 9)],
    ),
    ("About 300 bodies still remain unidentified.", [("other", "unidentified bodies", 270, 330)]),
    ("The stadium, which holds 40,000 spectators, was evacuated.", [("other", "capacity", 40000, 40000)]),
    ("The shelter can hold 500 people.", [("other", "capacity", 500, 500)]),
    ("Families of 12 missing fishermen protested outside the port office.", [("missing", "people", 12, 12)]),
    ("Nine people were admitted with severe burns.", [("hospitalized", "people", 9, 9)]),
]

INDONESIAN: list[Any] = [
    (
        "Embarkasi Makassar memberangkatkan 4.150 calon haji dalam sepuluh kloter.",
        [("other", "pilgrims", 4150, 4150), ("other", "flight groups", 10, 10)],
    ),
    ("Sebanyak 393 jemaah calon haji diberangkatkan ke Madinah.", [("other", "pilgrims", 393, 393)]),
    ("Puskesmas Cikampek dipadati 120 pasien diare.", [("other", "patients", 120, 120)]),
    ("Pemerintah mengirim 2.500 pekerja migran ke Taiwan.", [("other", "migrant workers", 2500, 2500)]),
    ("Sebanyak 12.000 pemudik diberangkatkan dengan bus gratis.", [("other", "travellers", 12000, 12000)]),
    ("Ribuan wisatawan memadati Pantai Lembayung.", [("other", "tourists", 2000, 9999)]),
    ("Sebanyak 800 JCH asal Jambi diberangkatkan Rabu malam.", [("other", "pilgrims", 800, 800)]),
    ("Polda mengerahkan 1.200 polisi untuk mengamankan arus mudik.", [("deployed", "police", 1200, 1200)]),
    ("Sebanyak 3.000 buruh menggelar aksi di depan kantor gubernur.", [("participants", "people", 3000, 3000)]),
    ("Sebanyak 45 pasien masih dirawat di RSUD Sumedang.", [("hospitalized", "people", 45, 45)]),
    ("Bus berpenumpang 45 wisatawan itu masuk jurang.", [("other", "tourists", 45, 45)]),
    (
        "Sebanyak 300 warga terserang diare dan 2 meninggal.",
        [("other", "cases", 300, 300), ("killed", "people", 2, 2)],
    ),
    (
        "Sebanyak 19 petugas KPPS meninggal dunia dan 212 lainnya jatuh sakit.",
        [("killed", "people", 19, 19), ("other", "sick people", 212, 212)],
    ),
    (
        "Sebanyak 120 jemaah mengalami kelelahan dan 4 orang meninggal dunia.",
        [("other", "sick pilgrims", 120, 120), ("killed", "people", 4, 4)],
    ),
    (
        "Sebanyak 300 napi kabur dan 120 orang berhasil ditangkap kembali.",
        [("other", "escaped prisoners", 300, 300), ("arrested", "people", 120, 120)],
    ),
    ("Lima polisi dan tiga tentara tewas.", [("killed", "police", 5, 5), ("killed", "soldiers", 3, 3)]),
    (
        "Sebanyak 12 orang tewas dan 30 lainnya luka-luka.",
        [("killed", "people", 12, 12), ("injured", "people", 30, 30)],
    ),
    ("Sebanyak 12 polisi Brimob dan 3 tentara tewas.", [("killed", "police", 12, 12), ("killed", "soldiers", 3, 3)]),
    ("Sebanyak 12 orang, termasuk 3 anak, tewas.", [("killed", "people", 12, 12), ("killed", "children", 3, 3)]),
    (
        "Korban tewas terdiri dari 12 perempuan dan 7 anak-anak, sementara 40 orang luka-luka.",
        [("killed", "women", 12, 12), ("killed", "children", 7, 7), ("injured", "people", 40, 40)],
    ),
    (
        "Korban tewas terdiri dari 12 perempuan dan 7 anak-anak, sementara 40 lainnya luka-luka.",
        [("killed", "women", 12, 12), ("killed", "children", 7, 7), ("injured", "people", 40, 40)],
    ),
    (
        "Sebanyak 15 perempuan diselamatkan dan tercatat 9 penangkapan.",
        [("other", "women", 15, 15), ("arrested", "people", 9, 9)],
    ),
    (
        "Sebanyak 18 wartawan terluka, tiga hilang.",
        [("injured", "journalists", 18, 18), ("missing", "journalists", 3, 3)],
    ),
    ("Sebagian besar dari 40 korban tewas adalah anak-anak.", [("killed", "people", 40, 40)]),
    ("Sebanyak 25 anak usia di bawah 5 tahun dirawat.", [("hospitalized", "children", 25, 25)]),
    ("Korban meninggal termasuk dua balita berusia 2 tahun.", [("killed", "children", 2, 2)]),
    ("Kasus DBD naik dua kali lipat menjadi 300 kasus.", [("other", "cases", 300, 300)]),
    ("Jumlah pasien naik tiga kali lipat.", []),
    ("BMKG mencatat 40 kali gempa susulan.", [("other", "aftershocks", 40, 40)]),
    (
        "Petugas merobohkan 134 rumah warga menggunakan empat alat berat.",
        [("damaged", "houses", 134, 134), ("other", "heavy equipment", 4, 4)],
    ),
    (
        "Sebanyak 40 warga dievakuasi, dari jumlah itu 12 orang dirawat di Puskesmas Cibeber.",
        [("displaced", "people", 40, 40), ("hospitalized", "people", 12, 12)],
    ),
    ("Korban yang masih dirawat di rumah sakit tinggal 9 orang.", [("hospitalized", "people", 9, 9)]),
    ("Pasien yang dirawat di RSUD kini tinggal 14 orang.", [("hospitalized", "people", 14, 14)]),
    ("Rumah rusak berjumlah 40 unit.", [("damaged", "houses", 40, 40)]),
    ("Total kasus aktif mencapai 8.730 orang.", [("other", "active cases", 8730, 8730)]),
    ("Sebanyak 45 korban luka masih kritis.", [("other", "in critical condition", 45, 45)]),
    ("Sebanyak 12 korban tewas belum teridentifikasi.", [("other", "unidentified bodies", 12, 12)]),
    ("Sebanyak 45 korban luka berat dirawat di RSUD.", [("other", "seriously injured", 45, 45)]),
    ("Sebanyak 30 korban luka sudah sembuh.", [("other", "recovered", 30, 30)]),
    (
        "Sebanyak 1.400 personel gabungan dan 300 relawan dikerahkan.",
        [("deployed", "people", 1400, 1400), ("deployed", "people", 300, 300)],
    ),
    ("Sebanyak 31 tahanan yang kabur telah diamankan kembali.", [("arrested", "people", 31, 31)]),
    (
        "Sebanyak 12 tahanan kabur, 5 di antaranya sudah ditangkap.",
        [("other", "escaped prisoners", 12, 12), ("arrested", "people", 5, 5)],
    ),
    ("Keluarga 12 nelayan yang hilang berunjuk rasa di kantor pelabuhan.", [("other", "fishermen", 12, 12)]),
    ("Sebanyak 12 nelayan yang hilang ditemukan tewas.", [("killed", "people", 12, 12)]),
    ("Sebanyak 20 korban tewas ditemukan di sungai.", [("killed", "people", 20, 20)]),
]


test_english_misread_class = rows_test(ENGLISH, "en")


test_indonesian_misread_class = rows_test(INDONESIAN, "id")


def test_civil_flag_is_read_from_the_lexicon() -> None:
    for lang, word in (("en", "pilgrims"), ("id", "calon haji"), ("id", "pasien")):
        found = load_lexicon(lang).nouns.match(word.split(), 0)
        assert found is not None and found[1].civil, (lang, word)
    soldiers = load_lexicon("en").nouns.match(["soldiers"], 0)
    assert soldiers is not None and not soldiers[1].civil
