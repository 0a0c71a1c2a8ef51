"""Subjects a generic noun takes from its sentence, and the narrowest class of a noun phrase (DESIGN 4, 4.1)."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.subjects import context_class, narrowest


def subjects(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.measure, c.subject) for c in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare "officers" in news are police officers
        ("Nine officers were injured when the crowd charged the barricade.", [("Nine", "injured", "police")]),
        ("About 3,000 officers were deployed around the stadium.", [("About 3,000", "deployed", "police")]),
        # an army word makes them soldiers, a civilian service makes them people
        ("Four army officers were killed in the ambush.", [("Four", "killed", "soldiers")]),
        ("Twelve fire officers were hurt while fighting the blaze.", [("Twelve", "injured", "people")]),
        # a police word beside "personnel"; none leaves people
        ("The police sent 800 personnel to the border crossing.", [("800", "deployed", "police")]),
        ("The agency sent 800 personnel to the flooded valley.", [("800", "deployed", "people")]),
    ],
)
def test_english_generic_officers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police command's force is police; an army command's, soldiers
        ("Polresta Kali Biru menerjunkan 310 personel untuk menjaga kantor bupati.", [("310", "deployed", "police")]),
        ("Kodim setempat mengirim 120 personel ke desa yang terisolasi.", [("120", "deployed", "soldiers")]),
        ("Polres dan Kodim mengerahkan 450 personel ke perbatasan.", [("450", "deployed", "security_forces")]),
        # a joint force, or one with a civilian agency, is people
        ("Sebanyak 700 personel gabungan diterjunkan untuk mencari korban.", [("700", "deployed", "people")]),
        (
            "Polres bersama BPBD menurunkan 260 personel ke lokasi longsor.",
            [("260", "deployed", "people")],
        ),
        # nothing in the sentence says whose personnel they are
        ("Sebanyak 90 personel dikirim ke lokasi kebakaran.", [("90", "deployed", "people")]),
        ("Polsek Tanjung Asri menurunkan 40 petugas untuk mengatur lalu lintas.", [("40", "deployed", "police")]),
    ],
)
def test_indonesian_generic_personnel(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, "id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sex or age noun after a person noun narrows it
        ("Dua penumpang perempuan tewas di lokasi kecelakaan.", [("Dua", "killed", "women")]),
        ("Tiga nelayan pria hilang di perairan Teluk Rindu.", [("Tiga", "missing", "men")]),
        # a crowd at a gathering is people; those who protest are protesters
        ("Polisi menyebut jumlah massa mencapai 2.400 orang.", [("2.400", "participants", "people")]),
        ("Sebanyak 600 demonstran turun ke jalan.", [("600", "participants", "protesters")]),
    ],
)
def test_indonesian_narrow_person_nouns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, "id") == expected


def test_narrowest_takes_the_deepest_class_on_one_line() -> None:
    assert narrowest(["people", "children"]) == "children"
    assert narrowest(["journalists", "civilians", "people"]) == "journalists"
    assert narrowest(["men", "women"]) == "people"  # two branches: their common ancestor
    assert narrowest(["police"]) == "police"


def test_context_class_default_and_mixed_cues() -> None:
    entries = (
        ("police", frozenset({"*", "polisi"})),
        ("soldiers", frozenset({"tentara"})),
        ("people", frozenset({"relawan"})),
    )
    assert context_class(entries, {"x"}) == "police"
    assert context_class(entries, {"tentara"}) == "soldiers"
    assert context_class(entries, {"polisi", "tentara"}) == "security_forces"
    assert context_class(entries, {"polisi", "relawan"}) == "people"
    assert context_class((("police", frozenset({"polisi"})),), {"x"}) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dua warga negara Jepang ikut diamankan polisi.", "id", [("Dua", "arrested", "foreigners")]),
        ("Lima warga negara Indonesia ditahan di perbatasan.", "id", [("Lima", "arrested", "people")]),
        # with an auxiliary the order is the predicate; without one it only modifies the noun
        (
            "Some 20,000 people have been ordered to leave their homes.",
            "en",
            [("Some 20,000", "other", "people ordered to evacuate")],
        ),
        ("Officials said 31 people were on board the ferry.", "en", [("31", "other", "people on board")]),
        ("The hall is licensed to hold 900.", "en", [("900", "other", "venue capacity")]),
    ],
)
def test_subject_labels(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a civilian agency named in the list of units makes the force people
        (
            "Polres menurunkan 380 personel gabungan TNI, Polri, Satpol PP dan Dishub.",
            "id",
            [("380", "deployed", "people")],
        ),
        ("Sebanyak 500 personel TNI dan Polri diterjunkan.", "id", [("500", "deployed", "security_forces")]),
        # firefighters counted beside officers do not make the officers civilians
        (
            "Eleven officers and four firefighters were injured.",
            "en",
            [("Eleven", "injured", "police"), ("four", "injured", "people")],
        ),
        # a verb's label that names a subset of the noun's kind is kept
        ("Sebanyak 64 rumah rusak berat diterjang angin.", "id", [("64", "other", "heavily damaged houses")]),
    ],
)
def test_groups_in_the_noun_phrase(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # pupils of primary and junior secondary school are children; a boy or a girl is a child
        ("Sebanyak 14 pelajar SMP terluka saat tawuran.", "id", [("14", "injured", "children")]),
        ("Dua anak perempuan hilang terseret banjir.", "id", [("Dua", "missing", "children")]),
        ("Tiga bocah tewas tenggelam di kolam bekas galian.", "id", [("Tiga", "killed", "children")]),
        (
            "Sebanyak 3 ibu hamil dan dua anaknya dirawat di puskesmas.",
            "id",
            [("3", "hospitalized", "women"), ("dua", "hospitalized", "children")],
        ),
        # foreign workers and tourists are foreigners
        ("Sebanyak 30 tenaga kerja asing diamankan petugas imigrasi.", "id", [("30", "arrested", "foreigners")]),
        ("Lima wisatawan asing terluka dalam kecelakaan itu.", "id", [("Lima", "injured", "foreigners")]),
        ("Eight schoolchildren were hurt when the bus overturned.", "en", [("Eight", "injured", "children")]),
        ("Two expatriates were detained at the airport.", "en", [("Two", "arrested", "foreigners")]),
    ],
)
def test_group_nouns(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gempa itu merusak 36 ruang kelas dan 4 pasar.",
            [("36", "damaged", "classrooms"), ("4", "damaged", "markets")],
        ),
        ("Banjir menghanyutkan 15 warung di tepi sungai.", [("15", "damaged", "stalls")]),
        # reports of missing people are things, not missing people
        ("Posko menerima 80 laporan orang hilang.", [("80", "other", "missing-person reports")]),
        ("Sebanyak 40 ekor domba mati tertimbun longsor.", [("40", "other", "sheep")]),
    ],
)
def test_things_take_english_labels(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert subjects(text, "id") == expected
