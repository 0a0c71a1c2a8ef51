"""Measure words misspelt by one edit ("meinggal", "ditahaan", "woundd"): real copy has them (issue 11).

A word of ``[typos] min_length`` letters or more that signals no measure is read as the measure word it is one
edit (insertion, deletion or substitution) away from, when that word is as long, starts with the same two
letters, and every such word names the same measure. Words listed in ``[typos] words`` are real words that are
one edit from a measure word ("insured", "skilled", "menyebut") and are never corrected, nor is any word the
lexicon lists elsewhere.

    >>> from claims.extraction.lexicon import load_lexicon
    >>> typo_measure(load_lexicon("id"), "meinggal"), typo_measure(load_lexicon("en"), "skilled")
    ('killed', None)
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from rapidfuzz.distance import Levenshtein

from claims.extraction.lexicon import Lexicon


@cache
def _candidates(lex: Lexicon) -> dict[str, list[tuple[str, str]]]:
    """Measure words of the lexicon long enough to correct, by their first two letters."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for word, measure in lex.measure_roots.items():
        if len(word) >= lex.typo_min_length and word.isalpha():
            out[word[:2]].append((word, measure))
    return dict(out)


@cache
def _known(lex: Lexicon) -> frozenset[str]:
    """Every word the lexicon lists anywhere: a listed word is spelt as meant, never a typo."""
    words: set[str] = set(lex.not_typos)
    for table in (
        lex.nouns,
        lex.qualifiers,
        lex.other_verbs,
        lex.attribution_before,
        lex.attribution_after,
        lex.measures,
        lex.units,
        lex.identifier_words,
    ):
        words.update(table.all_words())
    for group in (lex.stops, lex.fillers, lex.clause_breaks, lex.time_units, lex.breakdown_cues):
        words.update(group)
    return frozenset(words)


def typo_measure(lex: Lexicon, word: str) -> str | None:
    """The measure of the lexicon word ``word`` is one edit away from, or None."""
    if lex.typo_min_length <= 0 or len(word) < lex.typo_min_length or not word.isalpha() or word in _known(lex):
        return None
    found = _near(lex, word)
    if not found:  # "dievakusi": the prefix is spelt right, the root is not
        for prefix in lex.typo_prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= lex.typo_min_length - 1:
                found |= _near(lex, word[len(prefix) :])
    return found.pop() if len(found) == 1 else None


def _near(lex: Lexicon, word: str) -> set[str]:
    """The measures of the lexicon words one edit from ``word`` that start with its first two letters."""
    found: set[str] = set()
    for candidate, measure in _candidates(lex).get(word[:2], ()):
        if abs(len(candidate) - len(word)) <= 1 and Levenshtein.distance(word, candidate, score_cutoff=1) <= 1:
            found.add(measure)
    return found
