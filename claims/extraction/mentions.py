"""Stage 1: the figures of a sentence (numbers, vague quantities, ranges) with their qualifiers and units."""

from __future__ import annotations

import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Final

from claims.extraction.change_ranges import change_not_range
from claims.extraction.exclusions import skip_number
from claims.extraction.fractions import read_fraction_in
from claims.extraction.mention_type import Mention as Mention  # where the stages import it from
from claims.extraction.near_ranges import bounds_apart, near_joiner, range_joiner_at
from claims.extraction.numbers import Reading, is_numberish, read_digits_in, read_words_in
from claims.extraction.qualifiers import (
    bound_before_verb,
    estimated_object,
    estimated_reach,
    postposed_past_classifier,
    qualifier_before,
    result_clause,
)
from claims.extraction.rates import RATE_UNIT, rate_end
from claims.extraction.restated_numbers import past_digit_restatement, past_restatement
from claims.extraction.unit_ranges import unit_range
from claims.extraction.view import SentenceView

FRACTION_UNIT: Final = "fraction"
"""The unit of a share written as a fraction ("two thirds of the 450 detainees": 2/3); see docs/lexicons.md."""


def round_count(value: Decimal, rounding: str) -> Decimal:
    return value.to_integral_value(rounding=rounding)


def bounds(value: Decimal, qualifier: str, count: bool) -> tuple[Decimal, Decimal | None]:
    """``(low, high)`` for a qualified figure (DESIGN.md section 4).

    >>> bounds(Decimal(3400), "about", True)
    (Decimal('3060'), Decimal('3740'))
    >>> bounds(Decimal(2200), "more_than", True), bounds(Decimal("2.5"), "more_than", False)
    ((Decimal('2201'), None), (Decimal('2.5'), None))
    >>> bounds(Decimal(300), "nearly", True), bounds(Decimal(5), "nearly", True)
    ((Decimal('270'), Decimal('299')), (Decimal('4'), Decimal('4')))
    """
    n = value
    if qualifier == "exact":
        return (n, n)
    if qualifier == "more_than":
        return (round_count(n, ROUND_FLOOR) + 1 if count else n, None)
    if qualifier == "at_least":
        return (n, None)
    if qualifier == "less_than":
        return (Decimal(0), round_count(n, ROUND_CEILING) - 1 if count else n)
    if qualifier == "at_most":
        return (Decimal(0), n)
    if qualifier == "about":
        low, high = n * Decimal("0.9"), n * Decimal("1.1")
        if count and n % 1 == 0:  # a fraction is never a count ("sekitar 4,5 nautical mile"): no inverted bounds
            return (round_count(low, ROUND_CEILING), round_count(high, ROUND_FLOOR))
        return (low, high)
    if qualifier == "nearly":
        low = n * Decimal("0.9")
        if count:
            # under ten, ceil(0.9n) passes n-1 ("nearly five" would be 5..4): the count just under n
            high = round_count(n, ROUND_CEILING) - 1
            return (min(round_count(low, ROUND_CEILING), high), high)
        return (low, n)
    return (n, n)


# -- reading numbers -------------------------------------------------------------------------
def read_atom(s: SentenceView, i: int) -> tuple[Reading, str | None, int, int] | None:
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
        and reading is not None
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
        elif (found := _unit_after(s, end)) is not None:
            unit, end = found
        elif (rate := rate_end(s, end)) is not None:
            unit, end = RATE_UNIT, rate  # "86 per 100.000 kelahiran hidup"
    if unit is None and first > 0 and words[first - 1] in lex.units_before.lasts:
        before = lex.units_before.match_ending(words, first)
        if before is not None:
            unit = before[1]
    return reading, unit, first, end


def _unit_after(s: SentenceView, k: int) -> tuple[str, int] | None:
    """``(unit, end)`` for a unit at token ``k``, or right after a hyphen glued to the number and the unit
    ("a 150-metre (500-foot) ravine", "a 2-km stretch")."""
    words = s.words
    glued = k + 1 < len(words) and words[k] == "-" and s.glue[k] and s.glue[k + 1] and s.kinds[k + 1] == "w"
    at = k + 1 if glued else k
    found = s.lex.units.match(words, at) if at < len(words) and words[at] in s.lex.units.firsts else None
    return (found[1], at + found[0]) if found is not None else None


