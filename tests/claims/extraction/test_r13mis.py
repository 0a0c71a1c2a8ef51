"""Misreads of the dev pool fixed as classes (issue 11, round 13, r13mis): each a construction of real copy, the
rows our own sentences (invented places, people and figures) in several wordings, with controls where the old
reading stays. Each row: text, then (measure, subject, low, high[, place]) for every claim.

- arrests split by the police command that made them (periskop/arahkita Polri rundowns "Polda Metro Jaya: 1.240
  orang", beritaradar "Polres Jakarta Utara menangkap 36 orang", tvOne "3 tersangka oleh Polsek Klojen"; the idh1
  convention "diamankan oleh Tim Polda" -> other): a bracketed count after a command (``[cues] agent_commands``) is
  the command's share, ``other`` with no place. Control: the same list after real places keeps arrests by place.
- an evacuation verb's object carried to care (suara/antara "mengevakuasi kelima mahasiswa tersebut ke posko
  darurat", riau1 "dievakuasi ke RS Bhayangkara"): to a first-aid post (``[cues] aid_posts``) or a place of care,
  past a relative clause too, no displacement: ``other`` (a rescue from the scene to a puskesmas is no sure
  admission, test_round7_idj). Controls: evacuation to a shelter stays displaced; a carry verb to care is hospitalized.
- a part taken out of a crowd (kompas.tv/suara "sekira 600-an mereka ... melakukan upaya provokasi" out of a crowd of
  thousands): "n orang dari kerumunan/massa aksi" is ``other``. Controls: a figure with no whole after it, and one
  with its own crowd noun, stay participants.
- the part of a whole whose measure word follows a capitalised modifier (wire hajj copy "of the N Egyptian dead"):
  the whole's word, the part ``other``. Controls: the part of a plain whole, and a part by group of a whole named
  by a plural demonym (the corpora's "four of the 19 Palestinians killed ... were children": killed children).
- a transfer to care ending in a critical condition (India Today "eight have been referred to the community health
  center ... in a critical condition", Kalinga TV "shifted to ... hospital", Greater Kashmir "with critical injuries
  have been referred"): the critical subset, ``other``. Controls: a transfer alone, the serious grade (h13en_a5).
- the worst-hit place as the subject of its tally (dwipanews/bantennews BNPB recaps "Kabupaten Pandeglang menjadi
  daerah terparah", "daerah kedua terparah ... adalah Lampung Selatan, dengan 108 orang meninggal, 279 orang
  luka-luka"; murianetwork "beban terbesar ... ada di Aceh Utara dengan 166 ribu pengungsi"): every figure of the
  tally takes the place. Controls: a subject that is no region, no superlative, a place inside the event's clause.
- an active verb of estimate opening the clause of a new total (the corpora's real copy: id_vary8 "Polisi menaksir
  massa aksi ... mencapai 10.000 orang", idi2 "memperkirakan jumlah jemaah ... mencapai 250.000 orang", idk1 "KPK
  memperkirakan kerugian ... mencapai Rp142 miliar", all about): the total is about, as "diperkirakan mencapai" is.
  Controls: a hedge before the change verb (a projection), a verb of saying, no verb at all.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ARREST_COMMANDS: list[Any] = [
    (
        "Para pelaku diringkus oleh jajaran Polres Sungai Lestari (14 orang), Polres Bukit Indah (9 orang), dan "
        "Polres Teluk Damar (5 orang).",
        [("other", "people", 14, 14, None), ("other", "people", 9, 9, None), ("other", "people", 5, 5, None)],
    ),
    (
        "Sebanyak 31 tersangka ditangkap, yakni oleh Polsek Cempaka (12 orang), Polsek Rawa Indah (11 orang) dan "
        "Satresnarkoba Polres Tanjung Sari (8 orang).",
        [
            ("arrested", "people", 31, 31, None),
            ("other", "people", 12, 12, None),
            ("other", "people", 11, 11, None),
            ("other", "people", 8, 8, None),
        ],
    ),
    (
        "Mereka diamankan Polsek Cibadak Hilir (4), Polsek Sukamaju (3) dan Polsek Cikaret (2).",
        [("other", "people", 4, 4, None), ("other", "people", 3, 3, None), ("other", "people", 2, 2, None)],
    ),
    # control: the same list after places is a breakdown by place
    (
        "Para tersangka ditangkap di Kabupaten Garut Wetan (19 orang), Kabupaten Subang Hilir (12 orang), dan Kota "
        "Sukamaju (7 orang).",
        [
            ("arrested", "people", 19, 19, "Kabupaten Garut Wetan"),
            ("arrested", "people", 12, 12, "Kabupaten Subang Hilir"),
            ("arrested", "people", 7, 7, "Kota Sukamaju"),
        ],
    ),
]
test_arrests_by_command_are_other = rows_test(ARREST_COMMANDS, "id")

CARRIED_TO_CARE: list[Any] = [
    (
        "Relawan medis mengevakuasi 64 mahasiswa yang sesak napas akibat gas air mata ke posko kesehatan di halaman "
        "kampus.",
        [("other", "students", 64, 64)],
    ),
    ("Tim medis mengevakuasi lima pelajar ke posko medis di pintu stasiun.", [("other", "students", 5, 5)]),
    ("Petugas mengevakuasi 12 warga yang pingsan ke rumah sakit terdekat.", [("other", "people", 12, 12)]),
    # controls: an active carry verb straight to care; evacuation to a shelter
    ("Petugas melarikan 41 tamu pesta ke Puskesmas Tempuran.", [("hospitalized", "people", 41, 41)]),
    ("BPBD mengevakuasi 300 warga ke posko pengungsian di balai desa.", [("displaced", "people", 300, 300)]),
]
test_evacuated_to_care_is_no_displacement = rows_test(CARRIED_TO_CARE, "id")

CROWD_PARTS: list[Any] = [
    (
        "Kapolres memperkirakan sekitar 250 orang dari kerumunan itu yang mulai melempari aparat dengan batu.",
        [("other", "people", 225, 275)],
    ),
    ("Sekitar 600 orang dari massa aksi melempari polisi dengan batu dan petasan.", [("other", "people", 540, 660)]),
    # control: no whole after the figure
    ("Demo diikuti sekitar 2.000 orang dari berbagai kampus.", [("participants", "people", 1800, 2200)]),
]
test_a_part_of_a_crowd_is_other = rows_test(CROWD_PARTS, "id")

CROWD_PARTS_EN: list[Any] = [
    ("Police said about 200 people from the crowd threw stones at officers.", [("other", "people", 180, 220)]),
    # control: the figure's own noun names the measure
    ("About 5,000 protesters from the crowd marched to parliament.", [("participants", "protesters", 4500, 5500)]),
]
test_a_part_of_a_crowd_is_other_en = rows_test(CROWD_PARTS_EN, "en")

NAMED_WHOLES: list[Any] = [
    (
        "One official said 412 of the 530 Jordanian dead had no pilgrimage permit.",
        [("other", None, 412, 412), ("other", "Jordanian dead", 530, 530)],
    ),
    (
        "Officials said 41 of the 58 Egyptian dead had not registered with the hajj authorities.",
        [("other", None, 41, 41), ("other", "Egyptian dead", 58, 58)],
    ),
    # controls: a plain whole; a part by group
    (
        "Officials said 41 of the 58 dead had no travel documents.",
        [("other", None, 41, 41), ("killed", "people", 58, 58)],
    ),
    ("Three of the 12 people killed were police officers.", [("killed", "police", 3, 3), ("killed", "people", 12, 12)]),
    (
        "Officials said three of the 22 Syrians killed in the shelling were children.",
        [("killed", "children", 3, 3), ("killed", "people", 22, 22)],
    ),
]
test_part_of_a_named_whole_is_other = rows_test(NAMED_WHOLES, "en")

CRITICAL_TRANSFERS: list[Any] = [
    (
        "Of them, five were moved to the district hospital in a critical condition, while the rest went home.",
        [("other", "in critical condition", 5, 5)],
    ),
    ("Two were shifted to the trauma centre in critical condition.", [("other", "in critical condition", 2, 2)]),
    (
        "Of those admitted, nine were transferred to a hospital in Jaipur in critical condition.",
        [("other", "in critical condition", 9, 9)],
    ),
    # controls: a transfer alone; the serious grade; the grade in a clause of its own
    ("Seven were taken to hospital.", [("hospitalized", "people", 7, 7)]),
    (
        "23 others were hospitalised in serious condition after drinking tainted liquor.",
        [("hospitalized", "people", 23, 23)],
    ),
    (
        "Nine people were taken to hospital, and two of them are in critical condition.",
        [("hospitalized", "people", 9, 9), ("other", "in critical condition", 2, 2)],
    ),
]
test_critical_transfers_are_other = rows_test(CRITICAL_TRANSFERS, "en")

WORST_PLACES: list[Any] = [
    (
        "Kabupaten Sungai Lestari menjadi daerah terparah dengan 112 orang meninggal, 30 hilang, dan 2.410 jiwa "
        "mengungsi.",
        [
            ("killed", "people", 112, 112, "Kabupaten Sungai Lestari"),
            ("missing", "people", 30, 30, "Kabupaten Sungai Lestari"),
            ("displaced", "people", 2410, 2410, "Kabupaten Sungai Lestari"),
        ],
    ),
    (
        "Bukit Indah merupakan wilayah terdampak paling parah dengan 57 korban jiwa.",
        [("killed", "people", 57, 57, "Bukit Indah")],
    ),
    # controls: no region named, no superlative, a place inside the clause of the whole event
    ("Gempa itu menjadi yang terparah dengan 200 orang tewas.", [("killed", "people", 200, 200, None)]),
    (
        "Kabupaten Sungai Lestari menjadi daerah dengan 112 orang meninggal.",
        [("killed", "people", 112, 112, None)],
    ),
    ("Banjir di Kabupaten Garut Wetan menewaskan 12 orang.", [("killed", "people", 12, 12, None)]),
]
test_the_worst_hit_place_names_its_figures = rows_test(WORST_PLACES, "id")

ESTIMATED_TOTALS: list[Any] = [
    (
        "Panitia menjual 40 ribu tiket, namun polisi memperkirakan jumlah penonton yang hadir mencapai 60.000 orang.",
        [("other", "tickets", 40000, 40000), ("participants", "people", 54000, 66000)],
    ),
    ("Polisi menaksir massa aksi di alun-alun mencapai 4.000 orang.", [("participants", "people", 3600, 4400)]),
    (
        "Takmir masjid memprediksi jumlah jemaah salat Id tahun ini mencapai 120.000 orang.",
        [("participants", "people", 108000, 132000)],
    ),
    # controls: a hedge (a projection), a verb of saying, no verb
    (
        "BPBD memperkirakan jumlah pengungsi bisa mencapai 3.000 jiwa jika hujan terus turun.",
        [("other", "projected", 3000, 3000)],
    ),
    ("Polisi menyebut jumlah penonton yang hadir mencapai 60.000 orang.", [("participants", "people", 60000, 60000)]),
    ("Jumlah penonton yang hadir mencapai 60.000 orang.", [("participants", "people", 60000, 60000)]),
]
test_an_estimated_total_is_about = rows_test(ESTIMATED_TOTALS, "id")
