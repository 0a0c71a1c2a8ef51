"""Misread classes of the round 11 gate on Indonesian casualty copy where measure words sit near figures they do not
govern (gate17id; corpus ``corpora/gate17id1.json``), each fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports (Antara,
Liputan6, iNews and Madiunpos Basarnas wreck tallies; Tribun, Suara Pemred and Singaraja Media year-end Satlantas
recaps; Kompas, Alinea and Republika BNPB and Kemenkes rundowns; BicaraIndonesia and Tribunnews court copy on road
deaths; Antara, Detik and Merdeka tawuran arrests; Kompas, PenaKu and SariAgri mass poisoning wards).
Each row: text, then (measure, subject, low, high) for every claim.

- a projection with a modal of possibility before the change verb ("jumlah pengungsi bisa mencapai 3.000 jiwa"):
  ``projection_words`` gain "bisa", "dapat", "mungkin", "berpeluang"; the bare change verb keeps the measure;
- the consequent of a sentence opened by a condition ("Apabila gunung itu kembali meletus, sedikitnya 8.500 warga
  harus dievakuasi"): a reckoning, other (``conditional_figures.conditioned``); a condition word with a word of
  comparing or summing after it ("Jika dibandingkan tahun lalu, ...") opens none and keeps the measure;
- the agent of an active verb of harm, "yang" between ("dua orang yang melukai seorang anggota polisi"): the
  attackers, other (``harm_agent``); the figure after the verb ("melukai 19 orang") keeps injured;
- the active verb graded by severity ("melukai berat dua orang dan melukai ringan 21 orang"): the subsets by
  severity, other, as "luka berat" is;
- bodies still with the DVI team ("tujuh jenazah lainnya masih diperiksa tim DVI"): unidentified bodies, other;
- traffic offenders caught in a police operation ("Pelanggar lalu lintas yang terjaring ... mencapai 6.214 orang"):
  ticketed, no arrest (``not_measures`` of the tally's noun before "yang"); people caught in a raid stay arrested;
- an evacuated whole that the sentence parts into survivors and dead ("mengevakuasi 41 orang, terdiri dari 38 orang
  selamat dan tiga orang meninggal"; "Dari 303 orang yang kami evakuasi, tiga di antaranya meninggal"): rescued off a
  wreck, other; an evacuation from homes with no such parts stays displaced.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

MODAL_PROJECTIONS: list[Any] = [
    (
        "BPBD memperkirakan jumlah pengungsi bisa mencapai 2.500 jiwa jika banjir belum surut.",
        [("other", "projected", 2500, 2500)],
    ),
    ("Korban meninggal dapat bertambah menjadi 40 orang, kata petugas.", [("other", "projected", 40, 40)]),
    # control: the change verb alone states the new total
    ("Jumlah pengungsi mencapai 2.500 jiwa pada Selasa pagi.", [("displaced", "people", 2500, 2500)]),
]
test_a_modal_projections = rows_test(MODAL_PROJECTIONS, "id")

CONDITIONED: list[Any] = [
    (
        "Apabila tanggul itu jebol, sedikitnya 6.000 warga harus dievakuasi.",
        [("other", "people", 6000, None)],
    ),
    ("Jika erupsi membesar, 1.200 warga di lereng barat akan mengungsi.", [("other", "people", 1200, 1200)]),
    # controls: a comparison opened by the condition word; "kalau" marking a topic; no condition word at all
    ('"Kalau data di posko, 17 yang meninggal," katanya.', [("killed", "people", 17, 17)]),
    (
        "Jika dibandingkan tahun lalu, jumlah korban meninggal naik menjadi 23 orang.",
        [("killed", "people", 23, 23)],
    ),
    ("Erupsi itu membuat 1.200 warga di lereng barat mengungsi.", [("displaced", "people", 1200, 1200)]),
]
test_b_conditioned = rows_test(CONDITIONED, "id")

HARM_AGENTS: list[Any] = [
    (
        "Polisi menangkap 12 pemuda, termasuk tiga orang yang melukai seorang petugas dengan celurit.",
        [("arrested", "people", 12, 12), ("other", "people", 3, 3)],
    ),
    # controls: the figure after the verb; the ones who were hurt
    (
        "Tawuran itu melukai 19 orang dan polisi menangkap tujuh pemuda.",
        [("injured", "people", 19, 19), ("arrested", "people", 7, 7)],
    ),
    ("Empat orang yang terluka dalam tawuran itu mengalami luka bacok.", [("injured", "people", 4, 4)]),
]
test_c_harm_agents = rows_test(HARM_AGENTS, "id")

GRADED_VERBS: list[Any] = [
    (
        "Kecelakaan itu menewaskan enam penumpang, melukai berat tiga orang dan melukai ringan 14 orang.",
        [
            ("killed", "people", 6, 6),
            ("other", "seriously injured", 3, 3),
            ("other", "lightly injured", 14, 14),
        ],
    ),
    # control: the ungraded verb
    (
        "Kecelakaan itu menewaskan enam penumpang dan melukai 14 orang.",
        [("killed", "people", 6, 6), ("injured", "people", 14, 14)],
    ),
]
test_d_graded_verbs = rows_test(GRADED_VERBS, "id")

DVI_BODIES: list[Any] = [
    (
        "Sebanyak sembilan jenazah sudah diserahkan kepada keluarga, sementara empat jenazah lainnya masih "
        "diperiksa tim DVI.",
        [("killed", "people", 9, 9), ("other", "unidentified bodies", 4, 4)],
    ),
]
test_e_dvi_bodies = rows_test(DVI_BODIES, "id")

TICKETED_OFFENDERS: list[Any] = [
    (
        "Pelanggar lalu lintas yang terjaring selama Operasi Patuh mencapai 3.870 orang.",
        [("other", "people", 3870, 3870)],
    ),
    # control: people caught in a drug raid are arrested
    ("Sebanyak 14 orang terjaring razia narkoba di tempat hiburan malam.", [("arrested", "people", 14, 14)]),
]
test_f_ticketed_offenders = rows_test(TICKETED_OFFENDERS, "id")

WRECK_EVACUATIONS: list[Any] = [
    (
        "Tim SAR mengevakuasi 29 orang, terdiri dari 27 orang selamat dan dua orang meninggal dunia.",
        [("other", "rescued", 29, 29), ("other", "survivors", 27, 27), ("killed", "people", 2, 2)],
    ),
    (
        '"Dari 150 orang yang kami evakuasi, dua di antaranya meninggal dunia," kata petugas Basarnas.',
        [("other", "rescued", 150, 150), ("killed", "people", 2, 2)],
    ),
    # control: an evacuation from homes
    (
        "BPBD mengevakuasi 300 warga ke balai desa setelah banjir merendam permukiman.",
        [("displaced", "people", 300, 300)],
    ),
]
test_g_wreck_evacuations = rows_test(WRECK_EVACUATIONS, "id")
