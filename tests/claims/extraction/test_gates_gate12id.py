"""Gates on a measure word owned by a relative clause, an evacuation of a force, or an adjunct of the figure (issue
11, round 9 fifth wave, Indonesian; clauses.past_relative_object, weak_evidence, adjunct_gates.amid_adjunct).
Sentences written for these tests: rallies, floods, clashes in Papua with other places, names and figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test, measures


# -- the object noun of a relative clause's verb is that clause's: the main verb after it names the figure ------------
@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Empat mahasiswa yang mengikuti demo di Kota Jambi harus dilarikan ke rumah sakit.", "Empat", "hospitalized"),
        ("Tujuh buruh yang mengikuti aksi unjuk rasa itu ditangkap polisi.", "Tujuh", "arrested"),
        ("Sebanyak 11 pelajar yang mengikuti demonstrasi kemarin terluka terkena lemparan batu.", "11", "injured"),
        ("Dua peserta yang mengikuti unjuk rasa di Mataram meninggal dunia di rumah sakit.", "Dua", "killed"),
    ],
)
def test_main_verb_after_a_relative_clause_object(text: str, figure: str, measure: str) -> None:
    check_found(text, "id", [(figure, measure)], [(figure, "participants")])


test_relative_clause_controls_keep_their_measure = figure_test(
    [
        ("Ribuan buruh yang mengikuti aksi unjuk rasa memadati halaman kantor gubernur.", "Ribuan", "participants"),
        ("Sebanyak 300 petani mengikuti aksi di depan gedung DPRD Kabupaten Jember.", "300", "participants"),
        ("Lima warga yang ikut aksi di depan kantor camat dilarikan ke puskesmas.", "Lima", "hospitalized"),
        ("Sembilan polisi yang menangkap pelaku terluka terkena senjata tajam.", "Sembilan", "injured"),
    ],
    "id",
)


# -- a force evacuated, with the evacuation word after the figure too: its hurt or dead, no evacuees -----------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Kasdim menyebut dua prajurit tersebut dievakuasi menggunakan pesawat ke Sentani.", "dua"),
        ("Tiga anggota Brimob yang tertembak dievakuasi ke Wamena.", "Tiga"),
        ("Empat polisi dievakuasi dari pos jaga Distrik Beoga usai kontak tembak.", "Empat"),
        ("Sebanyak lima personel TNI dievakuasi dengan helikopter ke RSUD Mimika.", "lima"),
    ],
)
def test_force_evacuated_after_the_figure_is_not_displaced(text: str, figure: str) -> None:
    check_found(text, "id", [(figure, "other")], [(figure, "displaced")])


test_evacuated_civilians_keep_displaced = figure_test(
    [
        ("Sebanyak 65 warga Distrik Beoga dievakuasi ke gedung gereja.", "65", "displaced"),
        ("Sebanyak 14 guru dievakuasi dengan pesawat ke Nabire.", "14", "displaced"),
        ("Dua prajurit TNI terluka tembak dan langsung dievakuasi ke Timika.", "Dua", "injured"),
    ],
    "id",
)


# -- a crowd noun in an adjunct of surrounding ("di tengah kerumunan"): where the people were, not what they did -----
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Petugas menjemput dua anggota DPRD di tengah kerumunan mahasiswa.", "dua"),
        ("Empat wartawan terjebak di tengah massa aksi saat gas air mata ditembakkan.", "Empat"),
        ("Satpam membawa keluar tiga pegawai kantor bupati di tengah kerumunan pendemo.", "tiga"),
    ],
)
def test_crowd_noun_amid_the_figure_is_not_its_measure(text: str, figure: str) -> None:
    check_found(text, "id", [(figure, "other")], [(figure, "participants")])


test_measure_words_outside_a_surrounding_keep_their_measure = figure_test(
    [
        ("Sebanyak 800 mahasiswa berunjuk rasa di tengah hujan deras di depan kantor DPRD.", "800", "participants"),
        ("Tiga polisi terluka di tengah kerumunan massa yang melempar batu.", "Tiga", "injured"),
        ("Sebanyak 120 warga bertahan di pengungsian di tengah banjir.", "120", "displaced"),
    ],
    "id",
)


# -- a toll split by where its people died: each part is a subset, other, named by the place --------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiga orang meninggal di lokasi kejadian, sementara satu orang meninggal setelah tiba di rumah sakit.",
            [("Tiga", "died at the scene"), ("satu", "died in hospital")],
        ),
        (
            "Dua pengendara tewas saat kejadian dan satu lainnya meninggal dalam perjalanan ke RSUD Kefamenanu.",
            [("Dua", "died at the scene"), ("satu", "died on the way to hospital")],
        ),
        (
            '"Lima meninggal di TKP dan dua lainnya meninggal di rumah sakit," ujar Kasat Lantas Polres Sikka.',
            [("Lima", "died at the scene"), ("dua", "died in hospital")],
        ),
    ],
)
def test_deaths_split_by_place_are_parts(text: str, expected: list[tuple[str, str]]) -> None:
    from claims.extraction import extract

    got = {(c.text, c.measure, c.subject) for c in extract(text, "id")}
    for figure, label in expected:
        assert (figure, "other", label) in got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Satu pengendara ojek tewas di lokasi kejadian setelah ditabrak truk.", "Satu"),
        ("Empat orang tewas di lokasi, dua di antaranya anak-anak.", "Empat"),
        ("Enam orang meninggal dan dua lainnya luka berat di rumah sakit.", "Enam"),
    ],
)
def test_one_death_figure_with_a_place_stays_killed(text: str, figure: str) -> None:
    assert (figure, "killed") in measures(text, "id")


# -- a coordinator right after a measure phrase ending in a noun starts a clause, not a list item of that noun --------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Dua warga meregang nyawa dan tiga lainnya, kini dirawat di puskesmas.", "tiga"),
        ("Seorang buruh meregang nyawa dan dua rekannya, hingga malam masih menjalani perawatan.", "dua"),
        ("Satu pemuda meregang nyawa dan empat lainnya, sampai kini dirawat intensif.", "empat"),
    ],
)
def test_figure_after_a_measure_phrase_is_no_list_item(text: str, figure: str) -> None:
    assert (figure, "killed") not in measures(text, "id")


test_verbs_over_real_lists_keep_their_measure = figure_test(
    [
        ("Massa membakar puskesmas, gedung sekolah, dan sedikitnya 11 rumah.", "sedikitnya 11", "damaged"),
        ("Amuk massa menghanguskan kantor desa dan 4 rumah warga.", "4", "damaged"),
        ("Dua warga meregang nyawa dan tiga lainnya, kini dirawat di puskesmas.", "Dua", "killed"),
    ],
    "id",
)
