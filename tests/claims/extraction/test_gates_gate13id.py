"""Gates on a measure word owned by a part, by a whole, by an animal or by an increment (issue 11, round 10 sixth
wave, Indonesian health desk; part_whole_gates, weak_evidence.whole_in_source, case_parts, measure_objects
.said_of_animal, increments._risen_to). Sentences written for these tests: bus crashes, diphtheria and leptospirosis
wards, anthrax and bootleg-liquor deaths, with other names, places and figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test, measures


# -- a part run on right after its whole, with no comma: the whole does not read the part's predicate ---------------
@pytest.mark.parametrize(
    ("text", "whole", "part", "measure"),
    [
        ("Ada 31 penumpang 17 diantaranya mengalami luka-luka.", "31", "17", "injured"),
        ("Ada 45 santri 12 di antaranya mengalami luka bakar.", "45", "12", "injured"),
        ("Ada 28 pendaki 6 diantaranya mengalami luka patah tulang.", "28", "6", "injured"),
    ],
)
def test_part_run_on_after_its_whole(text: str, whole: str, part: str, measure: str) -> None:
    check_found(text, "id", [(whole, "other"), (part, measure)], [(whole, measure)])


test_parts_after_a_comma_or_a_predicate_keep_their_measure = figure_test(
    [
        ("Ada 31 penumpang, 17 di antaranya mengalami luka-luka.", "17", "injured"),
        ("Sebanyak 30 warga terluka, 5 di antaranya dirawat di rumah sakit.", "30", "injured"),
        ("Sebanyak 30 warga terluka, 5 di antaranya dirawat di rumah sakit.", "5", "hospitalized"),
        ("Bus itu membawa 40 penumpang 12 diantaranya terluka.", "12", "injured"),
    ],
    "id",
)


# -- a figure opened by a source preposition right after a measure word: the whole the counted part is taken from ---
@pytest.mark.parametrize(
    ("text", "whole", "part", "measure"),
    [
        ("Yang meninggal dari 24 pasien difteri itu ada 5 orang.", "24", "5", "killed"),
        ("Pasien yang meninggal dari 19 anak itu ada 7 orang.", "19", "7", "killed"),
        ("Korban tewas dari 33 penumpang minibus itu sebanyak 6 orang.", "33", "6", "killed"),
        ("Yang dirawat dari 58 siswa yang keracunan ada 13 orang.", "58", "13", "hospitalized"),
    ],
)
def test_whole_after_a_source_preposition_is_no_count_of_the_part(
    text: str, whole: str, part: str, measure: str
) -> None:
    check_found(text, "id", [(whole, "other"), (part, measure)], [(whole, measure)])


test_source_phrases_of_a_change_or_a_place_keep_their_measure = figure_test(
    [
        ("Jumlah yang meninggal dari 20 menjadi 25 orang.", "25", "killed"),
        ("Korban meninggal dari Desa Wonorejo 4 orang.", "4", "killed"),
        ("Korban meninggal dari 3 desa tercatat 14 orang.", "14", "killed"),
        ("Sebanyak 4 orang tewas dari 16 pekerja tambang yang tertimbun.", "4", "killed"),
    ],
    "id",
)


# -- a measure word right after an animal noun is the animals': no list head for the people counted after it --------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Sapi mati itu disembelih lalu dagingnya dibagikan, antara lain kepada 40 warga di Dusun Kalisat dan 25 "
            "warga di Dusun Ngawen.",
            ("40", "25"),
        ),
        (
            "Kambing mati tersebut dagingnya dimakan warga, yakni 30 orang di Desa Rejo dan 12 orang di Desa Mulyo.",
            ("30", "12"),
        ),
        (
            "Ternak mati itu dikubur warga, akibatnya 61 warga Dusun Jetis terpapar antraks dan 2 orang di antaranya "
            "dirawat.",
            ("61",),
        ),
    ],
)
def test_measure_word_of_an_animal_heads_no_list(text: str, figures: tuple[str, ...]) -> None:
    check_found(text, "id", [(f, "other") for f in figures], [(f, "killed") for f in figures])


test_list_heads_of_people_keep_their_measure = figure_test(
    [
        (
            "Korban meninggal tersebar di beberapa desa, antara lain 12 orang di Desa Rejo dan 5 orang di Desa Mulyo.",
            "12",
            "killed",
        ),
        ("Warga yang tewas berasal dari Kecamatan Semanu 4 orang dan Kecamatan Ponjong 2 orang.", "2", "killed"),
        ("Akibatnya 40 warga Sleman terjangkit leptospirosis dan 2 meninggal dunia.", "2", "killed"),
    ],
    "id",
)


# -- the latest death after a running total said before it: an increment, never a count of the dead ------------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Korban meninggal akibat miras oplosan di Kecamatan Ngaglik, Kabupaten Sleman, Daerah Istimewa Yogyakarta, "
            "bertambah menjadi sembilan orang, setelah satu korban terbaru meninggal pada Senin dini hari.",
            "satu",
        ),
        (
            "Pasien difteri yang meninggal di RSUD Cibinong, Kabupaten Bogor, Jawa Barat, bertambah menjadi lima "
            "orang, setelah dua pasien terbaru meninggal pada Selasa.",
            "dua",
        ),
        (
            "Korban tewas akibat keracunan metanol di Kota Depok, Jawa Barat, naik menjadi 12 orang, setelah tiga "
            "korban terbaru meninggal di rumah sakit.",
            "tiga",
        ),
    ],
)
def test_latest_deaths_after_a_risen_total_are_increments(text: str, figure: str) -> None:
    check_found(text, "id", [(figure, "other")], [(figure, "killed")])


test_risen_totals_and_bare_deaths_keep_their_measure = figure_test(
    [
        ("Korban meninggal akibat miras oplosan bertambah menjadi sembilan orang.", "sembilan", "killed"),
        ("Satu korban terbaru meninggal pada Senin dini hari di RSUD Sleman.", "Satu", "killed"),
        ("Sebanyak 12 orang meninggal dunia setelah menenggak miras oplosan.", "12", "killed"),
    ],
    "id",
)


# -- a care verb said of a place that is no place of care: treated where they were, no hospital stay ----------------
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sekitar 23 santri lainnya dirawat di asrama oleh dokter pesantren.", "Sekitar 23"),
        ("Sebanyak 17 siswa dirawat di sekolah oleh petugas puskesmas.", "17"),
        ("Sebanyak 9 pendaki dirawat di lokasi kejadian sebelum turun gunung.", "9"),
        ("Sebanyak 40 pengungsi dirawat di tenda darurat karena diare.", "40"),
    ],
)
def test_care_said_of_no_place_of_care_is_no_hospital_stay(text: str, figure: str) -> None:
    check_found(text, "id", [(figure, "other")], [(figure, "hospitalized")])


test_care_at_a_place_of_care_keeps_hospitalized = figure_test(
    [
        ("Sebanyak 17 siswa dirawat di puskesmas setempat.", "17", "hospitalized"),
        ("Sebanyak 26 pasien DBD terpaksa dirawat di lorong karena bangsal penuh.", "26", "hospitalized"),
        ("Sebanyak 31 korban dirawat di dua rumah sakit di Kota Kediri.", "31", "hospitalized"),
        ("Empat pasien masih dirawat intensif di ruang ICU RSUD Kayuagung.", "Empat", "hospitalized"),
        ("Sebanyak 12 jemaah masih dirawat di Madinah.", "12", "hospitalized"),
        ('"Yang dirawat di sini ada 5 orang," kata dokter jaga.', "5", "hospitalized"),
    ],
    "id",
)


# -- the direction left out before a hospital's name: the main predicate still names the stay (lexicon data) --------
test_taken_to_a_named_hospital_without_direction_is_hospitalized = figure_test(
    [
        ("Tujuh buruh pabrik tahu yang mengalami luka bakar dibawa RS Citra Medika.", "Tujuh", "hospitalized"),
        ("Sebanyak 11 santri dilarikan RSUD Murjani karena lemas.", "11", "hospitalized"),
        ("Dua korban kemudian dirujuk RSUD Kayuagung untuk perawatan lanjutan.", "Dua", "hospitalized"),
    ],
    "id",
)


# -- "not all" of them died: the negation reaches the measure word past the quantifier (lexicon data) ---------------
@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Ketiga pekerja sumur itu tidak semuanya meninggal, satu orang berhasil diselamatkan.", "Ketiga", "killed"),
        ("Lima nelayan itu tidak seluruhnya hilang, dua orang ditemukan selamat di pulau.", "Lima", "missing"),
        ("Enam penumpang tersebut tidak semua terluka.", "Enam", "injured"),
    ],
)
def test_not_all_of_them_is_no_count_of_the_state(text: str, figure: str, measure: str) -> None:
    check_found(text, "id", [], [(figure, measure)])


test_unnegated_states_keep_their_measure = figure_test(
    [
        ("Ketiga pekerja sumur itu semuanya meninggal di lokasi.", "Ketiga", "killed"),
        ("Semua dari lima nelayan itu hilang di perairan Masalembu.", "lima", "missing"),
    ],
    "id",
)


# -- a part of a toll named in an earlier sentence, picked out by its cause: a subset, other (hajj bulletins) --------
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak empat dari jumlah tersebut meninggal karena sengatan panas.",
        "Dua dari jumlah itu wafat akibat heatstroke di Arafah.",
    ],
)
def test_part_of_an_earlier_toll_by_cause_is_other(text: str) -> None:
    found = measures(text, "id")
    assert found and all(measure == "other" for _, measure in found), found
