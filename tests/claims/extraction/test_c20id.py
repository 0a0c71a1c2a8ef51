"""Round 14, a new Indonesian corpus from less-covered beats (r14cid): classes shown by ``corpora/c20id1.json``
(paraphrases of about sixty reports: Kompas, detik, Disway, Liputan6 and CNN Indonesia on boat sinkings, Kompas,
Okezone, jpnn, VIVA and merdeka on bus plunges, Pelindo, ASDP and Antara mudik recaps, BP3MI and KJRI deportations of
migrant workers, Antara, Tribun, Tempo and Pantau on jailbreaks, jpnn, VIVA and suarajatimpost on school poisoning,
Tribun, Liputan6, merdeka and Republika on evictions, Antara, Republika and Tribun drug busts, Antara Riau, detik and
Riau Online on karhutla suspects, merdeka and KedaiPena on fire-fighting forces, Tribun, IDN Times, detik and kumparan
on Papua, Antara, Liputan6 and Tribun on hajj deaths, kumparan, merdeka, Kompas and Republika on supporter riots,
Kompas and Tribunnews on polling-station security; labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures). Each row: text, then (measure, subject, low,
high) for every claim. The classes:

- a force announced before it moves is deployed: the projection hedge ("akan ada", "bakal ada") before an existence
  verb does not turn a deployment into a projection (``verb_turns.projected``; Tribunnews "akan ada 7.706 personel
  gabungan ... yang ditempatkan di TPS", Kompas on the Tangsel pilkada "akan ada sekitar 1.700 personel polisi ...
  yang diturunkan", Liputan6 on the Rawajati eviction "anggotanya yang akan diterjunkan"); other measures keep it;
- the whole before a breakdown opened by a relative clause with the predicate after the items ("45 personel yang
  terdiri dari 20 polisi dan 25 tentara dikerahkan") takes the items' shared people measure when they add up to it
  (``relative_breakdowns.py``; Tribunnews on TPS security, Kompas and Republika on Christmas forces);
- both injury grades after the doubled noun ("luka-luka berat dan ringan") are the injured, as the single grades after
  it are a subset (``[measures] injured``; Kompas regional and Okezone bus plunges).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # a planned deployment after a projection hedge
    (
        "Akan ada 320 personel yang dikerahkan untuk mengamankan laga final di Stadion Kanjuruhan.",
        [("deployed", "people", 320, 320)],
    ),
    (
        "Nantinya akan ada 275 polisi yang disiagakan di sekitar gedung KPU Kabupaten Blora.",
        [("deployed", "police", 275, 275)],
    ),
    (
        "Total akan ada 4.615 personel gabungan yang ditempatkan di seluruh TPS Kota Cilegon.",
        [("deployed", "people", 4615, 4615)],
    ),
    (
        "Bakal ada seratus dua puluh anggota TNI yang diterjunkan ke Distrik Sinak pekan depan.",
        [("deployed", "soldiers", 120, 120)],
    ),
    # controls: other measures after the hedge stay projections or plain figures
    (
        "Jumlah pengungsi bisa mencapai 3.000 jiwa jika hujan terus turun.",
        [("other", "projected", 3000, 3000)],
    ),
    (
        "Jumlah korban meninggal dikhawatirkan bertambah menjadi 40 orang.",
        [("other", "projected", 40, 40)],
    ),
    (
        "Akan ada 9.000 buruh yang mogok kerja pekan depan.",
        [("other", "workers", 9000, 9000)],
    ),
    # the whole before "yang terdiri atas/dari" items, the predicate after them
    (
        "Sebanyak 45 personel yang terdiri dari 20 polisi dan 25 tentara dikerahkan ke lokasi bentrokan.",
        [("deployed", "security_forces", 45, 45), ("deployed", "police", 20, 20), ("deployed", "soldiers", 25, 25)],
    ),
    (
        "Ada 130 personel yang terdiri dari 85 anggota Polres dan 45 prajurit Kodim yang disiagakan di pelabuhan.",
        [("deployed", "security_forces", 130, 130), ("deployed", "police", 85, 85), ("deployed", "soldiers", 45, 45)],
    ),
    (
        "Sebanyak 62 warga yang terdiri dari 40 pria dan 22 wanita mengungsi ke balai desa.",
        [("displaced", "people", 62, 62), ("displaced", "men", 40, 40), ("displaced", "women", 22, 22)],
    ),
    (
        "Sebanyak 30 korban yang terdiri atas 18 pria dan 12 wanita dirawat di RSUD Sumedang.",
        [("hospitalized", "people", 30, 30), ("hospitalized", "men", 18, 18), ("hospitalized", "women", 12, 12)],
    ),
    # controls: items that do not add up, a part in a later clause, and the comma-set aside keep their readings
    (
        "Sebanyak 62 warga yang terdiri dari 40 pria dan 20 wanita mengungsi ke balai desa.",
        [("other", "people", 62, 62), ("displaced", "men", 40, 40), ("displaced", "women", 20, 20)],
    ),
    (
        "Sebanyak 62 warga yang terdiri dari 40 pria dan 22 wanita tinggal di dusun itu, 18 di antaranya mengungsi.",
        [
            ("other", "people", 62, 62),
            ("other", "men", 40, 40),
            ("other", "women", 22, 22),
            ("displaced", "people", 18, 18),
        ],
    ),
    (
        "Sebanyak 45 personel, terdiri dari 20 polisi dan 25 tentara, dikerahkan ke lokasi bentrokan.",
        [("deployed", "security_forces", 45, 45), ("deployed", "police", 20, 20), ("deployed", "soldiers", 25, 25)],
    ),
    # both grades after the doubled noun
    (
        "Akibatnya tiga penumpang tewas, sementara belasan penumpang lainnya luka-luka berat dan ringan.",
        [("killed", "people", 3, 3), ("injured", "people", 11, 19)],
    ),
    (
        "Sebanyak 26 penumpang mengalami luka-luka ringan dan berat.",
        [("injured", "people", 26, 26)],
    ),
    (
        "Puluhan santri luka-luka berat maupun ringan akibat tertimpa atap musala.",
        [("injured", "people", 20, 99)],
    ),
    # controls: one grade after the doubled noun is a subset; the grades after the plain noun as before
    (
        "Sebanyak 12 penumpang mengalami luka-luka ringan.",
        [("other", "passengers", 12, 12)],
    ),
    (
        "Sebanyak 26 penumpang mengalami luka berat dan ringan.",
        [("injured", "people", 26, 26)],
    ),
]

test_indonesian_c20id = rows_test(INDONESIAN, "id")
