"""Round 10 wave 2, the disaster desk as it comes (issue 11): classes shown by ``corpora/h15id_a1.json``
(paraphrases of metroterkini, iNews Jabar, Suara, Liputan6, detik, Tempo, Republika, Antara Bali, cendananews,
IDN Times, Harian Disway, Kompas TV, Kompas, SuaraJatim and antvklik reports on whirlwinds, tidal floods, forest
fires, eruptions, drought and landslides, labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high) for every claim. The classes:

- an address of three or more levels between the count and its verb, with no comma after its last level ("18 rumah
  di Kampung A, Desa B, Kecamatan C rusak diterjang angin"): a comma before an administrative word opens one more
  level of the address, not a new clause (``addresses.address_end``);
- wind speeds written "km/jam", "km per jam", "kilometer per jam" are a speed unit (``[units] "km/h"``), so a
  range with the unit after each end ("38,5 km/jam hingga 51,2 km/jam") is one range, not a distance and a bound;
- people who join a search ("25 personel Brimob yang ikut mencari", "35 relawan turut membantu pencarian") are
  deployed (``[measures] deployed``: "ikut mencari", "ikut pencarian", "turut serta dalam pencarian" ...);
- search gear: a pump named by its use or brand ("mesin air", "mesin alkon") is water pumps, a thing (``[nouns]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # an address of three levels with no closing comma
    (
        "Sebanyak 26 rumah di Dusun Krajan, Desa Sumberagung, Kecamatan Pesanggaran rusak diterjang angin kencang.",
        [("damaged", "houses", 26, 26)],
    ),
    (
        "Empat warga Kampung Leuwiliang, Desa Cibodas, Kecamatan Pasirjambu tewas tertimbun longsor.",
        [("killed", "people", 4, 4)],
    ),
    # control: a new clause after the comma keeps its own figure and measure
    (
        "Sebanyak 12 rumah di Desa Mekarjaya rusak, Desa Sindangsari tujuh rumah terendam.",
        [("damaged", "houses", 12, 12), ("other", "houses", 7, 7)],
    ),
    # wind speeds
    (
        "Angin kencang berkecepatan 42,6 km/jam hingga 58,3 km/jam merobohkan baliho di tepi jalan.",
        [("other", "km/h", 42.6, 58.3)],
    ),
    (
        "BMKG mencatat kecepatan angin mencapai 64 kilometer per jam di pesisir selatan.",
        [("other", "km/h", 64, 64)],
    ),
    # control: a distance stays a distance
    (
        "Lokasi pengungsian berjarak sekitar 9 km dari puncak gunung.",
        [("other", "km", 8.1, 9.9)],
    ),
    # people who join a search
    (
        "Hari ini ada 45 personel Polairud yang ikut mencari nelayan yang hilang.",
        [("deployed", "police", 45, 45)],
    ),
    (
        "Sebanyak 70 relawan turut serta dalam pencarian korban banjir bandang.",
        [("deployed", "people", 70, 70)],
    ),
    # search gear
    (
        "Tim gabungan menurunkan lima unit mesin air dan satu unit ekskavator ke lokasi longsor.",
        [("other", "water pumps", 5, 5), ("other", "excavators", 1, 1)],
    ),
    # control: a crowd that joins a rally stays participants
    (
        "Sebanyak 300 mahasiswa ikut berunjuk rasa di depan gedung DPRD.",
        [("participants", "people", 300, 300)],
    ),
]

test_indonesian_h15_h15id_a = rows_test(INDONESIAN, "id")
