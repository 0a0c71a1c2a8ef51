"""Misread classes of a round-16 audit of Indonesian regional copy (a22id): 362 real sentences with figures from match
reports, rail and boat accidents, drug and gambling busts, labour demos, hajj bulletins, haul gatherings, school and
campus figures and small-district disasters (Tribun regional, Antara bureaus, Radar, Suara, iNews, Republika, IDN
Times, Kompas regional, Siwalimanews, detik and others). Each class is a rule of the language, fixed in the lexicon.

Every sentence is our own (invented places, clubs, trains and figures); the wordings are those read in real reports.
Each row: text, then (measure, subject, low, high) for every claim.

- a number after a stand, a zone, a train coach, a seat or a level crossing names it, it counts nothing (a match
  report "Persipuramania ... ditempatkan di tribun 14", a crush report "menerobos ke arah tribune melalui zona tiga",
  rail copy "penumpang di Gerbong 8 nomor kursi 13", "yang berada di gerbong 5", "anjlok di pelintasan 213"):
  ``[exclusions] identifier_words``. Controls: a count of coaches before the noun and people on the train stay.
- security personnel in the possessive ("Polresta Cilacap menerjunkan 133 personilnya"; "menurunkan 200
  personelnya") are the same force as "personel", and personnel are never a turnout: ``[nouns] personelnya``,
  ``personilnya``, ``not_measures = ["participants"]`` on the four forms.
- a limit set on a crowd is no count of who came ("kapasitas di area ini hanya dibatasi maksimal 6000 penonton",
  "ditetapkan maksimal boleh dihadiri 4000 penonton", "penonton dengan jumlah ... paling banyak lima ribu orang"):
  ``[other_verbs]`` "boleh dihadiri", "dibatasi maksimal", "bisa ditampung", "jumlah maksimal" ... = "capacity".
  Controls: turnouts counted by "dihadiri" and "memadati" keep their measure beside a capacity.
- a force counted after a crowd's noun is no turnout ("pendampingan aksi unjuk rasa buruh sebanyak 2.100 personel"):
  ``force_turnouts.force_after_figure`` (the noun right after the figure never takes participants); left other.
- seized weapons, phones and cannabis plants a Kejari or the police destroy are disposed evidence, no damage ("jaksa
  juga memusnahkan ... tujuh bilah senjata tajam", "3 airsoft gun dihancurkan dengan cara digerinda", "memusnahkan
  sebanyak sembilan pohon ganja"): ``not_measures = ["damaged"]`` on those nouns ("memusnahkan" still destroys houses
  in fire copy).
- a figure right after a noun of a rise against a baseline is the difference, with no total beside it (Satlantas
  year-end recaps: "mengalami penurunan sebanyak 19 orang dibanding tahun 2024", "Ada trend kenaikan sebanyak 12 kasus
  kematian"): ``[syntax] rise_nouns`` read by ``increments._risen``, "penurunan sebanyak" and "kenaikan sebanyak" in
  ``[increments]``. Controls: additions ("tambahan tiga kematian") still count the dead.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

NUMBERED_PARTS: list[Any] = [
    ("Suporter tim tamu ditempatkan di tribun 12 dan dijaga ketat aparat.", []),
    ("Seorang penumpang di gerbong 6 nomor kursi 21 mengalami luka ringan.", []),
    (
        "Empat penumpang yang duduk di gerbong 3 dilarikan ke rumah sakit.",
        [("hospitalized", "people", 4, 4)],
    ),
    ("Kereta Argo Senja menabrak minibus di perlintasan 118 Desa Karanglor.", []),
    (
        "Rangkaian kereta anjlok di pelintasan 305 dan 180 penumpang dievakuasi.",
        [("other", "survivors", 180, 180)],
    ),
    # controls: coaches counted before their noun; a force placed in a stand
    (
        "Dua gerbong anjlok di Stasiun Tanjungsari dan 120 penumpang dievakuasi ke bus.",
        [("other", "coaches", 2, 2), ("other", "survivors", 120, 120)],
    ),
    ("Polisi menempatkan 60 personel di tribun utara.", [("deployed", "police", 60, 60)]),
]
test_a_number_after_a_stand_a_coach_or_a_crossing_names_it = rows_test(NUMBERED_PARTS, "id")

POSSESSED_PERSONNEL: list[Any] = [
    (
        "Polres Lembah Hijau menerjunkan 240 personelnya untuk mengamankan laga derbi itu.",
        [("deployed", "police", 240, 240)],
    ),
    (
        "Sebanyak 175 personilnya disiagakan di sekitar kantor KPU Kabupaten Sindang.",
        [("deployed", "people", 175, 175)],
    ),
    (
        "Polresta Karangjati menurunkan 90 personilnya untuk mengawal aksi ratusan buruh.",
        [("deployed", "police", 90, 90), ("other", "workers", 200, 999)],
    ),
    # control: the plain form
    (
        "Sebanyak 175 personel disiagakan di sekitar kantor KPU Kabupaten Sindang.",
        [("deployed", "people", 175, 175)],
    ),
]
test_possessed_personnel_are_a_force = rows_test(POSSESSED_PERSONNEL, "id")

CROWD_LIMITS: list[Any] = [
    ("Laga final itu hanya boleh dihadiri 3.500 penonton.", [("other", "spectators", 3500, 3500)]),
    ("Pertandingan tersebut ditetapkan maksimal boleh dihadiri 5.000 penonton.", [("other", "spectators", 5000, 5000)]),
    ("Kapasitas tribun selatan dibatasi maksimal 4.000 penonton.", [("other", "spectators", 0, 4000)]),
    ("Jumlah maksimal peserta pengajian di aula itu 800 orang.", [("other", "capacity", 800, 800)]),
    # controls: turnouts beside a capacity and alone
    (
        "Stadion itu mampu menampung 25.000 penonton, namun laga kemarin hanya dihadiri 9.400 penonton.",
        [("other", "capacity", 25000, 25000), ("participants", "people", 9400, 9400)],
    ),
    (
        "Sebanyak 12.000 penonton memadati Stadion Gelora Sakti pada laga kemarin.",
        [("participants", "people", 12000, 12000)],
    ),
    ("Pengajian akbar itu dihadiri sekitar 8.000 jemaah.", [("participants", "people", 7200, 8800)]),
]
test_a_limit_on_a_crowd_is_no_turnout = rows_test(CROWD_LIMITS, "id")

SEIZED_GOODS: list[Any] = [
    (
        "Kejaksaan Negeri Lembah Hijau memusnahkan 14 pohon ganja dan 620 butir pil koplo hasil sitaan.",
        [("other", "plants", 14, 14), ("other", "pills", 620, 620)],
    ),
    ("Jaksa juga memusnahkan lima bilah senjata tajam.", [("other", "sharp weapons", 5, 5)]),
    ("Barang bukti 3 airsoft gun dihancurkan dengan cara digerinda.", [("other", "weapons", 3, 3)]),
    ("Petugas memusnahkan 1.150 batang ganja di ladang itu.", [("other", "plants", 1150, 1150)]),
    (
        "Jaksa memusnahkan tujuh bilah senjata tajam, dua pucuk senpi rakitan dan 11 unit ponsel.",
        [("other", "sharp weapons", 7, 7), ("other", "firearms", 2, 2), ("other", "phones", 11, 11)],
    ),
    # controls: fire and wind still destroy houses and trees
    ("Kebakaran itu memusnahkan 20 rumah warga di Kampung Baru.", [("damaged", "houses", 20, 20)]),
    ("Angin kencang merusak 40 pohon dan 12 rumah.", [("damaged", "trees", 40, 40), ("damaged", "houses", 12, 12)]),
]
test_seized_goods_destroyed_are_no_damage = rows_test(SEIZED_GOODS, "id")

RISES: list[Any] = [
    (
        "Jumlah korban meninggal dunia akibat laka lantas mengalami penurunan sebanyak 14 orang dibanding tahun lalu.",
        [("other", "decrease", 14, 14)],
    ),
    ("Ada tren kenaikan sebanyak 9 kasus kematian akibat kecelakaan lalu lintas.", [("other", "increase", 9, 9)]),
    ("Ada kenaikan 12 kasus kematian akibat lakalantas.", [("other", "increase", 12, 12)]),
    ("Jumlah itu mengalami peningkatan tujuh orang dari data sebelumnya.", [("other", "increase", 7, 7)]),
    # controls: an addition counts the new dead; an increment beside its total; the new total after a rise noun
    (
        "Terdapat penambahan 620 kasus dengan tambahan tiga kematian dari dua kabupaten.",
        [("other", "increase", 620, 620), ("killed", "people", 3, 3), ("other", "regencies", 2, 2)],
    ),
    (
        "Korban meninggal dunia bertambah sebanyak 4 orang menjadi 31 orang.",
        [("other", "increase", 4, 4), ("killed", "people", 31, 31)],
    ),
    ("Kenaikan jumlah korban meninggal menjadi 12 orang.", [("killed", "people", 12, 12)]),
]
test_a_rise_against_a_baseline_is_a_difference = rows_test(RISES, "id")
