"""A token-level view of one sentence, with the lexicon lookups the stages share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Final

from claims.extraction.counted_shelters import counted_shelter
from claims.extraction.dates import DateSpan, find_date_spans, plain_ascii
from claims.extraction.event_noun_uses import event_noun_use
from claims.extraction.hospital_subjects import hospital_subject
from claims.extraction.lexicon import NO_WORDS, Lexicon, NounInfo
from claims.extraction.named_hospitals import named_hospital
from claims.extraction.numbers import is_numberish
from claims.extraction.sentences import TokenColumns, token_columns
from claims.extraction.typos import typo_measure

_PHONE: Final = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-])?\d{3,4}[\s-]\d{3,4}(?:[\s-]\d{2,4})?(?![\w.,])"
)
_PHONE_HINT: Final = re.compile(r"\+\d|\d[\s-]\(?\d")  # every phone number has one of these; most sentences have none
# the same over plain ASCII text (dates.plain_ascii)
_PHONE_HINT_ASCII: Final = re.compile(_PHONE_HINT.pattern, re.ASCII)
_PHONE_STRICT: Final = re.compile(r"\+\d|\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b|\d{3}[\s-]\d{3,4}[\s-]\d{4}")
_UNREAD: Final[tuple[int, str]] = (0, "")  # see SentenceView._measures: no reading has length 0
CLAUSE_PUNCT: Final = frozenset({";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d", "!", "?", "|"})
NEGATED: Final = "=not "  # the label of a negated measure word ("tidak dievakuasi": not displaced)


ABBREVIATION_DOT: Final = "\u00b7"
"""The word of the dot of an abbreviation inside a name (:meth:`SentenceView._mute_abbreviation_dots`)."""
NAME_PART: Final = "\u00b7name"
"""The word of a group noun inside a proper name (:meth:`SentenceView._mute_name_groups`): no lexicon word."""


def first_digit(text: str, start: int, end: int, columns: TokenColumns) -> int:
    """The offset of the first digit of ``text[start:end]``, ``end`` when there is none: every digit is in a number
    token, so the first number token's start. The scans for things that start with a digit start there."""
    kinds = columns.kinds
    return columns.starts[kinds.index("n")] if "n" in kinds else end


def _numbers_close(kinds: list[str]) -> bool:
    """Whether a number token stands at most three tokens after another. Every match of _PHONE holds two groups of
    digits with one space or dash between them (``\\d{3,4}[\\s-]\\d{3,4}``), and every digit is in a number token:
    a sentence without such a pair holds no phone number (most sentences: a cheap test before the scans)."""
    previous = -9
    for k, kind in enumerate(kinds):
        if kind == "n":
            if k - previous <= 3:
                return True
            previous = k
    return False


