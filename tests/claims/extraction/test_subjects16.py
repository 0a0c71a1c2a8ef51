"""Subjects of specific measures the corpora and the gold disagreed on (issue 11, round 16, subjects16): classes of
the language, each read in several real reports, with the author's convention as the target.

Every sentence is our own (invented places, commands and figures); the wordings are those of real copy: Dinkes and
Kemenkes maternal-death reports ("tercatat 31 kasus kematian ibu", "jumlah kematian ibu ... mencapai 14 kasus",
"5.019 kematian ibu, tahun berikutnya turun menjadi 4.925 kasus"), measles follow-ups ("peningkatan kematian anak
akibat campak"), police releases on protest security ("Polda Metro Jaya mengerahkan 6.403 personel gabungan untuk
mengamankan ... unjuk rasa", "2.590 personel gabungan amankan demo di DPR", "1.610 personel gabungan dari TNI, Polri,
dan Pemda ... mengawal aksi"). Each row: text, then (measure, subject, low, high) for every claim.

- a death noun of a group that opens the clause of a predicate figure (news_id, h18id_h1): "Kematian anak akibat
  campak bertambah jadi 13 orang", "Angka kematian ibu ... tercatat 38 kasus, turun dari 47 kasus" are children and
  women, the earlier value after a change as well (opening_groups; ``[nouns] kematian ibu`` and kin). Controls: a
  bare death noun stays people; a verb of killing after the noun counts its own figure; a rate stays a rate.
- a joint force that guards an event and names no civil agency (a18id_b1, a19id1, gate16id1, h18id_h1): security
  forces, by ``[context_subjects.personnel] guarding`` (subjects._joint_class). Controls: a joint force with a civil
  agency, one on a search, and one with no purpose stay people; a named joint TNI-Polri force stays security_forces;
  one police command's plain personnel stay police.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

GROUP_DEATH_OPENINGS: list[Any] = [
    ("Kematian anak akibat difteri bertambah menjadi 9 orang.", [("killed", "children", 9, 9)]),
    ("Kematian balita di Desa Sukarame hingga pekan ini mencapai tujuh orang.", [("killed", "children", 7, 7)]),
    ("Jumlah kematian bayi di kabupaten itu kini 23 orang.", [("killed", "children", 23, 23)]),
    (
        "Awalnya Dinkes mencatat empat kematian, tetapi kematian anak akibat campak kini bertambah jadi 15 orang.",
        [("killed", "people", 4, 4), ("killed", "children", 15, 15)],
    ),
    ("Kematian ibu di Kabupaten Rawa Indah sepanjang tahun ini mencapai 26 kasus.", [("killed", "women", 26, 26)]),
    (
        "Angka kematian ibu di kota itu tercatat 31 kasus, naik dari 24 kasus tahun lalu.",
        [("killed", "women", 31, 31), ("killed", "women", 24, 24)],
    ),
    (
        "Sepanjang Januari-Mei, kematian ibu di provinsi itu tercatat 58 kasus, turun dari 66 kasus.",
        [("killed", "women", 58, 58), ("killed", "women", 66, 66)],
    ),
    ("Dinkes mencatat 19 kasus kematian ibu hingga Juni.", [("killed", "women", 19, 19)]),
    ("Pada 2023 tercatat 4.120 kematian ibu di seluruh provinsi.", [("killed", "women", 4120, 4120)]),
    # controls: a bare death noun; a verb of killing after the noun; a rate
    ("Kematian akibat DBD di kota itu mencapai 14 kasus.", [("killed", "people", 14, 14)]),
    ("Kematian bocah itu memicu bentrokan yang menewaskan 3 orang.", [("killed", "people", 3, 3)]),
    (
        "Angka kematian ibu di provinsi itu masih 183 per 100.000 kelahiran hidup.",
        [("other", "maternal mortality ratio", 183, 183)],
    ),
]
test_a_group_death_noun_opening_the_clause = rows_test(GROUP_DEATH_OPENINGS, "id")

GUARDING_JOINT_FORCES: list[Any] = [
    (
        "Polda Sulawesi Tenggara mengerahkan 2.140 personel gabungan untuk mengamankan unjuk rasa mahasiswa.",
        [("deployed", "security_forces", 2140, 2140)],
    ),
    (
        "Sebanyak 860 personel gabungan disiagakan untuk pengamanan laga derbi di Stadion Tirta Jaya.",
        [("deployed", "security_forces", 860, 860)],
    ),
    (
        "Polres Lembah Raya menerjunkan tujuh ratus personel gabungan guna mengawal aksi buruh.",
        [("deployed", "security_forces", 700, 700)],
    ),
    (
        "Untuk mengamankan misa malam Natal, 1.250 personel gabungan diterjunkan.",
        [("deployed", "security_forces", 1250, 1250)],
    ),
    # controls: a civil agency named; a search; no purpose named; a named joint force; one command's personnel
    (
        "Polres menerjunkan 980 personel gabungan dari TNI, Polri, Satpol PP dan Dishub untuk mengamankan aksi.",
        [("deployed", "people", 980, 980)],
    ),
    (
        "Sebanyak 340 personel gabungan diterjunkan untuk mencari dua warga yang hanyut.",
        [("deployed", "people", 340, 340), ("missing", "people", 2, 2)],
    ),
    ("Polda Jawa Tengah siap mengerahkan 3.900 personel gabungan.", [("deployed", "people", 3900, 3900)]),
    (
        "Sebanyak 1.600 personel gabungan TNI-Polri disiagakan di sekitar kantor KPU.",
        [("deployed", "security_forces", 1600, 1600)],
    ),
    ("Polres Tirta mengerahkan 450 personel untuk mengamankan aksi.", [("deployed", "police", 450, 450)]),
]
test_a_joint_force_guarding_an_event = rows_test(GUARDING_JOINT_FORCES, "id")

GUARDING_JOINT_FORCES_EN: list[Any] = [
    (
        "The city police deployed 2,700 joint personnel to secure the march on parliament.",
        [("deployed", "security_forces", 2700, 2700)],
    ),
    # control: joint personnel on a search
    ("About 300 joint personnel were deployed to search for the missing hikers.", [("deployed", "people", 270, 330)]),
]
test_a_joint_force_guarding_an_event_en = rows_test(GUARDING_JOINT_FORCES_EN, "en")
