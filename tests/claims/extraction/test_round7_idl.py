"""Indonesian reports as they come from many outlets and regions (issue 11, round 7, corpus ``idl*``).

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a count of people after a count of households and "(yang) beranggotakan" restates the households in persons and
  takes their verb ("18 KK yang beranggotakan 54 jiwa mengungsi": ``[cues] restatements``);
- an undotted four-digit year after a word of time is a year though a noun follows ("pada 2023 laporan itu naik":
  ``[cues] year_prepositions``, ``exclusions._digits_not_count``);
- Polda year-end releases: a bare figure in a sentence that opens with "Kasus" counts the cases ("Kasus penganiayaan
  turun dari 812 menjadi 590": ``case_tallies``, ``[cues] case_heads``);
- "bahkan lebih" and "atau lebih" after a figure's classifier make it at_least ("40.000 orang bahkan lebih":
  ``[qualifiers_after] at_least``);
- an ordinal after a time noun is no collective count ("pada hari kedua korban tewas 11 orang": no "both victims";
  ``mentions._collective_mention``, ``[exclusions] time_units``);
- a tally's event after "saat"/"ketika"/"sejak" holds no measure of the tally ("Korban tewas saat aksi unjuk rasa ...
  bertambah menjadi empat orang": killed, no turnout; ``[syntax] event_adjunct_words``, ``reach_before.measure_left``);
- a running total whose "total" heads a longer noun phrase tied to it by "sebanyak" still makes the figure before it
  an increment ("bertambah 3 jenazah, sehingga total korban jiwa dari bencana tersebut sebanyak 331 jiwa":
  ``increments._linked_total``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # BPBD and village reports of landslides and ground movement: households restated in persons
    (
        "Sebanyak 27 KK yang beranggotakan 88 jiwa terpaksa mengungsi ke balai desa.",
        [("other", "households", 27, 27), ("displaced", "people", 88, 88)],
    ),
    (
        "Akibat tanah bergerak, 9 kepala keluarga beranggotakan 31 jiwa diungsikan ke rumah kerabat.",
        [("other", "households", 9, 9), ("displaced", "people", 31, 31)],
    ),
    # the persons of households under threat are no evacuees (control)
    (
        "Ada 16 KK beranggotakan 52 jiwa yang rumahnya terancam longsor.",
        [("other", "households", 16, 16), ("other", "people", 52, 52)],
    ),
    # Polda year-end releases: a year after "pada"/"sepanjang" before a noun
    (
        "Pada 2024 laporan masyarakat turun menjadi 418 kasus.",
        [("other", "cases", 418, 418)],
    ),
    ("Sepanjang 2023 warga yang mengungsi akibat banjir mencapai 960 orang.", [("displaced", "people", 960, 960)]),
    # an undotted count after a preposition of direction stays a count (control)
    ("Bantuan beras disalurkan kepada 1500 warga.", [("other", "people", 1500, 1500)]),
    # a sentence opening with "Kasus": its bare figures count the cases
    (
        "Kasus curanmor turun dari 214 menjadi 167.",
        [("other", "cases", 214, 214), ("other", "cases", 167, 167)],
    ),
    ("Kasus pengeroyokan di wilayah itu naik menjadi 73.", [("other", "cases", 73, 73)]),
    # a figure with a noun of its own keeps it (control)
    ("Kasus pencurian itu melibatkan 4 pelaku.", [("other", "perpetrators", 4, 4)]),
    # "bahkan lebih", "atau lebih"
    (
        '"Yang hadir nanti 15.000 orang bahkan lebih," kata koordinator aksi.',
        [("participants", "people", 15000, None)],
    ),
    ("Setiap kapal dilarang memuat 20 orang atau lebih.", [("other", "people on board", 20, None)]),
    # ordinals after a time noun before a counted noun
    ("Pada hari ketiga korban hilang sebanyak 4 orang.", [("missing", "people", 4, 4)]),
    ("Memasuki pekan kedua pengungsi di posko itu berjumlah 312 jiwa.", [("displaced", "people", 312, 312)]),
    # the collective before a counted noun stays a count (control)
    ("Ketiga korban tewas di lokasi kejadian.", [("killed", "people", 3, 3)]),
    # a tally's event after "saat", "sejak"
    (
        "Korban luka saat unjuk rasa di depan gedung DPRD bertambah menjadi 27 orang.",
        [("injured", "people", 27, 27)],
    ),
    ("Warga yang diamankan saat kerusuhan di pasar itu berjumlah 19 orang.", [("arrested", "people", 19, 19)]),
    # the crowd's own tally with "saat" (control)
    ("Peserta aksi saat demo buruh itu mencapai 3.500 orang.", [("participants", "people", 3500, 3500)]),
    # a running total with a long noun phrase after "sehingga total"
    (
        "Korban meninggal hari ini bertambah 4 orang, sehingga total korban meninggal akibat banjir bandang itu"
        " sebanyak 57 orang.",
        [("other", "increase", 4, 4), ("killed", "people", 57, 57)],
    ),
    (
        "Tim SAR menemukan 2 jenazah, sehingga total korban tewas dalam musibah itu sebanyak 19 orang.",
        [("other", "increase", 2, 2), ("killed", "people", 19, 19)],
    ),
    # a total with no verb that brings it stays the count (control)
    ("Total korban tewas dalam musibah itu sebanyak 19 orang.", [("killed", "people", 19, 19)]),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round7_idl(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
