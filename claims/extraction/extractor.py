"""Numeric claims from news text: the rules of DESIGN.md section 4 over lexicon data.

For each sentence the extractor

1. masks dates, clock times and phone numbers so their digits are not read as counts;
2. reads every number (digits or words, with scale words), vague quantity ("puluhan",
   "dozens") and range, with the qualifier before it ("lebih dari", "at least") and the
   currency or unit around it;
3. drops identifiers, years, ordinals, ages and time spans;
4. finds the counted noun after the number (the subject) and the measure word that
   governs it: the verb just before the number, else the nearest measure word after it in
   the same clause, else one before it, else what an anaphor ("termasuk", "of them")
   or the noun itself implies, else ``other``;
5. dates the claim (a date in the sentence, else the publication date) and attributes
   it ("menurut X", "X said").

    >>> [(c.text, c.measure, c.subject, c.low, c.high) for c in extract("Lebih dari 2.200 orang ditangkap.", "id")]
    [('Lebih dari 2.200', 'arrested', 'people', 2201, None)]
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import cache, lru_cache
from itertools import compress, count

from claims.extraction.dates import DateSpan, as_of_for, find_date_spans
from claims.extraction.language import detect_language, guess_language
from claims.extraction.lexicon import Lexicon, NounInfo, available_languages, load_lexicon
from claims.extraction.numbers import Reading, read_digits_in, read_fraction_in, read_words_in, to_number
from claims.extraction.sentences import mask_markup, split_sentences, token_columns
from claims.extraction.types import ExtractedClaim, ExtractionError

FRACTION_UNIT = "fraction"
"""The unit of a share written as a fraction ("two thirds of the 450 detainees": 2/3); see docs/lexicons.md."""

DEFAULT_MAX_CHARS = 2_000_000
"""Texts longer than this are refused unless ``max_chars`` says otherwise (10 MB of prose is
not an article; reading it would tie up a worker)."""

PEOPLE_MEASURES = frozenset(
    {"killed", "injured", "arrested", "missing", "displaced", "hospitalized", "deployed", "participants"}
)
PERSON_CLASSES = frozenset(
    {
        "people",
        "civilians",
        "journalists",
        "security_forces",
        "police",
        "soldiers",
        "protesters",
        "children",
        "foreigners",
    }
)
_PARENT = {
    "civilians": "people",
    "journalists": "civilians",
    "security_forces": "people",
    "police": "security_forces",
    "soldiers": "security_forces",
    "protesters": "people",
    "children": "people",
    "foreigners": "people",
}
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-])?\d{3,4}[\s-]\d{3,4}(?:[\s-]\d{2,4})?(?![\w.,])"
)
_PHONE_HINT = re.compile(r"\+\d|\d[\s-]\(?\d")  # every phone number has one of these; most sentences have none
_PHONE_STRICT = re.compile(r"\+\d|\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b|\d{3}[\s-]\d{3,4}[\s-]\d{4}")
# control characters (not whitespace), replacement characters, surrogates, private use: signs of binary data
_BINARY = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")
_DIGIT = re.compile(r"\d")
_LIST_JOINERS = frozenset({"dan", "and", "serta", "&"})
_COORDINATORS = frozenset({"dan", "atau", "and", "or"})
_ARTICLES = frozenset({"the", "a", "an", "para", "another"})
_CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d", "!", "?", "|"})


@dataclass(slots=True)
class _Mention:
    first: int  # first token of the surface (qualifier, currency...)
    last: int  # token after the surface
    num_first: int  # first token of the number itself
    num_end: int  # token after the number/unit
    value: Decimal | None
    low: Decimal
    high: Decimal | None
    qualifier: str
    unit: str | None
    nouns: list[NounInfo] = field(default_factory=list)
    raw_label: str | None = None
    np_end: int = 0
    partitive: bool = False
    anaphoric: bool = False
    inherit: bool = False
    base_of: int | None = None  # index of the mention this one is a part of ("200 of the 1,800")
    measure: str = "other"
    subject: str | None = None
    subject_class: str | None = None
    valid: bool = True
    from_left: bool = False  # the measure is the verb right before the figure ("deployed 5,000 ...")


def _lca(classes: Sequence[str]) -> str:
    """Lowest common ancestor in the subject hierarchy.

    >>> _lca(["police", "soldiers"]), _lca(["police", "civilians"]), _lca(["police"])
    ('security_forces', 'people', 'police')
    """

    def chain(cls: str) -> list[str]:
        out = [cls]
        while out[-1] in _PARENT:
            out.append(_PARENT[out[-1]])
        return out

    common = chain(classes[0])
    for cls in classes[1:]:
        ancestors = set(chain(cls))
        common = [c for c in common if c in ancestors]
    return common[0] if common else "people"


def _round_count(value: Decimal, rounding: str) -> Decimal:
    return value.to_integral_value(rounding=rounding)


def bounds(value: Decimal, qualifier: str, count: bool) -> tuple[Decimal, Decimal | None]:
    """``(low, high)`` for a qualified figure (DESIGN.md section 4).

    >>> bounds(Decimal(3400), "about", True)
    (Decimal('3060'), Decimal('3740'))
    >>> bounds(Decimal(2200), "more_than", True), bounds(Decimal("2.5"), "more_than", False)
    ((Decimal('2201'), None), (Decimal('2.5'), None))
    """
    n = value
    if qualifier == "more_than":
        return (_round_count(n, ROUND_FLOOR) + 1 if count else n, None)
    if qualifier == "at_least":
        return (n, None)
    if qualifier == "less_than":
        return (Decimal(0), _round_count(n, ROUND_CEILING) - 1 if count else n)
    if qualifier == "at_most":
        return (Decimal(0), n)
    if qualifier == "about":
        low, high = n * Decimal("0.9"), n * Decimal("1.1")
        if count:
            return (_round_count(low, ROUND_CEILING), _round_count(high, ROUND_FLOOR))
        return (low, high)
    if qualifier == "nearly":
        low = n * Decimal("0.9")
        if count:
            return (_round_count(low, ROUND_CEILING), _round_count(n, ROUND_CEILING) - 1)
        return (low, n)
    return (n, n)


class _Sentence:
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
        self.date_spans: list[DateSpan] = find_date_spans(text, start, end, lex, frozenset(self.words))
        self.blocked = self._blocked_tokens()
        self._measure_cache: dict[int, tuple[int, str] | None] = {}
        self.mention_firsts: frozenset[int] = frozenset()
        self.tables = _tables(lex)

    # -- exclusions ---------------------------------------------------------------------
    def _blocked_tokens(self) -> set[int]:
        spans = [(s.start, s.end) for s in self.date_spans]
        if _PHONE_HINT.search(self.text, self.start, self.end):
            for m in _PHONE.finditer(self.text, self.start, self.end):
                if _PHONE_STRICT.search(m.group(0)):
                    spans.append((m.start(), m.end()))
        if not spans:
            return set()
        out: set[int] = set()
        starts, ends = self.starts, self.ends
        for idx, kind in enumerate(self.kinds):
            if kind == "n":
                tok_start, tok_end = starts[idx], ends[idx]
                for s, e in spans:
                    if tok_start < e and s < tok_end:
                        out.add(idx)
                        break
        return out

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

    def measure_at(self, i: int) -> tuple[int, str] | None:
        """``(length, measure)`` for a measure word/phrase at token i; "=label" for other-verbs."""
        if self.kinds[i] != "w":
            return None
        word = self.words[i]
        tables = self.tables
        if word not in tables.measure_firsts:  # most words: no phrase can start here, the word alone decides
            memo = tables.word_measures
            return memo[word] if word in memo else _word_measure(self.lex, word)
        cache = self._measure_cache
        if i in cache:
            return cache[i]
        lex = self.lex
        words = self.words
        found: tuple[int, str] | None
        phrase = lex.measures.match(words, i) if word in lex.measures.firsts else None
        verb = lex.other_verbs.match(words, i) if word in lex.other_verbs.firsts else None
        if phrase is not None and phrase[0] > 1:
            found = phrase
        elif verb is not None:
            found = (verb[0], "=" + verb[1])
        else:
            found = _word_measure(lex, word)
        cache[i] = found
        return found


@cache
def _word_measures(lex: Lexicon) -> dict[str, tuple[int, str] | None]:
    """Per-language memo of :func:`_word_measure` (stemming every word of every sentence is costly)."""
    return {}


class _WordFlags(dict[str, bool]):
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
class _Tables:
    """Lookups derived from one lexicon, built once per language for the hot loops."""

    measure_firsts: frozenset[str]  # words that can start a measure phrase or an other-verb phrase
    word_measures: dict[str, tuple[int, str] | None]  # the memo of _word_measure
    candidate: _WordFlags  # tokens (by lower-case text) where a number or a vague quantity can start
    fraction_joiners: frozenset[str]  # words after a whole number that can go on as a fraction: "and a half"
    attribution_firsts: frozenset[str]  # words that can start an attribution phrase, before or after


@cache
def _tables(lex: Lexicon) -> _Tables:
    starts = _number_starts(lex)
    prefix = lex.one_prefix

    def candidate(word: str) -> bool:
        # a token's kind follows from the first character of its lower-case text as well as of its text
        # (lower-casing never changes whether a character is a decimal digit, another letter/digit or neither)
        first = word[0]
        if first.isdecimal():
            return True  # a number token
        if not first.isalnum():
            return False  # punctuation
        return bool(
            word in starts or (prefix and word.startswith(prefix)) or ("-" in word and word.split("-")[0] in starts)
        )

    return _Tables(
        measure_firsts=lex.measures.firsts | lex.other_verbs.firsts,
        word_measures=_word_measures(lex),
        candidate=_WordFlags(candidate),
        fraction_joiners=lex.connectors | frozenset(lex.fraction_words),
        attribution_firsts=lex.attribution_before.firsts | lex.attribution_after.firsts,
    )


def _word_measure(lex: Lexicon, word: str) -> tuple[int, str] | None:
    """``(1, measure)`` for a single word that signals a measure (through its stems), "=label" for other-verbs."""
    memo = _word_measures(lex)
    if word in memo:
        return memo[word]
    found: tuple[int, str] | None = None
    single = lex.measure_of_word(word)
    if single is None:
        for stem in lex.stems(word):
            hit = lex.other_verbs.match([stem], 0)
            if hit is not None:
                found = (1, "=" + hit[1])
                break
    else:
        found = (1, single)
    if len(memo) > 200_000:  # bound memory on adversarial input
        memo.clear()
    memo[word] = found
    return found


# -- reading numbers -------------------------------------------------------------------------
def _is_year(text: str, value: Decimal) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= value <= 2100


def _read_atom(s: _Sentence, i: int) -> tuple[Reading, str | None, int, int] | None:
    """A number at token i with its currency/unit: ``(reading, unit, first, end)``."""
    lex = s.lex
    texts, words, kinds = s.texts, s.words, s.kinds
    n = len(texts)
    first = i
    unit: str | None = None
    currencies = lex.currencies
    # currency written before the number: "Rp 12", "US$ 4,2", "$3.2"
    cur = currencies.match_ending(words, i, s.glue) if i > 0 and words[i - 1] in currencies.lasts else None
    if cur is not None:
        unit = cur[1]
        first = i - cur[0]
    elif i >= 2 and texts[i - 1] in "-\u2212" and s.glue[i] and s.glue[i - 1]:
        cur = lex.currencies.match_ending(s.words, i - 1, s.glue)  # "$-99.99": the sign after the symbol
        if cur is not None:
            unit = cur[1]
            first = i - 1 - cur[0]
    if kinds[i] == "p" and texts[i] in "-\u2212" and i + 1 < n and kinds[i + 1] == "n" and (s.glue[i + 1]):
        return None  # signs and dashes are handled by the caller's context
    kind = kinds[i]  # numbers.read_number_in(cols, i, lex), inlined on the hot path
    cols = s.columns
    reading = read_digits_in(cols, i, lex) if kind == "n" else read_words_in(cols, i, lex) if kind == "w" else None
    if (
        reading is None
        if kind == "w"
        else reading is not None and reading.end == i + 1 and i + 1 < n and texts[i + 1] == "/"
    ) or (
        kind == "w"
        and reading.end < n
        and (words[reading.end] in lex.fractions or words[reading.end] in s.tables.fraction_joiners)
    ):
        # "two thirds", "a half", "sepertiga", "1/40 of"; "half a million" and "satu setengah juta" are counts
        fraction = read_fraction_in(cols, i, lex, reading)
        if fraction is not None:
            reading = fraction.reading
            if reading is None:
                return None  # the numerator of something that is no count ("a fifth suspect")
            if fraction.is_share and unit is None:
                unit = FRACTION_UNIT
    if reading is None:
        return None
    end = reading.end
    if unit is None and end < n:
        after = words[end]
        cur = currencies.match(words, end) if after in currencies.firsts else None
        if cur is not None:
            unit = cur[1]
            end += cur[0]
        else:
            found = lex.units.match(words, end) if after in lex.units.firsts else None
            if found is not None:
                unit = found[1]
                end += found[0]
    if unit is None and first > 0 and words[first - 1] in lex.units_before.lasts:
        before = lex.units_before.match_ending(words, first)
        if before is not None:
            unit = before[1]
    return reading, unit, first, end


def _skip_number(s: _Sentence, reading: Reading, i: int) -> bool:
    """Identifiers, years, ages, ordinals, time spans: numbers that are not counts."""
    lex = s.lex
    texts, kinds = s.texts, s.kinds
    kind = kinds[i]
    n = len(texts)
    if i in s.blocked:
        return True
    if kind == "n":
        if i > 0 and s.glue[i]:
            prev_text = texts[i - 1]
            if kinds[i - 1] == "w" and lex.currencies.match_ending(s.words, i, s.glue) is None:
                return True  # "i7", "LGA1156": letters glued to digits
            if prev_text in "-/\u2013" and i > 1 and s.glue[i - 1] and kinds[i - 2] == "w":
                return True  # "ke-3", "H-3", "COVID-19"
            if prev_text in "-/\u2013" and i > 1 and s.glue[i - 1] and kinds[i - 2] == "n":
                return True  # second half of "2013-14" read on its own
        if i > 0 and kinds[i - 1] == "n" and not s.glue[i]:
            return True  # "245 23", "i7 860": a number right after a number
        if reading.end == i + 1 and len(texts[i]) == 4 and _is_year(texts[i], reading.value):
            after_year = reading.end
            if after_year >= n or lex.nouns.match(s.words, after_year) is None:
                return True
    # identifiers: "Pasal 170", "Flight 4417", "SD Negeri 4", "Level IV"
    start = i
    words = s.words
    before = words[start - 1] if start > 0 else None  # match_ending finds nothing when no phrase ends here
    if before not in lex.currencies.lasts or lex.currencies.match_ending(words, start, s.glue) is None:
        ident = lex.identifier_words.match_ending(words, start) if before in lex.identifier_words.lasts else None
        if ident is not None and not (kind == "w" and ident[0] == 1 and words[start - 1] in lex.stops):
            return True
        if (
            start > 0
            and kind == "n"
            and not s.glue[start]
            and kinds[start - 1] == "w"  # is_capitalised_name's first test, without its call
            and s.is_capitalised_name(start - 1)
        ):
            return True
    # ages: "berusia 45 tahun", "aged 30", "AS (41)"
    if before in lex.age_words.lasts and lex.age_words.match_ending(words, start) is not None:
        return True
    if (
        start >= 2
        and texts[start - 1] == "("
        and reading.end < n
        and texts[reading.end] == ")"
        and kinds[start - 2] == "w"
        and texts[start - 2][0].isupper()
    ):
        return True
    end = reading.end
    if end < n:
        nxt = s.words[end]
        if nxt in lex.time_units:
            return True
        if nxt == "per" and end + 1 < n and kinds[end + 1] == "n":
            return True  # "12 per 100.000 kelahiran": a rate, not a count of anything
        if nxt in "-\u2013" and end + 1 < n and s.glue[end] and s.glue[end + 1] and kinds[end + 1] == "w":
            head = s.words[end + 1].split("-")[0]
            if head in lex.time_units or s.words[end + 1] in lex.time_units:
                return True  # "32-year-old"
        if nxt in {":", "."} and end + 1 < n and s.glue[end] and kinds[end + 1] == "n" and s.glue[end + 1]:
            return True  # "6:12" not caught as a time, "1.2.3" versions
        if nxt == "/" and s.glue[end] and end + 1 < n and kinds[end + 1] == "n":
            return True  # fractions and dates written as "1/40"
    return kind == "w" and i > 0 and s.words[i - 1] in {"salah"}  # "salah satu" = one of


def _after_amount(s: _Sentence, k: int) -> bool:
    """True when token k follows an amount (a number, scale word or currency): "Rp 10 triliun (US$ 700)"."""
    if k == 0:
        return False
    lex = s.lex
    return (
        s.kinds[k - 1] == "n"
        or s.words[k - 1] in lex.scales
        or lex.currencies.match_ending(s.words, k) is not None
        or lex.units.match_ending(s.words, k) is not None
    )


def _qualifier_before(s: _Sentence, first: int) -> tuple[str, int] | None:
    qualifiers = s.lex.qualifiers
    if first <= 0 or s.words[first - 1] not in qualifiers.lasts:
        return None
    found = qualifiers.match_ending(s.words, first)
    if found is None:
        return None
    length, qualifier = found
    return qualifier, first - length


@cache
def _number_starts(lex: Lexicon) -> frozenset[str]:
    """Words that can begin a number or vague quantity in this language."""
    return (
        frozenset(lex.number_words)
        | lex.articles
        | lex.vague.firsts
        | frozenset(lex.multipliers)
        | frozenset(lex.scales)
        | frozenset(lex.fraction_words)
    )


def _find_mentions(s: _Sentence) -> list[_Mention]:
    lex = s.lex
    texts, words, kinds = s.texts, s.words, s.kinds
    n = len(texts)
    mentions: list[_Mention] = []
    # only digits and words that can start a number are visited; the rest of the sentence is skipped
    candidates = compress(count(), map(s.tables.candidate.__getitem__, words))
    i = 0
    for candidate in candidates:
        if candidate < i:
            continue  # inside a figure already read
        i = candidate
        tok_kind, tok_word = kinds[i], words[i]
        # vague quantities: "puluhan ribu", "tens of thousands", "scores of"
        vague = lex.vague.match(words, i) if tok_kind == "w" and tok_word in lex.vague.firsts else None
        if vague is not None:
            length, (lo, hi) = vague
            end = i + length
            last = end - 1 if words[end - 1] == "of" else end
            unit = None
            found_unit = lex.units.match(words, end) if end < n and words[end] in lex.units.firsts else None
            if found_unit is not None:
                unit = found_unit[1]
            mentions.append(_Mention(i, last, i, end, None, Decimal(lo), Decimal(hi), "vague", unit))
            i = end
            continue
        if tok_kind == "w" and not (
            tok_word in lex.number_words
            or tok_word in lex.articles
            or tok_word.split("-")[0] in lex.number_words
            or (lex.one_prefix and tok_word.startswith(lex.one_prefix))
            or tok_word in lex.fraction_words
        ):
            i += 1
            continue
        atom = _read_atom(s, i)
        if atom is None:
            i += 1
            continue
        reading, unit, first, end = atom
        if (
            reading.words
            and reading.end - reading.start == 1
            and tok_word in lex.articles
            and tok_word not in (lex.number_words)
        ):
            i += 1
            continue
        if _skip_number(s, reading, i):
            i = max(reading.end, i + 1)
            continue
        value = reading.value
        # negative amounts written with a glued minus: "-15€", "$-99.99"
        if (
            i > 0
            and texts[i - 1] in "-\u2212"
            and s.glue[i]
            and (i < 2 or not s.glue[i - 1] or (lex.currencies.match_ending(words, i - 1, s.glue) is not None))
            and (i < 2 or kinds[i - 2] != "n")
        ):
            value = -value
            first = min(first, i - 1)
        elif (
            unit is not None
            and first > 0
            and end < n
            and texts[first - 1] == "("
            and texts[end] == ")"
            and reading.end == i + 1
            and not _after_amount(s, first - 1)
        ):
            value = -value  # accounting notation "($99.99)"; "1 triliun rupiah ($38.9 billion)" is a conversion
        qualifier = "exact"
        q_first = first
        low: Decimal = value
        high: Decimal | None = value
        mention_value: Decimal | None = value
        last = end
        # ranges: "antara 30 dan 40", "between $1.2 billion and $1.5 billion", "150 hingga 200", "20-30"
        range_done = False
        j = end
        between = first > 0 and words[first - 1] in lex.range_between
        from_word = first > 0 and words[first - 1] in lex.range_from
        joiners = lex.range_between_joiners if between else lex.range_joiners
        if j + 1 < n and words[j] in joiners:
            dash = words[j] in {"-", "\u2013"}
            if not dash or (s.glue[j] and s.glue[j + 1]) or words[j] == "\u2013":
                k = j + 1
                second = None
                if k < n:
                    cur_next = lex.currencies.match(words, k)
                    start_k = k + cur_next[0] if cur_next is not None else k
                    second = _read_atom(s, start_k) if start_k < n else None
                if second is not None:
                    reading2, unit2, first2, end2 = second
                    change = (
                        from_word
                        and first >= 2
                        and any(w in lex.change_words for w in words[max(0, first - 4) : first - 1])
                    )
                    if (
                        not change
                        and first2 == k
                        and reading2.value >= value
                        and (unit2 is None or unit is None or unit2 == unit)
                        and k not in s.blocked
                        and not (reading2.end < n and words[reading2.end] in lex.time_units)
                    ):
                        unit = unit or unit2
                        low, high, mention_value = value, reading2.value, None
                        qualifier = "range"
                        last = end2
                        range_done = True
                        if between or from_word:
                            q_first = first - 1
        if not range_done:
            q = _qualifier_before(s, first)
            if q is not None and q[0] != "exact":  # "sebanyak", "a total of" do not change the figure
                qualifier, q_first = q
            if qualifier == "exact" and end < n:
                after = lex.qualifiers_after.match(words, end) if words[end] in lex.qualifiers_after.firsts else None
                if after is not None and not (
                    end + after[0] < n and (kinds[end + after[0]] == "n" or words[end + after[0]] in {"dari"})
                ):
                    qualifier = after[1]
                    last = end + after[0]
            is_count = unit is None
            low, high = bounds(value, qualifier, is_count)
        mention = _Mention(q_first, last, i, last, mention_value, low, high, qualifier, unit)
        mention.num_end = last
        mentions.append(mention)
        i = max(last, i + 1)
    return mentions


# -- nouns, measures, subjects --------------------------------------------------------------------
def _scan_noun_phrase(s: _Sentence, m: _Mention, index: int, mentions: list[_Mention], owned: set[int]) -> None:
    lex = s.lex
    texts, words, kinds = s.texts, s.words, s.kinds
    n = len(texts)
    j = m.num_end
    whole = lex.whole_before.match(words, j) if j < n and words[j] in lex.whole_before.firsts else None
    if whole is not None and j + whole[0] < n and kinds[j + whole[0]] == "n":
        # "60 persen dari 250 rumah", "tiga dari 12 korban": this figure is a part of the next one
        for k, other in enumerate(mentions):
            if other.num_first == j + whole[0] and other.first == j + whole[0]:
                m.base_of = k
                m.partitive = True
                m.np_end = j
                return
    if whole is not None and m.unit == FRACTION_UNIT and lex.partitive_after.match(words, j) is None:
        j += whole[0]  # "separuh dari warga": what the share is taken of ("dari" also ends noun phrases)
    limit = min(n, j + 9)
    while j < limit:
        kind, text = kinds[j], texts[j]
        w = words[j]
        part = lex.partitive_after.match(words, j) if words[j] in lex.partitive_after.firsts else None
        if part is not None and not m.nouns:
            m.partitive = True
            j += part[0]
            continue
        phrase = lex.measures.match(words, j) if words[j] in lex.measures.firsts else None
        if phrase is not None and phrase[0] > 1:
            break  # "korban jiwa", "death toll": a measure, not the counted noun
        if (
            m.nouns
            and kind == "w"
            and text[0].isupper()
            and not text.isupper()
            and j + 1 < n
            and kinds[j + 1] == "w"
            and texts[j + 1][0].isupper()
        ):
            j += 1  # a proper name after the noun ("warga Desa Mekarsari"), not a second counted noun
            continue
        noun = lex.nouns.match(words, j) if words[j] in lex.nouns.firsts else None
        if noun is not None:
            m.nouns.append(noun[1])
            owned.update(range(j, j + noun[0]))
            j += noun[0]
            continue
        if kind == "n":
            # "200 of the 1,800 residents": this figure is part of the next one
            if words[m.num_end : j] and set(words[m.num_end : j]) <= lex.fillers and "of" in words[m.num_end : j]:
                for k, other in enumerate(mentions):
                    if other.num_first == j:
                        m.base_of = k
                        m.partitive = True
            break
        if w in lex.others:
            m.anaphoric = True
            j += 1
            continue
        if w in lex.fillers:
            j += 1
            continue
        if kind == "p" and w in "-\u2013" and j + 1 < n and s.glue[j] and s.glue[j + 1]:
            j += 2  # "COVID-19 cases"
            continue
        if (kind == "p" and w == ",") or w in _LIST_JOINERS:
            # "TNI, Polri, dan Basarnas": a list of named units continues the phrase
            k = j
            while k < n and (words[k] == "," or words[k] in _LIST_JOINERS):
                k += 1
            if k < n and m.nouns and texts[k][0].isupper() and lex.nouns.match(words, k) is not None:
                j = k
                continue
            break
        if kind == "p":
            break
        if w in lex.stops:
            if (
                w in lex.range_from
                and j + 1 < n
                and (texts[j + 1][0].isupper() and lex.nouns.match(words, j + 1) is not None)
            ):
                j += 1
                continue
            break
        if s.measure_at(j) is not None:
            break
        if w in lex.qualifiers.firsts and lex.qualifiers.match(words, j) is not None:
            break
        if text[0].isupper():
            j += 1  # a name modifying the noun: "pengungsi Rohingya", "Russian troops"
            continue
        if m.nouns:
            if lex.code != "id":
                break
            j += 1
            continue
        if m.anaphoric:
            break  # "214 lainnya terendam": the word after "others" is the predicate, not a noun
        if m.raw_label is None and kind == "w" and len(w) >= 3 and w not in lex.time_units:
            m.raw_label = w
            owned.add(j)
            j += 1
            if lex.code == "id":
                continue
            # English compounds: "polling stations", "proton beams"
            if (
                j < n
                and kinds[j] == "w"
                and words[j] not in lex.stops
                and words[j] not in lex.fillers
                and (s.measure_at(j) is None and not texts[j][0].isupper() and lex.nouns.match(words, j) is None)
            ):
                m.raw_label = f"{w} {words[j]}"
                owned.add(j)
                j += 1
            continue
        break
    m.np_end = j


def _share_coordinated_nouns(s: _Sentence, mentions: list[_Mention]) -> None:
    """ "45 and 50 cases", "tiga atau empat rumah": a bare figure joined to the next shares its noun."""
    for idx in range(len(mentions) - 1):
        m, nxt = mentions[idx], mentions[idx + 1]
        if m.nouns or m.raw_label is not None or m.unit is not None:
            continue
        between = s.words[m.last : nxt.first]
        if len(between) == 1 and between[0] in _COORDINATORS and (nxt.nouns or nxt.raw_label):
            m.nouns, m.raw_label = list(nxt.nouns), nxt.raw_label
            m.np_end = nxt.np_end


def _noun_subject(m: _Mention) -> tuple[str | None, str | None, NounInfo | None]:
    """``(class, label, head)`` from the nouns after the number."""
    if not m.nouns:
        return None, m.raw_label, None
    specific = [noun for noun in m.nouns if not noun.generic]
    if not specific:
        head = m.nouns[0]
        return head.subject_class, head.label, head
    head = specific[0]
    if head.subject_class not in PERSON_CLASSES:
        return head.subject_class, head.label, head
    persons = [noun.subject_class for noun in specific if noun.subject_class in PERSON_CLASSES]
    return (persons[0] if len(persons) == 1 else _lca(persons)), head.label, head


def _noun_named_before(s: _Sentence, m: _Mention) -> NounInfo | None:
    """The specific noun in "pengunjuk rasa yang berjumlah 5.000 orang", "protesters numbering 5,000"."""
    lex = s.lex
    if m.first <= 0 or s.words[m.first - 1] not in lex.qualifiers.lasts:
        return None
    found = lex.qualifiers.match_ending(s.words, m.first)
    if found is None or found[1] != "exact" or m.first - found[0] <= 0:
        return None
    noun = lex.nouns.match_ending(s.words, m.first - found[0])
    if noun is None or noun[1].generic:
        return None
    return noun[1]


def _person_before(s: _Sentence, end: int) -> str | None:
    """Class of the nearest specific person noun before token ``end`` in the sentence."""
    for k in range(end, 0, -1):
        noun = s.lex.nouns.match_ending(s.words, k)
        if noun is not None and not noun[1].generic and noun[1].subject_class in PERSON_CLASSES:
            return noun[1].subject_class
    return None


def _compatible(measure: str, cls: str | None) -> bool:
    if measure.startswith("="):
        return True
    if measure in PEOPLE_MEASURES:
        return cls is None or cls in PERSON_CLASSES
    if measure == "damaged":
        return cls is None or cls == "thing"
    return True


def _is_boundary(s: _Sentence, j: int) -> bool:
    w = s.words[j]
    return w in _CLAUSE_PUNCT or w in s.lex.clause_breaks


def _search_right(s: _Sentence, start: int, cls: str | None, skip: set[int]) -> str | None:
    n = len(s.texts)
    j = start
    lex = s.lex
    while j < n:
        w = s.words[j]
        if w == ",":
            cue = lex.inherit_before.match(s.words, j + 1)
            if cue is None:
                return None
            # a parenthetical ", including ...," does not end the clause
            k = j + 1
            while k < n and s.words[k] not in {",", ";"} and s.words[k] not in _CLAUSE_PUNCT:
                k += 1
            if k >= n or s.words[k] != ",":
                return None
            j = k + 1
            continue
        if w in _CLAUSE_PUNCT or w in lex.clause_breaks:  # _is_boundary(s, j)
            return None
        if j not in skip:
            noun = lex.nouns.match(s.words, j) if w in lex.nouns.firsts else None
            if noun is not None and noun[1].force:
                return "=" + noun[1].label  # "87 of them in intensive care": a tally of its own
            found = s.measure_at(j)
            if found is not None and _governs_later_figure(s, j + found[0]):
                return None  # "3 blok ... dan menghanguskan 120 rumah": the verb takes the later figure
            if found is not None and _compatible(found[1], cls):
                return found[1]
            if found is not None:
                j += found[0]
                continue
        j += 1
    return None


def _governs_later_figure(s: _Sentence, k: int) -> bool:
    """True when a figure starts at token k (after articles): the verb before it is that figure's."""
    n = len(s.texts)
    while k < n and s.words[k] in _ARTICLES:
        k += 1
    return k < n and k in s.mention_firsts


