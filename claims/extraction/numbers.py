"""Reading numbers written in digits or words, by the conventions of each language.

Digits follow the language's separators (Indonesian ``2.200`` = 2200 and ``2,5`` = 2.5;
English ``2,200`` = 2200 and ``2.5`` = 2.5); words compose as in speech (``dua puluh
tiga``, ``seratus``, ``twenty-three``, ``two hundred and five``); scale words multiply
(``1,5 juta``, ``3.2 billion``). Whole phrases are read by :mod:`claims.extraction.phrases`, fractions by
:mod:`claims.extraction.fractions`.

    >>> read_number_in(token_columns("dua puluh tiga orang"), 0, load_lexicon("id")).value
    Decimal('23')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final, NamedTuple

from claims.extraction.affixes import strip_suffix
from claims.extraction.lexicon import Lexicon, load_lexicon  # noqa: F401 (the doctests use it)
from claims.extraction.sentences import TokenColumns, token_columns  # noqa: F401 (the doctests use it)

Number = int | float

_DIGITS_ONLY: Final = re.compile(r"\d+")


class Reading(NamedTuple):
    """A number read from tokens ``[start, end)``; ``words`` is True when written in words.

    A named tuple rather than a frozen dataclass: one is made for every figure read, and a
    frozen dataclass's ``__init__`` costs several times as much.
    """

    value: Decimal
    start: int
    end: int
    words: bool


_new_reading = tuple.__new__  # a Reading without the NamedTuple constructor's Python frame (one per figure read)


def to_number(value: Decimal) -> Number:
    """An int when the value is whole, else a float.

    >>> to_number(Decimal("2.50")), to_number(Decimal("3.0"))
    (2.5, 3)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str, lex: Lexicon) -> Decimal | None:
    """Read a digit string with the language's separators.

    A separator that cannot be a thousands separator (not followed by groups of exactly
    three digits) is read as a decimal mark, so ``5.8`` in Indonesian is still 5.8.

    >>> id_lex = load_lexicon("id")
    >>> parse_digits("1.245,6", id_lex), parse_digits("2.200", id_lex), parse_digits("5.8", id_lex)
    (Decimal('1245.6'), Decimal('2200'), Decimal('5.8'))
    """
    thousands, decimal = lex.thousands_separator, lex.decimal_separator
    if _DIGITS_ONLY.fullmatch(text):
        return Decimal(text)
    int_part, frac = text, ""
    if decimal in text:
        int_part, _, frac = text.rpartition(decimal)
        if not frac.isdigit():
            return None
    groups = int_part.split(thousands) if int_part else [""]
    if (
        len(groups) > 1
        and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:]))
        and not _south_asian(groups)
    ):
        # not a thousands grouping: a lone separator is the other convention's decimal mark
        if len(groups) == 2 and not frac and groups[0].isdigit() and groups[1].isdigit():
            return Decimal(f"{groups[0]}.{groups[1]}")
        return None
    digits = "".join(groups)
    if not digits.isdigit():
        return None
    try:
        return Decimal(f"{digits}.{frac}" if frac else digits)
    except InvalidOperation:
        return None


def _south_asian(groups: list[str]) -> bool:
    """South Asian grouping by lakh and crore (audit en4, issue 11): "3,11,014" is 311,014 and "57,51,938" is
    5,751,938: the last group of three digits, every group before it of two, the first of one or two."""
    if len(groups) < 3 or len(groups[-1]) != 3 or not 1 <= len(groups[0]) <= 2:
        return False
    return all(g.isdigit() for g in groups) and all(len(g) == 2 for g in groups[1:-1])


@lru_cache(maxsize=65536)
def _parse_digits_cached(text: str, lex: Lexicon) -> Decimal | None:
    """:func:`parse_digits`, cached: the same figures recur across sentences (a Decimal is immutable)."""
    return parse_digits(text, lex)