def after_amount(s: SentenceView, k: int) -> bool:
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


def _vague_mention(s: SentenceView, i: int) -> Mention | None:
    """A vague quantity at token i: "puluhan ribu", "tens of thousands", "scores of"."""
    lex, words = s.lex, s.words
    if s.kinds[i] != "w" or words[i] not in lex.vague.firsts:
        return None
    vague = lex.vague.match(words, i)
    if vague is None:
        return None
    length, (lo, hi) = vague
    end = i + length
    if end < len(words) and words[end] in lex.time_units:
        return None  # a span or an age, no count: "berusia belasan tahun", "selama puluhan tahun"
    last = end - 1 if words[end - 1] in lex.of_words else end
    found_unit = lex.units.match(words, end) if end < len(words) and words[end] in lex.units.firsts else None
    unit = found_unit[1] if found_unit is not None else None
    first = i
    # an amount of money: "ratusan juta rupiah", "Rp puluhan miliar"
    cur = lex.currencies.match(words, end) if end < len(words) and words[end] in lex.currencies.firsts else None
    before = lex.currencies.match_ending(words, i, s.glue) if i > 0 and words[i - 1] in lex.currencies.lasts else None
    if unit is None and cur is not None:
        unit, end = cur[1], end + cur[0]
        last = end
    elif unit is None and before is not None:
        unit, first = before[1], i - before[0]
    return Mention(first, last, i, end, None, Decimal(lo), Decimal(hi), "vague", unit)


def _collective_mention(s: SentenceView, i: int) -> Mention | None:
    """ "Ketiga korban" = all three victims: the collective prefix on a number word before a counted noun."""
    lex, word = s.lex, s.words[i]
    prefix = lex.collective_prefix
    if not prefix or s.kinds[i] != "w" or not word.startswith(prefix):
        return None
    value = lex.number_words.get(word[len(prefix) :])
    if value is None or value < 2 or s.noun_at(i + 1) is None:
        return None
    if i > 0 and s.kinds[i - 1] == "w" and (s.words[i - 1] in lex.nouns or s.words[i - 1] in lex.time_units):
        return None  # "hari ketiga", "korban ketiga": an ordinal after its noun ("pada hari kedua korban tewas", idl)
    if s.texts[i][0].islower() and s.texts[i + 1][0].isupper():
        return None  # "di posisi ketiga Kota Kupang": an ordinal before a name, no counted noun
    number = Decimal(value)
    return Mention(i, i + 1, i, i + 1, number, number, number, "exact", None)


def _may_start_number(s: SentenceView, i: int) -> bool:
    lex, word = s.lex, s.words[i]
    return s.kinds[i] != "w" or bool(
        word in lex.number_words
        or word in lex.articles
        or word.split("-")[0] in lex.number_words
        or (lex.one_prefix and word.startswith(lex.one_prefix))
        or word in lex.fraction_words
    )


def _signed(s: SentenceView, i: int, reading: Reading, unit: str | None, first: int, end: int) -> tuple[Decimal, int]:
    """``(value, first)`` with a sign: a glued minus ("-15€", "$-99.99") or accounting brackets ("($99.99)")."""
    texts, kinds, glue = s.texts, s.kinds, s.glue
    value = reading.value
    if (
        i > 0
        and texts[i - 1] in "-\u2212"
        and glue[i]
        and (i < 2 or not glue[i - 1] or (s.lex.currencies.match_ending(s.words, i - 1, glue) is not None))
        and (i < 2 or kinds[i - 2] != "n")
    ):
        return -value, min(first, i - 1)
    if (
        unit is not None
        and first > 0
        and end < len(texts)
        and texts[first - 1] == "("
        and texts[end] == ")"
        and reading.end == i + 1
        and not after_amount(s, first - 1)
        and not (first >= 3 and s.kinds[first - 3] == "n" and s.kinds[first - 2] == "w")  # "400 dinars ($1,300)"
        and _money(s, first, end)
    ):
        return -value, first  # "1 triliun rupiah ($38.9 billion)" is a conversion, not accounting
    return value, first


