"""Robustness of round 9, third wave (issue 11): the health and crime constructions of ``corpora/id_vary11.json``
dressed as real Indonesian copy dresses them. The mechanisms fixed:

- a clock time written as hours and minutes right before a time zone, with no time word of its own, as the second
  time of a conversion ("pukul 14.40 waktu Arab Saudi atau 18.40 WIB"): no count (``exclusions._clock_digits``);
- a bracketed number after one person named by kind, not by name ("seorang balita (3)"): the age
  (``bracket_ages.py``, ``[cues] one_person_articles``);
- "di Antaranya" in a Title Case headline is the partitive, not a place after the figure ("263 di Antaranya Jemaah
  Reguler"): the part keeps its own noun (``item_places.place_after_span``);
- a contrasting clause that names a place and leaves the measure out ("..., sedangkan di Madinah 41 jemaah"): the
  previous count's measure, in that place (``contrast_places.py``);
- a tally's earlier value set off by commas after an earlier-value word ("kini menjadi 11 orang, sebelumnya 10
  orang, setelah ..."), as it is in brackets: the same tally (``compared._set_off_earlier``);
- an aside between commas that holds a bracketed number that is no figure ("Tiga warga, termasuk seorang balita
  (2), meninggal"): the figure's predicate after it is still reached (``clauses._bracketed_no_figure``);
- a capitalised administrative word after a relative clause's care verb ("yang dirawat di RSUD Kota X") starts a
  name, no object of the verb: the tally's new value after "menjadi" still takes it (``left_guards``);
- a count of places right after a count of people with only a place preposition between ("213 siswa dari tiga
  sekolah"): no group a later part continues (``subject_rules.owned_place_count``);
- "kami tangani", "kita tangani" (the pronoun-agent passive of "treat") and "dievakuasi ke klinik" among the care
  phrases of ``[measures] hospitalized``, and ``kasus`` a noun that is never damaged ("memusnahkan barang bukti
  ... lima kasus") (lexicon data);
- the active of "dilarikan ke puskesmas" with the figure as its object between the verb and the place of care
  ("Petugas melarikan 41 tamu ke Puskesmas X"): hospitalized (``carried_to_care.py``, ``[cues] carry_verbs``,
  ``care_directions``, ``care_places``).

Every sentence is our own (invented places, people and figures). Control rows stand beside each class.
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import rows_test
from tests.claims.extraction.news_tables import Row

INDONESIAN: list[tuple[str, list[Row]]] = [
    # the second clock time of a conversion
    (
        "Hingga Rabu pukul 10.20 waktu Arab Saudi (WAS) atau 14.20 WIB, jemaah yang wafat berjumlah 58 orang.",
        [("killed", "people", 58, 58)],
    ),
    (
        "Per pukul 09.15 WITA atau 08.15 WIB, korban meninggal akibat banjir bandang tercatat 23 orang.",
        [("killed", "people", 23, 23)],
    ),
    # a clock time with its time word still is one, and the count before it still counts (control)
    ("Korban luka 7 orang, seluruhnya ditemukan pukul 07.30 WIB.", [("injured", "people", 7, 7)]),
    # the age of one person named by kind
    (
        "Korban meninggal menjadi 14 orang setelah seorang balita (4) meninggal di RSUD Kota Lama, Jumat.",
        [("killed", "people", 14, 14)],
    ),
    ("Seorang remaja (16) tewas tenggelam di Sungai Cibeet, Minggu sore.", []),
    ("Sesosok pria (52) ditemukan meninggal di gubuk sawah.", []),
    # counts by place in brackets stay counts (control)
    (
        "Korban luka tersebar di Desa Wanasari (6) dan Desa Cikalong (4).",
        [("injured", "people", 6, 6), ("injured", "people", 4, 4)],
    ),
    # the partitive in a Title Case headline
    (
        "Kemenag: 112 Jemaah Wafat, 97 di Antaranya Lansia",
        [("killed", "people", 112, 112), ("other", "elderly killed", 97, 97)],
    ),
    (
        "Korban Tewas Longsor Jadi 31 Orang, 12 di Antaranya Anak-anak",
        [("killed", "people", 31, 31), ("killed", "children", 12, 12)],
    ),
    # a part by place keeps its measure and place (control)
    (
        "Sebanyak 72 polisi luka-luka, 41 di antaranya di Kota Baru.",
        [("injured", "police", 72, 72), ("injured", "police", 41, 41)],
    ),
    # a contrasting clause with a place and no measure word
    (
        "Sebanyak 64 jemaah meninggal dunia di Makkah, sedangkan di Madinah 17 jemaah.",
        [("killed", "people", 64, 64), ("killed", "people", 17, 17)],
    ),
    (
        "Warga yang mengungsi ke balai desa mencapai 310 jiwa, sementara di Masjid Al Huda 95 jiwa.",
        [("displaced", "people", 310, 310), ("displaced", "people", 95, 95)],
    ),
    # a group of another kind, or a verb of its own, is not the previous count's (controls)
    (
        "Sebanyak 12 polisi terluka di Alun-alun, sedangkan di Pendopo 30 mahasiswa.",
        [("injured", "police", 12, 12), ("other", "students", 30, 30)],
    ),
    (
        "Sebanyak 57 warga mengungsi ke balai desa, sedangkan di Dusun Krajan 23 rumah terendam.",
        [("displaced", "people", 57, 57), ("other", "houses", 23, 23)],
    ),
    # the tally's earlier value set off by commas after "sebelumnya"
    (
        "Jemaah yang dirawat di KKHI kini 86 orang, sebelumnya 112 orang, menurut data Kemenkes.",
        [("hospitalized", "people", 86, 86), ("hospitalized", "people", 112, 112)],
    ),
    (
        "Pengungsi di GOR Sidomulyo tinggal 640 jiwa, sebelumnya 1.025 jiwa.",
        [("displaced", "people", 640, 640), ("displaced", "people", 1025, 1025)],
    ),
    # a figure after "sebelumnya" with a predicate of its own is its own (control)
    (
        "Korban tewas kini lima orang, sebelumnya 10 orang luka-luka dalam kecelakaan lain.",
        [("killed", "people", 5, 5), ("injured", "people", 10, 10)],
    ),
    # evacuated to a clinic is a care phrase; a case count is never damage (lexicon data, id_vary11_2)
    (
        "Sebanyak 41 jemaah kelelahan dan dievakuasi ke klinik kloter di Mina, Minggu siang.",
        [("hospitalized", "people", 41, 41)],
    ),
    (
        "Kejari memusnahkan barang bukti dari 86 kasus narkotika dan 31 kasus pidana umum.",
        [("other", "cases", 86, 86), ("other", "cases", 31, 31)],
    ),
    # evacuated to a hall is still displacement (control)
    ("Sebanyak 41 warga dievakuasi ke balai desa.", [("displaced", "people", 41, 41)]),
    # an aside between commas that holds a bracketed age only: the predicate after it is still the figure's
    (
        "Tiga warga, termasuk seorang balita (2), meninggal akibat difteri di Desa Sukajadi.",
        [("killed", "people", 3, 3)],
    ),
    ("Lima pendaki, termasuk Sari Wulandari (23), masih hilang di Gunung Sumbing.", [("missing", "people", 5, 5)]),
    # a figure in brackets inside the aside still ends it (control)
    (
        "Korban luka 12 orang, termasuk tiga anak (2 di RSUD), dirawat di puskesmas.",
        [("injured", "people", 12, 12), ("injured", "children", 3, 3), ("injured", "people", 2, 2)],
    ),
    # a doctor's "kami tangani" (we treat), as "kami rawat": the patients cared for
    ('"Pasien yang kami tangani sejak pagi ada 35 orang," kata dr Lestari.', [("hospitalized", "people", 35, 35)]),
    ("Jemaah yang kita tangani di KKHI Madinah sebanyak 52 orang.", [("hospitalized", "people", 52, 52)]),
    # cases the police handle are no patients (control)
    ("Ada 12 kasus pencurian yang kami tangani bulan ini, ujar Kapolsek.", [("other", "cases", 12, 12)]),
    # an administrative word inside the name after a relative clause's care verb is no object of that verb
    (
        "Pasien yang dirawat di RSUD Kota Sungai Liat melonjak dari 19 orang menjadi 47 orang.",
        [("hospitalized", "people", 19, 19), ("hospitalized", "people", 47, 47)],
    ),
    (
        "Warga yang mengungsi ke GOR Kabupaten Lebak Selatan bertambah dari 120 jiwa menjadi 310 jiwa.",
        [("displaced", "people", 120, 120), ("displaced", "people", 310, 310)],
    ),
    # a verb of the relative clause with a real object still describes the subject (control)
    (
        "Kecelakaan yang melibatkan truk tangki mengakibatkan sebanyak enam orang meninggal.",
        [("killed", "people", 6, 6)],
    ),
    # a count of places right after the people's noun phrase says where they are from: the part after it is theirs
    (
        "Sebanyak 164 santri dari dua pondok pesantren diduga keracunan, 38 di antaranya dirawat di RSUD Jombang.",
        [("other", "students", 164, 164), ("other", "boarding schools", 2, 2), ("hospitalized", "people", 38, 38)],
    ),
    (
        "Sebanyak 96 warga di tiga dusun terserang diare, 11 di antaranya dirawat inap.",
        [("other", "cases", 96, 96), ("other", "hamlets", 3, 3), ("hospitalized", "people", 11, 11)],
    ),
    # the active of a carry to a place of care
    ("Warga melarikan tujuh korban ke Puskesmas Sukamulya.", [("hospitalized", "people", 7, 7)]),
    ("Petugas membawa 18 siswa ke rumah sakit terdekat.", [("hospitalized", "people", 18, 18)]),
    # the dead, or people carried elsewhere, are no patients (controls)
    ("Tim SAR membawa 12 jenazah ke RSUD Dolok Sanggul.", [("killed", "people", 12, 12)]),
    ("Relawan membawa 40 warga ke balai desa.", [("other", "people", 40, 40)]),
]


test_indonesian_vary11id = rows_test(INDONESIAN, "id")
