"""Gates on a measure word shared by a part and its whole (issue 11, round 8 second wave, Indonesian): the part's
predicate is not the whole's measure, the whole's relative clause is not the part's, and a part that does something
of its own is a subset (``other``)."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test, measures


# -- the whole does not read the predicate of a part after it ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "whole", "part", "measure"),
    [
        (
            "Ia menyebut jumlah warga yang terdata sebanyak 75 orang dan 49 di antaranya telah mengungsi.",
            "75",
            "49",
            "displaced",
        ),
        (
            "Jumlah pendaki yang tercatat sebanyak 64 orang dan 30 di antaranya sudah dievakuasi.",
            "64",
            "30",
            "displaced",
        ),
    ],
)
def test_whole_does_not_take_the_predicate_of_its_part(text: str, whole: str, part: str, measure: str) -> None:
    check_found(text, "id", [(whole, "other"), (part, measure)])


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Sudah 45 orang dari 70 orang yang kabur ditangkap kembali.", "70"),
        ("Sebanyak 18 dari 52 tahanan yang melarikan diri ditangkap polisi.", "52"),
        ("Delapan dari 30 warga yang hanyut ditemukan tewas.", "30"),
    ],
)
def test_whole_past_its_own_relative_clause_takes_no_part_predicate(text: str, whole: str) -> None:
    assert (whole, "other") in measures(text, "id")


test_wholes_keep_their_own_measure_words = figure_test(
    [
        ("Tiga dari 15 korban meninggal dunia di lokasi kejadian.", "15", "killed"),  # no relative clause
        ("Sebanyak 40 orang dari 70 warga yang sudah ditangkap dibebaskan.", "70", "arrested"),  # the whole's clause
        ("Dari 12 korban tewas, 4 di antaranya adalah perempuan.", "12", "killed"),  # the word before the part
        ("Sebanyak 12 orang tewas dan 3 di antaranya anak-anak.", "12", "killed"),
    ],
    "id",
)


# -- a part does not read the relative clause of its whole ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "part", "whole", "measure"),
    [
        (
            "Sebanyak 30 orang di antara 90 tahanan yang telah diamankan, dipindahkan ke Rutan Salemba.",
            "30",
            "90",
            "arrested",
        ),
        ("Sebanyak 25 orang di antara 200 warga yang dievakuasi, dijemput keluarga masing-masing.", "25", "200", None),
        ("Sebanyak 6 orang di antara 40 pasien yang dirawat, dirujuk ke RSUD Cibinong.", "6", "40", "hospitalized"),
    ],
)
def test_part_does_not_take_the_relative_clause_of_its_whole(
    text: str, part: str, whole: str, measure: str | None
) -> None:
    found = measures(text, "id")
    assert (part, "other") in found
    if measure is not None:  # the whole may yield to the main verb after its clause ("dijemput"): not this gate's
        assert (whole, measure) in found


# -- a part with an active verb of its own does not inherit the whole's measure ------------------------------------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Untuk tujuh tewas di Bekasi, empat diantaranya membeli minuman keras di Pondok Gede.", "empat"),
        ("Dari 11 korban tewas, lima di antaranya menumpang truk yang sama.", "lima"),
        ("Sebanyak 14 warga tewas, enam di antaranya menenggak miras di rumah tersangka.", "enam"),
    ],
)
def test_part_with_its_own_active_verb_is_a_subset(text: str, part: str) -> None:
    assert (part, "other") in measures(text, "id")


def test_part_without_a_verb_of_its_own_keeps_the_whole_measure() -> None:
    assert ("4", "killed") in measures("Dari 12 korban tewas, 4 di antaranya adalah perempuan.", "id")
    assert ("3", "killed") in measures("Sebanyak 12 orang tewas dan 3 di antaranya anak-anak.", "id")


@pytest.mark.parametrize(
    ("text", "lang", "figure", "measure"),
    [
        ("Sebanyak 20 orang, tiga di antaranya balita, dievakuasi ke balai desa.", "id", "20", "displaced"),
        (
            "At least nine people, two of them firefighters, were injured in the blast.",
            "en",
            "At least nine",
            "injured",
        ),
    ],
)
def test_part_in_an_aside_leaves_the_predicate_to_the_whole(text: str, lang: str, figure: str, measure: str) -> None:
    assert (figure, measure) in measures(text, lang)


# -- evacuation in its rescue sense: the event's casualties, or people got out by a success verb ------------------
test_evacuated_casualties_are_rescued_not_displaced = figure_test(
    [
        ("Total korban yang telah dievakuasi sebanyak 80 orang, empat di antaranya meninggal dunia.", "80"),
        ("Hingga Selasa pagi, total korban yang berhasil dievakuasi mencapai 90 orang.", "90"),
        ("Sebanyak 12 korban dievakuasi dari reruntuhan gedung.", "12"),
        ("Akhirnya, tiga korban berhasil di evakuasi hingga ke pos pendakian.", "tiga"),
        ("Dari sekitar 90 siswa yang menjadi korban, sebanyak 61 orang berhasil dievakuasi.", "61"),
    ],
    "id",
    "other",
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sebanyak 45 warga yang terjebak banjir berhasil dievakuasi.", "45"),  # water keeps the displacement
        ("Korban banjir yang dievakuasi mencapai 500 orang.", "500"),
        ("Sedikitnya 20 warga korban penyerangan di Kampung Ilu dievakuasi ke Wamena.", "Sedikitnya 20"),  # an event's
        ("Akibat longsor, korban mengungsi dan 40 warga dievakuasi ke masjid.", "40"),  # another noun's casualty word
        ("Sebanyak 300 warga dievakuasi ke balai desa.", "300"),
        ("Sebanyak 27 warga berhasil dievakuasi ke Kota Sorong.", "27"),  # success with a destination
    ],
)
def test_evacuated_residents_stay_displaced(text: str, figure: str) -> None:
    assert (figure, "displaced") in measures(text, "id")


# -- deportees sent home are no force deployed (lexicon: "dikirim pulang" as "dipulangkan") ---------------------
def test_deportees_sent_home_are_no_deployment() -> None:
    assert ("215", "other") in measures("Sebanyak 215 WNI dikirim pulang melalui Pelabuhan Dumai.", "id")
    assert ("300", "deployed") in measures("Sebanyak 300 personel dikirim ke lokasi bencana.", "id")