def _money(s: SentenceView, first: int, end: int) -> bool:
    """A currency word opens or closes the figure: accounting brackets hold amounts ("($99.99)"), never areas or
    lengths ("Kalimantan Barat (21.440 ha)" is a count in a place)."""
    currencies = s.lex.currencies
    return currencies.match(s.words, first) is not None or currencies.match_ending(s.words, end, s.glue) is not None


def _change_by(s: SentenceView, first: int) -> bool:
    """The figure at ``first`` follows a change verb's increment phrase ("rose by", "naik sebanyak")."""
    lex, words = s.lex, s.words
    for table in (lex.increase_before, lex.decrease_before):
        found = table.match_ending(words, first) if first > 0 and words[first - 1] in table.lasts else None
        if found is not None and any(w in lex.change_words for w in words[first - found[0] : first]):
            return True
    return False


def _range_mention(s: SentenceView, i: int, value: Decimal, unit: str | None, first: int, end: int) -> Mention | None:
    """ "antara 30 dan 40", "between $1.2 billion and $1.5 billion", "150 hingga 200", "20-30"."""
    lex, words, n = s.lex, s.words, len(s.words)
    between = first > 0 and words[first - 1] in lex.range_between
    from_word = first > 0 and words[first - 1] in lex.range_from
    joiners = lex.range_between_joiners if between else lex.range_joiners
    j = end
    if not (j + 1 < n and (words[j] in joiners or near_joiner(s, j))):
        return None
    # a spaced dash joins a range only of figures with a unit ("4 - 6 meter" in BMKG wave warnings); otherwise it may
    # be a bullet between list items ("Desa A 12 - Desa B 7")
    spaced = words[j] == "-" and not s.glue[j] and not s.glue[j + 1]
    if words[j] == "-" and not (s.glue[j] and s.glue[j + 1]) and not spaced:
        return None
    k = j + 1
    cur_next = lex.currencies.match(words, k)
    start_k = k + cur_next[0] if cur_next is not None else k
    second = read_atom(s, start_k) if start_k < n else None
    if second is None:
        return None
    reading2, unit2, first2, end2 = second
    value = _shared_scale(s, value, first, end, reading2)
    if change_not_range(s, first, from_word, unit, unit2):
        return None  # "dari 5 menjadi 9", "rose 30 percent to 1,300"
    if words[j] != "-" and _change_by(s, first) and not unit_range(s, words[j], unit2):
        return None  # "climbed by 14 to 233": an increment, then the new total; "naik 7-10 persen" is a range
    if (
        first2 != k
        or bounds_apart(s, j, value, reading2.value)
        or not (unit2 is None or unit is None or unit2 == unit)
        or k in s.blocked
        or (reading2.end < n and words[reading2.end] in lex.time_units)
        or (spaced and unit is None and unit2 is None)
    ):
        return None
    q_first = first - 1 if between or from_word else first
    mention = Mention(q_first, end2, i, end2, None, value, reading2.value, "range", unit or unit2)
    return mention


def _shared_scale(s: SentenceView, value: Decimal, first: int, end: int, second: Reading) -> Decimal:
    """ "40 to 45 million", "between 2 and 3 lakh": a scale word after the second bound only scales the first too,
    when the first has none and is below the second's number before its scale."""
    scale = s.lex.scales.get(s.words[second.end - 1])
    if scale is None or any(w in s.lex.scales for w in s.words[first:end]):
        return value
    return value * scale if value < second.value / scale else value


