"""Round 10 wave 2, the unrest and health desks mixed (issue 11): classes shown by ``corpora/h15id_b1.json``
(paraphrases of Kompas regional, rbmedia, metroterkini, Antara, kumparan, Republika, jpnn, globalplanet, dutaexpose,
Suara Sumsel and Cenderawasih Pos reports on a DPRD protest, prayer-meeting and school-meal poisoning, Maluku village
clashes, Palembang youth brawls and Papuan measles, labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high) for every claim. The classes:

- a measure word inside a cause adjunct of a tally ("Warga yang dirawat karena keracunan berjumlah 30 orang") yields
  to the measure word the cause belongs to, as a cause without a measure word already did
  (``reach_before.measure_left``, ``[syntax] cause_words``): the poisoning is why they are treated, the count is
  of the treated;
- the items of a breakdown after a cause adjunct with a measure word ("17 orang dirawat akibat keracunan itu, terdiri
  atas 15 orang dewasa dan dua anak-anak") take the measure of the total, not the cause's
  (``adjunct_measures.item_adjunct``);
- what is left after recoveries or discharges ("empat di antaranya sudah sembuh sehingga tersisa 9 pasien") is the
  stock still treated, hospitalized; the admissions before it are ``other``/admitted (``remaining_patients``,
  ``[cues] remaining_words``; DESIGN 4.1, admissions beside those still treated);
- "berhalangan hadir" (unable to attend) negates the turnout verb after it (``[syntax] negators``): members absent
  from a meeting are no participants;
- the blades and clubs of youth-brawl roundups ("dua bilah pedang", "stik golf", "badik", "arit") are things, never
  the counted noun's raw word (``[nouns]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # a measure word inside a cause adjunct yields to the one the cause belongs to
    (
        "Jumlah pasien yang dirawat karena keracunan jamur di RSUD Sukamakmur mencapai 23 orang.",
        [("hospitalized", "people", 23, 23)],
    ),
    (
        "Warga yang dirawat akibat keracunan nasi berkat kini berjumlah 46 orang.",
        [("hospitalized", "people", 46, 46)],
    ),
    # controls: the poisoned themselves, a cause without a measure word, a death from poisoning
    ("Warga yang keracunan karena menyantap nasi kotak berjumlah 57 orang.", [("other", "poisoning victims", 57, 57)]),
    ("Warga yang mengungsi akibat banjir bandang berjumlah 340 jiwa.", [("displaced", "people", 340, 340)]),
    (
        "Korban meninggal akibat keracunan miras oplosan di Kabupaten Sumberjaya bertambah menjadi 12 orang.",
        [("killed", "people", 12, 12)],
    ),
    # a breakdown after a cause adjunct with a measure word takes the total's measure
    (
        "Sebanyak 21 warga dirawat akibat keracunan itu, terdiri atas 13 perempuan dan 8 laki-laki.",
        [("hospitalized", "people", 21, 21), ("hospitalized", "women", 13, 13), ("hospitalized", "men", 8, 8)],
    ),
    (
        "Hingga Sabtu, 26 orang dirawat akibat keracunan nasi kuning, terdiri atas 19 orang dewasa dan 7 anak-anak.",
        [("hospitalized", "people", 26, 26), ("other", "adults", 19, 19), ("hospitalized", "children", 7, 7)],
    ),
    # control: a list with no cause adjunct
    (
        "Sebanyak 9 orang tewas dalam kecelakaan itu, terdiri atas 5 laki-laki dan 4 perempuan.",
        [("killed", "people", 9, 9), ("killed", "men", 5, 5), ("killed", "women", 4, 4)],
    ),
    # what is left after recoveries is the stock still treated
    (
        "Pasien difteri yang dirawat di RSUD Mekar tercatat 16 anak, 10 di antaranya sudah sembuh sehingga tersisa 6"
        " pasien.",
        [("other", "admitted", 16, 16), ("other", "recovered", 10, 10), ("hospitalized", "patients", 6, 6)],
    ),
    (
        "Sebanyak 31 warga sempat dirawat, 24 sudah diperbolehkan pulang dan kini tinggal 7 pasien.",
        [("other", "admitted", 31, 31), ("other", "discharged patients", 24, 24), ("hospitalized", "patients", 7, 7)],
    ),
    # controls: no figure of those who left care; "tinggal" as "stay" with a measure of its own; things left
    (
        "Sebanyak 31 warga dirawat, tersisa 7 tempat tidur kosong.",
        [("hospitalized", "people", 31, 31), ("other", "beds", 7, 7)],
    ),
    (
        "Sebanyak 20 orang dirawat dan 12 sudah sembuh, sementara 30 warga lain tinggal di pengungsian.",
        [("hospitalized", "people", 20, 20), ("other", "recovered", 12, 12), ("displaced", "people", 30, 30)],
    ),
    # "berhalangan hadir" is no turnout
    (
        "Dari 45 anggota dewan, hanya 38 orang yang datang, sementara 7 lainnya berhalangan hadir.",
        [("other", "officials", 45, 45), ("other", "people", 38, 38), ("other", "not participants", 7, 7)],
    ),
    ("Enam anggota DPRD berhalangan hadir dalam rapat dengar pendapat itu.", [("other", "officials", 6, 6)]),
    # control: those present at a rally are its participants
    ("Sekitar 400 buruh hadir dalam aksi di depan kantor bupati.", [("participants", "people", 360, 440)]),
    # blades and clubs of youth-brawl roundups
    (
        "Dari tangan para remaja, petugas menyita tiga bilah pedang, dua badik dan satu stik golf.",
        [("other", "swords", 3, 3), ("other", "knives", 2, 2), ("other", "weapons", 1, 1)],
    ),
    (
        "Polisi mengamankan 9 pemuda berikut 4 buah arit dan 2 tombak.",
        [
            ("arrested", "people", 9, 9),
            ("other", "sickles", 4, 4),
            ("other", "weapons", 2, 2),
        ],
    ),
]


test_indonesian_h15_h15id_b = rows_test(INDONESIAN, "id")
