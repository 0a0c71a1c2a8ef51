"""Robustness of round 8, second wave (issue 11): the constructions of ``corpora/id_vary9.json`` dressed as real
Indonesian copy dresses them. The mechanisms fixed:

- reported speech set between commas in the middle of the clause (``[syntax] aside_openers``: ", kata Kapolres,",
  ", ujar ...,", ", ungkap ...,"): the tally's measure word before it still reaches the figure after it;
- the tally's earlier value after a change word and "dari" with a compared period after it ("turun dari 52 orang
  pada tahun lalu"), and after a compared period with a relative clause ("dibanding tahun lalu yang mencapai 52
  orang"), and in brackets after "sebelumnya" or "kemarin" (``[cues] bracket_earlier_words``: "kini 2.150 jiwa
  (sebelumnya 1.870 jiwa)", "(kemarin masih delapan orang)"): the same tally
  (``compared.py``);
- a short aside in brackets between a tally's noun and its predicate, with no figure, and no measure word inside
  but one that glosses the word before it ("Jumlah pengungsi (per Selasa pagi) mencapai n jiwa", "Peserta long
  march (pawai panjang) itu ..."): no clause break (``relative_asides.bracket_aside``);
- a numbered list whose items are set apart by semicolons ("...: 1. RSUD X 18 orang; 2. Puskesmas Y 9 orang; 3.
  ..."): the item numbers after a semicolon are no figures (``enumerators.item_number``);
- bullet lines after a label that names the measure ("Korban meninggal: - Desa A n orang - Desa B m orang"): the
  first item opens a list as after a comma (``breakdowns._named_head``);
- a crowd storming an office, as headlines and body copy say it (``[measures] participants``: "geruduk",
  "digeruduk").

Every sentence is our own (invented places, people and figures). Control rows stand beside each class.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.claims.extraction.gate_tables import rows_test
from tests.claims.extraction.news_tables import Row

INDONESIAN: list[tuple[str, list[Row]]] = [
    # reported speech between commas inside the clause
    ("Warga yang mengungsi, kata Camat Sukamaju, mencapai 410 jiwa.", [("displaced", "people", 410, 410)]),
    # the tally noun names the group across the aside too, as without it (subj17)
    ("Pengunjuk rasa yang ditangkap, ujar Kapolres, sebanyak 35 orang.", [("arrested", "protesters", 35, 35)]),
    ("Korban yang terluka, ungkap Kepala Puskesmas, berjumlah 12 orang.", [("injured", "people", 12, 12)]),
    # speech at the end of the clause keeps its figure (control)
    (
        "Pengunjuk rasa yang ditangkap sebanyak 35 orang, ujar Kapolres, dan 4 di antaranya anak-anak.",
        [("arrested", "protesters", 35, 35), ("arrested", "children", 4, 4)],
    ),
    # the tally's earlier value with a compared period after its noun phrase
    (
        "Kecelakaan selama libur Natal menewaskan 17 orang, turun dari 26 orang pada tahun lalu.",
        [("killed", "people", 17, 17), ("killed", "people", 26, 26)],
    ),
    (
        "Densus menangkap 64 terduga teroris, naik dari 51 orang pada tahun sebelumnya.",
        [("arrested", "people", 64, 64), ("arrested", "people", 51, 51)],
    ),
    (
        "Sebanyak 17 orang tewas selama libur Natal, lebih sedikit dibanding tahun lalu yang mencapai 26 orang.",
        [("killed", "people", 17, 17), ("killed", "people", 26, 26)],
    ),
    # a year still reads as before; a figure of another noun after "dari" is no earlier value (controls)
    (
        "Kecelakaan selama libur Natal menewaskan 17 orang, turun dari 26 orang pada 2023.",
        [("killed", "people", 17, 17), ("killed", "people", 26, 26)],
    ),
    (
        "Sebanyak 17 orang tewas dari 40 kecelakaan selama libur Natal tahun ini.",
        [("killed", "people", 17, 17), ("other", "accidents", 40, 40)],
    ),
    # the earlier value in brackets
    (
        "Warga yang mengungsi kini tercatat 3.420 jiwa (sebelumnya 2.975 jiwa).",
        [("displaced", "people", 3420, 3420), ("displaced", "people", 2975, 2975)],
    ),
    (
        "Korban luka akibat ledakan itu 15 orang (sebelumnya 9 orang), kata Kapolsek.",
        [("injured", "people", 15, 15), ("injured", "people", 9, 9)],
    ),
    (
        "Korban hilang kini tinggal empat orang (kemarin masih tujuh orang), menurut posko SAR.",
        [("missing", "people", 4, 4), ("missing", "people", 7, 7)],
    ),
    (
        "Pasien yang dirawat tinggal 12 orang (semula 30 orang).",
        [("hospitalized", "people", 12, 12), ("hospitalized", "people", 30, 30)],
    ),
    # a bracketed count after another word is no earlier value (control)
    (
        "Korban luka 15 orang (tiga di antaranya anak-anak).",
        [("injured", "people", 15, 15), ("injured", "children", 3, 3)],
    ),
    # a short bracketed aside between the tally's noun and its predicate
    ("Jumlah pengungsi (per Kamis sore) mencapai 1.480 jiwa.", [("displaced", "people", 1480, 1480)]),
    ("Korban luka (data sementara) berjumlah 27 orang.", [("injured", "people", 27, 27)]),
    ("Warga Dusun Kaliurang (RT 03) yang mengungsi berjumlah 40 orang.", [("displaced", "people", 40, 40)]),
    # a gloss in brackets of the word before it
    ("Peserta jalan sehat (gerak jalan) itu sekitar 8.000 orang.", [("participants", "people", 7200, 8800)]),
    ("Peserta long march (pawai panjang) itu mencapai 1.300 orang.", [("participants", "people", 1300, 1300)]),
    # a bracketed count is no aside: it keeps its own reading (control)
    ("Korban tewas (tiga orang) dimakamkan di TPU Jatisari.", [("killed", "people", 3, 3)]),
    # a crowd storming an office
    ("Kantor Bupati Lembah Hijau digeruduk sekitar 400 warga, Senin (3/6).", [("participants", "people", 360, 440)]),
    ("Sebanyak 250 petani geruduk kantor DPRD, tuntut harga gabah naik.", [("participants", "people", 250, 250)]),
    # the people of a house the police storm are no crowd (control)
    ("Polisi menggeruduk rumah 3 tersangka.", [("other", "suspects", 3, 3)]),
    # bullet lines after a label that names the measure
    (
        "Korban meninggal: - Desa Watuagung 5 orang - Desa Sendangrejo 3 orang.",
        [("killed", "people", 5, 5), ("killed", "people", 3, 3)],
    ),
    (
        "Warga yang mengungsi: - Dusun Krajan 230 jiwa - Dusun Kidul 145 jiwa.",
        [("displaced", "people", 230, 230), ("displaced", "people", 145, 145)],
    ),
    # a range with a hyphen is no bullet (control)
    ("Korban luka antara 12-15 orang.", [("injured", "people", 12, 15)]),
    # a count after a semicolon with its own noun is no item number (control)
    ("Korban tewas 19 orang; 2 orang lainnya hilang.", [("killed", "people", 19, 19), ("missing", "people", 2, 2)]),
]

NUMBERED_LISTS = [
    (
        "Pengungsi per posko: 1. Balai Desa Karangrejo 120 jiwa; 2. Masjid Al Ikhlas 85 jiwa; 3. Gedung PKK 60 jiwa.",
        [120, 85, 60],
    ),
    ("Sebaran korban luka: 1. RSUD Wates 11 orang; 2. Puskesmas Galur 7 orang; 3. Klinik Sehati 2 orang.", [11, 7, 2]),
]


@pytest.mark.parametrize(("text", "items"), NUMBERED_LISTS)
def test_item_numbers_after_semicolons_are_no_figures(text: str, items: list[int]) -> None:
    claims = extract(text, "id")
    numbers = {text.index("; 2.") + 2, text.index("; 3.") + 2}
    assert [c.text for c in claims if c.start in numbers] == []
    assert all(any(c.low == value for c in claims) for value in items)


test_indonesian_vary9id = rows_test(INDONESIAN, "id")