def _qualified_mention(s: SentenceView, i: int, value: Decimal, unit: str | None, first: int, end: int) -> Mention:
    """A single figure with the qualifier before it ("lebih dari") or after it ("300 lebih")."""
    lex, words, n = s.lex, s.words, len(s.words)
    qualifier, q_first, last = "exact", first, end
    q = qualifier_before(s, first)
    if q is not None and q[0] != "exact":  # "sebanyak", "a total of" do not change the figure
        qualifier, q_first = q
    if q is None and unit is None and (bound := bound_before_verb(s, first)) is not None:
        qualifier = bound  # "Banjir itu sedikitnya telah menewaskan 12 orang": the bound stands before the verb
    elif q is not None and q[0] == "exact" and q[1] == first - 1 and first > 1 and estimated_reach(s, first - 1):
        qualifier = "about"  # "polisi memperkirakan jumlah penonton yang hadir mencapai 70.000 orang": an estimate
    elif (q is None or q[0] == "exact") and unit is None and estimated_object(s, first):
        qualifier = "about"  # "Polisi memperkirakan massa hanya 8.000 orang": the estimate's object
    if qualifier == "at_most" and q_first == first - 1 and result_clause(s, q_first, end):
        qualifier, q_first = "exact", first  # "terinjak-injak, hingga 37 orang meninggal dunia": so that 37 died
    if qualifier in ("exact", "about") and end < n and words[end] in lex.qualifiers_after.firsts:
        after = lex.qualifiers_after.match(words, end)
        if after is not None and not (
            end + after[0] < n
            and (
                s.kinds[end + after[0]] == "n"
                or words[end + after[0]] in lex.of_words
                or words[end + after[0]] in lex.cue("comparatives")  # "18 persen lebih tinggi dari": a comparison
            )
        ):
            qualifier = after[1]  # "sekitar 1.000 lebih calon siswa": the bound after the figure wins over "about"
            last = end + after[0]
    elif qualifier == "exact" and unit is None and end + 1 < n:
        qualifier = postposed_past_classifier(s, end) or qualifier  # "100 orang lebih": the figure's own span
    low, high = bounds(value, qualifier, unit is None)
    return Mention(q_first, last, i, last, value, low, high, qualifier, unit)


def _number_mention(s: SentenceView, i: int) -> tuple[Mention | None, int]:
    """The figure starting at token i, if any, and the token to go on from."""
    lex = s.lex
    atom = read_atom(s, i)
    if atom is None:
        return None, i + 1
    reading, unit, first, end = atom
    word = s.words[i]
    if reading.words and reading.end - reading.start == 1 and word in lex.articles and word not in lex.number_words:
        return None, i + 1  # "a" alone
    if skip_number(s, reading, i):
        return None, max(reading.end, i + 1)
    texts = s.texts
    value = reading.value
    if (i > 0 and texts[i - 1] in "-\u2212") or (unit is not None and first > 0 and texts[first - 1] == "("):
        value, first = _signed(s, i, reading, unit, first, end)  # the rare signed figure
    if abs(value) > _FLOAT_MAX or (value < 0 and unit is None):
        return None, max(end, i + 1)  # no float holds it; a negative count ("-5 orang") counts nothing
    n = len(texts)
    if unit is None and reading.end == end and end + 1 < n and texts[end] == "-":
        approximate = _approximate(s, i, value, first, end)
        if approximate is not None:
            return approximate, approximate.last
    if unit is None and reading.end == end and end < n and s.words[end] in s.lex.cue("approximate_scales"):
        scaled = _scaled_approximate(s, i, value, first, end)
        if scaled is not None:
            return scaled, scaled.last
    mention = None
    if end + 1 < n and range_joiner_at(s, end):
        mention = _range_mention(s, i, value, unit, first, end)
    if mention is None:
        mention = _qualified_mention(s, i, value, unit, first, end)
    if unit is None and mention.num_end + 2 < n and texts[mention.num_end] == "(":
        if not reading.words:
            past_restatement(s, mention, read_words_in(s.columns, mention.num_end + 1, s.lex))  # "5 (lima) orang"
        else:
            past_digit_restatement(s, mention)  # "enam (6) orang"
    return mention, max(mention.last, i + 1)


_FLOAT_MAX: Final = Decimal(sys.float_info.max)


