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
- parts named between commas before the whole's predicate with ``termasuk`` or ``di antaranya`` ("Sebanyak 40 jiwa,
  termasuk 2 lansia dan 4 balita, menjadi pengungsi", c23id2, BPBD Sulteng rundowns): the whole reaches its
  predicate across the aside as it does across a ``terdiri atas`` aside (``[cues] breakdown_asides``). Controls: the
  parts after the predicate as before; a ``termasuk`` aside followed by no predicate leaves the figures other.
- a toll broken down into parts of several measures ("tiga orang warga menjadi korban jiwa, terdiri dari satu orang
  meninggal dunia dan dua lainnya hilang", c23id2, BNPB via VOI): the whole counts casualties (``other``), as a
  total after such a list does (``mixed_wholes.py``, ``[cues] casualty_breakdown_leads``). Controls: parts of one
  measure (by group, by place, by grade of injury) leave the whole its measure; a later clause of another measure
  after ``sementara`` is no part.
- a candidate's crowd ("Massa pendukung yang berjumlah 300 orang mendatangi kantor KPU", "Ratusan massa simpatisan
  ..."): ``massa pendukung``, ``massa simpatisan``, ``massa suporter`` are the crowd, as ``massa aksi`` is (nouns of
  the lexicon). Controls: supporters alone keep their label; an arrest of the crowd's members stays an arrest.
- a crowd storming a place named as the verb's object ("Ratusan massa menggeruduk kantor Bawaslu", Suara and CNN
  Indonesia on KPU offices): a verb of storming (``[cues] storming_verbs``) takes the office as its object and still
  counts the crowd; the rule that makes an agent moving things no count (``context_misreads._moves_things``) leaves
  it alone. Controls: a crowd burning an office, people carrying goods out and worshippers filling a named mosque
  ("memadati" alone is no turnout, round 4) stay other.
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

ASIDE_PARTS: list[Any] = [
    (
        "Sebanyak 43 jiwa, termasuk 2 lansia dan 5 balita, menjadi pengungsi.",
        [("displaced", "people", 43, 43), ("other", "elderly", 2, 2), ("displaced", "children", 5, 5)],
    ),
    (
        "Sebanyak 120 orang, di antaranya 30 anak-anak, dievakuasi ke posko di balai desa.",
        [("displaced", "people", 120, 120), ("displaced", "children", 30, 30)],
    ),
    (
        "Enam korban, termasuk dua anak, masih dirawat di RSUD Kefamenanu.",
        [("hospitalized", "people", 6, 6), ("hospitalized", "children", 2, 2)],
    ),
    # controls: the parts after the predicate; an aside followed by no predicate
    (
        "Sebanyak 43 jiwa mengungsi, termasuk 2 lansia dan 5 balita.",
        [("displaced", "people", 43, 43), ("other", "elderly", 2, 2), ("displaced", "children", 5, 5)],
    ),
    (
        "Data desa mencatat 43 jiwa, termasuk 2 lansia dan 5 balita, di dusun itu.",
        [("other", "people", 43, 43), ("other", "elderly", 2, 2), ("other", "children", 5, 5)],
    ),
]
test_parts_between_commas_before_the_predicate = rows_test(ASIDE_PARTS, "id")

MIXED_WHOLES: list[Any] = [
    (
        "Sebanyak tiga orang warga dilaporkan menjadi korban jiwa, terdiri dari satu orang meninggal dunia dan dua "
        "lainnya hilang.",
        [("other", "casualties", 3, 3), ("killed", "people", 1, 1), ("missing", "people", 2, 2)],
    ),
    (
        "Korban jiwa akibat banjir bandang mencapai 12 orang, dengan rincian 8 orang meninggal dunia dan 4 orang "
        "masih hilang.",
        [("other", "casualties", 12, 12), ("killed", "people", 8, 8), ("missing", "people", 4, 4)],
    ),
    # controls: parts of one measure; a later clause of another measure is no part
    (
        "Lima orang tewas, yakni tiga warga dan dua polisi, sementara 7 orang luka-luka.",
        [
            ("killed", "people", 5, 5),
            ("killed", "people", 3, 3),
            ("killed", "police", 2, 2),
            ("injured", "people", 7, 7),
        ],
    ),
    (
        "Sebanyak 14 orang meninggal dunia, terdiri dari 9 orang di Desa Wani dan 5 orang di Desa Lero.",
        [("killed", "people", 14, 14), ("killed", "people", 9, 9), ("killed", "people", 5, 5)],
    ),
    (
        "Sebanyak 20 orang luka-luka, terdiri dari 12 luka ringan dan 8 luka berat.",
        [("injured", "people", 20, 20), ("other", "lightly injured", 12, 12), ("other", "seriously injured", 8, 8)],
    ),
]
test_a_toll_broken_into_several_measures_counts_casualties = rows_test(MIXED_WHOLES, "id")

CANDIDATE_CROWDS: list[Any] = [
    ("Massa pendukung yang berjumlah 300 orang mendatangi kantor KPU.", [("participants", "people", 300, 300)]),
    (
        "Massa simpatisan yang berjumlah sekitar 500 orang menduduki halaman kantor KPU.",
        [("participants", "people", 450, 550)],
    ),
    ("Ratusan massa pendukung paslon nomor urut 2 menggeruduk kantor Bawaslu.", [("participants", "people", 200, 999)]),
    ("Ribuan buruh menggeruduk kantor gubernur menuntut kenaikan upah.", [("participants", "people", 2000, 9999)]),
    # controls: supporters alone; an arrest of the crowd's members; a crowd burning; people carrying goods
    ("Sekitar 200 pendukung pasangan calon tiba di kantor KPU.", [("other", "supporters", 180, 220)]),
    ("Tiga massa pendukung ditangkap polisi.", [("arrested", "people", 3, 3)]),
    ("Ratusan warga membakar kantor KPU.", [("other", "people", 200, 999)]),
    ("Sebanyak 30 warga mengevakuasi barang-barang dari rumah yang terbakar.", [("other", "people", 30, 30)]),
    ("Ribuan jemaah memadati Masjid Agung sejak subuh.", [("other", "pilgrims", 2000, 9999)]),
]
test_a_candidates_crowd_storming_an_office_turns_out = rows_test(CANDIDATE_CROWDS, "id")
