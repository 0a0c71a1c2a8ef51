"""claims.discovery.matching: precision first, two stories are never mixed."""

from __future__ import annotations

import datetime as dt

from claims.discovery.matching import EventProfile, add_to_profile, choose, score
from claims.discovery.reading import ArticleText, read_article

DAY = dt.date(2024, 3, 14)


def read(title: str, body: str, language: str = "id", day: dt.date = DAY):
    return read_article(ArticleText(title=title, body=body, language=language, published=day))


def profile_of(event_id: int, *readings) -> EventProfile:
    profile = EventProfile(event_id=event_id)
    for reading in readings:
        add_to_profile(profile, reading)
    return profile


DEMAK = read(
    "Banjir di Demak", "Banjir merendam 3.200 rumah di Kabupaten Demak, Jawa Tengah. BPBD mencatat 1.450 pengungsi."
)


def test_the_same_story_in_the_other_language_joins():
    english = read(
        "Floods in Central Java",
        "Floods covered 3,200 houses in Demak regency, Central Java.",
        "en",
        DAY.replace(day=15),
    )
    chosen, _ = choose(english, [profile_of(1, DEMAK)])
    assert chosen == 1


def test_the_same_kind_of_story_in_another_province_never_joins():
    luwu = read(
        "Banjir di Luwu",
        "Banjir merendam 3.200 rumah di Kabupaten Luwu, Sulawesi Selatan. BPBD mencatat 1.450 pengungsi.",
    )
    result = score(luwu, profile_of(1, DEMAK))
    assert result.ruled_out.startswith("elsewhere")
    assert choose(luwu, [profile_of(1, DEMAK)])[0] is None


def test_the_home_country_a_kind_and_figures_are_no_anchor():
    vague = read("Banjir di Indonesia", "Banjir merendam 3.200 rumah di Indonesia; 1.450 orang mengungsi.")
    result = score(vague, profile_of(1, DEMAK))
    assert not result.anchored
    assert choose(vague, [profile_of(1, DEMAK)])[0] is None


def test_another_kind_of_story_in_the_same_foreign_country_does_not_join():
    protest = read("Demo di Bangkok", "Ribuan pengunjuk rasa berdemo di Bangkok, Thailand.")
    flood = read("Banjir di Thailand", "Banjir merendam ratusan rumah di Thailand utara.")
    assert choose(flood, [profile_of(1, protest)])[0] is None


def test_an_article_outside_the_window_starts_its_own_event():
    later = read(
        "Banjir Demak", "Banjir kembali merendam Kabupaten Demak, Jawa Tengah.", day=DAY + dt.timedelta(days=40)
    )
    result = score(later, profile_of(1, DEMAK), window_days=10)
    assert "outside" in result.ruled_out
    assert choose(later, [profile_of(1, DEMAK)], window_days=10)[0] is None


def test_the_best_of_two_stories_is_chosen_when_it_is_clearly_better():
    bangkok = profile_of(1, read("Demo di Bangkok", "Ribuan pengunjuk rasa berdemo di Bangkok, Thailand."))
    manila = profile_of(2, read("Demo di Manila", "Ribuan petani berdemo di Manila, Filipina."))
    article = read("Protest in Manila", "Farmers rallied in Manila, the Philippine capital, for a second day.", "en")
    assert choose(article, [bangkok, manila])[0] == 2


def test_an_article_fitting_two_different_stories_equally_starts_its_own_event():
    bangkok = profile_of(1, read("Demo di Bangkok", "Ribuan pengunjuk rasa berdemo di Bangkok, Thailand."))
    manila = profile_of(2, read("Demo di Manila", "Ribuan petani berdemo di Manila, Filipina."))
    both = read(
        "Protests in two capitals", "Protesters rallied in Bangkok, Thailand, and in Manila, Philippines.", "en"
    )
    assert choose(both, [bangkok, manila])[0] is None


def test_at_home_another_town_of_the_same_province_is_another_story():
    grobogan = read("Banjir Grobogan", "Sungai Lusi merendam 640 rumah di Kabupaten Grobogan, Jawa Tengah.")
    assert score(grobogan, profile_of(1, DEMAK)).ruled_out.startswith("other towns")


def test_a_village_named_only_by_its_unit_word_does_not_rule_its_regency_out():
    village = read("Banjir Meluas", "Air setinggi satu meter merendam Desa Sidomulyo, Jawa Tengah.")
    assert village.towns == {"sidomulyo"}
    assert choose(village, [profile_of(1, DEMAK)])[0] == 1


def test_a_riot_and_a_fire_in_one_city_the_same_week_are_two_stories():
    riot = profile_of(1, read("Kerusuhan di Bangkok", "Kerusuhan pecah di Bangkok, Thailand; polisi menahan 40 orang."))
    fire = read("Fire in Bangkok", "A fire destroyed 320 market stalls in Bangkok, Thailand.", "en")
    assert score(fire, riot).ruled_out.startswith("another story")


def test_a_landslide_after_a_flood_stays_with_the_flood():
    flood = profile_of(
        1, read("Banjir Luwu", "Banjir bandang melanda Kabupaten Luwu, Sulawesi Selatan; 860 mengungsi.")
    )
    landslide = read("Longsor di Luwu", "Longsor susulan menutup jalan di Kabupaten Luwu, Sulawesi Selatan.")
    assert choose(landslide, [flood])[0] == 1


def test_an_article_naming_only_the_province_of_two_stories_starts_its_own_event():
    demak = profile_of(1, DEMAK)
    grobogan = profile_of(2, read("Banjir Grobogan", "Banjir merendam 640 rumah di Kabupaten Grobogan, Jawa Tengah."))
    province_only = read("Floods in Central Java", "Floods have covered homes in Central Java this week.", "en")
    assert {s.event_id for s in choose(province_only, [demak, grobogan])[1] if s.eligible} == {1, 2}
    assert choose(province_only, [demak, grobogan])[0] is None
