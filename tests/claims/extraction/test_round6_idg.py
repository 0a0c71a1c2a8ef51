"""Round 6 (issue 11), helper idg: classes found by the corpora ``corpora/idg*.json`` (armed conflict in Papua,
Densus 88 arrests, riots, food poisoning, forest fires and haze, floods and landslides recapped by BPBD), fixed as
rules of the language and checked here on sentences of our own (other places, figures and names than the corpus).

- "hingga" with no comma before it, after the object of a verb, opens a clause of result when the figure is the
  subject of its own measure verb ("menembaki para pekerja hingga empat orang tewas": four died, exact); after a verb
  form ("diperkirakan hingga 20 orang tewas") it stays a bound (``qualifiers.result_clause``);
- the first day of a range of dates joined by a word ("3 hingga 6 Mei 2024") is no count, also after a counted
  thing whose list it might seem to continue (``exclusions.skip_number``);
- a number word written with a capital inside a name after a capitalised word ("Desa Sungai Tiga", "Pulau Seribu")
  is part of the name, as digits are ("SD Negeri 4");
- "semula A menjadi B" after a comma gives both values of the tally before the comma, as "dari A menjadi B" does
  (``[syntax] change_origins``);
- "tinggal sementara di pengungsian" is displaced ("sementara" = for now, no clause word); "jumlah total" opens a
  tally; "hotspot" counts hotspots; "RT"/"RW" count neighbourhood units, never people; "ISPU" before a value is
  the unit of an air pollution index;
- a count of places inside the noun phrase of a count of people ("58 siswa tiga sekolah") is not the whole a later
  part ("16 di antaranya dirawat") is taken from;
- an increment keeps its change verb across its own qualifier ("bertambah sekitar 500 orang"), and "kini" cues the
  running total beside it ("sehingga kini sekitar 1.200 orang");
- a bare count of people after a comma and "total"/"totalnya" closes a list: it takes the list's measure when all
  items share one, and counts casualties (``other``) when they do not (``increments._list_totals``);
- nouns of SAR and police releases: "ekskavator", "pompa air", "pisau", "wilayah";
- a count read as injured (shot, wounded) split into a part "di antaranya" that died and a part injured, adding up
  to it, counts casualties (``other``), not the injured (``wholes._wounded_whole_of_dead``);
- an intention or a registration before a measure word ("mendaftar untuk mengungsi", "ingin dievakuasi", "hendak",
  "berencana") is not the state yet: ``other``, as after a negation (``[syntax] negators``).

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

INDONESIAN += [
    # "semula A menjadi B" after a comma: both values of the tally the sentence opens with
    (
        "Jumlah pengungsi di posko Cibeureum berkurang drastis, semula 9.400 jiwa menjadi 3.120 jiwa.",
        [("displaced", "people", 9400, 9400), ("displaced", "people", 3120, 3120)],
    ),
    (
        "Korban luka akibat bentrokan bertambah, semula 18 orang menjadi 26 orang.",
        [("injured", "people", 18, 18), ("injured", "people", 26, 26)],
    ),
    # "tinggal sementara di pengungsian": "sementara" is "for now", no clause word
    ("Sedikitnya 730 warga terpaksa tinggal sementara di pengungsian.", [("displaced", "people", 730, None)]),
    # the tally word "jumlah total" and the English "hotspot" of BNPB releases
    (
        "Jumlah total titik panas di Sumatra tercatat sebanyak 1.375.",
        [("other", "hotspots", 1375, 1375)],
    ),
    ("Satelit Terra mendeteksi 64 hotspot di Kalimantan Barat.", [("other", "hotspots", 64, 64)]),
    # a count of places inside a people noun phrase is not the whole of the part after it
    (
        "Sebanyak 58 siswa tiga sekolah mengeluh mual, 16 di antaranya dirawat di puskesmas.",
        [("other", "students with symptoms", 58, 58), ("other", "schools", 3, 3), ("hospitalized", "people", 16, 16)],
    ),
    # control: the whole is a count of people with no place count inside it
    (
        "Sebanyak 58 siswa mengeluh mual, 16 di antaranya dirawat di puskesmas.",
        [("other", "students with symptoms", 58, 58), ("hospitalized", "people", 16, 16)],
    ),
    # neighbourhood units (RT, RW) are places, never people (an RT counts neighbourhoods since round 10)
    (
        "Sebanyak 215 warga dari empat RT mengungsi ke masjid.",
        [("displaced", "people", 215, 215), ("other", "neighbourhoods", 4, 4)],
    ),
    (
        "Genangan merendam sembilan RT di dua RW.",
        [("other", "neighbourhoods", 9, 9), ("other", "neighbourhood units", 2, 2)],
    ),
]

INDONESIAN += [
    # the air pollution standard index before its value is a unit, never a count
    (
        "Udara di Kota Jambi masuk kategori sangat tidak sehat (ISPU 274) pada Senin pagi.",
        [("other", "air pollution index", 274, 274)],
    ),
    (
        "Kabut asap kian pekat dengan ISPU mencapai 389, dan 1.240 warga terserang ISPA.",
        [("other", "air pollution index", 389, 389), ("other", "respiratory infection cases", 1240, 1240)],
    ),
]

INDONESIAN += [
    # an increment with its own qualifier, and "sehingga kini" before the running total
    (
        "Warga yang mengungsi bertambah sekitar 300 orang, sehingga kini sekitar 2.100 orang.",
        [("other", "increase", 270, 330), ("displaced", "people", 1890, 2310)],
    ),
    ("Korban luka bertambah lima orang, kini 44 orang.", [("other", "increase", 5, 5), ("injured", "people", 44, 44)]),
    # a total after a list of counts by one measure takes it; after counts by several it counts casualties
    (
        "Polres Barat menangkap 64 orang, Polres Utara 29 orang dan Polres Timur 18 orang, sehingga total 111 orang.",
        [
            ("arrested", "people", 64, 64),
            ("arrested", "people", 29, 29),
            ("arrested", "people", 18, 18),
            ("arrested", "people", 111, 111),
        ],
    ),
    (
        "Tiga warga tewas dan 11 lainnya luka-luka, totalnya 14 orang.",
        [("killed", "people", 3, 3), ("injured", "people", 11, 11), ("other", "casualties", 14, 14)],
    ),
    # control: a total word with no list before it
    ("Total 52 orang ditangkap dalam razia itu.", [("arrested", "people", 52, 52)]),
    # gear and places counted in SAR and police releases
    (
        "Tim SAR mengerahkan tiga unit ekskavator dan lima mesin pompa air ke lokasi longsor.",
        [("other", "excavators", 3, 3), ("other", "water pumps", 5, 5)],
    ),
    (
        "Petugas menyita empat pisau dan dua celurit dari para pelaku.",
        [("other", "knives", 4, 4), ("other", "sickles", 2, 2)],
    ),
    ("Serangan itu terjadi di setidaknya tiga wilayah berbeda.", [("other", "regions", 3, None)]),
]

INDONESIAN += [
    # a count read as injured (shot) of which a part died counts casualties, not the injured
    (
        "Sebanyak enam polisi terkena tembakan, dua di antaranya gugur dan empat lainnya luka-luka.",
        [("other", "casualties", 6, 6), ("killed", "police", 2, 2), ("injured", "police", 4, 4)],
    ),
    # controls: a fatal part alone, or parts that do not add up to the whole, leave the injured
    (
        "Delapan warga tertembak dalam bentrokan itu dan tiga di antaranya tewas.",
        [("injured", "people", 8, 8), ("killed", "people", 3, 3)],
    ),
    (
        "Sebanyak 15 warga luka-luka, dua di antaranya meninggal di rumah sakit, dan tiga lainnya luka ringan.",
        [("injured", "people", 15, 15), ("killed", "people", 2, 2), ("other", "lightly injured", 3, 3)],
    ),
    # controls: a part of the injured that is a group, and a dead whole with a part
    (
        "Sebanyak 30 orang luka-luka, dua di antaranya anak-anak.",
        [("injured", "people", 30, 30), ("injured", "children", 2, 2)],
    ),
    (
        "Sebanyak 40 orang tewas, 12 di antaranya anak-anak.",
        [("killed", "people", 40, 40), ("killed", "children", 12, 12)],
    ),
]

INDONESIAN += [
    # an intention or a registration is not the state yet
    ("Jumlah warga yang mendaftar untuk dievakuasi mencapai 7.400 orang.", [("other", "not displaced", 7400, 7400)]),
    ("Sekitar 2.000 warga ingin mengungsi ke kota kabupaten.", [("other", "not displaced", 1800, 2200)]),
    # control: the state itself
    ("Sekitar 2.000 warga telah mengungsi ke kota kabupaten.", [("displaced", "people", 1800, 2200)]),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round6_idg(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
