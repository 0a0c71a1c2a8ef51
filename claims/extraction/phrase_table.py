"""Phrase tables: the lexicons' phrases (one word or several) looked up in a sentence's words by their first or
last word, longest first (:class:`PhraseTable`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from claims.extraction.sentences import tokenize

T = TypeVar("T")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """Split a lexicon phrase the way texts are tokenized.

    >>> phrase_words("Rp. 5")
    ('rp', '.', '5')
    """
    return tuple(t.lower for t in tokenize(phrase))


class PhraseTable(Generic[T]):
    """Longest-match lookup of multi-word phrases over a sequence of lower-case words.

    >>> table = PhraseTable([("lebih dari", "more_than"), ("lebih", "more_than")])
    >>> table.match(["lebih", "dari", "5"], 0)
    (2, 'more_than')
    """

    __slots__ = ("_by_first", "_by_last", "_first_sizes", "_glued", "_last_sizes", "firsts", "lasts", "max_len")

    def __init__(self, items: Iterable[tuple[str, T]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        by_last: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        self._glued: set[tuple[str, ...]] = set()
        self.max_len = 0
        for phrase, value in items:
            words = phrase_words(phrase)
            if not words:
                continue
            if len(words) > 1 and " " not in phrase.strip():
                self._glued.add(words)  # "us$", "rp.": written as one word, so must be glued in the text
            by_first.setdefault(words[0], []).append((words, value))
            by_last.setdefault(words[-1], []).append((words, value))
            self.max_len = max(self.max_len, len(words))
        for entries in [*by_first.values(), *by_last.values()]:
            entries.sort(key=lambda e: -len(e[0]))
        self._by_first, self._by_last = by_first, by_last
        # the same entries by length, longest first: one dictionary lookup per length, not one test per phrase
        self._first_sizes = {w: _starting(w, _by_size(entries)) for w, entries in by_first.items()}
        self._last_sizes = {w: _by_size(entries) for w, entries in by_last.items()}
        self.firsts = frozenset(by_first)
        self.lasts = frozenset(by_last)  # callers test ``words[end - 1] in table.lasts`` before a match_ending call

    def first_words(self) -> frozenset[str]:
        return self.firsts  # the words that can start a phrase of this table

    def all_words(self) -> frozenset[str]:  # every word of every phrase of this table
        return frozenset(w for entries in self._by_first.values() for words, _ in entries for w in words)

    def __contains__(self, word: object) -> bool:
        return any(len(w) == 1 for w, _ in self._by_first.get(str(word), ()))

    def match(self, words: list[str], i: int, alt: Sequence[frozenset[str]] | None = None) -> tuple[int, T] | None:
        """Longest phrase starting at ``words[i]``: ``(length, value)`` or None.

        ``alt`` gives extra accepted forms per position (stems), if any.
        """
        if alt is None and i >= 0:  # the common case, without the per-position alternatives
            size = len(words)
            starting = self._first_sizes.get(words[i]) if i < size else None
            if starting is None:
                return None
            seconds, longer, single = starting
            if i + 1 < size and words[i + 1] in seconds:  # else no phrase of two words or more can fit
                for n, phrases in longer:  # longest first: the first that fits is the longest match
                    if i + n <= size:
                        key = tuple(words[i : i + n])
                        if key in phrases:
                            return (n, phrases[key])
            return single
        if i >= len(words) or (alt is None and words[i] not in self.firsts):
            return None
        firsts = [words[i]] if alt is None else [words[i], *alt[i]]
        best: tuple[int, T] | None = None
        for first in firsts:
            for phrase, value in self._by_first.get(first, ()):
                n = len(phrase)
                if best is not None and n <= best[0]:
                    break
                if i + n > len(words):
                    continue
                if all(words[i + k] == phrase[k] or (alt is not None and phrase[k] in alt[i + k]) for k in range(1, n)):
                    best = (n, value)
                    break
        return best

    def match_ending(self, words: list[str], end: int, glued: list[bool] | None = None) -> tuple[int, T] | None:
        """Longest phrase ending just before ``words[end]``: ``(length, value)`` or None.

        ``glued[k]`` tells whether token k touches token k-1; phrases written as one word
        in the lexicon ("us$") then only match tokens written together ("US$", not "a $").
        """
        if end <= 0:
            return None
        sizes = self._last_sizes.get(words[end - 1])
        if sizes is None:
            return None
        for n, phrases in sizes:
            if n <= end:
                phrase = tuple(words[end - n : end])
                if phrase in phrases:
                    if glued is not None and phrase in self._glued and not all(glued[end - n + 1 : end]):
                        continue
                    return (n, phrases[phrase])
        return None


def _starting(
    word: str, sizes: list[tuple[int, dict[tuple[str, ...], T]]]
) -> tuple[frozenset[str], list[tuple[int, dict[tuple[str, ...], T]]], tuple[int, T] | None]:
    """The phrases that start with ``word``: their second words, those of 2+ words by length, the 1-word match."""
    longer = [(n, phrases) for n, phrases in sizes if n > 1]
    single = next(((1, phrases[(word,)]) for n, phrases in sizes if n == 1), None)
    return frozenset(phrase[1] for _, phrases in longer for phrase in phrases), longer, single


def _by_size(entries: list[tuple[tuple[str, ...], T]]) -> list[tuple[int, dict[tuple[str, ...], T]]]:
    """Entries (longest first) grouped by length; the first entry of a phrase listed twice wins."""
    out: dict[int, dict[tuple[str, ...], T]] = {}
    for phrase, value in entries:
        out.setdefault(len(phrase), {}).setdefault(phrase, value)
    return sorted(out.items(), key=lambda item: -item[0])