def _approximate(s: SentenceView, i: int, value: Decimal, first: int, end: int) -> Mention | None:
    """ "200-an", "60-an", "8.400-an": n up to the next step of its last non-zero digit (200..299), vague."""
    n = len(s.words)
    if (
        not (
            end + 1 < n
            and s.texts[end] == "-"
            and s.glue[end]
            and s.glue[end + 1]
            and s.words[end + 1] in s.lex.approximate_suffixes
        )
        or value <= 0
        or value != value.to_integral_value()
    ):
        return None
    whole = int(value)
    step = 1
    while whole % (step * 10) == 0:
        step *= 10
    last = end + 2
    if last + 1 < n and s.words[last] in s.lex.qualifiers_after.firsts:
        after = s.lex.qualifiers_after.match(s.words, last)
        if after is not None and after[1] == "more_than":  # "300-an lebih"
            return Mention(first, last + after[0], i, last + after[0], value, value + 1, None, "more_than", None)
    return Mention(first, last, i, last, None, value, value + step - 1, "vague", None)


def _scaled_approximate(s: SentenceView, i: int, value: Decimal, first: int, end: int) -> Mention | None:
    """ "7 ribuan gram", "3 ratusan orang": a digit before a plural scale word (``[cues] approximate_scales``) is
    about that many of the scale, up to the next (7000..7999), vague; the scale is half the word's own low bound
    ("ribuan" = 2000..9999)."""
    found = s.lex.vague.match(s.words, end)
    if found is None or found[0] != 1 or not 0 < value < 1000 or value != value.to_integral_value():
        return None
    scale = found[1][0] // 2
    low = int(value) * scale
    return Mention(first, end + 1, i, end + 1, None, Decimal(low), Decimal(low + scale - 1), "vague", None)


def find_mentions(s: SentenceView) -> list[Mention]:
    """Every figure of the sentence, in order."""
    mentions: list[Mention] = []
    words, kinds = s.words, s.kinds
    vague_firsts, collective, plain_articles = s.lex.vague.firsts, s.lex.collective_prefix, s.tables.plain_articles
    # only digits and words that can start a number are visited, the rest is skipped (a plain loop: compiled by mypyc,
    # faster than an iterator over the candidate positions)
    candidate = s.tables.candidate
    i = 0
    for k in range(len(words)):
        if k < i or not candidate[words[k]]:
            continue  # inside a figure already read, or no start of a number
        i = k
        word = words[i]
        special = (_vague_mention(s, i) if word in vague_firsts else None) or (
            _collective_mention(s, i) if collective and word.startswith(collective) else None
        )
        if special is not None:
            mentions.append(special)
            i = special.num_end
            continue
        if kinds[i] == "w" and not _may_start_number(s, i):
            i += 1
            continue
        if word in plain_articles and not _counts_after_article(s, i):
            i += 1
            continue  # "a" before anything but a number word or a denominator reads nothing
        mention, i = _number_mention(s, i)
        if mention is not None:
            mentions.append(mention)
    return _vague_ranges(s, mentions) if len(mentions) > 1 else mentions


def _counts_after_article(s: SentenceView, i: int) -> bool:
    """An article that is no number word ("a", "an") reads as a figure only before a number word ("a hundred")
    or a denominator ("a third"): what read_words_in and the fractions' _word_fraction look for after it."""
    if i + 1 >= len(s.words):
        return False
    after = s.words[i + 1]
    return is_numberish(after, s.lex) or (s.kinds[i + 1] == "w" and after in s.lex.fractions)


def _vague_ranges(s: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "ratusan hingga ribuan", "dozens to hundreds": two vague quantities joined by a range word are one range
    from the low of the first to the high of the second."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.qualifier == "vague"
            and m.qualifier == "vague"
            and prev.unit == m.unit
            and m.first == prev.last + 1
            and s.words[prev.last] in s.lex.range_joiners
            and m.high is not None
            and prev.low <= m.low
        ):
            out[-1] = Mention(prev.first, m.last, prev.num_first, m.num_end, None, prev.low, m.high, "range", m.unit)
            continue
        out.append(m)
    return out
