"""Round 13, recall on Indonesian news (r13cid): classes shown by ``corpora/c19id1.json`` (paraphrases of about
fifty reports of disasters, unrest and health: Disway, merdeka, koranmadura, Pasundan Post, ntvnews, Antara Jatim
and Semarang, jpnn, CNN Indonesia, Suara Sulsel, iNews Jateng, Republika, satuharapan, Tribun Jateng, Tempo,
suaramilenial, Sindonews, majalahinfoindonesia, medcom, inionline, KRjogja, Jambi Ekspres, anewsidmedia, Okezone,
newslinkaktual, Liputan6, suryakabar, Kompas, tvOnenews, Bali Tribune, liputanindo, Kompas Denpasar, RMOL Jateng,
seputarpangandaran, detik, ngopibareng, jambiupdate, Media Indonesia, malanghits, kamangkaranews, Kompas TV, VOI,
Pikiran Rakyat; labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures). Each row: text, then (measure, subject, low,
high) for every claim. The classes:

- people taken or handed over to a police command by any of its names ("dibawa ke Polresta", "dibawa ke
  Mapolrestabes", "diserahkan ke Polsek", "digiring ke Mapolsek") are arrested (``[measures] arrested``; ourfamily2yours
  and detik on the Semarang riot, Antara Semarang, anewsidmedia, Liputan6 and newslinkaktual on Jakarta tawuran);
- a change noun that governs the measure word right before the figure ("penambahan jumlah kematian sebanyak tiga
  kematian", "ada penambahan korban meninggal sebanyak lima orang") makes a tally's figure the change, ``other``
  (``owner_gates.change_before_verb``; tvOnenews and Kemenkes dengue bulletins, jpnn and koranmadura BNPB flood
  rundowns); a stock's rise alone keeps its measure (the newly displaced, test_audit_id4).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # taken or handed over to a police command
    (
        "Sebanyak 14 orang pendemo dibawa ke Polresta Bogor untuk dimintai keterangan.",
        [("arrested", "protesters", 14, 14)],
    ),
    (
        "Dua puluh tiga remaja yang hendak tawuran kemudian dibawa ke Mapolrestabes Bandung.",
        [("arrested", "people", 23, 23)],
    ),
    (
        "Kesembilan pemuda itu lalu diserahkan ke Polsek Tambora untuk diproses lebih lanjut, bersama 7 celurit.",
        [("arrested", "people", 9, 9), ("other", "sickles", 7, 7)],
    ),
    (
        "Polisi merinci, 6 pelajar diserahkan ke Polsek Cilincing dan 11 pelajar lainnya ke Polsek Koja.",
        [("arrested", "people", 6, 6), ("arrested", "students", 11, 11)],
    ),
    (
        "Belasan anggota geng motor digiring ke Mapolsek Panakkukang, Sabtu dini hari.",
        [("arrested", "people", 11, 19)],
    ),
    # controls: things handed over, and people taken to a police hospital, keep their readings
    (
        "Sebanyak 15 senjata tajam diserahkan ke Polsek Tambora sebagai barang bukti.",
        [("other", "sharp weapons", 15, 15)],
    ),
    (
        "Empat korban dibawa ke RS Bhayangkara Polda Sumut untuk mendapat perawatan.",
        [("hospitalized", "people", 4, 4)],
    ),
    # a change noun before the measure word right before the figure
    (
        "Terdapat penambahan jumlah korban meninggal sebanyak empat orang dibanding data kemarin.",
        [("other", "increase", 4, 4)],
    ),
    (
        "Menurut BPBD, ada penambahan korban luka sebanyak 12 orang sejak Senin.",
        [("other", "people", 12, 12)],
    ),
    (
        "Terdapat penambahan kasus sebanyak 930 pasien dengan penambahan jumlah kematian sebanyak dua kematian.",
        [("other", "patients", 930, 930), ("other", "patients", 2, 2)],
    ),
    # controls: the tally itself, a new total after the change verb, and a stock's rise alone keep the measure
    (
        "Jumlah korban meninggal sebanyak 17 orang hingga Selasa sore.",
        [("killed", "people", 17, 17)],
    ),
    (
        "Jumlah korban meninggal bertambah menjadi 17 orang.",
        [("killed", "people", 17, 17)],
    ),
    (
        "Terjadi penambahan jumlah pengungsi sebanyak 140 jiwa.",
        [("displaced", "people", 140, 140)],
    ),
    (
        "Penambahan jumlah pengungsi sebesar 640 jiwa menjadi 12.310 jiwa.",
        [("other", "increase", 640, 640), ("displaced", "people", 12310, 12310)],
    ),
]

test_indonesian_c19id = rows_test(INDONESIAN, "id")