def _search_left(s: _Sentence, end: int, cls: str | None, skip: set[int], stop_at: int) -> str | None:
    j = end - 1
    while j >= stop_at:
        w = s.words[j]
        if w == "," or _is_boundary(s, j):
            return None
        if j not in skip:
            found = s.measure_at(j)
            if found is not None and _compatible(found[1], cls):
                return found[1]
        j -= 1
    return None


def _left_adjacent(s: _Sentence, m: _Mention, cls: str | None) -> str | None:
    j = m.first - 1
    while j >= 0:
        if s.words[j] in {"the", "a", "an", "para", "only", "hanya", "another"}:
            j -= 1
            continue
        exact = s.lex.qualifiers.match_ending(s.words, j + 1) if s.words[j] in s.lex.qualifiers.lasts else None
        if exact is not None and exact[1] == "exact":  # "peserta aksi mencapai 25.000"
            j -= exact[0]
            continue
        break
    if j < 0:
        return None
    # a measure word ending at j
    measure_firsts = s.tables.measure_firsts
    for length in (3, 2, 1):
        k = j - length + 1
        if k < 0:
            continue
        if length > 1 and s.words[k] not in measure_firsts:
            continue  # only a phrase is longer than one word, and no phrase starts at k
        found = s.measure_at(k)
        if found is not None and found[0] == length:
            return found[1] if _compatible(found[1], cls) else None
    return None


