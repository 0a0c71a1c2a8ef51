"""Reading numbers written in digits or words, by the conventions of each language.

Digits follow the language's separators (Indonesian ``2.200`` = 2200 and ``2,5`` = 2.5;
English ``2,200`` = 2200 and ``2.5`` = 2.5); words compose as in speech (``dua puluh
tiga``, ``seratus``, ``twenty-three``, ``two hundred and five``); scale words multiply
(``1,5 juta``, ``3.2 billion``).

    >>> parse_number("dua puluh tiga", "id")
    23
    >>> parse_number("2.200", "id"), parse_number("2,200", "en")
    (2200, 2200)
    >>> parse_number("1,5 juta", "id")
    1500000
    >>> parse_number("seven hundred twenty-one thousand and twelve", "en")
    721012
    >>> parse_number("Rp 3,2 triliun", "id")
    3200000000000
    >>> is_ordinal("ketiga", "id"), parse_ordinal("ketiga", "id")
    (True, 3)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from claims.extraction.lexicon import Lexicon, load_lexicon
from claims.extraction.sentences import Token, TokenColumns, columns_of, token_columns, tokenize

Number = int | float

_DIGITS_ONLY = re.compile(r"\d+")
_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_PARENTHETICAL = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


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
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:])):
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


@lru_cache(maxsize=65536)
def _parse_digits_cached(text: str, lex: Lexicon) -> Decimal | None:
    """:func:`parse_digits`, cached: the same figures recur across sentences (a Decimal is immutable)."""
    return parse_digits(text, lex)


@lru_cache(maxsize=65536)
def _is_numberish(word: str, lex: Lexicon) -> bool:
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
    if word.endswith("s") and len(word) > 4:
        base = word[:-1]
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


_ONE = "\x001"


@dataclass(slots=True)
class _WordSum:
    """The running value of number words: completed scale groups, then hundreds and the small part."""

    total: Decimal = Decimal(0)
    hundreds: int = 0
    small: int = 0
    last_scale: int = 0
    seen: bool = False

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
    return word in lex.connectors and 0 < idx < len(expanded) - 1


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
            if _is_numberish(low, lex) if len(pieces) == 1 else all(_is_numberish(p, lex) for p in pieces):
                parts.extend(pieces)
                ends.extend([j + 1] * len(pieces))
            elif (low in lex.articles and j == i and j + 1 < n and _is_numberish(words[j + 1], lex)) or (
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
    if len(text) <= 3 and lex.thousands_separator == "," and _DIGITS_ONLY.fullmatch(text):
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


class Fraction(NamedTuple):
    """What :func:`read_fraction_in` read: a share (``is_share``: "two thirds", "1/40"), or a count written
    with a fraction ("half a million", "dua setengah juta"), or ``reading`` None: the figure at the position is
    the numerator of a fraction that cannot be read, so it is no count either."""

    reading: Reading | None
    is_share: bool


_NOT_A_FRACTION = Fraction(None, False)


def _denominator_at(columns: TokenColumns, k: int, lex: Lexicon) -> int | None:
    """The denominator a word at token k names ("thirds", "pertiga"), or None."""
    if k >= len(columns.texts) or columns.kinds[k] != "w":
        return None
    return lex.fractions.get(columns.words[k])


def _of_follows(columns: TokenColumns, k: int, lex: Lexicon) -> bool:
    """True when the words from token k say what the fraction is taken of ("of", "dari", "of them")."""
    if k >= len(columns.words):
        return False
    word = columns.words[k]
    return word in lex.whole_before.firsts or word in lex.partitive_after.firsts


def read_fraction_in(
    columns: TokenColumns, i: int, lex: Lexicon, whole: Reading | None, in_text: bool = True, scale: bool = True
) -> Fraction | None:
    """A fraction starting at token ``i``, or None when there is none (then ``whole`` stands as read).

    ``whole`` is the number read at ``i`` (or None). ``in_text``: reading running text, where a word that is
    also an ordinal is a fraction only before "of" ("a third of", not "a third suspect") and a digit fraction
    only before "of" ("1/40 of", not "9/11 victims"). ``scale``: a scale word after the fraction multiplies it.

    >>> cols = token_columns("two thirds of the 450")
    >>> en = load_lexicon("en")
    >>> fraction = read_fraction_in(cols, 0, en, read_words_in(cols, 0, en))
    >>> fraction.reading, fraction.is_share
    (Reading(value=Decimal('0.6666666666666666666666666667'), start=0, end=2, words=True), True)
    """
    if whole is not None and not whole.words:
        return _digit_fraction(columns, i, lex, whole, in_text)
    if whole is not None:
        found = _fraction_after_whole(columns, i, lex, whole, in_text)
    else:
        found = _word_fraction(columns, i, lex, in_text)
    if found is None or isinstance(found, Fraction):
        return found
    value, end, homograph = found
    if in_text and homograph and not _of_follows(columns, end, lex):
        return _NOT_A_FRACTION  # "one third-party", "a fifth suspect"
    if not scale:
        return Fraction(_new_reading(Reading, (value, i, end, True)), True)
    return _scaled(columns, i, end, value, lex, always_count=False)


def _digit_fraction(columns: TokenColumns, i: int, lex: Lexicon, whole: Reading, in_text: bool) -> Fraction | None:
    """ "1/40", "3/4": a proper fraction of plain digits (never a date, "24/7" or "9/11")."""
    texts, kinds = columns.texts, columns.kinds
    n = len(texts)
    if not (
        whole.end == i + 1
        and i + 2 < n
        and texts[i + 1] == "/"
        and columns.glue[i + 1]
        and columns.glue[i + 2]
        and kinds[i + 2] == "n"
    ):
        return None
    top, bottom = texts[i], texts[i + 2]
    if not (top.isdigit() and bottom.isdigit() and top[0] != "0" and bottom[0] != "0"):
        return None
    if (i > 0 and texts[i - 1] == "/" and columns.glue[i]) or (
        i + 3 < n and texts[i + 3] == "/" and columns.glue[i + 3]
    ):
        return None  # "7/1/2022": a date
    if not int(top) < int(bottom) <= 100 or (in_text and not _of_follows(columns, i + 3, lex)):
        return None  # "24/7", "9/11", "11/2020": not a share of anything
    return Fraction(_new_reading(Reading, (Decimal(int(top)) / Decimal(int(bottom)), i, i + 3, False)), True)


def _fraction_after_whole(
    columns: TokenColumns, i: int, lex: Lexicon, whole: Reading, in_text: bool
) -> tuple[Decimal, int, bool] | Fraction | None:
    """A denominator after number words ("two thirds": ``(value, end, homograph)``), or a mixed number ("two and
    a half million", "satu setengah juta": its Fraction)."""
    words, kinds = columns.words, columns.kinds
    n = len(words)
    end = whole.end
    denominator = _denominator_at(columns, end, lex)
    if denominator is not None:
        if whole.value != whole.value.to_integral_value() or whole.value <= 0:
            return _NOT_A_FRACTION
        return whole.value / denominator, end + 1, words[end] in lex.ordinal_words
    k = end + 1 if end < n and words[end] in lex.connectors else end
    part = read_fraction_in(columns, k, lex, None, in_text, scale=False) if k < n and kinds[k] == "w" else None
    if part is None or part.reading is None or not part.is_share or part.reading.value >= 1:
        return None
    if whole.value != whole.value.to_integral_value() or whole.value <= 0:
        return None
    return _scaled(columns, i, part.reading.end, whole.value + part.reading.value, lex, always_count=True)


def _word_fraction(
    columns: TokenColumns, i: int, lex: Lexicon, in_text: bool
) -> tuple[Decimal, int, bool] | Fraction | None:
    """A fraction written in words with no whole before it: "half", "a third", "sepertiga", "two-thirds"."""
    words, kinds = columns.words, columns.kinds
    n = len(words)
    if kinds[i] != "w":
        return None
    word = words[i]
    prefix = lex.one_prefix
    homograph = False
    if word in lex.fraction_words:  # "half", "separuh"
        value, end = lex.fraction_words[word], i + 1
    elif word in lex.articles and word not in lex.number_words and _denominator_at(columns, i + 1, lex):
        value = Decimal(1) / lex.fractions[words[i + 1]]  # "a third", "a half"
        homograph = words[i + 1] in lex.ordinal_words
        end = i + 2
    elif prefix and word.startswith(prefix) and word[len(prefix) :] in lex.fractions:
        value, end = Decimal(1) / lex.fractions[word[len(prefix) :]], i + 1  # "sepertiga"
    elif "-" in word:  # "two-thirds", "one-half"
        head, _, tail = word.rpartition("-")
        if tail not in lex.fractions:
            return None
        numerator = evaluate_words(head.split("-"), lex)
        if numerator is None or numerator <= 0 or numerator != numerator.to_integral_value():
            return None
        value, end = numerator / lex.fractions[tail], i + 1
    else:
        return None
    if in_text and i > 0 and (words[i - 1] in lex.fraction_not_after or words[i - 1] in lex.ordinal_words):
        return _NOT_A_FRACTION  # "the second half", "pukul setengah delapan"
    if in_text and end < n and (kinds[end] == "n" or words[end] in lex.number_words):
        return _NOT_A_FRACTION  # "setengah delapan": a clock time
    return value, end, homograph


def _scaled(columns: TokenColumns, i: int, end: int, value: Decimal, lex: Lexicon, always_count: bool) -> Fraction:
    """The fraction read over tokens ``[i, end)``, times a scale word after it ("half a million", "a quarter of a
    million", "setengah juta"): then a count, not a share."""
    words = columns.words
    n = len(words)
    k = end
    if k + 2 < n and words[k] in lex.whole_before and words[k + 1] in lex.articles:
        k += 1  # "a quarter of a million"
    if k + 1 < n and words[k] in lex.articles and words[k] not in lex.number_words:
        k += 1  # "half a million"
    else:
        k = end
    if k < n and columns.kinds[k] == "w" and words[k] in lex.scales:
        return Fraction(_new_reading(Reading, (value * lex.scales[words[k]], i, k + 1, True)), False)
    return Fraction(_new_reading(Reading, (value, i, end, True)), not always_count)


def read_number_in(columns: TokenColumns, i: int, lex: Lexicon) -> Reading | None:
    """A number in digits or words starting at token ``i``."""
    kind = columns.kinds[i]
    if kind == "n":
        return read_digits_in(columns, i, lex)
    if kind == "w":
        return read_words_in(columns, i, lex)
    return None


def _strip_currency(tokens: list[Token], lex: Lexicon) -> list[Token]:
    if len(tokens) > 1 and tokens[-1].text == ".":  # "10 ¥."
        tokens = tokens[:-1]
    words = [t.lower for t in tokens]
    found = lex.currencies.match(words, 0)
    if found is not None and found[0] < len(tokens):
        tokens, words = tokens[found[0] :], words[found[0] :]
    found = lex.currencies.match_ending(words, len(words))
    if found is not None and found[0] < len(tokens):
        tokens = tokens[: len(tokens) - found[0]]
    return tokens


def parse_number(phrase: str, lang: str) -> Number | None:
    """Read a whole phrase as one number, or return None.

    Money phrases read as their amount; a whole-phrase ordinal reads as its rank (the
    extractor still never takes ordinals for claims; :func:`is_ordinal` tells them apart).

    >>> parse_number("sepuluh ribu sebelas", "id"), parse_number("-1,2M", "id")
    (10011, -1200000)
    >>> parse_number("two point two million", "en"), parse_number("1/5", "en")
    (2200000, 0.2)
    >>> parse_number("sepuluh dolar", "id"), parse_number("ke-4", "id"), parse_number("($99.99)", "en")
    (10, 4, -99.99)
    """
    lex = load_lexicon(lang)
    text = phrase.strip()
    if not text or len(text) > 400:
        return None
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:-1] and ")" not in text[1:-1]:
        # accounting notation: "($99.99)" is a negative amount
        amount = _parse_signed(text[1:-1].strip(), lex)
        return None if amount is None else to_number(-amount)
    paren = _PARENTHETICAL.match(text)
    if paren and paren.group(1):
        outer, inner = parse_number(paren.group(1), lang), parse_number(paren.group(2), lang)
        if outer is not None and (inner is None or inner == outer):
            return outer
        return None
    value = _parse_signed(text, lex)
    if value is None:
        return parse_ordinal(text, lang)
    return to_number(value)


