"""Misread classes of the round 12 audit of Indonesian health copy and of people figures outside casualty stories
(issue 11, r12aidb): each fixed in the language rather than in a sentence.

Every sentence is our own (invented places, clubs, people and figures); the wordings are those read in real reports
(Kompas, Detik and Tempo dengue rundowns of a provincial health office; Bolasport, Radar Indramayu and Tempo league
reports; Tribun Lampung, Lensa Kalbar and Nusantaranews event reports). Each row: text, then (measure, subject, low,
high) for every claim.

- a list of pairs by place, a tally by its own noun and the deaths among it ("Kabupaten A 104 pasien dan 1 meninggal
  dunia, Kota B 85 pasien dan 2 meninggal dunia"): the deaths open a list that runs on to the next place, but the
  figure there that repeats the noun of the tally before the deaths is that tally's ("paired_series.py"), never a
  death. Controls: a plain breakdown of the dead by place keeps its measure; a list of deaths whose items carry a
  group noun keeps the groups.
- a tally of sufferers joined to a figure of the dead with a generic noun ("1.227 pasien dan 17 orang meninggal
  dunia", "310 penderita DBD dan 4 orang meninggal"): the dead are among the sufferers, so the verb is the later
  figure's alone (``[cues] sufferer_nouns``, ``coordinated.next_names_own_measure``). Controls: two kinds of people
  who died together ("30 warga dan 2 polisi tewas") share the verb.
- a match result written "a-b" after a result word or before the side beaten ("kemenangan 2-0 atas tamunya",
  "menang 3-1 atas", "takluk 0-2 dari"): a score, no count (``[cues] score_results``, ``score_sides``,
  ``match_scores.py``). Controls: a range of people written "2-3 orang" stays a range; the crowd beside the score
  keeps its measure, and a crowd filling the stands is a turnout ("memenuhi stadion", "memenuhi tribun":
  ``[measures] participants``).
- candidates of an exam or a selection ("10.920 peserta ujian", "peserta seleksi", "peserta UTBK"): counted by what
  they are, never a turnout (``[nouns] "peserta ujian"``... ``civil = true``, label ``exam takers``). Control: the
  participants of a walk stay participants.
- a goal set before an event ("target peserta", "menargetkan", "ditargetkan diikuti", "melebihi target"): no count
  of who came, ``other`` (``[other_verbs]``). Controls: the turnout beside the target keeps ``participants``; people
  who are the target of a police operation stay arrested.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

PAIRED_SERIES: list[Any] = [
    (
        "Kabupaten Sukamaju 118 pasien dan 2 meninggal dunia, Kota Lestari 93 pasien dan 1 meninggal dunia, "
        "Kabupaten Hulu 57 pasien dan 3 meninggal dunia.",
        [
            ("other", "patients", 118, 118),
            ("killed", "people", 2, 2),
            ("other", "patients", 93, 93),
            ("killed", "people", 1, 1),
            ("other", "patients", 57, 57),
            ("killed", "people", 3, 3),
        ],
    ),
    (
        "Di Kota Rawa tercatat 64 pasien dan dua meninggal, Kabupaten Tanjung 51 pasien dan satu meninggal.",
        [
            ("other", "patients", 64, 64),
            ("killed", "people", 2, 2),
            ("other", "patients", 51, 51),
            ("killed", "people", 1, 1),
        ],
    ),
    (
        "Kecamatan Timur mencatat 40 penderita dan 1 meninggal, Kecamatan Barat 35 penderita dan 2 meninggal.",
        [
            ("other", "patients", 40, 40),
            ("killed", "people", 1, 1),
            ("other", "patients", 35, 35),
            ("killed", "people", 2, 2),
        ],
    ),
    # controls: a breakdown of the dead by place; groups of the dead
    (
        "Sebanyak 9 pasien meninggal di Kabupaten Sukamaju, 4 di Kota Lestari dan 2 di Kabupaten Hulu.",
        [
            ("killed", "people", 9, 9),
            ("killed", "people", 4, 4),
            ("killed", "people", 2, 2),
        ],
    ),
    (
        "Sebanyak 12 orang meninggal, terdiri dari 7 pria dan 5 anak-anak.",
        [("killed", "people", 12, 12), ("killed", "men", 7, 7), ("killed", "children", 5, 5)],
    ),
]
test_a_tally_beside_its_deaths_is_no_death = rows_test(PAIRED_SERIES, "id")

SUFFERERS_AND_DEAD: list[Any] = [
    (
        "Dinas Kesehatan mencatat 1.340 pasien dan 19 orang meninggal dunia sepanjang tahun ini.",
        [("other", "patients", 1340, 1340), ("killed", "people", 19, 19)],
    ),
    (
        "Hingga pekan ini tercatat 275 penderita DBD dan 3 orang meninggal.",
        [("other", "patients", 275, 275), ("killed", "people", 3, 3)],
    ),
    (
        "Kecamatan Timur mencatat 40 penderita dan satu orang meninggal, Kecamatan Barat 35 penderita dan dua orang "
        "meninggal.",
        [
            ("other", "patients", 40, 40),
            ("killed", "people", 1, 1),
            ("other", "patients", 35, 35),
            ("killed", "people", 2, 2),
        ],
    ),
    # controls: people of two kinds who died together
    (
        "Sebanyak 30 warga dan 2 polisi tewas dalam bentrokan itu.",
        [("killed", "people", 30, 30), ("killed", "police", 2, 2)],
    ),
    (
        "Sebanyak 6 pasien dan 2 perawat tewas dalam kebakaran rumah sakit itu.",
        [("killed", "people", 6, 6), ("killed", "people", 2, 2)],
    ),
]
test_the_dead_among_the_sufferers_a_tally_counts = rows_test(SUFFERERS_AND_DEAD, "id")

MATCH_SCORES: list[Any] = [
    (
        "Sebanyak 24.310 suporter memenuhi stadion untuk menyaksikan kemenangan 2-0 atas tim tamu.",
        [("participants", "people", 24310, 24310)],
    ),
    ("Persita menang 3-1 atas Arema di hadapan 18.000 penonton.", [("participants", "people", 18000, 18000)]),
    ("Tim tamu takluk 0-2 dari tuan rumah yang disaksikan 9.500 penonton.", [("participants", "people", 9500, 9500)]),
    ("Laga itu berakhir 1-1 dan disaksikan 12 ribu penonton.", [("participants", "people", 12000, 12000)]),
    # controls: a range of people; a range of things before "dari" (of)
    (
        "Hanya 8-9 dari 30 sekolah yang memenuhi syarat akreditasi.",
        [("other", "schools", 8, 9), ("other", "schools", 30, 30)],
    ),
    ("Sekitar 2-3 orang terluka dalam kericuhan usai laga.", [("injured", "people", 2, 3)]),
]
test_a_match_score_is_no_count = rows_test(MATCH_SCORES, "id")

TARGETS: list[Any] = [
    (
        "Target awal peserta hanya 2.000 orang, tetapi yang datang lebih banyak.",
        [("other", "participants", 2000, 2000)],
    ),
    (
        "Panitia menargetkan 6.000 peserta mengikuti jalan sehat tersebut.",
        [("other", "participants", 6000, 6000)],
    ),
    ("Gerak jalan itu ditargetkan diikuti 8.000 peserta.", [("other", "participants", 8000, 8000)]),
    (
        "Lomba lari itu diikuti 3.400 peserta, melebihi target 2.500 peserta.",
        [("participants", "people", 3400, 3400), ("other", "participants", 2500, 2500)],
    ),
    # controls: the turnout alone; people who were the target of an operation
    ("Jalan sehat itu diikuti sekitar 4.000 peserta.", [("participants", "people", 3600, 4400)]),
    ("Polisi mengamankan 15 orang yang menjadi target operasi.", [("arrested", "people", 15, 15)]),
]
test_a_target_is_no_turnout = rows_test(TARGETS, "id")

EXAM_TAKERS: list[Any] = [
    (
        "Enam siswa SMP dari 10.920 peserta ujian di kabupaten itu dinyatakan tidak lulus.",
        [("other", "students", 6, 6), ("other", "exam takers", 10920, 10920)],
    ),
    (
        "Sebanyak 4.200 peserta seleksi CPNS mengikuti tes di gedung olahraga itu.",
        [("other", "exam takers", 4200, 4200)],
    ),
    ("Ujian itu diikuti 3.100 peserta UTBK di kampus tersebut.", [("other", "exam takers", 3100, 3100)]),
    # control: the participants of a walk
    ("Sebanyak 2.000 peserta mengikuti jalan sehat di alun-alun.", [("participants", "people", 2000, 2000)]),
]
test_exam_takers_are_no_turnout = rows_test(EXAM_TAKERS, "id")