def _resolve(s: _Sentence, mentions: list[_Mention]) -> None:
    lex = s.lex
    owned: set[int] = set()
    s.mention_firsts = frozenset(m.first for m in mentions)
    for idx, m in enumerate(mentions):
        for k in range(m.first, m.last):
            owned.add(k)
        _scan_noun_phrase(s, m, idx, mentions, owned)
    _share_coordinated_nouns(s, mentions)
    previous_count: _Mention | None = None
    for m in mentions:
        if m.unit is not None and m.qualifier != "vague":
            m.measure, m.subject = "other", m.unit
            if m.unit == FRACTION_UNIT:
                # a share of something counted ("dua pertiga dari 2.000 pengungsi", "two thirds of them", "of
                # the cake"); a bare fraction ("exactly one sixth") is no claim, like a bare number
                of_follows = m.num_end < len(s.words) and s.words[m.num_end] in lex.whole_before.firsts
                counted = bool(m.nouns or m.partitive or m.base_of is not None)
                m.valid = counted or (m.raw_label is not None and of_follows)
            continue
        if m.unit is not None:  # "ribuan hektare": a vague quantity of a unit
            m.measure, m.subject = "other", m.unit
            continue
        cls, label, head = _noun_subject(m)
        if head is None or head.generic:
            named = _noun_named_before(s, m)
            if named is not None:
                cls, label, head = named.subject_class, named.label, named
        antecedent = previous_count
        if m.base_of is not None:
            base = mentions[m.base_of]
            base_cls, base_label, base_head = _noun_subject(base)
            cls, label, head = cls or base_cls, label or base_label, head or base_head
        if m.partitive and antecedent is not None and not m.nouns and m.base_of is None:
            cls, label = antecedent.subject_class, antecedent.subject
        cue = (
            lex.inherit_before.match_ending(s.words, m.first)
            if m.first > 0 and s.words[m.first - 1] in lex.inherit_before.lasts
            else None
        )
        m.inherit = cue is not None
        measure: str | None = None
        if head is not None and head.force:
            measure = head.measure or "other"
        if measure is None:
            measure = _left_adjacent(s, m, cls)
            m.from_left = measure is not None
        if measure is None:
            measure = _search_right(s, m.np_end, cls, owned)
        if (
            measure is None
            and antecedent is not None
            and antecedent.from_left
            and all(w in _COORDINATORS or w in _LIST_JOINERS or w == "," for w in s.words[antecedent.np_end : m.first])
            and _compatible(antecedent.measure, cls)
        ):
            # "deployed 5,000 police officers and 2,000 soldiers": one verb, two objects
            measure, m.from_left = antecedent.measure, True
        if measure is None and m.inherit and antecedent is not None:
            measure = antecedent.measure
        if measure is None and m.partitive and antecedent is not None and m.base_of is None:
            measure = antecedent.measure
        same_clause = antecedent is not None and not any(
            w in _CLAUSE_PUNCT or w == "," for w in s.words[antecedent.last : m.first]
        )
        if measure is None and not same_clause:
            # a measure word before the figure ("korban tewas bertambah menjadi 11") counts only when no
            # earlier figure in the sentence could be the one it governs
            measure = _search_left(s, m.first, cls, owned, 0)
        if measure is None and head is not None and head.measure:
            measure = head.measure
        if measure is None and m.base_of is not None:
            measure = None
        # the part of a set measured by its own predicate; the set itself ("of the 1,800") is not
        if measure is None:
            measure = "other"
        if measure.startswith("="):
            other_label = measure[1:]
            measure = "other"
            if head is None or head.generic:
                label = other_label
        if measure in PEOPLE_MEASURES and not _compatible(measure, cls):
            measure = "other"
        m.measure = measure
        if measure in PEOPLE_MEASURES:
            if cls is None or cls not in PERSON_CLASSES:
                if (
                    (m.anaphoric or (not m.nouns and m.raw_label is None))
                    and antecedent is not None
                    and (antecedent.subject_class in PERSON_CLASSES)
                ):
                    cls = antecedent.subject_class
                elif m.anaphoric and antecedent is None:
                    # "seorang demonstran tewas dan puluhan lainnya": the noun counted before, unnumbered
                    cls = _person_before(s, m.first) or "people"
                else:
                    cls = "people"
            m.subject, m.subject_class = cls, cls
        else:
            if label is None and not m.partitive and antecedent is not None:
                label, cls = antecedent.subject, antecedent.subject_class
            if m.partitive and antecedent is None and m.base_of is None:
                label = cls = None  # "Tiga di antara korban itu": part of a set named in another sentence
            m.subject, m.subject_class = label, cls
        # validity: a bare number needs something that makes it a count
        if m.qualifier != "vague":
            has_noun = bool(m.nouns) or m.raw_label is not None
            if not (has_noun or measure != "other" or m.partitive or m.inherit or m.anaphoric):
                m.valid = antecedent is not None and antecedent.measure == "other" and label is not None
        if m.valid and m.unit is None:
            previous_count = m
    # "a third of the 90 buildings were destroyed": the whole set is not itself destroyed
    for m in mentions:
        whole = (
            lex.whole_before.match_ending(s.words, m.first)
            if m.first > 0 and s.words[m.first - 1] in lex.whole_before.lasts
            else None
        )
        if whole is not None and m.measure != "other" and m.first - whole[0] > 0:
            before = s.words[m.first - whole[0] - 1]
            if before in lex.fractions and m.first - whole[0] - 1 not in s.mention_firsts:
                own = _own_measure(s, m)
                m.measure, m.subject = own or ("other", _noun_subject(m)[1] or m.subject)
    # the whole of "200 of the 1,800 residents ... evacuated" is not itself evacuated; the whole of a share
    # ("40 persen dari 2.000 pengungsi", "half of the 300 detainees") is measured by its own noun, if any
    for m in mentions:
        if m.base_of is not None:
            base = mentions[m.base_of]
            own = _own_measure(s, base) if m.unit is not None else None
            if own is not None:
                base.measure, base.subject = own
            elif base.measure != "other" and (base.measure == m.measure or m.unit is not None):
                _, base_label, _ = _noun_subject(base)
                base.measure = "other"
                base.subject = base_label


