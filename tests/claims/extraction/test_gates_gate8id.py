"""Gates on weak evidence for a measure (issue 11, round 8, Indonesian): a measure word that belongs to the whole a
figure is taken from names no measure of the figure, which is then ``other``; and the opt-in trace that tells which
rule or stage gave each claim its measure."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from claims.extraction import extract
from claims.extraction.measure_trace import PURE, trace
from tests.claims.extraction.gate_tables import check_found, figure_test, measures

needs_pure = pytest.mark.skipif(not PURE, reason="the trace patches the pure modules: FACTCHECK_NATIVE=0 runs them")


# -- a measure word inside a source phrase ("dari ... WORD N own-predicate") is the whole's -------------------------
test_word_of_the_source_whole_names_no_measure_of_the_part = figure_test(
    [
        ("Kapolres mengatakan dari sejumlah pendemo itu terdapat sembilan orang memenuhi unsur pidana.", "sembilan"),
        ("Dari para pengungsi tersebut ada 40 orang mengeluhkan gatal-gatal.", "40"),
        ("Dari korban luka itu terdapat tiga orang menjalani operasi.", "tiga"),
        ("Dari semua yang ditangkap 340 orang sudah dibebaskan.", "340"),
        ("Dari warga yang dievakuasi 45 orang sudah dipulangkan.", "45"),
        ("Menurut polisi, dari total 900 orang yang ditahan 52 di antaranya merupakan pelajar.", "52"),
    ],
    "id",
    "other",
)


test_measure_words_outside_a_source_whole_keep_their_figures = figure_test(
    [
        ("Dari data BPBD, korban meninggal mencapai 14 orang.", "14", "killed"),  # a comma closes the source
        ("Regu dari Basarnas dengan kekuatan 20 personel berangkat ke lokasi.", "20", "deployed"),  # an origin
        ("Polisi menangkap 35 orang dari kelompok itu.", "35", "arrested"),  # the source after the figure
        ("Warga dari dua desa yang mengungsi mencapai 800 orang.", "800", "displaced"),  # the tally's own clause
        ("Korban tewas dari kecelakaan itu sebanyak 11 orang.", "11", "killed"),  # "dari" after the word
    ],
    "id",
)


# -- the participle after a part's whole is the whole's when the part has its own verb ----------------------------
@pytest.mark.parametrize(
    ("text", "part", "whole", "measure"),
    [
        ("Ternyata 4 dari 27 remaja diamankan mengaku membawa celurit.", "4", "27", "arrested"),
        ("Sebanyak 5 dari 40 warga dievakuasi menolak kembali ke rumah.", "5", "40", "displaced"),
        ("Tujuh dari 60 pasien dirawat membutuhkan donor darah.", "Tujuh", "60", "hospitalized"),
    ],
)
def test_participle_of_the_whole_is_not_the_parts_measure(text: str, part: str, whole: str, measure: str) -> None:
    check_found(text, "id", [(part, "other"), (whole, measure)])


def test_part_whose_whole_has_no_verb_after_it_keeps_the_measure_word_after_the_whole() -> None:
    assert ("15", "killed") in measures("Tiga dari 15 korban meninggal dunia di lokasi kejadian.", "id")
    assert ("12", "injured") in measures("Sebanyak 12 warga luka-luka dan dirawat di puskesmas.", "id")


# -- a measure word after a next figure of the same noun is that figure's -----------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "second", "measure"),
    [
        ("Daerah tertinggi yaitu Garut dengan jumlah 210 pasien dan 3 pasien meninggal dunia.", "210", "3", "killed"),
        ("Tercatat 40 warga dan 6 warga meninggal.", "40", "6", "killed"),
        ("Sebanyak 60 penumpang dan 7 penumpang hilang.", "60", "7", "missing"),
    ],
)
def test_word_after_a_same_noun_figure_is_not_the_first_figures(
    text: str, first: str, second: str, measure: str
) -> None:
    check_found(text, "id", [(first, "other"), (second, measure)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 8 unit motor dan 4 unit mobil warga dilaporkan rusak.", [("8", "damaged"), ("4", "damaged")]),
        ("Sebanyak 12 polisi dan 5 polisi lainnya terluka.", [("12", "injured"), ("5", "injured")]),
        ("Tiga warga dan dua polisi tewas.", [("Tiga", "killed"), ("dua", "killed")]),
    ],
)
def test_coordinated_figures_of_other_nouns_share_the_measure_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert measures(text, "id") == expected


# -- an evacuation verb before a force names no displacement ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Kodam telah mengevakuasi lima prajurit yang menjadi korban penyerangan itu.", "lima"),
        ("Tim gabungan mengevakuasi 16 personel Brimob dari pos yang diserang.", "16"),
        ("Helikopter TNI mengevakuasi tujuh anggota polisi dari lokasi kontak tembak.", "tujuh"),
    ],
)
def test_evacuated_forces_are_not_displaced(text: str, figure: str) -> None:
    found = dict(measures(text, "id"))
    assert found[figure] != "displaced"


def test_evacuated_residents_stay_displaced() -> None:
    assert ("300", "displaced") in measures("Tim gabungan mengevakuasi 300 warga ke tempat aman.", "id")
    assert ("45", "displaced") in measures("Sebanyak 45 warga dievakuasi ke balai desa.", "id")


# -- a projection before an existence or change verb (Indonesian cues) ---------------------------------------------
test_projected_figures_are_other = figure_test(
    [
        ("Di kawasan industri itu akan ada 9.000 orang yang mogok.", "9.000"),
        ("Jumlah korban dikhawatirkan bertambah menjadi 40 orang.", "40"),
        ("Jumlah pengungsi diprediksi bertambah menjadi 3.000 jiwa.", "3.000"),
    ],
    "id",
    "other",
)


test_figures_no_projection_governs_keep_their_measure = figure_test(
    [
        ("Ketua serikat mengatakan pekerja yang akan berdemo mencapai 30.000 orang.", "30.000", "participants"),
        ("Polisi akan mengerahkan 2.000 personel untuk mengamankan aksi.", "2.000", "deployed"),
        ("Korban tewas bertambah menjadi 40 orang.", "40", "killed"),
    ],
    "id",
)


# -- the trace -----------------------------------------------------------------------------------------------------
@needs_pure
def test_trace_names_the_rule_the_word_and_its_distance() -> None:
    rows = trace("Polisi menangkap 17 orang, sementara 4 warga terluka dalam bentrokan itu.", "id")
    found = {r.claim.text: r for r in rows}
    assert (found["17"].rule, found["17"].direction, found["17"].word) == ("_verb_before", "before", "menangkap")
    assert (found["4"].rule, found["4"].direction, found["4"].word) == ("_word_after", "after", "terluka")
    assert found["4"].distance == 0 and found["4"].punct == 0  # right after its noun phrase


@needs_pure
def test_trace_names_the_stage_that_changed_a_measure() -> None:
    rows = trace("Korban tewas bertambah 3 orang sehingga totalnya 28 orang.", "id")
    found = {r.claim.text: r for r in rows}
    assert found["3"].claim.measure == "other" and found["3"].stage == "increments"
    assert found["28"].claim.measure == "killed"


@needs_pure
def test_trace_names_the_gate_as_a_change_of_the_rule_loop() -> None:
    rows = trace("Dari semua yang ditangkap 340 orang sudah dibebaskan.", "id")
    assert [(r.claim.measure, r.rule, r.rule_measure, r.stage) for r in rows] == [
        ("other", "_verb_before", "arrested", "loop")
    ]


@needs_pure
def test_trace_leaves_the_extractor_as_it_was() -> None:
    text = "Banjir merendam 300 rumah dan 2 warga hilang terseret arus."
    before = extract(text, "id")
    assert [r.claim for r in trace(text, "id")] == before
    assert extract(text, "id") == before


@needs_pure
def test_trace_script_splits_reports_and_tallies_a_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).resolve().parents[3] / "scripts" / "measure_trace.py"
    spec = importlib.util.spec_from_file_location("measure_trace_script", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    source = tmp_path / "set.txt"
    source.write_text("=== one\nSebanyak 9 orang tewas.\n=== two\nPolisi menahan 6 orang.\n", encoding="utf-8")
    assert [name for name, _ in script.reports(source)] == ["set:one", "set:two"]
    lines = [script.line_of(name, row) for name, text in script.reports(source) for row in trace(text, "id")]
    review = tmp_path / "review.tsv"
    review.write_text("ok\t" + lines[0] + "\nwrong\t" + lines[1] + "\n", encoding="utf-8")
    script.tally(review)
    out = capsys.readouterr().out
    assert "_word_after" in out and "_verb_before" in out


# -- a capitalised number word ending a place name is no item of a list ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sebuah kapal berisi 174 pengungsi tiba di pesisir Desa Ujung Batu, Kecamatan Kuala Tiga, Kabupaten Pidie.",
            ["174"],
        ),
        ("Rombongan 60 pengungsi tiba di Desa Lhok Dua, Kecamatan Batu Lima, Kabupaten Pidie.", ["60"]),
        ("Sebanyak 230 pengungsi ditampung di Gampong Kuala Tiga, Kecamatan Muara Batu.", ["230"]),
    ],
)
def test_number_word_in_a_place_name_is_no_figure(text: str, expected: list[str]) -> None:
    assert [c.text for c in extract(text, "id")] == expected


def test_items_in_digits_after_place_names_stay_counts() -> None:
    found = measures(
        "Korban meninggal 19 orang, tersebar di Kecamatan Sukamaju 12, Kecamatan Cibeber 4 dan Kecamatan Sindang 3.",
        "id",
    )
    assert ("4", "killed") in found and ("3", "killed") in found