@lru_cache(maxsize=65536)
def is_numberish(word: str, lex: Lexicon) -> bool:
    """True when ``word`` can be part of a number written in words (cached: tested for every word read)."""
    if word in lex.number_words or word in lex.teens or word in lex.multipliers or word in lex.scales:
        return True
    if _scale_multiplier(word, lex) is not None:
        return True
    prefix = lex.one_prefix
    if prefix and word.startswith(prefix):
        rest = word[len(prefix) :]
        return rest in lex.multipliers or rest in lex.teens or rest in lex.scales
    return False


@lru_cache(maxsize=65536)
def _scale_multiplier(word: str, lex: Lexicon) -> int | None:
    """Count words that multiply like scales: dozen (12), gross (144), plural scales (cached: hot path)."""
    found = lex.quantifiers.match([word], 0)
    if found is not None and found[0] == 1 and found[1] >= 12:
        return int(found[1])
    base = strip_suffix(word, lex.cue("plural_suffixes")) if len(word) > 4 else None
    if base is not None:
        if base in lex.scales:
            return lex.scales[base]
        found = lex.quantifiers.match([base], 0)
        if found is not None and found[0] == 1 and found[1] >= 12:
            return int(found[1])
    return None


def _expand_one_prefix(parts: Sequence[str], lex: Lexicon) -> list[str]:
    """ "seratus" -> ONE, "ratus": the one-prefix written on a multiplier, teen or scale."""
    prefix = lex.one_prefix
    expanded: list[str] = []
    for part in parts:
        if prefix and part.startswith(prefix) and part not in lex.number_words:
            rest = part[len(prefix) :]
            if rest in lex.multipliers or rest in lex.teens or rest in lex.scales:
                expanded.extend((_ONE, rest))
                continue
        expanded.append(part)
    return expanded


_ONE: Final = "\x001"


@dataclass(slots=True, init=False)  # a written __init__: mypyc compiles it, not the dataclass's (run interpreted)
class _WordSum:
    """The running value of number words: completed scale groups, then hundreds and the small part."""

    total: Decimal
    hundreds: int
    small: int
    last_scale: int
    seen: bool

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.hundreds = self.small = self.last_scale = 0
        self.seen = False

    def one(self) -> bool:
        if self.small:
            return False
        self.small, self.seen = 1, True
        return True

    def unit(self, value: int, lex: Lexicon) -> bool:
        """A number word ("tiga", "twenty")."""
        self.seen = True
        small = self.small
        if 20 <= value < 100 and value % 10 == 0:
            if small == 0:
                self.small = value
            elif small < 10 and self.hundreds == 0:  # "one twenty two" = 122
                self.hundreds, self.small = small * 100, value
            else:
                return False
        elif small == 0 or (small >= 20 and small % 10 == 0 and value < 10):
            self.small += value
        elif small < 10 and self.hundreds == 0 and value >= 10 and not lex.teens:  # "one twelve" = 112
            self.hundreds, self.small = small * 100, value
        else:
            return False
        return True

    def teen(self, value: int) -> bool:
        if not 1 <= self.small <= 9:
            return False
        self.small += value
        return True

    def multiply(self, factor: int) -> bool:
        """A multiplier ("ratus", "hundred", "puluh")."""
        if factor >= 100:
            if self.hundreds or self.small >= factor:
                return False
            self.hundreds, self.small = (self.small or 1) * factor, 0
        elif not 1 <= self.small <= 9:
            return False
        else:
            self.small *= factor
        self.seen = True
        return True

    def scale(self, scale: int) -> bool:
        """A scale word ("ribu", "million"), or a count word that multiplies like one ("dozen")."""
        group = self.hundreds + self.small
        if not group and not self.total:
            return False
        if group == 0:
            self.total *= scale
        elif self.total and scale > self.last_scale:  # "three thousand millions"
            self.total = (self.total + group) * scale
        else:
            self.total += Decimal(group) * scale
        self.last_scale = scale
        self.hundreds = self.small = 0
        self.seen = True
        return True