def _own_measure(s: _Sentence, m: _Mention) -> tuple[str, str | None] | None:
    """``(measure, subject)`` when the noun phrase of the figure itself names a measure: a counted noun that
    implies one ("2.000 pengungsi", "5,000 protesters") or a measure word right after the figure ("450 dead",
    "300 detainees", "40 korban tewas"); None when only the rest of the sentence could ("30 rumah rusak")."""
    cls, label, head = _noun_subject(m)
    measure: str | None = None
    if head is not None:
        if head.measure is not None and not head.force:
            measure = head.measure
    elif m.num_end < len(s.words):
        found = s.measure_at(m.num_end)
        if found is not None and not found[1].startswith("="):
            measure = found[1]
    if measure is None or measure == "other" or not _compatible(measure, cls):
        return None
    if measure in PEOPLE_MEASURES:
        return measure, cls if cls in PERSON_CLASSES else "people"
    return measure, label or m.subject


# -- attribution ----------------------------------------------------------------------------------
def _attribution(s: _Sentence) -> str | None:
    lex = s.lex
    words, kinds = s.words, s.kinds
    n = len(words)
    stops = lex.attribution_stops
    firsts = s.tables.attribution_firsts
    if firsts.isdisjoint(words):
        return None  # most sentences: no attribution word at all
    for j in compress(count(), map(firsts.__contains__, words)):  # the positions of attribution words, in order
        found = lex.attribution_before.match(words, j) if words[j] in lex.attribution_before.firsts else None
        if found is not None:
            k = j + found[0]
            phrase: list[int] = []  # token indices
            while k < n and len(phrase) < 8:
                w = words[k]
                if (kinds[k] == "p" and w not in {"-", "'", "\u2019", "&"}) or w in stops:
                    break
                if lex.attribution_before.match(words, k) is not None or s.measure_at(k) is not None:
                    break
                if lex.qualifiers.match(words, k) is not None and k > j + found[0]:
                    break
                if kinds[k] == "n":
                    break
                phrase.append(k)
                k += 1
            if phrase and any(kinds[t] == "w" for t in phrase):
                return s.text[s.starts[phrase[0]] : s.ends[phrase[-1]]]
        found_after = lex.attribution_after.match(words, j) if words[j] in lex.attribution_after.firsts else None
        if found_after is not None and j > 0:
            k = j - 1
            phrase = []
            while k >= 0 and len(phrase) < 8:
                w = words[k]
                if (kinds[k] == "p" and w not in {"-", "'", "\u2019", "&", "."}) or (w in stops and w != "of"):
                    break
                if kinds[k] == "n":
                    break
                phrase.append(k)
                k -= 1
            phrase.reverse()
            while phrase and (words[phrase[0]] in {"and", "dan", "but", "that", "bahwa"} or kinds[phrase[0]] == "p"):
                phrase.pop(0)
            if phrase and any(kinds[t] == "w" for t in phrase) and len(phrase) < 8:
                return s.text[s.starts[phrase[0]] : s.ends[phrase[-1]]]
    return None


