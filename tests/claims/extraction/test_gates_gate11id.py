"""Gates on a figure owned by a place or a thing, and on a part after its whole's predicate (issue 11, round 9 fourth
wave, Indonesian; claims/extraction/figure_owner_gates.py). Sentences written for these tests: health bulletins,
gambling raids and smelter blasts with other places, names and figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import measures


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
    got = measures(text, "id")
    for figure in figures:
        assert (figure, "participants") not in got
        assert (figure, "other") in got


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
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
)
def test_verb_keeps_its_people_object_and_its_place_adjunct(text: str, figure: str, measure: str) -> None:
    assert (figure, measure) in measures(text, "id")


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


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Korban jiwa akibat banjir bertambah 4 jenazah.", "4", "killed"),
        ("Jumlah pasien yang dirawat berjumlah 26 orang.", "26", "hospitalized"),
        ("Sebanyak 18 pekerja smelter mengalami luka bakar.", "18", "injured"),
    ],
)
def test_figures_after_a_change_or_a_total_word_keep_their_measure(text: str, figure: str, measure: str) -> None:
    assert (figure, measure) in measures(text, "id")


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
    got = measures(text, "id")
    assert (figure, "injured") not in got


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Sebanyak 14 orang tewas tiga di antaranya anak-anak.", "tiga", "killed"),
        ("Sembilan santri terluka, dua di antaranya dirawat di RSUD Pamekasan.", "dua", "hospitalized"),
    ],
)
def test_part_keeps_a_group_or_its_own_predicate(text: str, figure: str, measure: str) -> None:
    assert (figure, measure) in measures(text, "id")


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
