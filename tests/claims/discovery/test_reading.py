"""claims.discovery.reading: the signals of one article, read from its text alone."""

from __future__ import annotations

import datetime as dt

from claims.discovery.reading import ArticleText, read_article


def read(title: str, body: str, language: str, **kwargs) -> object:
    return read_article(ArticleText(title=title, body=body, language=language, **kwargs))


def test_indonesian_and_english_forms_of_a_place_are_one_key():
    indonesian = read("Demo di Amerika Serikat", "Ribuan warga Kazakstan dan Amerika Serikat hadir.", "id")
    english = read("Rally in the United States", "Thousands from Kazakhstan and the United States came.", "en")
    assert {"united states", "kazakhstan"} <= set(indonesian.names)
    assert {"united states", "kazakhstan"} <= set(english.names)


def test_a_province_is_the_same_locality_in_both_languages_and_a_town_implies_it():
    indonesian = read("", "Banjir melanda Kabupaten Demak, Jawa Tengah, pada Rabu.", "id")
    english = read("", "Floods hit Demak regency on Wednesday.", "en")
    assert indonesian.primary_localities == english.primary_localities == {"central java"}


def test_a_demonym_names_its_country_and_a_foreign_city_its_country():
    reading = read("", "Kazakh officials said the unrest in Almaty had ended.", "en")
    assert {"kazakhstan", "almaty"} <= set(reading.names)
    assert reading.primary_localities == {"kazakhstan"}


def test_a_short_form_counts_only_as_an_abbreviation():
    english = read("", "As of Monday, 40 people had been detained. Us and them, he said.", "en")
    indonesian = read("", "Pemerintah AS mengecam serangan itu.", "id")
    assert "united states" not in english.names
    assert "united states" in indonesian.names


def test_figures_follow_the_languages_grouping_and_skip_years_and_small_counts():
    indonesian = read("", "Sebanyak 3.811 orang ditahan sejak 2022; 7 orang dibebaskan; 1.000 luka (6/1/2022).", "id")
    english = read("", "A total of 3,811 were held in 2022, 7 were freed and 2.5 percent fled.", "en")
    assert indonesian.figures == {3811, 1000}
    assert english.figures == {3811}


def test_a_headlines_capitalised_words_are_not_names_unless_the_body_has_them():
    reading = read("Ribuan Warga Mengungsi Akibat Banjir di Luwu", "Banjir bandang melanda Luwu pada Kamis pagi.", "id")
    assert "ribuan" not in reading.names and "warga mengungsi" not in reading.names
    assert "luwu" in reading.names


def test_kinds_of_story_and_measures_are_read_in_each_language():
    indonesian = read("", "Gempa mengguncang kota itu; 12 orang tewas dan 40 luka-luka.", "id")
    english = read("", "An earthquake shook the city; 12 people were killed and 40 injured.", "en")
    assert indonesian.kinds == english.kinds == {"quake"}
    assert indonesian.measures == english.measures == {"killed", "injured"}


def test_an_official_source_lends_its_country_only_when_the_article_names_no_place():
    bare = read(
        "Statement",
        "The office said 30 people died in the riots.",
        "en",
        source_name="Prosecutor Office of Kazakhstan",
        source_kind="official",
        published=dt.date(2022, 1, 15),
    )
    placed = read(
        "Statement",
        "The office said 30 people died in Bangkok.",
        "en",
        source_name="Prosecutor Office of Kazakhstan",
        source_kind="official",
    )
    outlet = read("Statement", "The office said 30 people died.", "en", source_name="Kazakhstan Daily")
    assert bare.primary_localities == {"kazakhstan"}
    assert placed.primary_localities == {"thailand"}
    assert outlet.primary_localities == frozenset()


def test_the_dateline_is_where_the_reporter_filed_from_not_where_the_story_is():
    reading = read("", "JAKARTA, Harian Contoh - Banjir merendam Kabupaten Luwu, Sulawesi Selatan.", "id")
    assert reading.primary_localities == {"south sulawesi"}
    assert reading.names["jakarta"] < reading.names["luwu"]


def test_links_to_other_stories_are_not_read():
    reading = read("", "Banjir merendam Demak.\nBaca juga: Gempa Guncang Cianjur, Jawa Barat\nAir mulai surut.", "id")
    assert "cianjur" not in reading.names and "west java" not in reading.names


def test_accents_do_not_split_a_name():
    plain = read("", "The quake hit Kahramanmaras in southern Turkey.", "en")
    accented = read("", "Gempa mengguncang Kahramanmaraş, Turki selatan.", "id")
    assert "kahramanmaras" in plain.names and "kahramanmaras" in accented.names
    assert plain.primary_localities == accented.primary_localities == {"turkey"}