# -- input checks -----------------------------------------------------------------------------------
def check_text(text: object, max_chars: int | None) -> str:
    """The text as ``str``, or :class:`ExtractionError` saying why it is refused.

    >>> check_text("  ", None)
    Traceback (most recent call last):
    ...
    claims.extraction.types.ExtractionError: empty text: nothing to extract
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ExtractionError(f"text is not valid UTF-8 (binary data?): {exc.reason} at byte {exc.start}") from None
    if not isinstance(text, str):
        raise ExtractionError(f"text must be a string, not {type(text).__name__}")
    limit = DEFAULT_MAX_CHARS if max_chars is None else max_chars
    if limit and len(text) > limit:
        raise ExtractionError(f"text has {len(text):,} characters, over the limit of {limit:,} (max_chars)")
    if not text.strip():
        raise ExtractionError("empty text: nothing to extract")
    if "\x00" in text:
        raise ExtractionError(f"text contains NUL bytes (at offset {text.index(chr(0))}): binary data is refused")
    sample = text[:200_000]
    bad = len(_BINARY.findall(sample))
    if bad > max(8, len(sample) // 10):
        raise ExtractionError(f"text looks binary or undecodable ({bad} control/replacement characters)")
    return text


# -- entry point ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _furniture_pattern() -> re.Pattern[str] | None:
    patterns = [p.pattern for code in available_languages() for p in load_lexicon(code).furniture]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _furniture(sentence: str) -> bool:
    """Page furniture ("Baca juga: ...") from any lexicon: not prose, never claims."""
    pattern = _furniture_pattern()
    return pattern is not None and pattern.search(sentence) is not None


_NUMBERS: dict[Decimal, int | float] = {}  # memo of to_number: equal Decimals give the same number


def _to_value(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    number = _NUMBERS.get(value)
    if number is None:
        number = to_number(value)
        if len(_NUMBERS) > 100_000:  # bound memory on adversarial input
            _NUMBERS.clear()
        _NUMBERS[value] = number
    return number


def extract(
    text: str,
    lang: str | None = None,
    *,
    published: datetime.date | None = None,
    max_chars: int | None = None,
) -> list[ExtractedClaim]:
    """Numeric claims in ``text`` (see module docstring); ``lang=None`` detects it.

    >>> claims = extract("Pejabat mengatakan 18 orang anggota polisi tewas, Jumat.", "id",
    ...                  published=datetime.date(2022, 1, 7))
    >>> [(c.text, c.measure, c.subject, c.low, c.high, c.as_of.isoformat(), c.attributed_to) for c in claims]
    [('18', 'killed', 'police', 18, 18, '2022-01-07', 'Pejabat')]
    """
    body = check_text(text, max_chars)
    if isinstance(published, datetime.datetime):
        published = published.date()
    supported = available_languages()
    if lang is not None and lang not in supported:
        raise ExtractionError(f"unsupported language {lang!r}; supported: {', '.join(supported)}")
    masked = mask_markup(body)
    article_lang = lang or detect_language(masked)
    claims: list[ExtractedClaim] = []
    for start, end in split_sentences(masked):
        segment = masked[start:end]
        if not _DIGIT.search(segment) and not _might_have_words(segment):
            continue
        if _furniture(segment):
            continue
        sentence_lang = article_lang
        if lang is None and len(segment) > 25:
            guess = guess_language(segment)
            if guess is not None:
                sentence_lang = guess
        lex = load_lexicon(sentence_lang)
        s = _Sentence(masked, start, end, lex)
        mentions = _find_mentions(s)
        if not mentions:
            continue
        _resolve(s, mentions)
        attributed = None
        attribution_done = False
        sentence_text = body[start:end]
        for m in mentions:
            if not m.valid:
                continue
            if not attribution_done:
                attributed = _attribution(s)
                attribution_done = True
            c_start, c_end = s.starts[m.first], s.ends[m.last - 1]
            low = _to_value(m.low)
            claim: ExtractedClaim = _new_object(ExtractedClaim)  # see _new_object
            claim.__dict__.update(
                {
                    "text": body[c_start:c_end],
                    "start": c_start,
                    "end": c_end,
                    "sentence": sentence_text,
                    "measure": m.measure,
                    "subject": m.subject,
                    "value": _to_value(m.value),
                    "low": low if low is not None else 0,
                    "high": _to_value(m.high),
                    "qualifier": m.qualifier,
                    "unit": m.unit,
                    "as_of": as_of_for(masked, s.date_spans, c_start, published, lex) if s.date_spans else published,
                    "attributed_to": attributed,
                    "language": sentence_lang,
                }
            )
            claims.append(claim)
    return claims


# Claims are built without the frozen dataclass's ``__init__``: it sets each of the 14 fields through
# ``object.__setattr__``, which more than doubles the cost of the objects made once per claim. The instance is
# the same (same ``__dict__`` in field order, equality, repr and immutability afterwards).
_new_object = object.__new__


_ANY_NUMBER_WORD: dict[str, re.Pattern[str]] = {}


def _might_have_words(segment: str) -> bool:
    """Cheap test: could this sentence hold a number written in words or a vague quantity?"""
    pattern = _ANY_NUMBER_WORD.get("all")
    if pattern is None:
        vocabulary: set[str] = set()
        for code in available_languages():
            lex = load_lexicon(code)
            vocabulary.update(lex.number_words)
            vocabulary.update(lex.multipliers)
            vocabulary.update(lex.scales)
            vocabulary.update(w for w in lex.articles)
            if lex.one_prefix:
                vocabulary.add(lex.one_prefix)
            vocabulary.update(lex.vague.first_words())
            vocabulary.update(lex.quantifiers.first_words())
            vocabulary.update(lex.fraction_words)
        alternation = "|".join(sorted((re.escape(v) for v in vocabulary), key=len, reverse=True))
        pattern = re.compile(rf"\b(?:{alternation})", re.I)
        _ANY_NUMBER_WORD["all"] = pattern
    return pattern.search(segment) is not None


__all__ = ["DEFAULT_MAX_CHARS", "bounds", "check_text", "extract"]
