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
from decimal import Decimal
from functools import lru_cache
from typing import Final

from claims.extraction.agent_places import agent_places
from claims.extraction.attribution import attribution
from claims.extraction.bracketed_earlier import bracketed_earlier
from claims.extraction.bracketed_tallies import thing_place_brackets
from claims.extraction.care_deaths import care_deaths
from claims.extraction.care_labels import care_labels
from claims.extraction.complements import complements
from claims.extraction.contained_things import contained_things
from claims.extraction.dates import as_of_for
from claims.extraction.each_places import each_places
from claims.extraction.fate_unknown import feared_missing
from claims.extraction.force_strength import force_strength
from claims.extraction.fractional_counts import fractional_people
from claims.extraction.fronted_participles import fronted_participles
from claims.extraction.group_ages import drop_group_ages
from claims.extraction.habitual_counts import habitual_counts
from claims.extraction.held_by_captors import held_by_captors
from claims.extraction.held_headlines import held_headlines
from claims.extraction.index_values import index_values
from claims.extraction.language import detect_language, guess_language
from claims.extraction.lexicon import available_languages, load_lexicon
from claims.extraction.lost_people import lost_people
from claims.extraction.mentions import Mention, bounds, find_mentions
from claims.extraction.mixed_wholes import mixed_wholes
from claims.extraction.noun_predicates import predicate_over_noun
from claims.extraction.numbers import to_number
from claims.extraction.onward_referrals import onward_referrals
from claims.extraction.origin_items import origin_items
from claims.extraction.part_states import part_states
from claims.extraction.period_items import period_items
from claims.extraction.place_clauses import place_clauses
from claims.extraction.pound_weights import weigh_pounds
from claims.extraction.rates import rate_earlier_values, rate_names
from claims.extraction.remaining_patients import remaining_patients
from claims.extraction.remaining_stock import remaining_stock
from claims.extraction.resolution import resolve
from claims.extraction.seat_capacity import seat_capacity
from claims.extraction.sentences import mask_markup, split_sentences
from claims.extraction.subset_roles import subset_roles
from claims.extraction.turnout_projections import turnout_projections
from claims.extraction.types import ExtractedClaim, ExtractionError
from claims.extraction.unit_names import unit_names
from claims.extraction.view import SentenceView
from claims.extraction.ward_patients import ward_patients
from claims.extraction.worst_places import worst_places

DEFAULT_MAX_CHARS: Final = 2_000_000
"""Texts longer than this are refused unless ``max_chars`` says otherwise (10 MB of prose is
not an article; reading it would tie up a worker)."""