def _parse_signed(text: str, lex: Lexicon) -> Decimal | None:
    sign = 1
    lowered = text.lower()
    for word in lex.negative_words:
        if lowered.startswith(word + " "):
            sign, text = -1, text[len(word) + 1 :].lstrip()
            break
    else:
        if text.startswith(("-", "\u2212")):
            sign, text = -1, text[1:].lstrip()
    tokens = _strip_currency(tokenize(text), lex)
    if tokens and tokens[0].text == "-" and len(tokens) > 1:  # "$-99.99"
        sign, tokens = -sign, tokens[1:]
    if not tokens:
        return None
    # ",77" / ".77": a leading decimal mark
    if len(tokens) >= 2 and tokens[0].text in ".," and tokens[1].kind == "n" and tokens[1].start == tokens[0].end:
        if not tokens[1].text.isdigit():
            return None
        glued = token_columns("0" + lex.decimal_separator + tokens[1].text + text[tokens[1].end :])
        reading = read_number_in(glued, 0, lex)
        if reading is not None and reading.end == len(glued.texts):
            return sign * reading.value
        return None
    if len(tokens) == 2 and tokens[0].lower in lex.point_words and tokens[1].text.isdigit():  # "point 77"
        return sign * Decimal("0." + tokens[1].text)
    joined = " ".join(t.lower for t in tokens)
    fraction = _FRACTION.match(joined.replace(" ", ""))
    if fraction:
        den = int(fraction.group(2))
        return None if den == 0 else sign * Decimal(int(fraction.group(1))) / Decimal(den)
    words = [t.lower for t in tokens]
    if words and words[-1] in lex.of_words and len(words) > 1:
        words, tokens = words[:-1], tokens[:-1]
    quantity = lex.quantifiers.match(words, 0)
    if quantity is not None and quantity[0] == len(words):
        return sign * Decimal(str(quantity[1]))
    columns = columns_of(tokens)  # once: the number and fraction readers both read columns
    reading = read_number_in(columns, 0, lex)
    if tokens[0].kind == "w":  # "two thirds", "a half", "sepertiga", "dua pertiga", "half a million"
        fraction = read_fraction_in(columns, 0, lex, reading, in_text=False)
        if fraction is not None:
            reading = fraction.reading
    if reading is None or reading.end != len(tokens):
        return None
    return sign * reading.value


