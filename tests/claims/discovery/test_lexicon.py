"""The discovery data files are consistent: every form names a known place, every place
lies in a known one, every kind has a family."""

from __future__ import annotations

from claims.discovery import lexicon


def test_every_place_lies_in_a_known_place_and_ends_in_a_country():
    places = lexicon.places()
    assert places
    for key, place in places.items():
        assert place.kind in {"country", "region", "city"}, key
        assert place.parent is None or place.parent in places, key
        assert lexicon.country_of(key) is not None, key


def test_every_form_of_each_language_names_a_known_place():
    for language in lexicon.languages():
        for line in lexicon._lines(lexicon.DATA_DIR / f"names_{language}.txt"):
            _, _, key = line.partition("=")
            assert key.strip() in lexicon.places(), (language, line)


def test_every_kind_of_story_belongs_to_a_family_and_each_language_names_the_same_kinds():
    kinds_by_language = {}
    for language in lexicon.languages():
        exact, prefixes = lexicon.kind_words(language)
        kinds_by_language[language] = set(exact.values()) | {kind for _, kind in prefixes}
    assert len({frozenset(kinds) for kinds in kinds_by_language.values()}) == 1
    stories = {kind for kind in next(iter(kinds_by_language.values())) if not kind.startswith("measure-")}
    assert stories <= set(lexicon.kind_families())