class SentenceView:
    """Token-level view of one sentence, with the lexicon of its language."""

    def __init__(self, text: str, start: int, end: int, lex: Lexicon, first_sentence_word: bool = True) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lex = lex
        # the tokens as columns (see TokenColumns): no Token object is built for a sentence
        self.columns = columns = token_columns(text, start, end)
        self.texts: list[str] = columns.texts
        self.words: list[str] = columns.words
        self.kinds: list[str] = columns.kinds
        self.starts: list[int] = columns.starts
        self.ends: list[int] = columns.ends
        self.glue: list[bool] = columns.glue  # glue[k]: token k touches token k-1
        self.word_set: frozenset[str] = frozenset(self.words)
        if not lex.break_adverb_firsts.isdisjoint(self.word_set):
            self._join_adverbs(lex.break_adverbs)
        if "." in self.word_set and (self.words[-1] != "." or self.words.count(".") > 1):
            self._mute_abbreviation_dots(lex.cue("name_abbreviations"))
        self._mute_name_groups(lex.cue("name_part_groups"))
        digit = first_digit(text, start, end, columns)
        ascii_only = plain_ascii(text, start, end)
        self.date_spans: list[DateSpan] = find_date_spans(text, start, end, lex, self.word_set, digit, ascii_only)
        self.blocked = self._blocked_tokens(digit, _PHONE_HINT_ASCII if ascii_only else _PHONE_HINT)
        # measure_at of each token, read once: the rules ask for the same tokens again and again (about three times
        # each); _UNREAD marks a token not read yet
        self._measures: list[tuple[int, str] | None] = [_UNREAD] * len(self.words)
        self.mention_firsts: frozenset[int] = frozenset()
        self.tables = tables_for(lex)

    def _join_adverbs(self, adverbs: frozenset[str]) -> None:
        """A break word that opens a time adverb ("Pengungsi saat ini berjumlah 104.216 jiwa") becomes the adverb's
        one word, no clause break (``[clauses] adverbs``); the columns, shared, are not changed."""
        words = self.words
        for j in range(len(words) - 1):
            if words[j] in self.lex.break_adverb_firsts and f"{words[j]} {words[j + 1]}" in adverbs:
                words = self._set_word(j, f"{words[j]} {words[j + 1]}")

    def _set_word(self, k: int, word: str) -> list[str]:
        """Token ``k`` reads as ``word`` in this view (the passes above): the columns, shared, are not changed (the
        view copies its words before the first change); returns the view's words. ``word_set`` follows."""
        if self.words is self.columns.words:
            self.words = list(self.words)
        self.words[k] = word
        self.word_set = frozenset(self.words)
        return self.words

    def _mute_abbreviation_dots(self, abbreviations: frozenset[str]) -> None:
        """The dot of an abbreviation inside a name ("St. Albans", "Mt. Lokon", "Lt. Marco Reyes", "W. Grand Ave.")
        is no sentence end: its word becomes ``ABBREVIATION_DOT``, which no rule reads as one (``[cues]
        name_abbreviations``); the columns, shared, are not changed."""
        if abbreviations.isdisjoint(self.word_set):
            return  # most sentences with a dot inside (and every one of a language that lists none)
        words, texts, glue = self.words, self.texts, self.glue
        for k in range(1, len(words) - 1):
            if words[k] == "." and glue[k] and words[k - 1] in abbreviations and texts[k - 1][0].isupper():
                words = self._set_word(k, ABBREVIATION_DOT)

    def _mute_name_groups(self, groups: frozenset[str]) -> None:
        """A group word written capitalised right after a capitalised name the lexicon does not list is part of that
        name, no group of people ("Gunung Lewotobi Laki-laki", "Lewotobi Perempuan": NTT's twin volcanoes; ``[cues]
        name_part_groups``): its word becomes ``NAME_PART``, which no rule reads; the columns, shared, are not
        changed."""
        if groups.isdisjoint(self.word_set):
            return  # most sentences (and every one of a language that lists none)
        words, texts, kinds = self.words, self.texts, self.kinds
        nouns, measures = self.lex.nouns.firsts, self.lex.measure_roots
        for k in range(1, len(words)):
            if words[k] not in groups or not texts[k][0].isupper() or kinds[k - 1] != "w":
                continue
            if texts[k - 1][0].isupper() and words[k - 1] not in nouns and words[k - 1] not in measures:
                words = self._set_word(k, NAME_PART)

    # -- exclusions ---------------------------------------------------------------------
    def _blocked_tokens(self, digit: int, phone_hint: re.Pattern[str]) -> set[int]:
        """The number tokens inside dates, times and phone numbers (``digit``: the offset of the first digit)."""
        spans = [(s.start, s.end) for s in self.date_spans]
        # a phone hint starts at a digit or at the "+" right before one
        start, end = max(self.start, digit - 1), self.end
        if digit < end and _numbers_close(self.kinds) and phone_hint.search(self.text, start, end) is not None:
            for m in _PHONE.finditer(self.text, self.start, self.end):
                if _PHONE_STRICT.search(m.group(0)):
                    spans.append((m.start(), m.end()))
        if not spans:
            return set()
        # the tokens that overlap a span: from the first that ends after its start to the last starting before its end
        kinds, starts, ends = self.kinds, self.starts, self.ends
        return {
            idx for s, e in spans for idx in range(bisect_right(ends, s), bisect_left(starts, e)) if kinds[idx] == "n"
        }

    def is_capitalised_name(self, i: int) -> bool:
        if self.kinds[i] != "w" or not self.texts[i][0].isupper():
            return False
        if i == 0 or self.texts[i - 1] in {"\u201c", '"', "\u2018", "'", "(", "-", "\u2014"}:
            return False
        lex = self.lex
        low = self.words[i]
        return not (
            low in lex.stops
            or low in lex.fillers
            or lex.qualifiers.match([low], 0) is not None
            or lex.measure_of_word(low) is not None
            or low in lex.months
            or low in lex.weekdays
            or low in lex.range_between
            or low in lex.range_from
        )

    def _month_name(self, i: int) -> bool:
        """A capitalised month name inside the sentence after a stop word ("in March", "since March") or before a
        number ("March 3", "March 2024") names a date; so does one after "between" or "from", or one span from
        another capitalised month ("between March and June", "from January to March")."""
        if i == 0 or not self.texts[i][:1].isupper():
            return False
        words, lex, n = self.words, self.lex, len(self.kinds)
        if words[i - 1] in lex.stops or words[i - 1] in lex.range_between or words[i - 1] in lex.range_from:
            return True
        if i + 1 < n and self.kinds[i + 1] == "n":
            return True
        return any(0 <= j < n and words[j] in lex.months and self.texts[j][:1].isupper() for j in (i - 2, i + 2))

    def measure_at(self, i: int) -> tuple[int, str] | None:
        """``(length, measure)`` for a measure word/phrase at token i; "=label" for other-verbs.

        A measure word right after a negation (``[syntax] negators``, perhaps with ``negation_skips`` between:
        *belum tertangkap*, *tidak berhasil ditangkap*) says the figure is not in that measure: "=not MEASURE",
        so the figure is ``other`` (issue 11: prefer ``other`` to a wrong measure)."""
        if i < 0:
            return self._negated_measure_at(i)  # counted from the end: not memoised (its neighbours differ)
        found = self._measures[i]
        if found is not None and found[0] == 0:  # _UNREAD (by value: a compiled build may copy the constant)
            found = self._measures[i] = self._negated_measure_at(i)
        return found

    def _negated_measure_at(self, i: int) -> tuple[int, str] | None:
        found = self._measure_at(i)
        if found is None or i == 0 or self.words[i - 1] not in self.tables.negation_words or found[1][0] == "=":
            return found
        k = i - 1
        skips = syntax_list(self, "negation_skips")
        while k > 0 and self.words[k] in skips:
            k -= 1
        return (found[0], NEGATED + found[1]) if self.words[k] in syntax_list(self, "negators") else found

    def _measure_at(self, i: int) -> tuple[int, str] | None:
        if self.kinds[i] != "w":
            return None
        word = self.words[i]
        if word in self.lex.months and self._month_name(i):
            return None  # "18,000 asylum applications in March": the month, no protest march
        tables = self.tables
        if word not in tables.measure_specials:  # most words: the word alone decides, through the memo
            memo = tables.word_measures
            return memo[word] if word in memo else word_measure(self.lex, word)
        if word in self.lex.split_prefixes and i + 1 < len(self.words) and self.kinds[i + 1] == "w":
            base = self.words[i + 1]  # "di tahan": a prefix written apart from a measure root
            joined = self.lex.measure_of_word(word + base) if base in self.lex.measure_roots else None
            if joined is not None:
                return (2, joined)
        if word in tables.event_nouns and event_noun_use(self, i):
            return None  # "the death toll from the hotel collapse": the event's noun, no damage done
        if word not in tables.measure_firsts:  # most words: no phrase can start here, the word alone decides
            memo = tables.word_measures
            return memo[word] if word in memo else word_measure(self.lex, word)
        lex = self.lex
        words = self.words
        found: tuple[int, str] | None
        phrase = lex.measures.match(words, i) if word in lex.measures.firsts else None
        verb = lex.other_verbs.match(words, i) if word in lex.other_verbs.firsts else None
        if verb is not None and verb[0] == 1 and phrase is None and word in lex.nouns.firsts:
            noun = lex.nouns.match(words, i)  # "rescue workers": the verb word opens a noun of people, no verb
            if noun is not None and noun[0] > 1 and noun[1].subject_class == "people":
                verb = None
        if phrase is not None and phrase[0] > 1 and (verb is None or verb[0] <= phrase[0]):
            found = phrase  # the longer wins: "korban luka berat" (a grade) over "korban luka"
        elif verb is not None:
            found = (verb[0], "=" + verb[1])
        else:
            found = (
                named_hospital(self, i) or counted_shelter(self, i) or hospital_subject(self, i)
                if phrase is None and word in tables.place_phrase_firsts
                else None
            ) or word_measure(lex, word)
        return found

    def before_determiners(self, k: int) -> int:
        """The last token at or before ``k`` that is no article or determiner of the lexicon; -1 when none."""
        words, determiners = self.words, self.lex.determiners
        while k >= 0 and words[k] in determiners:
            k -= 1
        return k

    def after_determiners(self, k: int) -> int:
        """The first token at or after ``k`` that is no article or determiner of the lexicon; the length when none."""
        words, determiners = self.words, self.lex.determiners
        while k < len(words) and words[k] in determiners:
            k += 1
        return k

    def past_partitive(self, k: int) -> int:
        """The token after a partitive at token ``k`` ("di antaranya", "eight of them Chinese"), else ``k``."""
        words, table = self.words, self.lex.partitive_after
        found = table.match(words, k) if k < len(words) and words[k] in table.firsts else None
        return k + found[0] if found is not None else k

    def noun_at(self, k: int) -> tuple[int, NounInfo] | None:
        """``(length, noun)`` of the counted noun (``[nouns]``) that starts at token ``k``, None for none (or past the
        sentence)."""
        words, nouns = self.words, self.lex.nouns
        return nouns.match(words, k) if k < len(words) and words[k] in nouns.firsts else None

    def cue_phrase_at(self, k: int, key: str, longest: int) -> int:
        """The length of the longest ``[cues] key`` phrase of at most ``longest`` words that starts at token ``k`` (0
        when none): "taking temporary shelter", "rumah sakit umum", "on duty"."""
        cue, words = self.lex.cue(key), self.words
        for n in range(min(longest, len(words) - k), 0, -1):
            if " ".join(words[k : k + n]) in cue:
                return n
        return 0

    def cue_phrase_ending_at(self, end: int, key: str, longest: int) -> int:
        """The length of the longest ``[cues] key`` phrase of at most ``longest`` words that ends right before token
        ``end`` and leaves at least one token before it (0 when none): "yang terdiri atas", "atau"."""
        cue, words = self.lex.cue(key), self.words
        for n in range(min(longest, end - 1), 0, -1):
            if " ".join(words[end - n : end]) in cue:
                return n
        return 0

    def measure_ending_at(self, j: int) -> tuple[int, str] | None:
        """``(start, measure)`` of the longest measure word or phrase that ends at token j ("claimed the lives
        of")."""
        words, tables = self.words, self.tables
        if words[j] in tables.measure_lasts:  # else no measure of two tokens or more ends at j
            for k in range(max(0, j + 1 - tables.longest_measure), j):
                found = self.measure_at(k) if words[k] in tables.measure_firsts else None
                if found is not None and found[0] == j + 1 - k:
                    return k, found[1]
        found = self.measure_at(j)
        return (j, found[1]) if found is not None and found[0] == 1 else None


