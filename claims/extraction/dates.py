"""Dates and times in a sentence: found so that their numbers are not read as claims,
and resolved so that a claim gets the calendar date it refers to (``as_of``).

Weekday names resolve to the latest such day on or before the publication date (a report
published on Friday that says "on Friday" means that day); explicit dates are parsed
with dateparser in the sentence's language; numeric dates follow the lexicon's order.

    >>> import datetime
    >>> from claims.extraction.lexicon import load_lexicon
    >>> lex = load_lexicon("id")
    >>> text = "Kamis (6/1/2022) pukul 10.00 WIB, Jumat 7 Januari 2022"
    >>> for span in find_date_spans(text, 0, len(text), lex):
    ...     print(text[span.start:span.end], span.kind)
    Kamis weekday
    6/1/2022 date
    pukul 10.00 WIB time
    Jumat weekday
    7 Januari 2022 date
    >>> resolve_span(text, find_date_spans(text, 0, len(text), lex)[1], datetime.date(2022, 1, 7), lex)
    datetime.date(2022, 1, 6)
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from typing import Final, NamedTuple

from claims.extraction.lexicon import Lexicon

_DIGIT: Final = re.compile(r"\d")
_NUMERIC_DATE_HINT: Final = re.compile(r"\d[/.\-]\d")
# necessary for the am/pm clock patterns: a digit, then "a."/"am"/"p."/"pm" ("a" is a common English word,
# so the word test alone lets most English sentences through to four regex scans)
_AM_PM_HINT: Final = re.compile(r"\d\s*[ap][.m]", re.I)
# Plain ASCII text (printable ASCII characters, tabs and line ends) reads the same under ASCII and Unicode rules:
# \d, \w, \b, \s and case-insensitive letters differ only on other characters. Over such text the patterns run
# compiled with re.ASCII, which scans faster; a pattern whose source is not ASCII (a lexicon word with letters
# that could fold to ASCII ones) keeps the Unicode rules.
_NOT_PLAIN_ASCII: Final = re.compile(r"[^\t\n\x0b\x0c\r -~]")


def plain_ascii(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` and the character before it (which ``\\b`` or a look-behind at the start of
    a scan reads) are printable ASCII characters, tabs or line ends."""
    span = text[max(start - 1, 0) : end]
    if span.isascii() and span.isprintable():
        return True  # most sentences: two C loops over a copy cost less than the regex scan
    return _NOT_PLAIN_ASCII.search(span) is None


def _compile(source: str, flags: int, ascii_only: bool) -> re.Pattern[str]:
    return re.compile(source, flags | re.ASCII if ascii_only and source.isascii() else flags)


@cache
def _relative_firsts(lex: Lexicon) -> frozenset[str]:
    """First words of the relative-day phrases ("hari" of "hari ini"): a cheap test before the regex."""
    return frozenset(phrase.split()[0] for phrase in lex.relative_days)


_CLOCK_WORDS = frozenset({"am", "pm", "a", "p"})
# Numeric dates: "2022-01-07", "7/1/2022", "7-1-2022", "7.1.2022", not inside a longer figure. Written plainly
# this is (?<![\d.,/])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})
# (?![\d/]) (NUMERIC_DATE_PLAIN); the same matches are found three times faster when the pattern starts with
# the digit every alternative starts with (the engine then skips to digits) and the look-behind follows it.
NUMERIC_DATE_PLAIN: Final = (
    r"(?<![\d.,/])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?![\d/])"
)
NUMERIC_DATE: Final = (
    r"\d(?<![\d.,/]\d)(?:\d{3}-\d{1,2}-\d{1,2}|\d?/\d{1,2}/\d{2,4}|\d?-\d{1,2}-\d{4}|\d?\.\d{1,2}\.\d{4})"
    r"(?![\d/])"
)
_new_span = tuple.__new__  # a DateSpan without the NamedTuple constructor's Python frame
_span_start = attrgetter("start")