def _add_word(acc: _WordSum, word: str, idx: int, expanded: list[str], lex: Lexicon) -> bool:
    """Add one word to ``acc``; False when the words do not compose."""
    if word == _ONE or (word in lex.articles and word not in lex.number_words and idx + 1 < len(expanded)):
        return acc.one()
    if word in lex.number_words:
        return acc.unit(lex.number_words[word], lex)
    if word in lex.teens:
        return acc.teen(lex.teens[word])
    if word in lex.multipliers:
        return acc.multiply(lex.multipliers[word])
    scale = lex.scales.get(word) or _scale_multiplier(word, lex)
    if scale is not None:
        return acc.scale(scale)
    # "and" joins only after a multiplier or a scale ("two hundred and five", "a thousand and one"): "aged
    # three, eight and ten" lists two numbers, no 810
    prev = expanded[idx - 1] if idx else ""
    return word in lex.connectors and 0 < idx < len(expanded) - 1 and (prev in lex.multipliers or prev in lex.scales)


def evaluate_words(parts: Sequence[str], lex: Lexicon) -> Decimal | None:
    """Value of a sequence of number words, or None when they do not compose.

    >>> evaluate_words(["tiga", "puluh", "satu", "juta", "dua", "ratus", "ribu"], load_lexicon("id"))
    Decimal('31200000')
    >>> evaluate_words(["one", "twenty", "two"], load_lexicon("en"))
    Decimal('122')
    """
    expanded = _expand_one_prefix(parts, lex)
    acc = _WordSum()
    decimals: list[int] | None = None
    for idx, word in enumerate(expanded):
        if decimals is not None:  # "two point two (million)"
            digit = lex.number_words.get(word)
            if digit is None or digit > 9:
                if word in lex.scales or _scale_multiplier(word, lex):
                    break
                return None
            decimals.append(digit)
        elif word in lex.point_words:
            if idx == len(expanded) - 1:
                return None
            decimals = []
        elif not _add_word(acc, word, idx, expanded, lex):
            return None
    if not acc.seen:
        return None
    value = acc.total + acc.hundreds + acc.small
    if decimals:
        value += Decimal("0." + "".join(str(d) for d in decimals))
        # "two point two million": the scale after the decimals multiplies the whole
        tail = expanded[len(expanded) - 1]
        if tail in lex.scales:
            value *= lex.scales[tail]
    return value


def read_words_in(columns: TokenColumns, i: int, lex: Lexicon) -> Reading | None:
    """Longest run of number words starting at token ``i`` that composes to a number."""
    texts, words, kinds = columns.texts, columns.words, columns.kinds
    parts: list[str] = []
    ends: list[int] = []  # token index after each part
    j = i
    n = len(texts)
    while j < n:
        low = words[j]
        kind = kinds[j]
        if kind == "w":
            pieces = low.split("-") if "-" in low else [low]
            if is_numberish(low, lex) if len(pieces) == 1 else all(is_numberish(p, lex) for p in pieces):
                parts.extend(pieces)
                ends.extend([j + 1] * len(pieces))
            elif (low in lex.articles and j == i and j + 1 < n and is_numberish(words[j + 1], lex)) or (
                (low in lex.connectors or low in lex.point_words) and parts and j + 1 < n
            ):
                parts.append(low)
                ends.append(j + 1)
            else:
                break
        elif texts[j] in lex.connectors and parts:
            parts.append(texts[j])
            ends.append(j + 1)
        elif texts[j] == "," and parts and parts[-1] in lex.scales and j + 1 < n and kinds[j + 1] == "w":
            pass  # "three million, two hundred"
        else:
            break
        j += 1
    # try the longest run first, then shorter ones
    for k in range(len(parts), 0, -1):
        value = evaluate_words(parts[:k], lex)
        if value is not None:
            if parts[k - 1] in lex.connectors or parts[k - 1] in lex.point_words:
                continue
            return _new_reading(Reading, (value, i, ends[k - 1], True))
    return None


