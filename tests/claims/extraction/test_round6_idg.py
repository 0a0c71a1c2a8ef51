"""Round 6 (issue 11), helper idg: classes found by the corpora ``corpora/idg*.json`` (armed conflict in Papua,
Densus 88 arrests, riots, food poisoning, forest fires and haze, floods and landslides recapped by BPBD), fixed as
rules of the language and checked here on sentences of our own (other places, figures and names than the corpus).

- "hingga" with no comma before it, after the object of a verb, opens a clause of result when the figure is the
  subject of its own measure verb ("menembaki para pekerja hingga empat orang tewas": four died, exact); after a verb
  form ("diperkirakan hingga 20 orang tewas") it stays a bound (``qualifiers.result_clause``);
- the first day of a range of dates joined by a word ("3 hingga 6 Mei 2024") is no count, also after a counted
  thing whose list it might seem to continue (``exclusions.skip_number``);
- a number word written with a capital inside a name after a capitalised word ("Desa Sungai Tiga", "Pulau Seribu")
  is part of the name, as digits are ("SD Negeri 4").

Control rows, where the figure is a claim, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # a clause of result after the verb's object, no comma
    (
        "Kelompok bersenjata menyerang rombongan guru hingga tiga orang tewas di Distrik Oksop.",
        [("killed", "people", 3, 3)],
    ),
    (
        "Massa membakar pos jaga hingga dua polisi terluka dan lima sepeda motor hangus.",
        [("injured", "police", 2, 2), ("damaged", "motorcycles", 5, 5)],
    ),
    # controls: after a verb form, "hingga" stays a bound
    ("Longsor itu diperkirakan menewaskan hingga 25 orang.", [("killed", "people", 0, 25)]),
    ("Bentrokan itu diperkirakan hingga 40 orang terluka.", [("injured", "people", 0, 40)]),
    # the first day of a range of dates
    (
        "Polisi menahan 23 tersangka di lima kabupaten dalam rentang 12 hingga 15 Juni 2023.",
        [("arrested", "people", 23, 23), ("other", "regencies", 5, 5)],
    ),
    (
        "Tim gabungan memadamkan api di empat desa sejak 8 sampai 11 September.",
        [("other", "villages", 4, 4)],
    ),
    # control: a range of counts before a noun stays a range
    ("Sebanyak 12 hingga 15 warga dilaporkan hilang.", [("missing", "people", 12, 15)]),
    # a number word inside a name
    (
        "Banjir setinggi 80 sentimeter merendam 62 rumah di Desa Sungai Tiga.",
        [("other", "cm", 80, 80), ("other", "houses", 62, 62)],
    ),
    ("Kapal yang mengangkut 31 penumpang itu berangkat dari Pulau Seribu.", [("other", "passengers", 31, 31)]),
    # control: a capitalised number word before its counted noun is a count
    (
        "Tujuh warga Kampung Baru mengungsi, Dua Rumah Rusak.",
        [("displaced", "people", 7, 7), ("damaged", "houses", 2, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round6_idg(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
