"""Fractions: shares ("two thirds of", "1/40 of", "sepertiga") and counts written with one ("half a million",
"dua setengah juta")."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from claims.extraction.lexicon import Lexicon, load_lexicon  # noqa: F401 (the doctests use it)
from claims.extraction.numbers import Reading, _new_reading, evaluate_words
from claims.extraction.sentences import TokenColumns


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

    >>> from claims.extraction.numbers import read_words_in
    >>> from claims.extraction.sentences import token_columns
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
