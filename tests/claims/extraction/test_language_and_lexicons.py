"""Language detection and the lexicon data files."""

from __future__ import annotations

import pytest

from claims.extraction import SUPPORTED_LANGUAGES, detect_language, extract
from claims.extraction.lexicon import LEXICON_DIR, load_lexicon
from claims.extraction.types import MEASURES


def test_supported_languages_come_from_the_lexicon_files() -> None:
    assert tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml"))) == SUPPORTED_LANGUAGES
    assert {"id", "en"} <= set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ratusan warga mengungsi setelah banjir merendam desa mereka.", "id"),
        ("Hundreds of residents fled after the flood swept through their village.", "en"),
        ("Kazakhstan", "en"),
        ("12345", "en"),
        ("Pengunjuk rasa", "id"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_lexicon_uses_only_known_measures(code: str) -> None:
    lex = load_lexicon(code)
    assert set(lex.measure_roots.values()) <= set(MEASURES)
    assert lex.number_words and lex.scales
    for noun in lex.nouns._by_first.values():
        for _, info in noun:
            assert info.measure is None or info.measure in MEASURES


@pytest.mark.parametrize(
    ("word", "code", "measure"),
    [
        ("menewaskan", "id", "killed"),
        ("terluka", "id", "injured"),
        ("melukai", "id", "injured"),
        ("ditangkap", "id", "arrested"),
        ("penangkapan", "id", "arrested"),
        ("dievakuasi", "id", "displaced"),
        ("dikerahkan", "id", "deployed"),
        ("kehilangan", "id", None),
        ("keamanan", "id", None),
        ("killing", "en", "killed"),
        ("wounded", "en", "injured"),
        ("detaining", "en", "arrested"),
        ("evacuated", "en", "displaced"),
        ("hospitalised", "en", "hospitalized"),
    ],
)
def test_morphology_finds_inflected_forms(word: str, code: str, measure: str | None) -> None:
    assert load_lexicon(code).measure_of_word(word) == measure


def test_ordinals_in_text_are_not_claims() -> None:
    for text in (
        "Ia menjadi juara ke-4 dan keempat kalinya menang.",
        "Kesepuluh peserta itu pulang.",
        "She came fourth, her 4th medal.",
    ):
        assert extract(text) == []
