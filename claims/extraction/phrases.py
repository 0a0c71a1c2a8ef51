"""Whole phrases read as one number (:func:`parse_number`) or one ordinal (:func:`parse_ordinal`).

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
from decimal import Decimal

from claims.extraction.fractions import read_fraction_in
from claims.extraction.lexicon import Lexicon, load_lexicon
from claims.extraction.numbers import Number, read_number_in, to_number
from claims.extraction.sentences import Token, columns_of, token_columns, tokenize

_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_PARENTHETICAL = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


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
        read = read_fraction_in(columns, 0, lex, reading, in_text=False)
        if read is not None:
            reading = read.reading
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
