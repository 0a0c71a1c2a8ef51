"""Lists, breakdowns and shares whose items inherit the measure, and one claim per place (issue 11, round 14:
r14list). Every sentence is our own (invented places, units and figures); the wordings are those read in real
reports (Tribun and Kompas evacuee rundowns "tersebar di ...", Tribun Lampung "dari Kabupaten X dan Kabupaten Y,
masing-masing terdapat 4 orang", Republika and RMOL Brimob rundowns "dari Sulawesi Utara dan Gorontalo masing-masing
dikirim ...", Hastings Tribune and Herald-Mail county death counts "Saline County and Jefferson County also each had
one death", wire copy "one each in X, Y and Z").

- one claim per place (``each_places.py``, ``[cues] each_place_words``): a figure that "each" gives to a list of two
  or more places named after a place preposition, before it ("di Desa A dan Desa B masing-masing tiga orang") or after
  it ("one each in X, Y and Z", "two deaths each were recorded in X and Y"), is a count in every one of those places
  (DESIGN 4.1): one claim per place, each with its ``place``. "each" after the counted noun is no size per item
  (``[cues] distributive``) when such a list follows. Controls: "masing-masing" giving every person an amount; a
  breakdown "masing-masing 15 orang dari X dan empat orang dari Y"; a single place; "each" with no list of places.
- a count after a numbered unit's name in a list by site (``site_items.py``): "tersebar di Kodim 1.500 jiwa, Lanud
  970 jiwa" are items (a counted noun after the number, the name opened by a list separator or preposition, a
  sibling figure counted by the same noun), no unit numbers. Controls: "Yonif 751 dikerahkan", "Kodim 0801 mengirim
  120 personel" stay labels.
- a label between the head's noun and its own measure word (``list_gaps.py``): "52 korban keracunan dirawat di ...,
  yakni RSUD A 30 orang, ...": the label is the head's, the items take its measure. Control: no measure word after
  the label.
- a part of a whole opened by "Dari" whose group follows "masih" (``tally_rules._copula_part``, ``[subjects]
  relative_copulas``): "Dari 60 orang yang ditangkap, 12 orang masih anak-anak" is a count of arrested children, as
  with "adalah"; a group outside the closed set stays a subset named by its noun ("masih pelajar"), a state keeps its
  own measure ("masih dirawat").
- a breakdown cue read into the head's noun phrase (``list_gaps.py``, ``[cues] noun_phrase_list_cues``): "4.100
  pengungsi tersebar di Desa A 1.500 jiwa, Desa B ...": the items take the head's measure and their place, the
  total none.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import fields_test

FIELDS = ("text", "measure", "subject", "place")

EACH_PLACE_ID: list[Any] = [
    (
        "Korban tewas di Desa Sukamaju dan Desa Karangsari masing-masing tiga orang.",
        [("tiga", "killed", "people", "Desa Sukamaju"), ("tiga", "killed", "people", "Desa Karangsari")],
    ),
    (
        "Dari Kalimantan Barat dan Kalimantan Tengah masing-masing dikirim 150 personel Brimob ke Wamena.",
        [("150", "deployed", "police", "Kalimantan Barat"), ("150", "deployed", "police", "Kalimantan Tengah")],
    ),
    (
        "Kemudian dari Kabupaten Lembah Hijau dan Kabupaten Tanah Merah, masing-masing terdapat 6 orang yang hilang.",
        [("6", "missing", "people", "Kabupaten Lembah Hijau"), ("6", "missing", "people", "Kabupaten Tanah Merah")],
    ),
    (
        "Pasukan dari Sumatera Utara, Riau dan Jambi masing-masing 200 personel diperbantukan ke ibu kota.",
        [
            ("200", "deployed", "people", "Sumatera Utara"),
            ("200", "deployed", "people", "Riau"),
            ("200", "deployed", "people", "Jambi"),
        ],
    ),
    (
        "Polda Riau, Polda Jambi dan Polda Bengkulu masing-masing mengirim 180 personel Brimob ke ibu kota.",
        [
            ("180", "deployed", "police", "Polda Riau"),
            ("180", "deployed", "police", "Polda Jambi"),
            ("180", "deployed", "police", "Polda Bengkulu"),
        ],
    ),
    (
        "Kabupaten Lembah Hijau dan Kabupaten Tanah Merah, masing-masing mencatat 9 korban meninggal.",
        [("9", "killed", "people", "Kabupaten Lembah Hijau"), ("9", "killed", "people", "Kabupaten Tanah Merah")],
    ),
    # controls: names of people before "masing-masing"; an amount given to each person; a breakdown after
    # "masing-masing"; a single place
    (
        "Budi dan Andi masing-masing ditangkap bersama 3 orang lainnya.",
        [("3", "other", "people", None)],
    ),
    (
        "Keluarga 14 korban meninggal menerima santunan masing-masing Rp 15 juta.",
        [("14", "killed", "people", None), ("Rp 15 juta", "other", "IDR", None)],
    ),
    (
        "Warga yang hilang masih 23 orang, masing-masing 17 orang dari Kabupaten Lembah Hijau dan enam orang dari "
        "Kabupaten Tanah Merah.",
        [
            ("23", "missing", "people", None),
            ("17", "missing", "people", "Kabupaten Lembah Hijau"),
            ("enam", "missing", "people", "Kabupaten Tanah Merah"),
        ],
    ),
]
test_each_place_id = fields_test(EACH_PLACE_ID, "id", FIELDS)

EACH_PLACE_EN: list[Any] = [
    (
        "Three people died, one each in Kent, Essex and Surrey.",
        [
            ("Three", "killed", "people", None),
            ("one", "killed", "people", "Kent"),
            ("one", "killed", "people", "Essex"),
            ("one", "killed", "people", "Surrey"),
        ],
    ),
    (
        "Seven people died, two each in Maple County and Cedar County and three in Birch County.",
        [
            ("Seven", "killed", "people", None),
            ("two", "killed", "people", "Maple County"),
            ("two", "killed", "people", "Cedar County"),
            ("three", "killed", "people", "Birch County"),
        ],
    ),
    (
        "Two deaths each were recorded in Kano and Kaduna.",
        [("Two", "killed", "people", "Kano"), ("Two", "killed", "people", "Kaduna")],
    ),
    (
        "The floods killed two people each in Lagos and Abeokuta.",
        [("two", "killed", "people", "Lagos"), ("two", "killed", "people", "Abeokuta")],
    ),
    (
        "Harlan County and Pike County also each had two deaths this week.",
        [("two", "killed", "people", "Harlan County"), ("two", "killed", "people", "Pike County")],
    ),
    (
        "Police in Leeds and Bradford each arrested four people.",
        [("four", "arrested", "people", "Leeds"), ("four", "arrested", "people", "Bradford")],
    ),
    # controls: a size per item; one place only; "each" of people; names of people before "each"
    (
        "Smith and Jones each scored two goals.",
        [("two", "other", "goals", None)],
    ),
    (
        "The agency sent four teams of six rescuers each.",
        [("four", "other", "teams", None), ("six", "other", "rescuers", None)],
    ),
    (
        "Two people died, one each in Kent.",
        [("Two", "killed", "people", None), ("one", "killed", "people", "Kent")],
    ),
    (
        "The three men were each sentenced to 10 years.",
        [("three", "other", "men", None)],
    ),
]
test_each_place_en = fields_test(EACH_PLACE_EN, "en", FIELDS)

SITE_ITEMS: list[Any] = [
    (
        "Pengungsi sebanyak 4.100 jiwa tersebar di Kodim 1.500 jiwa, Lanud 1.300 jiwa, dan GOR Sukamaju 1.300 jiwa.",
        [
            ("4.100", "displaced", "people", None),
            ("1.500", "displaced", "people", "Kodim"),
            ("1.300", "displaced", "people", "Lanud"),
            ("1.300", "displaced", "people", "GOR Sukamaju"),
        ],
    ),
    (
        "Sebanyak 2.600 pengungsi tersebar di Desa Karangsari 1.400 jiwa, Desa Sukamaju 700 jiwa dan Desa Mekar "
        "500 jiwa.",
        [
            ("2.600", "displaced", "people", None),
            ("1.400", "displaced", "people", "Desa Karangsari"),
            ("700", "displaced", "people", "Desa Sukamaju"),
            ("500", "displaced", "people", "Desa Mekar"),
        ],
    ),
    (
        "Sebanyak 900 warga mengungsi, tersebar di Korem 520 orang dan Lanud 380 orang.",
        [
            ("900", "displaced", "people", None),
            ("520", "displaced", "people", "Korem"),
            ("380", "displaced", "people", "Lanud"),
        ],
    ),
    # controls: a unit's number with no list; a unit's number before a counted figure
    (
        "Yonif 751 dikerahkan ke perbatasan sejak pekan lalu.",
        [],
    ),
    (
        "Kodim 0801 mengirim 120 personel ke lokasi banjir.",
        [("120", "deployed", "soldiers", None)],
    ),
]
test_site_items = fields_test(SITE_ITEMS, "id", FIELDS)

LABELLED_HEADS: list[Any] = [
    (
        "Sebanyak 52 korban keracunan dirawat di sejumlah fasilitas kesehatan, yakni RSUD Mekar 30 orang, Puskesmas "
        "Sukamaju 12 orang dan Klinik Sehat 10 orang.",
        [
            ("52", "hospitalized", "people", None),
            ("30", "hospitalized", "people", "RSUD Mekar"),
            ("12", "hospitalized", "people", "Puskesmas Sukamaju"),
            ("10", "hospitalized", "people", "Klinik Sehat"),
        ],
    ),
    (
        "Sebanyak 38 korban keracunan dirawat, yakni RSUD Lestari 20 orang dan Puskesmas Karangsari 18 orang.",
        [
            ("38", "hospitalized", "people", None),
            ("20", "hospitalized", "people", "RSUD Lestari"),
            ("18", "hospitalized", "people", "Puskesmas Karangsari"),
        ],
    ),
    # control: the label with no measure word of the head after it keeps its items apart
    (
        "Sebanyak 38 korban keracunan, yakni 20 siswa dan 18 guru.",
        [
            ("38", "other", "poisoning victims", None),
            ("20", "other", "students", None),
            ("18", "other", "teachers", None),
        ],
    ),
]
test_labelled_heads = fields_test(LABELLED_HEADS, "id", FIELDS)

STILL_PARTS: list[Any] = [
    (
        "Dari 48 orang yang diamankan, 11 orang masih anak-anak.",
        [("48", "arrested", "people", None), ("11", "arrested", "children", None)],
    ),
    (
        "Dari 26 korban tewas, tujuh masih anak-anak.",
        [("26", "killed", "people", None), ("tujuh", "killed", "children", None)],
    ),
    # controls: a group outside the closed set; a state with its own measure; a noun of its own before "masih"
    (
        "Dari 48 orang yang diamankan, 11 orang masih pelajar.",
        [("48", "arrested", "people", None), ("11", "other", "students", None)],
    ),
    (
        "Dari 48 orang yang diamankan, 11 orang masih dirawat.",
        [("48", "arrested", "people", None), ("11", "hospitalized", "people", None)],
    ),
    (
        "Dari 48 orang yang diamankan, 11 mahasiswa masih anak-anak.",
        [("48", "arrested", "people", None), ("11", "other", "students", None)],
    ),
]
test_still_parts = fields_test(STILL_PARTS, "id", FIELDS)
