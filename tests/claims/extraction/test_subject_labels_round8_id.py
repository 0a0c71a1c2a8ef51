"""Subjects of Indonesian figures, round 8 (DESIGN 4 and 4.1), with sentences of our own: an open group's state
read past its modifiers and a named place; a count of people that "gugur" (die on duty) is the force its sentence
names; a cause inside a tally's noun phrase does not end it; boys and girls; the label words the corpora agree
on (elderly, police reports, discharged); and controls whose subject must not change."""

from __future__ import annotations

import pytest

from tests.claims.extraction.news_tables import labelled_rows

Row = tuple[str, str, str | None]

CASES = [
    # an open group's own predicate is read past the group's modifiers and a named place before it
    ("Empat penambang timah tradisional tertimbun tanah di lubang galian.", [("Empat", "other", "buried miners")]),
    ("Sebanyak 6 orang penambang liar tertimbun longsor di bukit itu.", [("6", "other", "buried miners")]),
    (
        "Sebanyak 215 siswa di Kabupaten Tanah Merah diduga mengalami keracunan seusai makan siang.",
        [("215", "other", "students")],
    ),
    ("Sebanyak 40 penumpang asal Pulau Weh berhasil diselamatkan.", [("40", "other", "survivors")]),
    # "gugur" is said of those who die on duty: the force the sentence names, none when it names none or a civil one
    ('"Kami kehilangan 2 yang gugur di pos itu," ujar Kapendam Cenderawasih.', [("2", "killed", "soldiers")]),
    (
        "Tiga orang gugur dalam baku tembak di perbatasan, kata Kapolres Bukit Jaya.",
        [("Tiga", "killed", "police")],
    ),
    ("Empat orang gugur dalam pertempuran itu.", [("Empat", "killed", "people")]),
    ("Dua petugas damkar gugur saat memadamkan api, kata Kapolres.", [("Dua", "killed", "people")]),
    # a cause inside a tally's noun phrase does not end it
    (
        "Jumlah anak yang meninggal karena difteri di Lembah Sari sebanyak enam orang.",
        [("enam", "killed", "children")],
    ),
    (
        "Jumlah polisi yang terluka lantaran lemparan batu mencapai 23 orang.",
        [("23", "injured", "police")],
    ),
    ("Sekolah ditutup karena 31 orang terluka.", [("31", "injured", "people")]),
    # boys and girls: their own subject in an `other` breakdown, children for a measure of people
    (
        "Rombongan 90 orang itu terdiri atas 50 laki-laki dewasa, 20 perempuan dewasa, 11 anak laki-laki dan 9 anak"
        " perempuan.",
        [
            ("90", "other", "people"),
            ("50", "other", "men"),
            ("20", "other", "women"),
            ("11", "other", "boys"),
            ("9", "other", "girls"),
        ],
    ),
    ("Tiga anak perempuan tewas tertimpa pohon.", [("Tiga", "killed", "children")]),
    (
        "Banjir menewaskan lima orang, dua di antaranya anak laki-laki.",
        [("lima", "killed", "people"), ("dua", "killed", "children")],
    ),
    # label words the corpora agree on: elderly, police reports, people sent home from a clinic are discharged
    (
        "Pengungsi di balai desa terdiri atas 75 lansia, 40 balita dan tujuh ibu hamil.",
        [("75", "displaced", "people"), ("40", "displaced", "children"), ("tujuh", "displaced", "women")],
    ),
    ("Sebanyak 33 lansia menerima bantuan sembako.", [("33", "other", "elderly")]),
    (
        "Penyidik menahan sembilan tersangka dari enam laporan polisi sepanjang April.",
        [("sembilan", "arrested", "people"), ("enam", "other", "police reports")],
    ),
    (
        '"Sejak Februari ada tiga laporan dengan empat tersangka," kata Kapolresta Bukit Jaya.',
        [("tiga", "other", "police reports"), ("empat", "other", "suspects")],
    ),
    ("Posko menerima 80 laporan dari warga.", [("80", "other", "reports")]),
    (
        "Dari jumlah itu, 18 siswa masih dirawat di puskesmas, sementara 140 orang lainnya sudah dipulangkan.",
        [("18", "hospitalized", "people"), ("140", "other", "discharged patients")],
    ),
    (
        "Dari 300 orang yang diamankan polisi, 120 dipulangkan dan 41 ditetapkan tersangka.",
        [("300", "arrested", "people"), ("120", "other", "people released"), ("41", "other", "suspects")],
    ),
    # a generic noun with a label of its own opens the clause of a predicate figure: casualties
    (
        "Korban ambruknya jembatan gantung di Sungai Lintang bertambah menjadi 9 orang.",
        [("9", "other", "casualties")],
    ),
    ("Menurut polisi, korban sebanyak 16 orang.", [("16", "other", "casualties")]),
    (
        "Dari sebelas orang korban, tujuh selamat dan empat masih dicari.",
        [("sebelas", "other", "casualties"), ("tujuh", "other", "survivors"), ("empat", "missing", "people")],
    ),
    ("Sebanyak 12 orang korban tewas dalam kecelakaan itu.", [("12", "killed", "people")]),
    ("Tiga orang kerabat para korban itu datang ke posko.", [("Tiga", "other", "people")]),
    ("Korban selamat sebanyak 12 orang.", [("12", "other", "survivors")]),
    ("Korban tewas bertambah menjadi 21 orang.", [("21", "killed", "people")]),
    # controls: no state after the place, a closed group's measure, a count of people alone
    ("Sebanyak 215 siswa di Kabupaten Tanah Merah menerima makan siang gratis.", [("215", "other", "students")]),
    ("Sebanyak 17 warga di Kecamatan Batu Hitam tewas dalam banjir.", [("17", "killed", "people")]),
    ("Sebanyak 9 orang tertimbun longsor di Desa Sukamaju.", [("9", "other", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subject_round8(text: str, expected: list[Row]) -> None:
    assert labelled_rows(text, "id") == expected
