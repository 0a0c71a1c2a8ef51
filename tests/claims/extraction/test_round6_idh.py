"""Fast online Indonesian copy (issue 11, round 6, corpora ``idh*``): the habits of detik, kumparan, Tribun, IDN
Times, Suara, Okezone and iNews copy rather than one topic: headline-like leads in title case, officials' quotes with
the figure inside, "Update:" lines with a date and a clock time before the figure, speech fillers, "ke" for
"menjadi".

Every sentence is our own (other places, figures and names); each models a construction read in real reports (the
comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- a bare "menjadi" before the figure makes it the predicate of the tally before it, though "menjadi" also ends a
  longer qualifier ("bertambah menjadi"): the tally's measure wins over a measure word after a later figure
  ("Korban meninggal menjadi 47 orang dan dua orang hilang": 47 killed, not missing);
- a comma before a clock time, or after its time zone, opens no clause between the tally and its figure
  ("Korban meninggal tercatat per 5 Februari, pukul 09.00 WIB menjadi 47 orang");
- a change verb with "ke" gives the new total ("Pengungsi Melonjak ke 255 Ribu"), like "menjadi"; so does the
  clipped "capai" of headlines;
- "sebelumnya", "awalnya" before the old value of a change are like "semula" ("dari sebelumnya 29.000 menjadi
  10.380 jiwa": both the displaced);
- "sekitar ada n" in speech is about n, like "setidaknya ada n";
- a capitalised measured noun after a comma is no named unit that carries the noun phrase on (title-case headlines:
  "Korban Tembus 1.204 Jiwa, Pengungsi ..." does not give the 1.204 to the displaced);
- the colloquial "kena" with an attack verb is an injury ("Tiga Polisi Kena Sabet Senjata Tajam");
- an official's title before a colon names the speaker of a headline's quote, no place of a breakdown item
  (``[syntax] speaker_titles``, ``speakers.py``: "..., Kapolres: Ada 4 yang Bawa Celurit" is no item of the injured);
- a relative clause after an aside between commas is the counted noun's ("120 rumah, baik permanen maupun semi
  permanen, yang hangus dilahap api": damaged);
- the ordinal "ketiga" before a capitalised name is no collective count ("di posisi ketiga Kota Kupang");
- the item numbers of a numbered list ("tertinggi: 1. Kabupaten Bandung: 27 kematian 2. ...") are no figures
  (``enumerators.py``);
- a figure with a counted noun joined to a later figure whose own measure word follows it at once does not take
  that word ("1.390 pasien dan tiga kematian baru": the patients are no deaths; ``coordinated.py``);
- a list item whose noun never takes the head's measure is no item ("126 rumah rusak dan 82 kepala keluarga (KK)
  terdampak": households are never damaged);
- the numbers after an identifier's number in a list are identifiers too ("pintu 7 dan 8", "RT 01, 02 dan 05");
- a magnitude glued to "M" ("gempa M5,9") is a unit's figure, not letters glued to digits;
- a tally phrase after "dengan" names the event's toll, no object of the preposition ("... dengan korban tewas
  sebanyak 14 orang"; ``tally_objects.py``);
- "sementara" right before a tally's verb is "for now", no clause break ("korban meninggal sementara menjadi tujuh
  orang"; ``[syntax] provisional_words``);
- "dalam proses pencarian" and "tak juga ditemukan" say missing;
- a comma that closes the relative clause of a figure's noun, with the predicate right after it, ends no clause
  ("5 orang yang sebelumnya hilang, ditemukan selamat": the survivors, not the missing; ``clauses.relative_closed``).

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # bare "menjadi" after the tally, a later figure with its own measure word
    (
        "Korban tewas menjadi 63 orang dan 5 orang masih hilang.",
        [("killed", "people", 63, 63), ("missing", "people", 5, 5)],
    ),
    (
        "Jumlah pengungsi menjadi 1.420 jiwa, sedangkan 12 warga luka ringan.",
        [("displaced", "people", 1420, 1420), ("other", "lightly injured", 12, 12)],
    ),
    # control: the change verb before "menjadi"
    (
        "Korban meninggal bertambah menjadi 18 orang dan tiga orang hilang.",
        [("killed", "people", 18, 18), ("missing", "people", 3, 3)],
    ),
    # "Update" lines: a date, a comma and a clock time between the tally and the figure
    (
        "Korban meninggal dunia tercatat per 9 Maret 2024, pukul 14.00 WIB menjadi 26 orang.",
        [("killed", "people", 26, 26)],
    ),
    (
        "Jumlah pengungsi hingga Kamis (14/3), pukul 20.00 WITA, tercatat 3.115 jiwa.",
        [("displaced", "people", 3115, 3115)],
    ),
    # "ke" for "menjadi" in headlines and fast copy
    (
        "Pengungsi Erupsi Lewotobi Melonjak ke 6.200 Orang",
        [("displaced", "people", 6200, 6200)],
    ),
    (
        "Jumlah korban tewas naik ke 14 orang, sementara 20 lainnya luka-luka.",
        [("killed", "people", 14, 14), ("injured", "people", 20, 20)],
    ),
    # "dari sebelumnya A menjadi B": both values of the change
    (
        "Warga yang mengungsi berkurang dari sebelumnya 8.400 menjadi 5.130 jiwa.",
        [("displaced", "people", 8400, 8400), ("displaced", "people", 5130, 5130)],
    ),
    # "sekitar ada n" in an official's speech
    (
        '"Yang dievakuasi sekitar ada 150 orang," kata Kalaksa BPBD.',
        [("displaced", "people", 135, 165)],
    ),
    # "kena" + an attack verb in headlines and quotes
    (
        "Amankan Laga Derbi, Empat Polisi Kena Lemparan Batu Suporter",
        [("injured", "police", 4, 4)],
    ),
    (
        "Dua pemuda kena bacok saat tawuran di Jalan Raya Bogor.",
        [("injured", "people", 2, 2)],
    ),
    # a speaker's title before a colon in a headline
    (
        "Bentrok Suporter di Sleman, Dua Polisi Kena Tusuk, Kapolres: Ada 4 yang Bawa Celurit",
        [("injured", "police", 2, 2), ("other", "police", 4, 4)],
    ),
    # control: a place before a colon is an item of the breakdown
    (
        "Korban meninggal 11 orang, terdiri dari Kabupaten Lebak: 7 dan Kabupaten Pandeglang: 4.",
        [("killed", "people", 11, 11), ("killed", "people", 7, 7), ("killed", "people", 4, 4)],
    ),
    # a relative clause after a comma aside
    (
        "Sedikitnya 65 rumah, baik permanen maupun semi permanen, yang ludes terbakar di Kampung Bali.",
        [("damaged", "houses", 65, None)],
    ),
    (
        "Polisi mengamankan 18 remaja, sebagian besar pelajar, yang hendak tawuran di Jalan Sudirman.",
        [("arrested", "people", 18, 18)],
    ),
    # an ordinal before a place name in a ranking
    (
        "Kota Depok berada di urutan kedua dengan 640 kasus, di urutan ketiga Kabupaten Bogor dengan 512 kasus.",
        [("other", "cases", 640, 640), ("other", "cases", 512, 512)],
    ),
    # control: the collective before a counted noun
    (
        "Jenazah ketiga korban sudah diserahkan kepada keluarga.",
        [("killed", "people", 3, 3)],
    ),
    # numbered lists
    (
        "Tiga provinsi dengan kematian tertinggi: 1. Jawa Tengah: 38 kematian 2. Jawa Barat: 25 kematian "
        "3. Banten: 11 kematian",
        [
            ("other", "provinces", 3, 3),
            ("killed", "people", 38, 38),
            ("killed", "people", 25, 25),
            ("killed", "people", 11, 11),
        ],
    ),
    (
        "Rinciannya:\n1. Kota Malang 410 kasus\n2. Kabupaten Kediri 388 kasus",
        [("other", "cases", 410, 410), ("other", "cases", 388, 388)],
    ),
    # control: a fact-box figure before a full stop stays
    (
        "Korban luka-luka: 4.",
        [("injured", "people", 4, 4)],
    ),
    # a later figure with its own measure word
    (
        "Dinkes mencatat tambahan 215 pasien dan dua kematian baru pekan ini.",
        [("other", "patients", 215, 215), ("killed", "people", 2, 2)],
    ),
    # control: joined figures of one predicate
    (
        "Sebanyak 9 polisi dan 4 wartawan terluka.",
        [("injured", "police", 9, 9), ("injured", "journalists", 4, 4)],
    ),
    # households joined to a damage tally
    (
        "BPBD mencatat 58 rumah rusak dan 61 KK (203 jiwa) terdampak gempa.",
        [("damaged", "houses", 58, 58), ("other", "households", 61, 61), ("other", "people", 203, 203)],
    ),
    # identifiers joined in a list
    (
        "Sekitar 300 warga RT 04 dan 05 mengungsi ke balai desa.",
        [("displaced", "people", 270, 330)],
    ),
    (
        "Ribuan penonton tertahan di pintu 3, 4 dan 9 stadion.",
        [("participants", "people", 2000, 9999)],
    ),
    # control: a count after a joined figure with its noun
    (
        "Di pintu 7 ada 5 orang dan 3 orang lainnya di pintu 8.",
        [("other", "people", 5, 5), ("other", "people", 3, 3)],
    ),
    # a magnitude glued to M
    (
        "Gempa M6,1 merusak 44 rumah di Kabupaten Garut.",
        [("other", "magnitude", 6.1, 6.1), ("damaged", "houses", 44, 44)],
    ),
    # a toll after "dengan"
    (
        "Tabrakan beruntun terjadi di Tol Cipali dengan korban tewas mencapai 6 orang.",
        [("killed", "people", 6, 6)],
    ),
    # control: the object of "dengan" is no count
    (
        "Sekitar 200 warga bentrok dengan pengunjuk rasa di depan balai kota.",
        [("other", "people", 180, 220)],
    ),
    # "sementara" = for now
    (
        "Jumlah korban meninggal dunia sementara tercatat 9 orang.",
        [("killed", "people", 9, 9)],
    ),
    # control: "sementara" = while
    (
        "Dua orang tewas, sementara 15 lainnya luka-luka.",
        [("killed", "people", 2, 2), ("injured", "people", 15, 15)],
    ),
    # missing in fast copy
    (
        "Hingga sore ini masih ada tiga nelayan dalam proses pencarian.",
        [("missing", "people", 3, 3)],
    ),
    (
        "Sudah empat hari, namun 5 penambang yang tertimbun tak juga ditemukan.",
        [("missing", "people", 5, 5)],
    ),
    # a comma after a relative clause, then the predicate
    (
        "Sebanyak 8 pendaki yang sempat dilaporkan hilang, ditemukan selamat oleh tim SAR.",
        [("other", "climbers", 8, 8)],
    ),
    (
        "Sebanyak 26 siswa yang mengalami keracunan, dirawat di RSUD Ciamis.",
        [("hospitalized", "people", 26, 26)],
    ),
    # control: a part after the comma
    (
        "Ada 14 warga yang terluka, 2 di antaranya kritis.",
        [("injured", "people", 14, 14), ("other", "in critical condition", 2, 2)],
    ),
    # a title-case headline with two tallies
    (
        "Korban Jiwa Gempa Cianjur Tembus 310 Orang, Pengungsi Capai 58 Ribu",
        [("killed", "people", 311, None), ("displaced", "people", 58000, 58000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round6_fast_copy(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
