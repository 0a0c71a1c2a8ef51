"""Where a figure's subject comes from when its own noun does not say (claims.extraction.subject_rules)."""

from __future__ import annotations

import pytest

from claims.extraction import extract

Row = tuple[str, str, str | None]


def rows(text: str, lang: str) -> list[Row]:
    return [(c.text, c.measure, c.subject) for c in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a tally named before the figure gives its group to the generic "orang" after it
        (
            "Jumlah wartawan yang ditahan bertambah menjadi sembilan orang.",
            "id",
            [("sembilan", "arrested", "journalists")],
        ),
        ("Total anak yang hilang mencapai 14 orang.", "id", [("14", "missing", "children")]),
        ("The number of children killed in the fire has risen to 23.", "en", [("23", "killed", "children")]),
        # without a tally word, the noun before an active verb is its agent, not the counted group
        ("Polisi telah menangkap sedikitnya 40 orang.", "id", [("sedikitnya 40", "arrested", "people")]),
        ("Soldiers detained at least 40 people.", "en", [("at least 40", "arrested", "people")]),
    ],
)
def test_tally_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bare figure continues the group of the count before it ...
        (
            "Sebelas jurnalis terluka, dua hilang dan lima ditahan.",
            "id",
            [
                ("Sebelas", "injured", "journalists"),
                ("dua", "missing", "journalists"),
                ("lima", "arrested", "journalists"),
            ],
        ),
        # ... but not the group of a part of it, nor of an item of a list in parentheses
        (
            "The toll rose to 40, six of them children, and 95 injured were still in hospital.",
            "en",
            [("40", "killed", "people"), ("six", "killed", "children"), ("95", "hospitalized", "people")],
        ),
        (
            "Officials counted 27 deaths (four boys, nine women and 14 men) and 60 injured.",
            "en",
            [
                ("27", "killed", "people"),
                ("four", "killed", "children"),
                ("nine", "killed", "women"),
                ("14", "killed", "men"),
                ("60", "injured", "people"),
            ],
        ),
        # a part with a generic noun keeps the whole's group
        (
            "Delapan perempuan tewas; lima di antaranya warga Desa Lembang Hilir.",
            "id",
            [("Delapan", "killed", "women"), ("lima", "killed", "women")],
        ),
    ],
)
def test_group_carried_over(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Korban luka: 14 orang. Rumah roboh: 62 unit.",
            "id",
            [("14", "injured", "people"), ("62", "damaged", "houses")],
        ),
        ("Gedung yang rusak mencapai 31 unit.", "id", [("31", "damaged", "buildings")]),
        ("Homes destroyed: about 250.", "en", [("about 250", "damaged", "homes")]),
    ],
)
def test_thing_named_before_the_figure(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the noun after a copula names the group of a part
        (
            "Dari 500 orang yang diamankan, 45 di antaranya adalah wartawan.",
            "id",
            [("500", "arrested", "people"), ("45", "arrested", "journalists")],
        ),
        (
            "Nine people were killed, and two of them were journalists.",
            "en",
            [("Nine", "killed", "people"), ("two", "killed", "journalists")],
        ),
        ("Sebanyak 8 di antara korban tewas adalah anak-anak.", "id", [("8", "killed", "children")]),
        # the person noun after a body noun owns the bodies
        ("Tim SAR menemukan tiga jenazah anak-anak di bawah jembatan.", "id", [("tiga", "killed", "children")]),
        # a tally word names what a predicate figure counts under other: casualties of several measures
        (
            "Total korban kecelakaan itu mencapai 57 orang, terdiri atas 9 tewas dan 48 luka-luka.",
            "id",
            [("57", "other", "casualties"), ("9", "killed", "people"), ("48", "injured", "people")],
        ),
        # the noun after a tally word owns the data, not the count, when it is specific or a verb names the figure
        ("Data BPBD mencatat sebanyak 1.200 warga terdampak.", "id", [("1.200", "other", "people")]),
    ],
)
def test_noun_named_by_a_construction(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a change of people counted under other is named by its direction
        (
            "Penghuni tenda darurat kini tinggal 820 jiwa, berkurang 150 jiwa dari hari sebelumnya.",
            "id",
            [("820", "other", "people"), ("150", "other", "decrease")],
        ),
        # a change of things keeps its noun
        (
            "Gudang itu kini menyimpan 40 tenda, bertambah 12 tenda dari kemarin.",
            "id",
            [("40", "other", "tents"), ("12", "other", "tents")],
        ),
    ],
)
def test_change_counted_under_other(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


def test_a_part_after_a_coordination_is_taken_from_all_of_it() -> None:
    text = "Petugas mengevakuasi 9 laki-laki dan 7 perempuan, dua di antaranya meninggal."
    assert rows(text, "id")[-1] == ("dua", "killed", "people")
    text = "Sebanyak 12 wartawan terluka, dua di antaranya dirawat di rumah sakit."
    assert rows(text, "id")[-1] == ("dua", "hospitalized", "journalists")


def test_people_counted_by_their_status() -> None:
    text = "Dari 240 orang yang diamankan, 190 dipulangkan dan 50 masih diperiksa."
    assert rows(text, "id") == [
        ("240", "arrested", "people"),
        ("190", "other", "people released"),
        ("50", "other", "people under questioning"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The tornado flattened at least 35 schools and homes.",
            "en",
            [("at least 35", "damaged", "schools and homes")],
        ),
        ("Banjir merusak 40 rumah dan kios di tepi sungai.", "id", [("40", "damaged", "houses and kiosks")]),
        # a second figure has its own noun: no coordination of things
        ("Banjir merusak 40 rumah dan 12 kios.", "id", [("40", "damaged", "houses"), ("12", "damaged", "kiosks")]),
    ],
)
def test_things_counted_together(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


def test_a_part_refers_past_a_count_in_parentheses() -> None:
    text = "The number of evacuees reached 9,100 people (2,300 families), of whom 4,000 were children."
    *_, part = extract(text, "en")
    assert (part.text, part.subject) == ("4,000", "children")
    text = "Sebanyak 900 warga (240 KK) diungsikan, 300 di antaranya lansia."
    *_, part = extract(text, "id")
    assert (part.text, part.subject) == ("300", "elderly")
    text = "Sebanyak 900 warga (240 KK) diungsikan, 300 di antaranya tinggal di tenda."
    *_, part = extract(text, "id")
    assert (part.text, part.subject) == ("300", "people")  # not households