# Escapes the regex engine reads (a raw string): mypyc compiles no surrogate code points in a str literal.
_BINARY: Final = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")
_DIGIT: Final = re.compile(r"\d")


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
    # every character _BINARY finds but U+FFFD is unprintable: a printable sample without U+FFFD has none
    bad = 0 if sample.isprintable() and "\ufffd" not in sample else len(_BINARY.findall(sample))
    if bad > max(8, len(sample) // 10):
        raise ExtractionError(f"text looks binary or undecodable ({bad} control/replacement characters)")
    return text


# -- entry point ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _furniture_pattern() -> re.Pattern[str] | None:
    patterns = [p.pattern for code in available_languages() for p in load_lexicon(code).furniture]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


@lru_cache(maxsize=1)
def _furniture_anchored() -> bool:
    """Whether every furniture pattern of every lexicon is anchored at the start ("^" opening each, no "|" outside
    its groups, no multi-line flag): then a match at the sentence start is the only one ``search`` could find, and
    ``match`` tries that one position instead of failing every branch at every character."""
    return all(
        p.pattern.startswith("^") and _no_top_level_bar(p.pattern) and not p.flags & re.MULTILINE
        for code in available_languages()
        for p in load_lexicon(code).furniture
    )


def _no_top_level_bar(source: str) -> bool:
    """No alternation bar of ``source`` stands outside parentheses (escapes and character classes skipped)."""
    depth, k, in_class = 0, 0, False
    while k < len(source):
        ch = source[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k += 2 if source[k + 1 : k + 2] == "^" else 1
            k += 1 if source[k : k + 1] == "]" else 0  # "[]...]", "[^]...]": a "]" first is a member
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
        k += 1
    return True


_NUMBERS: Final[dict[Decimal, int | float]] = {}  # memo of to_number: equal Decimals give the same number


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
    text: object,  # a str; bytes are decoded, anything else is refused (check_text), in the compiled build too
    lang: object = None,  # a language code or None; anything else is refused, as in check_text
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
    if lang is not None and (not isinstance(lang, str) or lang not in supported):
        raise ExtractionError(f"unsupported language {lang!r}; supported: {', '.join(supported)}")
    masked = mask_markup(body)
    article_lang = lang or detect_language(masked)
    claims: list[ExtractedClaim] = []
    furniture = _furniture_pattern()
    furniture_at_start = _furniture_anchored()
    for start, end in split_sentences(masked):
        segment = masked[start:end]
        if not _DIGIT.search(segment) and not _might_have_words(segment):
            continue
        if (
            furniture is not None
            and (furniture.match(segment) if furniture_at_start else furniture.search(segment)) is not None
        ):
            continue  # page furniture ("Baca juga: ..."), from any lexicon: not prose, never claims
        sentence_lang = article_lang
        if lang is None and len(segment) > 25:
            sentence_lang = guess_language(segment) or article_lang
        s = SentenceView(masked, start, end, load_lexicon(sentence_lang))
        mentions = find_mentions(s)
        if mentions:
            weigh_pounds(s, mentions)  # "720 kilograms (1,590 pounds) of cocaine": a weight, not money
            rate_earlier_values(s, mentions)  # "turun dari 112 menjadi 86 per 100.000": both are rates
            resolve(s, mentions)
            _readings(s, mentions)
            claims.extend(_claims(s, mentions, body, published, sentence_lang))
    return claims


def _readings(s: SentenceView, mentions: list[Mention]) -> None:
    """The rules that reread figures after resolution, in order (each names its construction)."""
    index_values(s, mentions)  # "ISPU di Kota Jambi sempat menyentuh angka 356": the index's value
    predicate_over_noun(s, mentions)  # "Eleven detainees have died of the disease": deaths
    _places(s, mentions)
    period_items(s, mentions)  # "dirawat inap pada Mei sebanyak 58 orang dan pada Juni sebanyak 76 orang"
    fronted_participles(s, mentions)  # "Arrested so far in connection with the deaths are nine people"
    force_strength(s, mentions)  # "Jumlah total aparat di lokasi kini 2.700 personel": deployed
    ward_patients(s, mentions)  # "The hospital now has 58 virus patients": hospitalized
    subset_roles(s, mentions)  # "19 injured passengers taken to nearby hospitals": hospitalized
    care_deaths(s, mentions)  # "41 people had died in hospital after being infected": the dead
    habitual_counts(s, mentions)  # "Our morgues usually receive 20 to 30 bodies a day": a baseline
    onward_referrals(s, mentions)  # "12 siswa diperbolehkan pulang, sedangkan dua dirujuk ke RSUD": a part
    held_headlines(s, mentions)  # "Six held after clashes": an arrest
    held_by_captors(s, mentions)  # "100 guards who had been held by the rioters": hostages
    lost_people(s, mentions)  # "We have lost 199 people": deaths
    feared_missing(s, mentions)  # "42 people remain missing and are presumed dead": their feared fate
    bracketed_earlier(s, mentions)  # "rose to 287 (253 last year)": last year's deaths
    complements(s, mentions)  # "all but 48 have been released from hospital": 48 still in hospital
    remaining_stock(s, mentions)  # "29 were admitted to hospital and 11 remain there": the stock
    remaining_patients(s, mentions)  # "4 sudah sembuh sehingga tersisa 9 pasien": the stock
    care_labels(s, mentions)  # "38 teman sekelasnya diperbolehkan pulang": discharged patients
    unit_names(s, mentions)  # "45 degrees Celsius": the unit the sentence names
    contained_things(s, mentions)  # "dua karung batu": sacks of stones
    part_states(s, mentions)  # "enam di antaranya dibakar": burned office buildings
    seat_capacity(s, mentions)  # "kapasitas stadion yang hanya 38.000 kursi": capacity
    rate_names(s, mentions)  # "Angka kematian ibu ... 86 per 100.000": maternal mortality ratio
    drop_group_ages(s, mentions)  # "most of the victims were women over 50": an age, no count
    fractional_people(s, mentions)  # "held at 11.02": no count of people has a fraction
    turnout_projections(s, mentions)  # "Only 15,000 spectators will be admitted": a projection, no turnout
    mixed_wholes(s, mentions)  # "tiga warga menjadi korban jiwa, terdiri dari satu meninggal dan dua hilang"


def _places(s: SentenceView, mentions: list[Mention]) -> None:
    """The rules that set or clear a figure's place after resolution (DESIGN 4.1)."""
    thing_place_brackets(s, mentions)  # "Cases were concentrated in South Kivu (3,410), Equateur (2,215)"
    place_clauses(s, mentions)  # "Di Kabupaten A 338 kasus, sedangkan Kabupaten B 190 kasus"
    agent_places(s, mentions)  # "Polres A (19 orang), Polres B (12 orang)": the arresting command, no place
    worst_places(s, mentions)  # "Kabupaten A menjadi daerah terparah dengan 290 orang meninggal, ..."
    origin_items(s, mentions)  # "termasuk 18 tahanan politik asal Papua": where they come from, no part by place
    for m in mentions:
        if m.place is not None and m.place.lower() in s.lex.determiners:
            m.place = None  # "up from the at least 14 reported earlier": an article after "from" names no place


def _claims(
    s: SentenceView, mentions: list[Mention], body: str, published: datetime.date | None, sentence_lang: str
) -> list[ExtractedClaim]:
    """The claims of the valid figures of one sentence (offsets into ``body``, the text as given)."""
    out: list[ExtractedClaim] = []
    attributed = None
    attribution_done = False
    sentence_text = body[s.start : s.end]
    for m in mentions:
        if not m.valid:
            continue
        if not attribution_done:
            attributed = attribution(s)
            attribution_done = True
        places: list[str | None] = list(each_places(s, m)) or [m.place]
        for place in places:  # "one each in X, Y and Z": one claim per place
            out.append(_claim(s, m, body, sentence_text, published, sentence_lang, attributed, place))
    return out


def _claim(
    s: SentenceView,
    m: Mention,
    body: str,
    sentence_text: str,
    published: datetime.date | None,
    sentence_lang: str,
    attributed: str | None,
    place: str | None,
) -> ExtractedClaim:
    """The claim of one valid figure (offsets into ``body``, the text as given; ``sentence_text`` is its sentence's)."""
    c_start, c_end = s.starts[m.first], s.ends[m.last - 1]
    # an exact figure's bounds are its value (the same Decimal): converted once
    value = _to_value(m.value)
    low = value if m.low is m.value else _to_value(m.low)
    high = value if m.high is m.value else _to_value(m.high)
    claim: ExtractedClaim = _new_object(ExtractedClaim)  # see _new_object
    _set_attribute(
        claim,
        "__dict__",
        {
            "text": body[c_start:c_end],
            "start": c_start,
            "end": c_end,
            "sentence": sentence_text,
            "measure": m.measure,
            "subject": m.subject,
            "value": value,
            "low": low if low is not None else 0,
            "high": high,
            "qualifier": m.qualifier,
            "unit": m.unit,
            "as_of": as_of_for(s.text, s.date_spans, c_start, published, s.lex) if s.date_spans else published,
            "attributed_to": attributed,
            "language": sentence_lang,
            "place": place,
        },
    )
    return claim


# Claims are built without the frozen dataclass's ``__init__``: it sets each of the 14 fields through
# ``object.__setattr__``, which more than doubles the cost of the objects made once per claim. The instance is
# the same (same ``__dict__`` in field order, equality, repr and immutability afterwards): the dict of its fields is
# set as the new object's ``__dict__`` (``object.__setattr__`` passes the frozen class's guard).
_new_object = object.__new__
_set_attribute = object.__setattr__


_ANY_NUMBER_WORD: Final[dict[str, re.Pattern[str]]] = {}


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
            if lex.collective_prefix:
                vocabulary.update(lex.collective_prefix + word for word in lex.number_words)
            vocabulary.update(lex.vague.first_words())
            vocabulary.update(lex.quantifiers.first_words())
            vocabulary.update(lex.fraction_words)
        alternation = "|".join(sorted((re.escape(v) for v in vocabulary), key=len, reverse=True))
        pattern = re.compile(rf"\b(?:{alternation})", re.I)
        _ANY_NUMBER_WORD["all"] = pattern
    return pattern.search(segment) is not None


__all__ = ["DEFAULT_MAX_CHARS", "bounds", "check_text", "extract"]
