"""Round 10, reports as they come (issue 11): classes shown by ``corpora/h13id_b*.json`` (paraphrases of regional
reports from Sulawesi, Kalimantan, Maluku, Nusa Tenggara, Papua, Sumatra and Bali, labelled before any run), fixed as
rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high[, place]) for every claim. The classes:

- a hearsay verb between a tally and its figure ("jumlah korban tewas yang sebelumnya disebut enam orang", "korban
  luka dikabarkan 30 orang") is no verb of its own, as "dilaporkan" is not: the figure takes the tally's measure
  (``[stops]``);
- an arrow ("anak panah") is no child, and a bow ("busur") and a parang are weapons, as the seizures of tawuran
  reports count them (``[nouns]``);
- a capitalised number word after a name word that follows an administrative word ends a place name ("Kecamatan
  Talang Empat warga terdampak ..."), as one right after the administrative word does (``exclusions._in_place_name``);
- a quintal ("7 kuintal sabu") is a unit of weight, never people seized (``[units]``); evacuees' shelters
  ("terbagi di tiga pengungsian") and regions ("lima daerah") are things (``[nouns]``);
- "siaga" is an identifier word ("Status Siaga 2") and a verb of standing by: a counted noun after its figure makes
  the figure a count ("sudah siaga 450-an personel"; ``[cues] identifier_verbs``, ``exclusions._verb_count``), and
  "sudah/masih/tetap siaga" names deployed (``[measures]``);
- the first figure of a list by place takes its place as the items do, whatever its measure: "Banjir merendam 88
  rumah di Kelurahan Baru dan 20 rumah di Kelurahan Ujuna" gives both places, not the second alone
  (``breakdowns._places``; before, an ``other`` head never took one);
- a verb of record between an origin word and the old value ("yang sebelumnya disebut 38 orang kini bertambah menjadi
  51 orang") leaves the two figures the old and new value of one change: the new one takes the measure too
  (``increments.superseded``, ``[syntax] old_value_verbs``);
- "mengalami rusak parah" grades the damage as "rusak berat" does (``[other_verbs]``); an incident is never damaged
  ("412 kali kejadian karhutla dengan lahan terbakar"; ``[nouns]``); "yang siaga" names deployed as "sudah siaga".
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
    # arrows, bows and parang are things, not children (round 17: arrows by their own noun)
    (
        "Polisi menyita 31 anak panah, dua busur dan empat parang dari kelompok pemuda itu.",
        [("other", "arrows", 31, 31), ("other", "weapons", 2, 2), ("other", "machetes", 4, 4)],
    ),
    (
        "Petugas juga mengamankan satu parang dan 12 anak panah di lokasi tawuran.",
        [
            ("other", "machetes", 1, 1),
            ("other", "arrows", 12, 12),
        ],
    ),
    # control: children hit by arrows are still children
    ("Dua anak terkena anak panah saat tawuran di Jalan Veteran.", [("injured", "children", 2, 2)]),
    # a number word that ends a place name
    ("Di Kecamatan Simpang Empat warga yang mengungsi mencapai 430 jiwa.", [("displaced", "people", 430, 430)]),
    ("Banjir di Desa Sungai Tiga merendam 85 rumah.", [("other", "houses", 85, 85)]),
    # controls: a headline verb between the name and the number; a number word after a comma
    ("Longsor Desa Sukamaju Tewaskan Tiga Warga", [("killed", "people", 3, 3)]),
    ("Banjir melanda Desa Mekar Jaya, empat warga hilang.", [("missing", "people", 4, 4)]),
    # quintals, shelters, regions
    (
        "Sepanjang tahun ini Polda Jambi menyita 600 kg atau 6 kuintal sabu.",
        [("other", "kg", 600, 600), ("other", "quintals", 6, 6)],
    ),
    ("Bantuan beras dikirim ke enam pengungsian di Distrik Sentani.", [("other", "shelters", 6, 6)]),
    ("Banjir melanda tiga daerah di Provinsi Bengkulu.", [("other", "regions", 3, 3)]),
    # "siaga" before a count of people
    ("Di sekitar gereja sudah siaga 300-an personel gabungan.", [("deployed", "people", 300, 399)]),
    ("Sejak pagi masih siaga 85 personel Polres Tulang Bawang.", [("deployed", "police", 85, 85)]),
    # controls: the alert level stays a label
    ("Gunung Ile Lewotolok berstatus Siaga 3 dan 640 warga mengungsi.", [("displaced", "people", 640, 640)]),
    ("Pemkot menetapkan status siaga 2 banjir sejak Senin.", []),
    # the head of a list by place takes its place, `other` too
    (
        "Air sungai merendam 57 rumah di Kelurahan Talise dan 23 rumah di Kelurahan Tondo.",
        [("other", "houses", 57, 57, "Kelurahan Talise"), ("other", "houses", 23, 23, "Kelurahan Tondo")],
    ),
    (
        "Petugas mencatat 140 KK di Desa Sidera dan 75 KK di Desa Jono Oge.",
        [("other", "households", 140, 140, "Desa Sidera"), ("other", "households", 75, 75, "Desa Jono Oge")],
    ),
    # controls: a place that sets the scene, and a list by kind, name no place
    (
        "Banjir di Kabupaten Sigi merendam 120 rumah dan 30 sekolah.",
        [("other", "houses", 120, 120), ("other", "schools", 30, 30)],
    ),
    (
        "Longsor menewaskan 6 orang di Desa Beka dan 2 orang di Desa Bolapapu.",
        [("killed", "people", 6, 6, "Desa Beka"), ("killed", "people", 2, 2, "Desa Bolapapu")],
    ),
    # a verb of record before the old value of a change
    (
        "Korban tewas yang sebelumnya disebut 17 orang kini bertambah menjadi 23 orang.",
        [("killed", "people", 17, 17), ("killed", "people", 23, 23)],
    ),
    (
        "Jumlah pengungsi yang semula tercatat 1.240 jiwa kini menjadi 860 jiwa.",
        [("displaced", "people", 1240, 1240), ("displaced", "people", 860, 860)],
    ),
    # control: no origin word, the earlier figure keeps the word
    (
        "Korban tewas tercatat 17 orang, sementara 40 lainnya luka-luka.",
        [("killed", "people", 17, 17), ("injured", "people", 40, 40)],
    ),
    # damage grades, incidents, standing by
    ("Di Desa Tapalang ada 44 rumah yang mengalami rusak parah.", [("other", "heavily damaged houses", 44, 44)]),
    (
        "BPBD mencatat 96 kali kejadian kebakaran lahan dengan 12 hektare kebun terbakar.",
        [("other", "fires", 96, 96), ("other", "hectares", 12, 12)],
    ),
    ("Relawan yang siaga di posko banjir berjumlah 45 orang.", [("deployed", "people", 45, 45)]),
]


test_indonesian_h13_h13id_b = rows_test(INDONESIAN, "id")
