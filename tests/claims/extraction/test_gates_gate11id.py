"""Gates on a figure owned by a place or a thing, and on a part after its whole's predicate (issue 11, round 9 fourth
wave, Indonesian; claims/extraction/figure_owner_gates.py). Sentences written for these tests: health bulletins,
gambling raids and smelter blasts with other places, names and figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test, measures


# -- a verb whose object is a place: the figure is the place's item, not the verb's count -----------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Tambahan kasus campak pekan ini diikuti Kabupaten Sampang 214 orang, Kabupaten Bangkalan 96 orang.",
            ("214", "96"),
        ),
        ("Lonjakan pasien tifus itu diikuti Kota Kendari 88 orang dan Kabupaten Konawe 41 orang.", ("88", "41")),
        ("Penambahan kasus positif kemarin diikuti Provinsi Riau 305 orang, Jambi 120 orang.", ("305",)),
        ("Kenaikan pasien diare terbanyak diikuti Nusa Tenggara Barat 77 orang, Bali 31 orang.", ("77",)),
    ],
)
def test_figure_after_a_place_object_is_not_the_verbs(text: str, figures: tuple[str, ...]) -> None:
    check_found(text, "id", [(figure, "other") for figure in figures], [(figure, "participants") for figure in figures])


test_verb_keeps_its_people_object_and_its_place_adjunct = figure_test(
    [
        ("Seminar kesehatan itu diikuti 420 kader posyandu dari Kabupaten Sampang.", "420", "participants"),
        ("Sebanyak 35 orang ditangkap di Kabupaten Sampang dan 12 orang di Kota Kendari.", "35", "arrested"),
        (
            "Massa yang memadati Alun-alun Kota Serang diperkirakan sekitar 3.000 orang.",
            "diperkirakan sekitar 3.000",
            "participants",
        ),
        ("Pelatihan itu diikuti 60 bidan desa.", "60", "participants"),
    ],
    "id",
)


# -- a bare figure after a thing and its attribute word counts no people --------------------------------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sebuah ruko berlantai 4 yang dipakai sebagai markas pinjol ilegal digeruduk polisi.", "4"),
        ("Gedung berlantai 6 yang disewa sindikat penipuan daring itu digerebek aparat.", "6"),
        ("Sebuah kapal berbobot 30 yang membawa pekerja migran ilegal diamankan petugas.", "30"),
    ],
)
def test_attribute_figure_of_a_thing_is_no_count_of_people(text: str, figure: str) -> None:
    got = measures(text, "id")
    assert not any(text_ == figure and measure != "other" for text_, measure in got)


test_figures_after_a_change_or_a_total_word_keep_their_measure = figure_test(
    [
        ("Korban jiwa akibat banjir bertambah 4 jenazah.", "4", "killed"),
        ("Jumlah pasien yang dirawat berjumlah 26 orang.", "26", "hospitalized"),
        ("Sebanyak 18 pekerja smelter mengalami luka bakar.", "18", "injured"),
    ],
    "id",
)


# -- a part after its whole's predicate, with no comma, is picked out by its own predicate ---------------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tujuh operator tungku mengalami luka bakar tiga di antara mereka mengalami luka cukup parah.", "tiga"),
        ("Sembilan santri terluka dua di antaranya dirawat di RSUD Pamekasan.", "dua"),
        ("Sebelas penambang terluka empat di antaranya patah tulang.", "empat"),
    ],
)
def test_part_does_not_take_its_wholes_predicate(text: str, figure: str) -> None:
    assert (figure, "injured") not in measures(text, "id")


test_part_keeps_a_group_or_its_own_predicate = figure_test(
    [
        ("Sebanyak 14 orang tewas tiga di antaranya anak-anak.", "tiga", "killed"),
        ("Sembilan santri terluka, dua di antaranya dirawat di RSUD Pamekasan.", "dua", "hospitalized"),
    ],
    "id",
)


# -- burns graded in a relative clause are a subset of the injured --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Dua buruh di antaranya menderita luka bakar yang cukup parah.",
        "Empat karyawan menderita luka bakar yang parah.",
        "Lima pekerja tambang menderita luka yang cukup parah.",
    ],
)
def test_graded_burns_are_a_subset(text: str) -> None:
    got = measures(text, "id")
    assert got and all(measure == "other" for _, measure in got)


# -- a number after an ordinal particle written apart, with no noun, is a rank --------------------------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Para pelaku ditangkap di dua ruko, lokasi ke dua di Ruko Mutiara diamankan sebanyak 12 orang.", "dua"),
        ("Penyekatan tahap ke tiga, petugas memulangkan 40 calon pekerja migran.", "tiga"),
        ("Gedung ke empat di Kawasan Industri Sekupang digerebek dan 21 orang ditangkap.", "empat"),
    ],
)
def test_number_after_a_split_ordinal_counts_nobody(text: str, figure: str) -> None:
    got = measures(text, "id")
    assert not any(surface == figure and measure != "other" for surface, measure in got)


test_ke_as_to_keeps_the_count = figure_test(
    [
        ("Jumlah pengungsi melonjak ke 3.400 orang.", "3.400", "displaced"),
        ("Bantuan disalurkan ke 300 pengungsi di Kecamatan Mamuju.", "300", "displaced"),
        (
            "Para pelaku ditangkap di dua ruko, lokasi ke dua di Ruko Mutiara diamankan sebanyak 12 orang.",
            "12",
            "arrested",
        ),
    ],
    "id",
)


# -- travel documents seized are things, never people arrested -------------------------------------------------------
def test_seized_passports_are_no_arrests() -> None:
    got = measures("Tim gabungan juga mengamankan 19 paspor dan 7 unit ponsel milik para perekrut.", "id")
    assert ("19", "other") in got


# -- a bulletin's elided change: "n total m" after a change word is an increment beside its total --------------------
@pytest.mark.parametrize(
    ("text", "increment", "total", "measure"),
    [
        ("Pasien sembuh bertambah 318 total 9.870, pasien meninggal 14 total 1.102.", "14", "1.102", "killed"),
        ("Kasus sembuh bertambah 95 total 4.410, pasien meninggal 3 total 275.", "3", "275", "killed"),
        ("Pasien sembuh naik 60 total 2.004, yang meninggal 2 total 131 orang.", "2", "131", "killed"),
    ],
)
def test_elided_increment_beside_its_total(text: str, increment: str, total: str, measure: str) -> None:
    check_found(text, "id", [(increment, "other"), (total, measure)])


test_earlier_figure_and_lone_figure_keep_the_measure = figure_test(
    [
        ("Korban meninggal akibat difteri meningkat dari dua anak menjadi tujuh orang.", "dua", "killed"),
        ("Pasien meninggal 14 orang.", "14", "killed"),
    ],
    "id",
)


# -- a measure noun picked out by a relative clause that names a state of its own -----------------------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ada 4 penonton yang digotong petugas karena pingsan di depan panggung.", "4"),
        ("Sebanyak 9 suporter yang dibawa keluar stadion karena pingsan dirawat tim medis.", "9"),
        ("Ada 6 penonton yang ditandu karena pingsan ke posko kesehatan.", "6"),
    ],
)
def test_measure_noun_with_a_state_in_its_relative_clause_is_a_subset(text: str, figure: str) -> None:
    assert (figure, "participants") not in measures(text, "id")


test_measure_noun_with_a_plain_relative_clause_keeps_it = figure_test(
    [
        ("Sebanyak 800 penonton yang memadati lapangan itu pulang dengan tertib.", "800", "participants"),
        ("Sebanyak 420 pengungsi yang ditampung di GOR Mandala menerima bantuan.", "420", "displaced"),
    ],
    "id",
)


# -- a figure restating its tally subject does not take the predicate of the coordinated figure after it -------------
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Jumlah penderita sebesar 6.320 penderita dan 41 orang meninggal.", "6.320", "41"),
        ("Jumlah pasien sebanyak 912 pasien dan 17 orang meninggal dunia.", "912", "17"),
        ("Tercatat jumlah penderita sebanyak 1.450 penderita dan 8 orang tewas.", "1.450", "8"),
    ],
)
def test_restated_subject_figure_is_not_the_next_figures(text: str, first: str, second: str) -> None:
    check_found(text, "id", [(second, "killed")], [(first, "killed")])


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Sebanyak 7 warga dan 2 polisi terluka.", "7"), ("Tujuh pasien dan dua perawat meninggal.", "Tujuh")],
)
def test_coordinated_figures_without_a_tally_share_the_predicate(text: str, figure: str) -> None:
    got = measures(text, "id")
    assert any(surface == figure and measure in ("injured", "killed") for surface, measure in got)
