"""Round 5 in Indonesian news, corpus ``idd`` (issue 11): classes shown by fresh reports written the way Indonesian
desks write them: BNPB and BPBD rundowns, Operasi Ketupat recaps with year-on-year comparisons, police releases of
narcotics cases, forest-fire hotspot tallies, student unrest and deportations (``corpora/idd*.json``, paraphrased from
real reports and labelled before any run).

Every sentence here is our own (invented places, figures and names) and none is a corpus sentence; each models a
construction read in real reports. Readings follow DESIGN.md 4 and 4.1 (prefer ``other`` to a wrong measure). The
classes fixed:

- comparison prepositions ("dibanding", "dibandingkan") are no verbs that take the figure after them (``[syntax]
  not_verbs``): "Jumlah korban tewas turun dibanding tahun lalu dari 45 menjadi 37 orang" keeps ``killed``;
- a change word with no figure before the comma of "dari A menjadi B" keeps the tally's clause
  (``reach_before._bare_change``), as a change by a share already did;
- a clause-break word that opens a verbless time adjunct before a tally's qualifier ("Korban meninggal dunia selama
  masa mudik sebanyak 64 orang", ``[syntax] time_prepositions``) does not end the tally's clause
  (``reach_before._time_adjunct``);
- a change verb ("menurun") is the tally's own predicate, never a verb that takes the figure (``verb_between``);
- a relative clause with a measure verb on a crowd noun ("Pendemo yang diamankan sebanyak 41 orang") counts by its
  verb (``reach_before._relative_on_crowd``); a casualty head keeps its measure;
- the old value of a change shares the new value's noun ("menurun dari 842 menjadi 515 titik",
  ``noun_phrase.share_coordinated_nouns``);
- noun forms of change verbs with "hingga" ("kenaikan hingga 318 kejadian") are exact (``[qualifiers] exact``);
- seized goods "dimusnahkan" / "pemusnahan" are no damage (``[other_verbs]``);
- a pen ("kandang") heads its animal noun: a thing (``[nouns]``);
- the first day of a range of dates ("24-30 September") is no count (``exclusions._span_or_label_after``);
- a coordinator before a tally word ("dan jumlah kasus meninggal ...") opens a new tally: a measure word in it is not
  the figure's before it (``reach._tally_at``);
- "M" before a figure is a magnitude unit (``[units_before]``), never a name's number (``exclusions._identifier``);
- "berikut" (along with) is blocked from the stem "ikut" (``[morphology] blocked``);
- after a tally, a comma, a change word and a comparison with an earlier period ("..., turun 12 persen dari tahun
  sebelumnya yang mencapai 65 orang", ``[syntax] comparison_words``, ``period_words``) do not end the tally's clause
  (``reach_before._compared_after``);
- a colon between a place and its figure ("Aceh: 11 orang", infographic lines) is a place filler (``[places]
  fillers``);
- nouns of court reports, seizures and raids ("terdakwa", "koper", "kembang api", "pekon", "lorong") are in the
  lexicon with English labels;
- a digit before a plural scale word ("5 ribuan gram", "3 ratusan warga") is about that many of the scale
  (``[cues] approximate_scales``, ``mentions._scaled_approximate``).

Control rows, where the specific measure or the bound is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # year-on-year and week-on-week comparisons: a comparison preposition is no verb taking the figure, and a bare
    # change before the comma of 'dari A menjadi B' keeps the tally's clause
    (
        "Jumlah korban tewas turun dibanding tahun lalu dari 45 orang menjadi 37 orang.",
        [("killed", "people", 45, 45), ("killed", "people", 37, 37)],
    ),
    (
        "Jumlah pengungsi turun dibandingkan pekan lalu, dari 1.200 menjadi 840 orang.",
        [("displaced", "people", 1200, 1200), ("displaced", "people", 840, 840)],
    ),
    (
        "Jumlah korban luka naik, dari 61 menjadi 75 orang.",
        [("injured", "people", 61, 61), ("injured", "people", 75, 75)],
    ),
    # a verbless time adjunct between a tally and its qualifier ('selama', 'sejak', 'saat') keeps the clause; a clause
    # after 'saat' with its own verb still ends it (control)
    (
        "Korban meninggal dunia selama masa mudik sebanyak 64 orang.",
        [("killed", "people", 64, 64)],
    ),
    (
        "Korban luka selama dua hari kerusuhan mencapai 230 orang.",
        [("injured", "people", 230, 230)],
    ),
    (
        "Warga mengungsi saat banjir melanda 12 desa.",
        [("other", "villages", 12, 12)],
    ),
    # a pen heads its animal noun: a building, never animals
    (
        "Sebanyak 14 kandang ayam milik warga rusak diterjang puting beliung.",
        [("damaged", "animal pens", 14, 14)],
    ),
    (
        "Angin kencang merusak 9 kandang kambing milik warga.",
        [("damaged", "animal pens", 9, 9)],
    ),
    # a relative clause on a crowd noun counts by its verb; a casualty head keeps its measure (control)
    (
        "Pendemo yang diamankan sebanyak 41 orang.",
        [("arrested", "protesters", 41, 41)],
    ),
    (
        "Peserta aksi yang terluka mencapai 17 orang.",
        [("injured", "people", 17, 17)],
    ),
    (
        "Korban tewas yang dievakuasi dari lokasi bertambah menjadi 15 orang.",
        [("killed", "people", 15, 15)],
    ),
    # 'menurun' is the tally's own change verb; the old value of a change shares the new value's noun
    (
        "Jumlah pengungsi menurun dari 2.316 menjadi 1.048 orang.",
        [("displaced", "people", 2316, 2316), ("displaced", "people", 1048, 1048)],
    ),
    (
        "Jumlah korban tewas menurun dari 18 menjadi 16 orang setelah verifikasi ulang.",
        [("killed", "people", 18, 18), ("killed", "people", 16, 16)],
    ),
    (
        "Di Jambi, jumlah titik api menurun dari 842 menjadi 515 titik.",
        [("other", "hotspots", 842, 842), ("other", "hotspots", 515, 515)],
    ),
    (
        "Jumlah sekolah yang rusak naik dari 14 menjadi 22 unit.",
        [("damaged", "schools", 14, 14), ("damaged", "schools", 22, 22)],
    ),
    # noun forms of change verbs with 'hingga' give the size of the change, exact; a capacity bound stays (control)
    (
        "BNPB mencatat kebakaran lahan mengalami kenaikan hingga 318 kejadian dibanding bulan lalu.",
        [("other", "fires", 318, 318)],
    ),
    (
        "Daya tampung posko hingga 300 orang.",
        [("other", "capacity", 0, 300)],
    ),
    # seized goods destroyed by the police are no damage; a fire that wipes out houses still damages (control)
    (
        "Sebanyak 4 kg sabu dan 800 butir ekstasi dimusnahkan di halaman Mapolres.",
        [("other", "kg", 4, 4), ("other", "ecstasy pills", 800, 800)],
    ),
    (
        "Pemusnahan 2.300 butir ekstasi disaksikan jaksa dan hakim.",
        [("other", "ecstasy pills", 2300, 2300)],
    ),
    (
        "Kebakaran itu memusnahkan 40 rumah warga.",
        [("damaged", "houses", 40, 40)],
    ),
    (
        "Sebanyak 12 rumah musnah terbakar.",
        [("damaged", "houses", 12, 12)],
    ),
    # the first day of a date range is no count; a range of houses stays one (control)
    (
        "Operasi digelar pada 12-25 Desember dan melibatkan 420 personel.",
        [("deployed", "people", 420, 420)],
    ),
    (
        "Sebanyak 20-30 rumah rusak.",
        [("damaged", "houses", 20, 30)],
    ),
    # a figure before a plural scale word is about that many of the scale
    (
        "Barang bukti yang disita berupa 5 ribuan gram sabu.",
        [("other", "gram", 5000, 5999)],
    ),
    (
        "Sekitar 3 ratusan warga mengungsi ke balai desa.",
        [("displaced", "people", 300, 399)],
    ),
    # a coordinated new tally ("dan jumlah ...") ends the search for a measure word after a figure; coordinated
    # figures without a tally word still share the verb after them (control)
    (
        "Jumlah pasien DBD sebanyak 3.410 orang dan jumlah pasien meninggal sebanyak 27 orang.",
        [("other", "patients", 3410, 3410), ("killed", "people", 27, 27)],
    ),
    (
        "Sebanyak 40 rumah dan 12 sekolah rusak.",
        [("damaged", "houses", 40, 40), ("damaged", "schools", 12, 12)],
    ),
    # "gempa M 5,2": a magnitude, not the number of a name
    (
        "Gempa M 5,2 mengguncang Kabupaten Sukamaju dan merusak 73 rumah.",
        [("other", "magnitude", 5.2, 5.2), ("damaged", "houses", 73, 73)],
    ),
    # "berikut" (along with) is never "ikut" (to join a protest)
    (
        "Damkar menerjunkan 9 unit mobil pemadam berikut 45 personel ke pasar yang terbakar.",
        [("other", "fire engines", 9, 9), ("deployed", "people", 45, 45)],
    ),
    # after a tally, a comma, a change word and a comparison with an earlier period restate the tally: the earlier
    # value there takes its measure; a change with no period keeps its figure apart (control)
    (
        "Korban luka tercatat 412 orang, naik dibanding periode yang sama tahun lalu yang berjumlah 356 orang.",
        [("injured", "people", 412, 412), ("injured", "people", 356, 356)],
    ),
    (
        "Korban tewas selama libur panjang sebanyak 57 orang, turun 12 persen dari tahun sebelumnya yang mencapai 65 "
        "orang.",
        [("killed", "people", 57, 57), ("other", "percent", 12, 12), ("killed", "people", 65, 65)],
    ),
    # infographic lines by place: "PLACE: N orang" items take their place
    (
        "Korban luka: Kecamatan Sukaresmi: 14 orang, Kecamatan Cidadap: 9 orang.",
        [("injured", "people", 14, 14, "Kecamatan Sukaresmi"), ("injured", "people", 9, 9, "Kecamatan Cidadap")],
    ),
    # nouns of court reports, seizures and raids: English labels, never the raw word
    (
        "Hakim membacakan putusan untuk lima dari tujuh terdakwa kasus pembakaran pos polisi.",
        [("other", "defendants", 5, 5), ("other", "defendants", 7, 7)],
    ),
    (
        "Petugas menyita tiga koper berisi sabu dan 20 kembang api rakitan.",
        [("other", "suitcases", 3, 3), ("other", "fireworks", 20, 20)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_idd_classes(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
