"""Round 10, reports as they come (issue 11): classes shown by ``corpora/h13id_b*.json`` (paraphrases of regional
reports from Sulawesi, Kalimantan, Maluku, Nusa Tenggara, Papua, Sumatra and Bali, labelled before any run), fixed as
rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high[, place]) for every claim. The classes:

- a hearsay verb between a tally and its figure ("jumlah korban tewas yang sebelumnya disebut enam orang", "korban
  luka dikabarkan 30 orang") is no verb of its own, as "dilaporkan" is not: the figure takes the tally's measure
  (``[stops]``);
- an arrow ("anak panah") is no child, and a bow ("busur") and a parang are weapons, as the seizures of tawuran
  reports count them (``[nouns]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # a hearsay verb between the tally and its figure
    (
        "Polres Buton meralat jumlah korban meninggal yang sebelumnya disebut sembilan orang.",
        [("killed", "people", 9, 9)],
    ),
    ("Jumlah korban luka dalam bentrokan di Tual dikabarkan 27 orang.", [("injured", "people", 27, 27)]),
    ("Korban hilang diberitakan mencapai 11 orang.", [("missing", "people", 11, 11)]),
    # controls: a hearsay verb before a verb of its own leaves the figure to that verb; no tally keeps `other`
    ("Warga yang disebut 15 orang itu mengungsi ke gereja.", [("displaced", "people", 15, 15)]),
    ("Kampung itu disebut dihuni 320 jiwa.", [("other", "people", 320, 320)]),
    ("Jumlah korban tewas dilaporkan 8 orang.", [("killed", "people", 8, 8)]),
    # arrows, bows and parang are weapons, not children
    (
        "Polisi menyita 31 anak panah, dua busur dan empat parang dari kelompok pemuda itu.",
        [("other", "weapons", 31, 31), ("other", "weapons", 2, 2), ("other", "machetes", 4, 4)],
    ),
    (
        "Petugas juga mengamankan satu parang dan 12 anak panah di lokasi tawuran.",
        [
            ("other", "machetes", 1, 1),
            ("other", "weapons", 12, 12),
        ],
    ),
    # control: children hit by arrows are still children
    ("Dua anak terkena anak panah saat tawuran di Jalan Veteran.", [("injured", "children", 2, 2)]),
]


test_indonesian_h13_h13id_b = rows_test(INDONESIAN, "id")
