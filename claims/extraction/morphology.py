"""Stemmers the lexicons name: Sastrawi for Indonesian, suffix rules from the lexicon file otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=8)
def stemmer_for(
    stemmer: str, suffix_rules: tuple[tuple[str, str], ...], double_consonant: bool
) -> Callable[[str], Iterable[str]]:
    """The stemmer a lexicon names: Sastrawi (Indonesian) or its own suffix rules."""
    if stemmer == "sastrawi":
        return _sastrawi_stems
    return lambda word: _suffix_stems(word, suffix_rules, double_consonant)


def _suffix_stems(word: str, rules: tuple[tuple[str, str], ...], double_consonant: bool) -> list[str]:
    out: list[str] = []
    for suffix, replacement in rules:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: len(word) - len(suffix)]
            out.append(base + replacement)
            if double_consonant and not replacement and len(base) >= 3 and base[-1] == base[-2]:
                out.append(base[:-1])
    return out


@lru_cache(maxsize=1)
def _sastrawi() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # type: ignore[import-untyped]

    return StemmerFactory().create_stemmer()


def _sastrawi_stems(word: str) -> list[str]:
    if not word.isalpha() and "-" not in word:
        return []
    stem = str(_sastrawi().stem(word))
    return [stem] if stem else []