def parse_ordinal(phrase: str, lang: str) -> int | None:
    """Read an ordinal (``ke-4``, ``keempat``, ``4th``, ``fourth``), or None.

    >>> parse_ordinal("Kesepuluh", "id"), parse_ordinal("ke-00003", "id"), parse_ordinal("twenty-first", "en")
    (10, 3, 21)
    """
    lex = load_lexicon(lang)
    low = phrase.strip().lower()
    if low in lex.ordinal_words:
        return lex.ordinal_words[low]
    prefix = lex.ordinal_prefix
    if prefix and low.startswith(prefix) and len(low) > len(prefix):
        rest = low[len(prefix) :].lstrip("-")
        if rest.isdigit():
            return int(rest)
        value = parse_number(rest, lang)
        return int(value) if isinstance(value, int) and value > 0 else None
    m = re.fullmatch(r"(\d+)\s*([a-z]+)", low)
    if m and m.group(2) in lex.ordinal_digit_suffixes:
        return int(m.group(1))
    if "-" in low or " " in low:
        head, _, tail = low.replace(" ", "-").rpartition("-")
        if tail in lex.ordinal_words:
            base = parse_number(head.replace("-", " "), lang)
            if isinstance(base, int):
                return base + lex.ordinal_words[tail]
    return None


def is_ordinal(phrase: str, lang: str) -> bool:
    """True when ``phrase`` is an ordinal in ``lang``.

    >>> is_ordinal("ke-3", "id"), is_ordinal("3", "id")
    (True, False)
    """
    return parse_ordinal(phrase, lang) is not None