@cache
def word_measures(lex: Lexicon) -> dict[str, tuple[int, str] | None]:
    """Per-language memo of :func:`word_measure` (stemming every word of every sentence is costly)."""
    return {}


class WordFlags(dict[str, bool]):
    """A per-language memo of a yes/no test on a lower-case word, filled on first use of each word."""

    __slots__ = ("_test",)

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, word: str) -> bool:
        value = self._test(word)
        if len(self) > 200_000:  # bound memory on adversarial input
            self.clear()
        self[word] = value
        return value


@dataclass(frozen=True, slots=True)
class Tables:
    """Lookups derived from one lexicon, built once per language for the hot loops."""

    measure_firsts: frozenset[str]  # words that can start a measure phrase or an other-verb phrase
    # the measure_firsts and the prefixes written apart ("di tahan"): any other word is its own measure, if any
    measure_specials: frozenset[str]
    word_measures: dict[str, tuple[int, str] | None]  # the memo of word_measure
    candidate: WordFlags  # tokens (by lower-case text) where a number or a vague quantity can start
    fraction_joiners: frozenset[str]  # words after a whole number that can go on as a fraction: "and a half"
    attribution_firsts: frozenset[str]  # words that can start an attribution phrase, before or after
    longest_measure: int  # words in the longest measure or other-verb phrase
    # words that can end a measure of two tokens or more: the last word of a measure or other-verb phrase of two
    # words or more, or a measure root after a prefix written apart ("di tahan"); any other word ends only itself
    measure_lasts: frozenset[str]
    np_words: frozenset[str]  # words a noun-phrase step must look at; any other word is a plain modifier or the end
    # articles that start a figure only before a number word or a denominator ("a hundred", "a third"), see
    # mentions.find_mentions
    plain_articles: frozenset[str]
    joiners: frozenset[str]  # coordinators and list joiners: what may stand between coordinated figures
    negation_words: frozenset[str]  # [syntax] negators and negation_skips: a measure word after one may be negated
    event_nouns: frozenset[str]  # [cues] damage_event_nouns: a damage verb that may be the event's noun
    # the words that open a hospital or shelter phrase (named_hospital, counted_shelter, hospital_subject): any other
    # word opens none of them
    place_phrase_firsts: frozenset[str]