def read_digits_in(columns: TokenColumns, i: int, lex: Lexicon) -> Reading | None:
    """A digit number at token ``i`` with its glued multiplier and scale words.

    >>> read_digits_in(token_columns("3,2 miliar orang"), 0, load_lexicon("id"))
    Reading(value=Decimal('3200000000.0'), start=0, end=2, words=False)
    """
    texts, words, kinds = columns.texts, columns.words, columns.kinds
    text = texts[i]
    value = _parse_digits_cached(text, lex)
    if value is None:
        return None
    j = i + 1
    n = len(texts)
    # "10 000 dollars": space-grouped thousands, only for a plain 1-3 digit head
    if len(text) <= 3 and j < n and kinds[j] == "n" and lex.thousands_separator == "," and _DIGITS_ONLY.fullmatch(text):
        starts, ends = columns.starts, columns.ends
        k = j
        grouped = text
        while k < n and kinds[k] == "n" and len(texts[k]) == 3 and texts[k].isdigit() and starts[k] == ends[k - 1] + 1:
            grouped += texts[k]
            k += 1
        if k > j and not (k < n and kinds[k] == "n"):
            value, j = Decimal(grouped), k
    if j < n and kinds[j] == "w" and columns.glue[j]:  # a word written against the figure
        mult = lex.suffix_multipliers.get(words[j])
        if mult is None:
            if lex.currencies.match([words[j]], 0) is not None:
                return _new_reading(Reading, (value, i, j, False))  # "20Rp": a currency written against the amount
            if lex.units.match([words[j]], 0) is not None:
                return _new_reading(Reading, (value, i, j, False))  # "150km/h", "40kg": a unit written against it
            return None  # "82nd", "1960s", "4x4": an ordinal or an identifier, not a count
        value *= mult
        j += 1
    if j + 1 < n and words[j] in lex.point_words and kinds[j + 1] == "n" and value == int(value):
        frac = texts[j + 1]
        if frac.isdigit():
            value = Decimal(f"{int(value)}.{frac}")
            j += 2
    last_scale = 0
    while j < n and kinds[j] == "w":
        low = words[j]
        scale = lex.scales.get(low) or lex.multipliers.get(low) or _scale_multiplier(low, lex)
        if scale is None:
            break
        value *= scale
        last_scale = scale
        j += 1
    if last_scale > 1 and j < n:  # "4 thousand 3 hundred and 21", "3 hundred and one": a smaller group follows
        tail = _digit_group_tail(columns, j, lex, last_scale)
        if tail is not None:
            value, j = value + tail.value, tail.end
    return _new_reading(Reading, (value, i, j, False))


def _digit_group_tail(columns: TokenColumns, j: int, lex: Lexicon, scale: int) -> Reading | None:
    """The smaller group after "4 thousand" or "3 hundred" ("3 hundred", "and 21", "and one"), or None. A
    connector ("and") is read only after a multiplier ("hundred"), as in "three hundred and one"."""
    words, kinds = columns.words, columns.kinds
    k = j
    if words[k] in lex.connectors:
        if scale not in lex.multipliers.values() or k + 1 >= len(words):
            return None
        k += 1
    if kinds[k] == "n" and not columns.glue[k]:
        tail = read_digits_in(columns, k, lex)
    elif kinds[k] == "w" and words[k] in lex.number_words and k > j:
        tail = read_words_in(columns, k, lex)
    else:
        return None
    if tail is None or tail.value >= scale or tail.value != tail.value.to_integral_value():
        return None
    return tail


def read_number_in(columns: TokenColumns, i: int, lex: Lexicon) -> Reading | None:
    """A number in digits or words starting at token ``i``."""
    kind = columns.kinds[i]
    if kind == "n":
        return read_digits_in(columns, i, lex)
    if kind == "w":
        return read_words_in(columns, i, lex)
    return None
