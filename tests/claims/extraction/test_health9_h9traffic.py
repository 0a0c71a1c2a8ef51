"""Indonesian reports of holiday road tolls (Operasi Ketupat, Lilin, Nataru recaps), smelter blasts and factory
fires, school-meal (MBG) poisoning, Rohingya boats landing in Aceh and concert crushes (issue 11, round 9, corpus
``h9traffic*``).

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- the value of the compared period in a year-on-year recap takes the tally's measure, and its label when the tally
  is a severity grade: "tercatat 9 orang, jauh lebih rendah dibandingkan 71 orang pada hari yang sama tahun lalu"
  (a comparison preposition before the figure, the period after it), "sedangkan tahun sebelumnya mencapai 694
  orang" (a verb of amount after the period), "sedangkan pada tahun lalu tercatat 21 orang", "luka ringan 2.741
  orang, sementara tahun lalu 4.352 orang" (``compared.py``, ``[cues] comparison_preps``, ``compared_value_verbs``);
- refugees who land are displaced: "Lebih dari 500 orang Rohingya mendarat di Aceh", "174 orang Rohingya yang baru
  tiba" (``arrivals.py``, ``[cues] arrival_nouns``, ``arrival_verbs``), while the people a boat carries stay on
  board and travellers who arrive stay travellers;
- the first item of a breakdown by group after a measure with no figure ("Korban meninggal terdiri dari delapan
  tenaga kerja Indonesia dan enam tenaga kerja asing") is a part by something else when its noun names a group
  outside the closed subjects beside an item of a closed one, as after a total (``group_firsts.py``); "anak kecil"
  counts children (``[nouns]``);
- a status right after a role noun labels the people it picks out, as after "orang": "14 penonton pingsan"
  (fainted), "12 siswa diperbolehkan pulang" (discharged), "49 siswa menjalani rawat jalan" (outpatients)
  (``status_roles.py``, ``[cues] status_role_nouns``);
- victims "dirujuk ke puskesmas" are taken in for treatment, as "dibawa ke puskesmas" (``[measures]``);
- Korlantas recap lines abbreviate the grades: "LB 1.057 turun 5 persen" (seriously injured), "LR 3.891" (lightly
  injured) (``[other_verbs]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # Operasi Lilin recaps: the compared value after "dibandingkan", its period after it
    (
        "Korban tewas di wilayah Polda Kalbar tercatat 12 orang, lebih sedikit dibandingkan 19 orang pada periode"
        " yang sama tahun lalu.",
        [("killed", "people", 12, 12), ("killed", "people", 19, 19)],
    ),
    (
        "Jumlah kecelakaan hanya 87 kejadian, turun dibanding 120 kejadian pada 2023.",
        [("other", "accidents", 87, 87), ("other", "accidents", 120, 120)],
    ),
    # Korlantas recaps: the period, a verb of amount, the compared value; a severity grade keeps its label
    (
        "Korban luka berat sebanyak 44 orang, sementara tahun lalu mencapai 58 orang.",
        [("other", "seriously injured", 44, 44), ("other", "seriously injured", 58, 58)],
    ),
    (
        "Korban luka ringan 310 orang, sedangkan tahun sebelumnya 402 orang.",
        [("other", "lightly injured", 310, 310), ("other", "lightly injured", 402, 402)],
    ),
    (
        "Korban meninggal 15 orang, sedangkan pada tahun lalu tercatat 21 orang.",
        [("killed", "people", 15, 15), ("killed", "people", 21, 21)],
    ),
    # controls: a figure with its own noun or verb keeps its own reading
    (
        "Warga yang terdampak banjir 500 KK, sedangkan tahun lalu 300 orang mengungsi.",
        [("other", "households", 500, 500), ("displaced", "people", 300, 300)],
    ),
    (
        "Sebanyak 40 orang mengungsi, dibandingkan 12 rumah rusak.",
        [("displaced", "people", 40, 40), ("damaged", "houses", 12, 12)],
    ),
    # Aceh boat landings: refugees who land, arrive or run aground
    (
        "Lebih dari 300 orang Rohingya mendarat di pantai Pidie pada Minggu dini hari.",
        [("displaced", "people", 301, None)],
    ),
    ("Setidaknya 174 orang Rohingya yang baru tiba ditampung di meunasah.", [("displaced", "people", 174, None)]),
    ("Sebanyak 87 etnis Rohingya terdampar di pantai Aceh Timur.", [("displaced", "people", 87, 87)]),
    # controls: the people a boat carries, travellers who arrive, refugees who run off
    ("Kapal yang membawa 208 etnis Rohingya tiba di Pidie Jaya.", [("other", "people on board", 208, 208)]),
    ("Sebanyak 1.200 pemudik tiba di Terminal Pulogebang.", [("other", "travellers", 1200, 1200)]),
    ("Sebanyak 36 orang Rohingya kabur dari kamp penampungan.", [("other", "refugees", 36, 36)]),
    # smelter blasts and factory fires: the dead split by origin or age after a measure with no figure
    (
        "Korban meninggal terdiri dari 7 WNI dan 5 WNA.",
        # round 17 (r17dead): a group of the dead joined to a killed group is "<group> killed"
        [("other", "Indonesian citizens killed", 7, 7), ("killed", "foreigners", 5, 5)],
    ),
    (
        "Korban luka terdiri atas 12 pekerja lokal dan tiga pekerja asing.",
        [("other", "local workers", 12, 12), ("injured", "foreigners", 3, 3)],
    ),
    (
        "Korban tewas terdiri dari 19 orang dewasa dan empat anak kecil.",
        [("other", "adults killed", 19, 19), ("killed", "children", 4, 4)],
    ),
    # controls: groups of the closed set keep the measure; after a total the list reads as before
    ("Korban tewas terdiri dari 5 pria dan 3 perempuan.", [("killed", "men", 5, 5), ("killed", "women", 3, 3)]),
    (
        "Ledakan di pabrik itu menewaskan 11 orang, terdiri dari 6 pekerja Indonesia dan 5 pekerja asing.",
        [("killed", "people", 11, 11), ("other", "Indonesian workers killed", 6, 6), ("killed", "foreigners", 5, 5)],
    ),
    ("Dua anak kecil tewas tertimbun longsor.", [("killed", "children", 2, 2)]),
    # MBG poisoning and concert crushes: a status right after a role noun names the people
    ("Sebanyak 18 penonton pingsan akibat berdesakan di depan panggung.", [("other", "fainted spectators", 18, 18)]),
    ("Sebanyak 37 santri menjalani rawat jalan.", [("other", "outpatients", 37, 37)]),
    ("Sebanyak 21 siswa mengalami keracunan setelah menyantap menu MBG.", [("other", "students", 21, 21)]),
    # controls: a closed group, a verb before the figure, a relative clause, a turnout
    ("Sebanyak 12 polisi diperbolehkan pulang.", [("other", "police", 12, 12)]),
    ("Kapal itu mengangkut 52 penumpang.", [("other", "passengers", 52, 52)]),
    ("Sebanyak 45 siswa yang dipulangkan kembali bersekolah.", [("other", "students", 45, 45)]),
    ("Sebanyak 300 siswa mengikuti upacara.", [("participants", "people", 300, 300)]),
    # MBG poisoning: victims referred to the clinics that treat them, as to a hospital
    ("Sebanyak 7 warga dirujuk ke puskesmas terdekat.", [("hospitalized", "people", 7, 7)]),
    ("Sebanyak 15 siswa dirujuk ke Puskesmas Ngemplak II.", [("hospitalized", "people", 15, 15)]),
    # control: a referral onward from a clinic is still read by the hospital it names
    (
        "Dari 20 pasien di puskesmas, tiga dirujuk ke RSUD.",
        [("other", "patients", 20, 20), ("hospitalized", "people", 3, 3)],
    ),
    # Korlantas recap lines: the grades abbreviated
    ("LB 97 naik 3 persen.", [("other", "seriously injured", 97, 97), ("other", "percent", 3, 3)]),
    ("LR 1.204 turun 9 persen.", [("other", "lightly injured", 1204, 1204), ("other", "percent", 9, 9)]),
]


test_indonesian_health9_h9traffic = rows_test(INDONESIAN, "id")