def syntax_list(s: SentenceView, key: str) -> frozenset[str]:
    """The lexicon's ``[syntax] key`` word list (empty when the language lists none)."""
    return s.lex.syntax_words.get(key, NO_WORDS)


@cache
def tables_for(lex: Lexicon) -> Tables:
    starts = number_starts(lex)
    prefix = lex.one_prefix
    collective = lex.collective_prefix

    def candidate(word: str) -> bool:
        # a token's kind follows from the first character of its lower-case text as well as of its text
        # (lower-casing never changes whether a character is a decimal digit, another letter/digit or neither)
        first = word[0]
        if first.isdecimal():
            return True  # a number token
        if not first.isalnum():
            return False  # punctuation
        return bool(
            word in starts
            or (prefix and word.startswith(prefix))
            or ("-" in word and word.split("-")[0] in starts)
            or (collective and word.startswith(collective) and word[len(collective) :] in lex.number_words)
        )

    measure_firsts, event_nouns = lex.measures.firsts | lex.other_verbs.firsts, lex.cue("damage_event_nouns")
    return Tables(
        measure_firsts=measure_firsts,
        measure_specials=measure_firsts | lex.split_prefixes | event_nouns,
        event_nouns=event_nouns,
        place_phrase_firsts=lex.cue("destination_prepositions")
        | lex.cue("shelter_destinations")
        | lex.cue("hospital_heads")
        | lex.cue("hospital_subject_heads"),
        word_measures=word_measures(lex),
        candidate=WordFlags(candidate),
        fraction_joiners=lex.connectors | frozenset(lex.fraction_words),
        attribution_firsts=lex.attribution_before.firsts | lex.attribution_after.firsts,
        longest_measure=max(lex.measures.max_len, lex.other_verbs.max_len, 1),
        measure_lasts=frozenset(
            w
            for table in (lex.measures, lex.other_verbs)
            for w, sizes in table._last_sizes.items()
            if any(size > 1 for size, _ in sizes)
        )
        | frozenset(lex.measure_roots),
        np_words=lex.partitive_after.firsts
        | frozenset(w for w, (_, longer, _) in lex.measures._first_sizes.items() if longer)  # multi-word measures
        | lex.nouns.firsts
        | frozenset(lex.others)
        | frozenset(lex.fillers)
        | frozenset(lex.list_joiners),
        joiners=lex.coordinators | lex.list_joiners,
        negation_words=lex.syntax_words.get("negators", frozenset())
        | lex.syntax_words.get("negation_skips", frozenset()),
        plain_articles=frozenset(
            w
            for w in lex.articles
            if not is_numberish(w, lex)
            and w not in lex.fraction_words
            and "-" not in w
            and not (prefix and w.startswith(prefix))
        ),
    )


def word_measure(lex: Lexicon, word: str) -> tuple[int, str] | None:
    """``(1, measure)`` for a single word that signals a measure (through its stems), "=label" for other-verbs."""
    memo = word_measures(lex)
    if word in memo:
        return memo[word]
    found: tuple[int, str] | None = None
    single = lex.measure_of_word(word)
    if single is not None:
        found = (1, single)
    elif word not in lex.blocked:  # "mengonfirmasi" reports; "dikonfirmasi" counts cases
        for stem in lex.stems(word):
            hit = lex.other_verbs.match([stem], 0)
            if hit is not None:
                found = (1, "=" + hit[1])
                break
    if found is None:
        typo = typo_measure(lex, word)
        found = (1, typo) if typo is not None else None
    if len(memo) > 200_000:  # bound memory on adversarial input
        memo.clear()
    memo[word] = found
    return found


@cache
def number_starts(lex: Lexicon) -> frozenset[str]:
    """Words that can begin a number or vague quantity in this language."""
    return (
        frozenset(lex.number_words)
        | lex.articles
        | lex.vague.firsts
        | frozenset(lex.multipliers)
        | frozenset(lex.scales)
        | frozenset(lex.fraction_words)
    )
