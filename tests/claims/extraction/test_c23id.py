"""Classes the round-17 Indonesian corpus ``c23id1`` showed (r17cid), each fixed in the language, not in a sentence.

Outlets read (the pages corpus, about sixty reports): detik Jatim, Jabar and Jateng, Kompas regional (Purworejo,
Surabaya, Papua Tengah), Okezone, iNews Jabar and regional, jabarnews, Liputan6, Republika, kumparan, masalembo,
jabarekspres, Radar Bekasi, Pantau, VIVA, Antara (Jateng, Jatim, Papua, Kalbar, Riau), indobigi, kabarwarga,
polindo, alinea, Kompas TV, Tribunnews (regional, Banyumas, Jakarta, wartakota), suarabaru, prolkn, telegrapnews,
radarnonstop, CNN Indonesia and pahami on Seram Bagian Timur, Suara, tirto, Tempo metro, poskota, wahananews, Radar
Banyumas/Disway, merdeka, betahita, mediaterang, beritahukum, mongabay, Cenderawasih Pos, kabarin, Kontan, Media
Indonesia, Sindonews, kabarkubar, swanara: ground movement, whirlwinds, market fires, train collisions, school-snack
poisoning KLB, kampung drug raids, pilkada riots at KPU offices, tidal floods, fishing boats out of contact, plantation
land conflicts, river speedboats and measles KLB in Papua.

Each row: text, then (measure, subject, low, high) for every claim.

- a day of the month without its month ("pada tanggal 26 ada 14 orang", "ditemukan tanggal 9"): a date, no count;
  ``tanggal``, ``tgl`` in ``[exclusions] identifier_words`` (a date with its month was already one). Controls: the
  counts beside it stay.
- a crowd counted by a count verb and an approximation ("Massa pendukung ... yang berjumlah sekitar 300 orang
  mendatangi kantor KPU"): the count verb before the adverb makes the figure the crowd noun's predicate, as the exact
  figure was (``tally_nouns._predicate``). Controls: an adverb alone after a crowd's adjunct ("Massa dari pabrik
  sekitar 250 orang") names no turnout; evacuees keep their own measure.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

DAYS_OF_MONTH: list[Any] = [
    ("Pada tanggal 26 ada 14 orang yang memakan jajanan itu.", [("other", "people", 14, 14)]),
    (
        "Hingga tgl 12, sebanyak 40 warga mengungsi ke balai desa.",
        [("displaced", "people", 40, 40)],
    ),
    (
        "Jenazah kedua ditemukan tanggal 4 pagi, sedangkan tiga korban lain masih dicari.",
        [("missing", "people", 3, 3)],
    ),
    # controls: a date with its month was already one; the count beside it stays
    ("Sampai tanggal 16 April ada tujuh orang yang meninggal.", [("killed", "people", 7, 7)]),
]
test_a_day_of_the_month_is_no_count = rows_test(DAYS_OF_MONTH, "id")

COUNTED_CROWDS: list[Any] = [
    (
        "Massa pendukung pasangan calon nomor urut 3 yang berjumlah sekitar 300 orang mendatangi kantor KPU.",
        [("participants", "people", 270, 330)],
    ),
    (
        "Massa yang berjumlah kurang lebih 1.500 orang itu menduduki halaman kantor bupati.",
        [("participants", "people", 1350, 1650)],
    ),
    (
        "Pengunjuk rasa yang berjumlah sekitar 2.000 orang memblokade jalan provinsi.",
        [("participants", "protesters", 1800, 2200)],
    ),
    # controls: the exact figure as before; an adverb alone after the crowd's adjunct; evacuees stay displaced
    (
        "Massa pendukung pasangan calon yang berjumlah 300 orang mendatangi kantor KPU.",
        [("participants", "people", 300, 300)],
    ),
    ("Massa dari pabrik sekitar 250 orang bergerak ke kantor bupati.", [("other", "people", 225, 275)]),
    ("Pengungsi yang berjumlah sekitar 300 orang ditampung di GOR.", [("displaced", "people", 270, 330)]),
]
test_a_counted_crowd_with_an_approximation_turns_out = rows_test(COUNTED_CROWDS, "id")