class DateSpan(NamedTuple):
    """A date-like span; ``kind`` is "date", "weekday", "relative" or "time".

    A named tuple rather than a frozen dataclass: it is built several times per sentence, and a frozen
    dataclass's ``__init__`` costs several times as much.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Patterns:
    numeric: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    month_year: re.Pattern[str]
    weekday: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    times: tuple[re.Pattern[str], ...]
    # the lexicon's words as sets, for the cheap tests before the scans (a set tests against a set fastest)
    month_words: frozenset[str]
    weekday_words: frozenset[str]
    relative_firsts: frozenset[str]
    # the patterns whose every match starts with a digit: their scans start at the span's first digit
    digit_first: frozenset[re.Pattern[str]]
    am_pm_hint: re.Pattern[str]  # _AM_PM_HINT
    numeric_hint: re.Pattern[str]  # _NUMERIC_DATE_HINT


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(lex: Lexicon, ascii_only: bool = False) -> _Patterns:
    """The date and time patterns of the language; ``ascii_only``: for plain ASCII text (see plain_ascii)."""
    months = _alternation(list(lex.months)) or "(?!x)x"
    numeric = _compile(NUMERIC_DATE, 0, ascii_only)
    day_month = _compile(rf"(?<![\d.,])\b\d{{1,2}}\s+(?:{months})\b\.?(?:,?\s+\d{{4}}\b)?", re.I, ascii_only)
    month_day = _compile(
        rf"\b(?:{months})\b\.?\s+\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?(?![\d%]|[.,]\d)(?:,?\s+\d{{4}}\b)?",
        re.I,
        ascii_only,
    )
    month_year = _compile(rf"\b(?:{months})\b\.?\s+\d{{4}}\b", re.I, ascii_only)
    weekday = _compile(rf"\b(?:{_alternation(list(lex.weekdays))})\b", re.I, ascii_only) if lex.weekdays else None
    relative = (
        _compile(rf"\b(?:{_alternation(list(lex.relative_days))})\b", re.I, ascii_only) if lex.relative_days else None
    )
    zones = _alternation(list(lex.time_zones))
    zone_tail = rf"(?:\s*(?:{zones})\b)?" if zones else ""
    times: list[re.Pattern[str]] = [
        _compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.\s?m\.|[ap]m\b)", re.I, ascii_only),
        _compile(r"\b\d{1,2}\s*(?:[ap]\.\s?m\.|[ap]m\b)", re.I, ascii_only),
        _compile(rf"\b\d{{1,2}}:\d{{2}}\b{zone_tail}", re.I, ascii_only),
    ]
    if lex.time_words:
        words = _alternation(list(lex.time_words))
        times.append(_compile(rf"\b(?:{words})\s+\d{{1,2}}(?:[.:]\d{{2}})?{zone_tail}", re.I, ascii_only))
    return _Patterns(
        numeric,
        day_month,
        month_day,
        month_year,
        weekday,
        relative,
        tuple(times),
        month_words=frozenset(lex.months),
        weekday_words=frozenset(lex.weekdays),
        relative_firsts=_relative_firsts(lex),
        digit_first=frozenset([numeric, day_month, *times[:3]]),
        am_pm_hint=_compile(_AM_PM_HINT.pattern, re.I, ascii_only),
        numeric_hint=_compile(_NUMERIC_DATE_HINT.pattern, 0, ascii_only),
    )


def _time_and_date_patterns(
    text: str, digit: int, end: int, lex: Lexicon, pats: _Patterns, words: frozenset[str] | None
) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """The clock-time and date patterns that could match ``text[digit:end]`` (``digit``: the span's first digit,
    ``end`` when it has none). Every match of the hint patterns starts with a digit, so scanning from the first
    one finds what a scan of the whole span finds."""
    if digit >= end:
        return (), ()
    time_patterns = pats.times
    if words is not None:
        colon = ":" in words  # a colon is always a token of its own
        if not colon and words.isdisjoint(_CLOCK_WORDS) and words.isdisjoint(lex.time_words):
            time_patterns = ()
        else:
            # skip the patterns whose required characters are absent (they could not match anyway):
            # 0 and 1 need "am"/"pm" after a digit, 2 needs a colon, the rest (time words) always run
            selected = list(time_patterns[:2]) if pats.am_pm_hint.search(text, digit, end) is not None else []
            if colon:
                selected.append(time_patterns[2])
            selected += time_patterns[3:]
            time_patterns = tuple(selected)
    has_month = words is None or not words.isdisjoint(pats.month_words)
    date_patterns: tuple[re.Pattern[str], ...] = (
        (pats.numeric, pats.day_month, pats.month_day, pats.month_year) if has_month else (pats.numeric,)
    )
    if words is not None and pats.numeric_hint.search(text, digit, end) is None:
        date_patterns = date_patterns[1:]  # no "6/1", "2022-01", "6.1.": the numeric pattern cannot match
    return time_patterns, date_patterns


def _day_patterns(pats: _Patterns, words: frozenset[str] | None) -> list[tuple[re.Pattern[str], str]]:
    out: list[tuple[re.Pattern[str], str]] = []
    for day_pattern, kind, vocabulary in (
        (pats.weekday, "weekday", pats.weekday_words),
        (pats.relative, "relative", pats.relative_firsts),
    ):
        if day_pattern is None or (words is not None and words.isdisjoint(vocabulary)):
            continue
        out.append((day_pattern, kind))
    return out


def _date_match_ok(m: re.Match[str], pat: re.Pattern[str], pats: _Patterns) -> bool:
    """A month-word date is capitalised ("May 5", not "may 5" as a verb)."""
    raw = m.group(0)
    if pat is not pats.numeric and not raw[0].isupper() and not raw[0].isdigit():
        return False
    if pat is pats.day_month:
        month_start = len(raw) - len(raw.lstrip("0123456789 "))
        return raw[month_start:][:1].isupper()
    return True


def find_date_spans(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    words: frozenset[str] | None = None,
    digit: int | None = None,
    ascii_only: bool = False,
) -> list[DateSpan]:
    """Dates, weekdays, relative days and clock times in ``text[start:end]``, in order.

    ``words`` (the lower-case tokens of the span), when given, lets patterns that need a
    month, weekday or time word be skipped for spans without one. ``digit``, when given, is
    the offset of the span's first digit (``end`` when it has none); ``ascii_only``, that the span is
    plain ASCII (see plain_ascii).
    """
    pats = _patterns(lex, ascii_only)
    if digit is None:
        found_digit = _DIGIT.search(text, start, end)
        digit = end if found_digit is None else found_digit.start()
    time_patterns, date_patterns = _time_and_date_patterns(text, digit, end, lex, pats, words)
    day_patterns = _day_patterns(pats, words)
    if not time_patterns and not date_patterns and not day_patterns:
        return []  # most sentences: nothing date-like, no scan at all

    found: list[DateSpan] = []  # in the order found: a span overlapping an earlier one is dropped

    def add(s: int, e: int, kind: str) -> None:
        if not found or not any(s < span.end and span.start < e for span in found):
            found.append(_new_span(DateSpan, (s, e, kind)))

    digit_first = pats.digit_first
    for pat in time_patterns:
        for m in pat.finditer(text, digit if pat in digit_first else start, end):
            add(*m.span(), "time")
    for pat in date_patterns:
        for m in pat.finditer(text, digit if pat in digit_first else start, end):
            if _date_match_ok(m, pat, pats):
                add(*m.span(), "date")
    for day_pattern, kind in day_patterns:
        for m in day_pattern.finditer(text, start, end):
            if kind == "weekday" and not m.group(0)[0].isupper():
                continue  # Indonesian "minggu" (week) is the weekday only when capitalised
            add(*m.span(), kind)
    if len(found) > 1:
        found.sort(key=_span_start)
    return found


def _numeric_date(raw: str, lex: Lexicon) -> datetime.date | None:
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
            y, m, d = (int(x) for x in raw.split("-"))
            return datetime.date(y, m, d)
        a, b, c = (int(x) for x in re.split(r"[/.-]", raw))
        year = c + 2000 if c < 100 else c
        day, month = (a, b) if lex.date_order.startswith("D") else (b, a)
        return datetime.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(raw: str, lang: str, base: datetime.date | None) -> datetime.date | None:
    import dateparser  # type: ignore[import-untyped]

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(raw, languages=[lang], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date is optional
        return None
    return parsed.date() if parsed is not None else None


def resolve_span(text: str, span: DateSpan, published: datetime.date | None, lex: Lexicon) -> datetime.date | None:
    """The calendar date a span names, or None (times and unresolvable spans)."""
    if span.kind == "time":
        return None
    return _resolve_raw(text[span.start : span.end], span.kind, published, lex)


@lru_cache(maxsize=8192)
def _resolve_raw(raw: str, kind: str, published: datetime.date | None, lex: Lexicon) -> datetime.date | None:
    """:func:`resolve_span` on the span's text (cached: every claim of a sentence asks for the same spans)."""
    span = DateSpan(0, len(raw), kind)
    if span.kind == "weekday":
        if published is None:
            return None
        weekday = lex.weekdays[raw.lower()]
        return published - datetime.timedelta(days=(published.weekday() - weekday) % 7)
    if span.kind == "relative":
        if published is None:
            return None
        return published + datetime.timedelta(days=lex.relative_days[raw.lower()])
    if span.kind != "date":
        return None
    if raw[0].isdigit() and not re.search(r"[^\d/.\-]", raw):
        return _numeric_date(raw, lex)
    cleaned = re.sub(r"\s*[-\u2013]\s*\d{1,2}(?=\D*$|,)", "", raw).replace(".", "")
    return _dateparser(cleaned, lex.code, published)


def as_of_for(
    text: str, spans: list[DateSpan], position: int, published: datetime.date | None, lex: Lexicon
) -> datetime.date | None:
    """The date closest to ``position`` among ``spans``; else ``published``.

    A weekday written next to an explicit date ("Kamis (6/1/2022)") defers to the date.
    """
    best: tuple[int, datetime.date] | None = None
    for idx, span in enumerate(spans):
        if span.kind == "time":
            continue
        if span.kind == "weekday" and idx + 1 < len(spans):
            nxt = spans[idx + 1]
            if nxt.kind == "date" and nxt.start - span.end <= 3 and not text[span.end : nxt.start].strip(" ,("):
                continue
        resolved = resolve_span(text, span, published, lex)
        if resolved is None:
            continue
        distance = span.start - position if span.start >= position else position - span.end
        if best is None or distance < best[0]:
            best = (distance, resolved)
    return best[1] if best is not None else published
