"""Language detection limited to the languages that have a lexicon.

A cheap count of each lexicon's function words decides clear cases; lingua (built once,
lazily, with only the supported languages) decides the rest. Unknown -> ``"en"``.

    >>> detect_language("Lebih dari 2.200 orang telah ditangkap di kota itu.")
    'id'
    >>> detect_language("More than 2,200 people have been arrested in the city.")
    'en'
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from claims.extraction.lexicon import available_languages, load_lexicon

FALLBACK_LANGUAGE = "en"
_WORD = re.compile(r"[^\W\d_]+", re.U)
_lock = threading.Lock()


def hint_scores(text: str, limit: int = 4000) -> dict[str, int]:
    """Function-word hits per supported language in the first ``limit`` characters."""
    words = _WORD.findall(text[:limit].lower())
    scores: dict[str, int] = {}
    for code in available_languages():
        hints = load_lexicon(code).hint_words
        scores[code] = sum(1 for w in words if w in hints)
    return scores


def guess_language(text: str) -> str | None:
    """The language whose function words clearly dominate, or None when unclear.

    >>> guess_language("tewas dan luka di kota yang sama"), guess_language("Almaty")
    ('id', None)
    """
    scores = hint_scores(text)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2:
        return None
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_score >= 2 * runner_up + 1:
        return best
    return None


@lru_cache(maxsize=1)
def _detector() -> tuple[Any, dict[Any, str]]:
    from lingua import Language, LanguageDetectorBuilder

    by_language: dict[Any, str] = {}
    for code in available_languages():
        name = load_lexicon(code).lingua
        member = getattr(Language, name, None) if name else None
        if member is not None:
            by_language[member] = code
    if len(by_language) < 2:
        return None, by_language
    detector = LanguageDetectorBuilder.from_languages(*by_language).build()
    return detector, by_language


def lingua_language(text: str) -> str | None:
    """lingua's answer among the supported languages, or None."""
    with _lock:  # the detector is built once; building it twice in threads would waste seconds
        detector, by_language = _detector()
    if detector is None:
        return None
    found = detector.detect_language_of(text[:2000])
    return by_language.get(found) if found is not None else None


def detect_language(text: str) -> str:
    """``"id"``, ``"en"`` (or another lexicon's code); ``"en"`` when nothing decides."""
    guess = guess_language(text)
    if guess is not None:
        return guess
    if not _WORD.search(text):
        return FALLBACK_LANGUAGE
    return lingua_language(text) or FALLBACK_LANGUAGE
