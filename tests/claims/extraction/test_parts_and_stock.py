"""Parts picked out of a whole of the same measure, the injured still in care, increments named by "lain"
(DESIGN.md section 4.1). Our own sentences: places and figures are invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract

CASES = [
    # a part that its own verb picks out of a whole of the same measure is a subset: other
    (
        "Sebanyak 150 warga dirawat di puskesmas, 20 di antaranya dirujuk ke rumah sakit daerah.",
        "id",
        [("150", "hospitalized", 150, 150), ("20", "other", 20, 20)],
    ),
    (
        "Polisi menahan 64 orang, sembilan di antaranya ditahan di Rutan Cempaka.",
        "id",
        [("64", "arrested", 64, 64), ("sembilan", "arrested", 9, 9)],
    ),
    # the items of a list of material losses are damaged (DESIGN 4.1); the part picked out by burning is a subset
    (
        "Kerugian mencakup kios 30 unit dan gudang 12 unit, lima di antaranya dibakar.",
        "id",
        [("30", "damaged", 30, 30), ("12", "damaged", 12, 12), ("lima", "other", 5, 5)],
    ),
    # a part with a measure of its own is read as that measure
    ("Dari lima korban, dua di antaranya tewas.", "id", [("lima", "other", 5, 5), ("dua", "killed", 2, 2)]),
    ("Lima di antaranya tewas di lokasi kejadian.", "id", [("Lima", "killed", 5, 5)]),
    # the injured still being treated are the stock in care: hospitalized
    ("Sekitar 80 korban luka masih dirawat di rumah sakit setempat.", "id", [("Sekitar 80", "hospitalized", 72, 88)]),
    ("Sebanyak 41 korban luka telah dipulangkan.", "id", [("41", "injured", 41, 41)]),
    # a sentence that opens with its whole: the figures after the comma are parts of it
    (
        "Of the 350 people detained, 120 were released and 40 were charged.",
        "en",
        [("350", "arrested", 350, 350), ("120", "other", 120, 120), ("40", "other", 40, 40)],
    ),
    ("Of the 58 people killed, 30 died in hospital.", "en", [("58", "killed", 58, 58), ("30", "other", 30, 30)]),
    (
        "Dari 85 orang yang diamankan, 60 dipulangkan dan 25 lainnya masih diperiksa.",
        "id",
        [("85", "arrested", 85, 85), ("60", "other", 60, 60), ("25", "other", 25, 25)],
    ),
    # "include": a part of a whole named before without a figure; a closed group keeps the measure
    ("Those still missing include 14 fishermen who were caught by the storm.", "en", [("14", "other", 14, 14)]),
    (
        "The dead include five children and two police officers.",
        "en",
        [("five", "killed", 5, 5), ("two", "killed", 2, 2)],
    ),
    # "as" before a measure word is a preposition, not a new clause: the severity subsets are other
    (
        "About 9,300 homes were damaged, 8,100 of them classified as partially damaged and 1,200 as totally destroyed.",
        "en",
        [("About 9,300", "damaged", 8370, 10230), ("8,100", "other", 8100, 8100), ("1,200", "other", 1200, 1200)],
    ),
    ("Authorities listed 42 people as missing after the landslide.", "en", [("42", "missing", 42, 42)]),
    # the items of a breakdown by something else are parallel: one measured by its own noun alone is other too
    (
        "Polisi menyebut peserta unjuk rasa berjumlah 3.000 orang, yakni 1.900 dari serikat pekerja dan 1.100 massa"
        " simpatisan.",
        "id",
        [("3.000", "participants", 3000, 3000), ("1.900", "other", 1900, 1900), ("1.100", "other", 1100, 1100)],
    ),
    # a list of counted nouns goes on past its commas: the verb after it names the measure, the subject is the group
    ("About 2,000 police, soldiers and marines were deployed.", "en", [("About 2,000", "deployed", 1800, 2200)]),
    ("Sebanyak 300 polisi, tentara dan relawan dikerahkan ke lokasi.", "id", [("300", "deployed", 300, 300)]),
    ("At least 20 people died, police and hospital officials said.", "en", [("At least 20", "killed", 20, None)]),
    # a verb before a list of nouns governs the figure that ends the list
    (
        "Massa membakar puskesmas, gedung sekolah, dan sedikitnya 14 rumah warga di Desa Ulu.",
        "id",
        [("sedikitnya 14", "damaged", 14, None)],
    ),
    # bodies moved are the dead, whatever the verb of moving
    ("Rescuers evacuated 12 bodies from the collapsed building.", "en", [("12", "killed", 12, 12)]),
    ("Tim SAR mengevakuasi 40 warga ke tempat aman.", "id", [("40", "displaced", 40, 40)]),
    # "lain" after the counted noun beside a running total: an increment
    (
        "Tim gabungan menangkap tiga tersangka lain di Desa Lontar, sehingga total yang ditangkap menjadi 19 orang.",
        "id",
        [("tiga", "other", 3, 3), ("19", "arrested", 19, 19)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_parts_stock_and_increments(text: str, lang: str, expected: list[tuple[str, str, int, int]]) -> None:
    claims = extract(text, lang)
    assert [(c.text, c.measure, c.low, c.high) for c in claims] == expected


def test_an_increment_by_lain_is_named_increase() -> None:
    claims = extract(
        "Aparat meringkus dua pelaku lain di Pasar Baru, sehingga total yang ditangkap menjadi 8 orang.", "id"
    )
    assert [(c.measure, c.subject) for c in claims] == [("other", "increase"), ("arrested", "people")]


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("About 2,000 police, soldiers and marines were deployed.", "en", "security_forces"),
        ("Sebanyak 300 polisi, tentara dan relawan dikerahkan ke lokasi.", "id", "people"),
        ("At least 20 people died, police and hospital officials said.", "en", "people"),
    ],
)
def test_a_list_of_counted_nouns_takes_their_common_group(text: str, lang: str, subject: str) -> None:
    assert [c.subject for c in extract(text, lang)] == [subject]


def test_a_breakdown_cue_after_a_clause_of_its_own_takes_the_list_back_to_the_head() -> None:
    text = (
        "Polri mencatat 1.540 orang ditangkap di 9 polda selama tiga hari kerusuhan, terbanyak di Jawa Timur dengan"
        " 410 orang, disusul Banten 275 orang."
    )
    assert [(c.text, c.measure, c.place) for c in extract(text, "id")] == [
        ("1.540", "arrested", None),
        ("9", "other", None),
        ("410", "arrested", "Jawa Timur"),
        ("275", "arrested", "Banten"),
    ]


def test_an_adjunct_figure_heads_no_list() -> None:
    claims = extract("Banjir di 3 kecamatan menewaskan 12 orang.", "id")
    assert [(c.text, c.measure, c.place) for c in claims] == [("3", "other", None), ("12", "killed", None)]
