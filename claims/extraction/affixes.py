"""Suffix tests on a word against a lexicon's list of suffixes (issue 11 "Structure": the English "-ed", "-s" and
"'s" and the Indonesian "-nya" the rules test are lexicon data, ``[cues] participle_suffixes``, ``plural_suffixes``,
``possessor_clitics``, ``possessed_suffixes`` ...; a language that lists none never matches).

    >>> has_suffix("flooded", frozenset({"ed"})), has_suffix("flood", frozenset({"ed"})), has_suffix("ed", frozenset())
    (True, False, False)
    >>> strip_suffix("keluarganya", frozenset({"nya"})), strip_suffix("keluarga", frozenset({"nya"}))
    ('keluarga', None)
    >>> [plural_form(w, frozenset({"s"}), frozenset({"ss", "us"})) for w in ("blasts", "class", "bus", "blast")]
    [True, False, False, False]
"""

from __future__ import annotations


def has_suffix(word: str, suffixes: frozenset[str]) -> bool:
    """``word`` ends with one of ``suffixes``."""
    return any(word.endswith(suffix) for suffix in suffixes)


def strip_suffix(word: str, suffixes: frozenset[str]) -> str | None:
    """``word`` without the longest of ``suffixes`` it ends with; None when it ends with none."""
    best = ""
    for suffix in suffixes:
        if len(suffix) > len(best) and word.endswith(suffix):
            best = suffix
    return word[: len(word) - len(best)] if best else None


def plural_form(word: str, plurals: frozenset[str], exceptions: frozenset[str]) -> bool:
    """``word`` ends with a plural suffix (``[cues] plural_suffixes``) and with none of ``exceptions``, the endings
    of words that only look plural (``singular_endings``: "class", "bus"; ``demonym_adjective_endings``: "Swiss")."""
    return has_suffix(word, plurals) and not has_suffix(word, exceptions)
