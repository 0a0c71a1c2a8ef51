"""Indonesian regional desks as they come (issue 11, round 9 wave 2, corpus ``h12id_a*``): Kupang flood and cyclone
tallies, fishermen lost at sea, police hurt in clashes, landslide searches, bus plunges, prison riots and escapes.

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a tally by place opened by the noun with its possessive, "rinciannya" / "perinciannya" (BPBD and BNPB recaps,
  "Korban tewas ... 30 orang. Rinciannya, 18 orang di X dan 12 orang di Y"): the items inherit the measure and take
  their place, as after "rincian" (``[breakdowns] cues``);
- fire crews a blaze involves are sent to it, as a force is: "Pemadaman melibatkan 105 personel pemadam"
  (``[cues] involved_labels``), while the people a brawl involves stay ``other``;
- a tally of damaged things ranked by place and apposed to a bare classifier names its thing before the comma:
  "Rumah rusak paling banyak di Kecamatan X, yakni empat unit" (damaged houses in X; ``subject_rules._heads_before``),
  which with no thing named was dropped;
- the things a fire strikes are burnt: "Kebakaran hebat melanda 84 unit rumah", "kebakaran menimpa 12 rumah"
  (``fire_nouns.burnt_by_fire``, ``[cues] fire_strike_verbs``, ``fire_intensifiers``), while a flood that strikes
  houses only affects them;
- people who had been missing for a while are found, no longer missing: "11 orang yang sempat hilang itu ditemukan",
  "yang sempat dinyatakan hilang" (``once_missing.py``, ``[cues] once_words``, ``once_skips``);
- a force that assists an operation is deployed, as one it involves: "memadamkan api dibantu tiga unit mobil pemadam
  dan 25 personel" (``[measures] deployed``, ``[cues] involvement_verbs``), while civilians who help stay ``other``
  and the party helped, before the verb, is no force (``helped_figures.py``, ``[cues] help_verbs``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # BPBD flood recaps: the total, then "rinciannya" and the items by kelurahan or desa
    (
        "Jumlah pengungsi mencapai 830 jiwa, rinciannya 512 di Kelurahan Sikumana, 201 di Kelurahan Oepura dan 117"
        " di Kelurahan Nefonaek.",
        [
            ("displaced", "people", 830, 830, None),
            ("displaced", "people", 512, 512, "Kelurahan Sikumana"),
            ("displaced", "people", 201, 201, "Kelurahan Oepura"),
            ("displaced", "people", 117, 117, "Kelurahan Nefonaek"),
        ],
    ),
    (
        "Korban meninggal akibat longsor menjadi 11 orang, perinciannya tujuh orang di Desa Karangjati dan empat"
        " orang di Desa Sidomulyo.",
        [
            ("killed", "people", 11, 11, None),
            ("killed", "people", 7, 7, "Desa Karangjati"),
            ("killed", "people", 4, 4, "Desa Sidomulyo"),
        ],
    ),
    (
        "Sebanyak 64 rumah rusak diterjang angin puting beliung, rinciannya 40 unit di Kecamatan Batu Putih dan 24"
        " unit di Kecamatan Amanuban.",
        [
            ("damaged", "houses", 64, 64, None),
            ("damaged", "houses", 40, 40, "Kecamatan Batu Putih"),
            ("damaged", "houses", 24, 24, "Kecamatan Amanuban"),
        ],
    ),
    # Damkar and BPBD fire reports: the crews an operation involves
    (
        "Operasi pemadaman melibatkan 48 personel pemadam dan sembilan unit mobil pemadam.",
        [("deployed", "people", 48, 48), ("other", "fire engines", 9, 9)],
    ),
    ("Pemadaman api di gudang itu melibatkan 36 petugas damkar.", [("deployed", "people", 36, 36)]),
    # control: the pupils a brawl involves are no force
    (
        "Tawuran itu melibatkan 40 pelajar dari dua sekolah.",
        [("other", "students", 40, 40), ("other", "schools", 2, 2)],
    ),
    # BPBD quake recaps: the worst-hit place between a ranked damage tally and its classifier
    ("Rumah rusak terbanyak di Kecamatan Waru, yakni 27 unit.", [("damaged", "houses", 27, 27, "Kecamatan Waru")]),
    (
        "Sekolah rusak paling banyak di Kabupaten Sigi, yaitu 14 unit.",
        [("damaged", "schools", 14, 14, "Kabupaten Sigi")],
    ),
    # control: a ranked tally of people keeps its reading
    (
        "Korban luka terbanyak di Desa Mekar, yakni sembilan orang.",
        [("injured", "people", 9, 9, "Desa Mekar")],
    ),
    # settlement and market fires: the things a fire strikes
    ("Kebakaran hebat melanda 63 unit rumah di Kelurahan Tanah Tinggi.", [("damaged", "houses", 63, 63)]),
    ("Kebakaran menimpa 17 kios di Pasar Cikurubuk, Minggu malam.", [("damaged", "kiosks", 17, 17)]),
    # control: a flood that strikes houses only affects them; a fire that strikes people burns no thing
    ("Banjir melanda 63 rumah di Desa Sukawening.", [("other", "houses", 63, 63)]),
    ("Kebakaran itu melanda 25 warga yang tinggal di bantaran kali.", [("other", "people", 25, 25)]),
    # SAR searches for boats and climbers: the formerly missing are found
    (
        "Perahu berisi sembilan orang yang sempat hilang itu ditemukan di dekat Pulau Panjang.",
        [("other", "found", 9, 9)],
    ),
    (
        "Dua pendaki masih hilang, sementara enam orang yang sempat dinyatakan hilang sudah ditemukan.",
        [("missing", "people", 2, 2), ("other", "found", 6, 6)],
    ),
    # control: missing with no past state stays missing
    ("Empat nelayan hilang di perairan Selat Alas.", [("missing", "people", 4, 4)]),
    # fire and SAR operations: the force that assists
    (
        "Petugas memadamkan api dibantu empat unit mobil pemadam dan 32 personel gabungan.",
        [("other", "fire engines", 4, 4), ("deployed", "people", 32, 32)],
    ),
    (
        "Pencarian dibantu 45 relawan dan 15 personel Brimob.",
        [("deployed", "people", 45, 45), ("deployed", "police", 15, 15)],
    ),
    # controls: villagers who help are no force; the party helped is no force
    ("Polisi dibantu 40 warga mencari korban di hutan.", [("other", "people", 40, 40)]),
    ("Evakuasi enam korban longsor itu dibantu relawan.", [("other", "casualties", 6, 6)]),
    # control: the noun alone with no figure after it opens no list
    (
        "Polisi belum merilis rinciannya, tetapi 15 orang sudah ditangkap.",
        [("arrested", "people", 15, 15)],
    ),
]


test_indonesian_h12_h12id_a = rows_test(INDONESIAN, "id")
