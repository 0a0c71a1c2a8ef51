"""Per-language lexicons, loaded from the TOML data files in ``lexicons/``.

A language is supported when ``lexicons/<code>.toml`` exists; nothing in the code names a
language. The format is documented in ``docs/lexicons.md``.

    >>> lex = load_lexicon("id")
    >>> lex.measure_of_word("menewaskan")
    'killed'
    >>> lex.nouns.match(["anggota", "polisi"], 0)[1].subject_class
    'police'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from sys import intern
from typing import Any, Final

from claims.extraction._native import SOURCE_DIR
from claims.extraction.morphology import stemmer_for
from claims.extraction.phrase_table import PhraseTable, phrase_words

__all__ = ["Lexicon", "NounInfo", "PhraseTable", "available_languages", "load_lexicon", "phrase_words"]

LEXICON_DIR = SOURCE_DIR / "lexicons"  # the sources' folder, also when this module is the compiled build (_native)


NO_WORDS: Final[frozenset[str]] = frozenset()  # a word list a language does not have


@dataclass(frozen=True, slots=True)
class NounInfo:
    """A counted noun: its subject class, its label (subject for "other"), an implied measure."""

    subject_class: str
    label: str
    measure: str | None = None
    generic: bool = False
    force: bool = False
    civil: bool = False  # people who are never a force sent nor a turnout of their own (pilgrims, patients)
    fled: str | None = None  # the label of these people when they flee: inmates who flee escape (not displaced)
    not_measures: frozenset[str] = frozenset()  # measures it never takes: an area or a household is never damaged


@dataclass(frozen=True, eq=False)  # identity hash: lexicons are loaded once and used as cache keys
class Lexicon:
    """Everything the extractor knows about one language (see docs/lexicons.md)."""

    code: str
    name: str
    lingua: str
    decimal_separator: str
    thousands_separator: str
    date_order: str
    stemmer: str
    suffix_rules: tuple[tuple[str, str], ...]
    double_consonant: bool
    affixed_only: frozenset[str]
    blocked: frozenset[str]
    hint_words: frozenset[str]
    number_words: dict[str, int]
    teens: dict[str, int]
    multipliers: dict[str, int]
    scales: dict[str, int]
    one_prefix: str
    connectors: frozenset[str]
    articles: frozenset[str]
    point_words: frozenset[str]
    negative_words: frozenset[str]
    suffix_multipliers: dict[str, int]
    quantifiers: PhraseTable[float]
    fractions: dict[str, int]  # denominator words: "thirds" = 3, "pertiga" = 3
    fraction_words: dict[str, Decimal]  # words that are a fraction alone: "half" = 0.5, "separuh" = 0.5
    fraction_not_after: frozenset[str]
    ordinal_prefix: str
    ordinal_words: dict[str, int]
    ordinal_digit_suffixes: frozenset[str]
    vague: PhraseTable[tuple[int, int]]
    qualifiers: PhraseTable[str]
    qualifiers_after: PhraseTable[str]
    range_between: frozenset[str]
    range_between_joiners: frozenset[str]
    range_from: frozenset[str]
    range_joiners: frozenset[str]
    change_words: frozenset[str]
    units: PhraseTable[str]
    units_before: PhraseTable[str]
    currencies: PhraseTable[str]
    measures: PhraseTable[str]
    measure_roots: dict[str, str]
    other_verbs: PhraseTable[str]
    nouns: PhraseTable[NounInfo]
    fillers: frozenset[str]
    stops: frozenset[str]
    clause_breaks: frozenset[str]
    break_prepositions: frozenset[str]  # [clauses] prepositions: no break before a measure word ("classified as dead")
    break_adverbs: frozenset[str]  # [clauses] adverbs: a break word opening a time adverb ("saat ini") breaks nothing
    break_adverb_firsts: frozenset[str]  # their first words ("saat"): the cheap test before joining them
    inherit_before: PhraseTable[bool]
    partitive_after: PhraseTable[bool]
    others: frozenset[str]
    whole_before: PhraseTable[bool]
    identifier_words: PhraseTable[bool]
    time_units: frozenset[str]
    span_modifiers: frozenset[str]  # [exclusions]: "three more days", "two further weeks": still a time span
    age_words: PhraseTable[bool]
    months: dict[str, int]
    weekdays: dict[str, int]
    time_words: frozenset[str]
    time_zones: frozenset[str]
    relative_days: dict[str, int]
    as_of_words: frozenset[str]
    attribution_before: PhraseTable[bool]
    attribution_after: PhraseTable[bool]
    attribution_stops: frozenset[str]
    furniture: tuple[re.Pattern[str], ...]
    modifiers_follow: bool  # [syntax]: the noun phrase runs on past the noun ("korban tewas")
    list_joiners: frozenset[str]
    coordinators: frozenset[str]
    determiners: frozenset[str]
    of_words: frozenset[str]  # [syntax]: the preposition of a part or a source ("of", "dari")
    rate_words: frozenset[str]  # [syntax]: "12 per 100.000": a rate, not a count
    attribution_trim: frozenset[str]  # [syntax]: conjunctions dropped from the front of an attribution
    relative_words: frozenset[str]  # [syntax]: words that open a relative clause after a noun ("yang", "who")
    syntax_words: dict[str, frozenset[str]]  # [syntax] word lists by name, for the reach of measure words (reach.py)
    breakdown_cues: frozenset[str]  # [breakdowns]: words that introduce or join the items of a list
    place_prepositions: frozenset[str]  # [places]: words before a place ("di", "in"), dropped from it
    place_fillers: frozenset[str]  # between a place and its figure: "Distrik X sebanyak 4.120"
    place_parts: frozenset[str]  # lower-case words inside a place name: "province", "county"
    place_plurals: frozenset[str]  # "Marvell and Ostend counties": one place made of two names
    place_admin: frozenset[str]  # administrative words that make a name a place: "Kabupaten Klaten (29)"
    place_suffixes: frozenset[str]  # last words that make a name a place: "Barito Timur (1.306)", "Jambi Hilir (71)"
    place_modifiers: frozenset[str]  # between a preposition and a place name: "in neighbouring Qinghai"
    not_count_before: frozenset[str]  # [not_counts]: "salah satu" = one of, no count
    not_count_after: PhraseTable[bool]  # [not_counts] after: "dua kali lipat" (twofold) is a multiplier, no count
    increase_before: PhraseTable[bool]  # [increments]: "bertambah 41 orang", "another 12"
    decrease_before: PhraseTable[bool]  # [increments]: "berkurang 418 jiwa"
    increase_after: frozenset[str]  # [increments]: "12 jenazah lagi", "three more bodies"
    total_cues: frozenset[str]  # [increments]: a running total follows ("totalnya 296", "the toll to 64")
    typo_min_length: int  # [typos]: measure words this long or longer are read through one-edit typos
    not_typos: frozenset[str]  # [typos]: real words one edit from a measure word ("insured", "skilled")
    split_prefixes: frozenset[str]  # [typos]: a prefix written apart ("di tahan" = "ditahan")
    typo_prefixes: tuple[str, ...]  # [typos]: prefixes spelt right before a misspelt root ("dievakusi")
    # [context_subjects]: a generic noun's subject from cue words in its sentence ("officers" + "police")
    context_subjects: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    # [subjects]: word lists of the subject rules ("jumlah demonstran yang ditangkap"), each a phrase table
    subject_cues: dict[str, PhraseTable[bool]]
    still_words: frozenset[str]  # [increments] still: "15 di antaranya masih dirawat" is the stock of the admitted
    collective_prefix: str  # [collectives]: "ketiga korban" = all three victims, a count of 3
    approximate_suffixes: frozenset[str]  # [not_counts]: "200-an" is approximate (200..299)
    cues: dict[str, frozenset[str]]  # [cues]: word lists of small rules, by name ("100 orang lebih": classifiers)
    # [composed_labels]: phrase tables of the composed subjects of ``other`` figures (composed_labels.py), by name: a
    # table of labels (label = phrases: "dengue" = ["dbd"]) maps each phrase to its label, a list to the phrase itself
    composed_labels: dict[str, PhraseTable[str]] = field(default_factory=dict)
    _stem_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def cue(self, key: str) -> frozenset[str]:
        """The ``[cues] key`` word list, empty where the language lists none (its rule then never fires).

        >>> load_lexicon("en").cue("no such list")
        frozenset()
        """
        return self.cues.get(key, NO_WORDS)

    def cue_firsts(self, key: str) -> frozenset[str]:
        """The first words of the ``[cues] key`` phrases: a set lookup that rules a phrase scan out ("taking
        temporary shelter" -> "taking")."""
        return _cue_firsts(self, key)

    # -- morphology -----------------------------------------------------------------
    def stems(self, word: str) -> frozenset[str]:
        """Candidate base forms of a lower-case word (not including the word itself).

        >>> sorted(load_lexicon("en").stems("killed"))
        ['kil', 'kill', 'kille']
        """
        if word in self._stem_cache:
            return self._stem_cache[word]
        if len(self._stem_cache) > 200_000:  # bound memory on adversarial input
            self._stem_cache.clear()
        stem = stemmer_for(self.stemmer, self.suffix_rules, self.double_consonant)
        result = frozenset(s for s in stem(word) if s and s != word)
        self._stem_cache[word] = result
        return result

    def measure_of_word(self, word: str) -> str | None:
        """The measure a single word signals, through its stems when needed.

        >>> load_lexicon("en").measure_of_word("wounded")
        'injured'
        """
        lower = word.lower()
        if lower in self.blocked:
            return None
        found = self.measure_roots.get(lower)
        if found is not None and lower not in self.affixed_only:
            return found
        return next((root for root in map(self.measure_roots.get, self.stems(lower)) if root is not None), None)


# -- loading ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Language codes with a lexicon file, sorted.

    >>> available_languages()
    ('en', 'id')
    """
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml")))


@cache
def load_lexicon(code: str) -> Lexicon:
    """Load and index ``lexicons/<code>.toml`` (cached)."""
    path = LEXICON_DIR / f"{code}.toml"
    if not path.is_file():
        raise KeyError(f"no lexicon for language {code!r} (have {', '.join(available_languages())})")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return _build(code, data)


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _flag_table(values: Iterable[str]) -> PhraseTable[bool]:  # phrases that are there or not
    return PhraseTable((v, True) for v in values)


def _inverted(table: dict[str, list[str]]) -> PhraseTable[str]:
    return PhraseTable((phrase, key) for key, phrases in table.items() for phrase in phrases)


def _build(code: str, d: dict[str, Any]) -> Lexicon:
    return Lexicon(
        **_meta_fields(code, d), **_number_fields(d), **_word_fields(d), **_context_fields(d), **_news_fields(d)
    )


def _meta_fields(code: str, d: dict[str, Any]) -> dict[str, Any]:
    """Language, separators and morphology ([meta], [morphology], [language_hints])."""
    meta = d.get("meta", {})
    morph = d.get("morphology", {})
    return {
        "code": code,
        "name": str(meta.get("name", code)),
        "lingua": str(meta.get("lingua", "")),
        "decimal_separator": str(meta.get("decimal_separator", ".")),
        "thousands_separator": str(meta.get("thousands_separator", ",")),
        "date_order": str(meta.get("date_order", "DMY")),
        "stemmer": str(morph.get("stemmer", "suffix_rules")),
        "suffix_rules": tuple((str(a), str(b)) for a, b in morph.get("suffix_rules", [])),
        "double_consonant": bool(morph.get("double_consonant", False)),
        "affixed_only": _words(morph.get("affixed_only", [])),
        "blocked": _words(morph.get("blocked", [])),
        "hint_words": _words(d.get("language_hints", {}).get("words", [])),
    }


def _number_fields(d: dict[str, Any]) -> dict[str, Any]:
    """Number words, ordinals, vague quantities, qualifiers, ranges, units and currencies."""
    nums = d.get("numbers", {})
    ords = d.get("ordinals", {})
    ranges = d.get("ranges", {})
    excl = d.get("exclusions", {})
    vague = PhraseTable((phrase, (int(lo), int(hi))) for phrase, (lo, hi) in d.get("vague", {}).items())
    return {
        "number_words": {k.lower(): int(v) for k, v in nums.get("words", {}).items()},
        "teens": {k.lower(): int(v) for k, v in nums.get("teens", {}).items()},
        "multipliers": {k.lower(): int(v) for k, v in nums.get("multipliers", {}).items()},
        "scales": {k.lower(): int(v) for k, v in nums.get("scales", {}).items()},
        "one_prefix": str(nums.get("one_prefix", "")).lower(),
        "connectors": _words(nums.get("connectors", [])),
        "articles": _words(nums.get("articles", [])),
        "point_words": _words(nums.get("point_words", [])),
        "negative_words": _words(nums.get("negative_words", [])),
        "suffix_multipliers": {k.lower(): int(v) for k, v in nums.get("suffix_multipliers", {}).items()},
        "quantifiers": PhraseTable((k, float(v)) for k, v in nums.get("quantifiers", {}).items()),
        "fractions": {k.lower(): int(v) for k, v in nums.get("fractions", {}).items() if isinstance(v, int)},
        "fraction_words": {
            k.lower(): Decimal(str(v))
            for k, v in [*nums.get("fractions", {}).items(), *nums.get("fraction_words", {}).items()]
            if isinstance(v, float)
        },
        "fraction_not_after": _words(excl.get("fraction_not_after", [])),
        "ordinal_prefix": str(ords.get("prefix", "")).lower(),
        "ordinal_words": {k.lower(): int(v) for k, v in ords.get("words", {}).items()},
        "ordinal_digit_suffixes": _words(ords.get("digit_suffixes", [])),
        "vague": vague,
        "qualifiers": _inverted(d.get("qualifiers", {})),
        "qualifiers_after": _inverted(d.get("qualifiers_after", {})),
        "range_between": _words(ranges.get("between", [])),
        "range_between_joiners": _words(ranges.get("between_joiners", [])),
        "range_from": _words(ranges.get("from", [])),
        "range_joiners": _words(ranges.get("joiners", [])),
        "change_words": _words(ranges.get("change_words", [])),
        "units": _inverted(d.get("units", {})),
        "units_before": _inverted(d.get("units_before", {})),
        "currencies": _inverted(d.get("currencies", {})),
    }


def _word_fields(d: dict[str, Any]) -> dict[str, Any]:
    """Measures, counted nouns and the noun-phrase words ([measures], [nouns], [fillers], [stops] ...)."""
    ana = d.get("anaphora", {})
    measure_roots: dict[str, str] = {}
    for measure, entries in d.get("measures", {}).items():
        for entry in entries:
            if len(phrase_words(entry)) == 1:
                measure_roots.setdefault(entry.lower(), measure)
    nouns = PhraseTable(
        (
            phrase,
            NounInfo(
                subject_class=str(info["class"]),
                label=str(info.get("label", phrase)),
                measure=info.get("measure"),
                generic=bool(info.get("generic", False)),
                force=bool(info.get("force", False)),
                civil=bool(info.get("civil", False)),
                fled=info.get("fled"),
                not_measures=frozenset(info.get("not_measures", ())),
            ),
        )
        for phrase, info in d.get("nouns", {}).items()
    )
    return {
        "measures": _inverted(d.get("measures", {})),
        "measure_roots": measure_roots,
        "other_verbs": PhraseTable((k, str(v)) for k, v in d.get("other_verbs", {}).items()),
        "nouns": nouns,
        "fillers": _words(d.get("fillers", {}).get("words", [])),
        "stops": _words(d.get("stops", {}).get("words", [])),
        "clause_breaks": _words(d.get("clauses", {}).get("breaks", [])),
        "break_prepositions": _words(d.get("clauses", {}).get("prepositions", [])),
        "break_adverbs": _words(d.get("clauses", {}).get("adverbs", [])),
        "break_adverb_firsts": frozenset(a.split()[0] for a in _words(d.get("clauses", {}).get("adverbs", []))),
        "inherit_before": _flag_table(ana.get("inherit_before", [])),
        "partitive_after": _flag_table(ana.get("partitive_after", [])),
        "others": _words(ana.get("others", [])),
        "whole_before": _flag_table(ana.get("whole_before", [])),
    }


def _context_fields(d: dict[str, Any]) -> dict[str, Any]:
    """Exclusions, dates, attribution and page furniture."""
    excl = d.get("exclusions", {})
    dates = d.get("dates", {})
    attr = d.get("attribution", {})
    return {
        "identifier_words": _flag_table(excl.get("identifier_words", [])),
        "time_units": _words(excl.get("time_units", [])),
        "span_modifiers": _words(excl.get("span_modifiers", [])),
        "age_words": _flag_table(excl.get("age_words", [])),
        "months": {k.lower(): int(v) for k, v in dates.get("months", {}).items()},
        "weekdays": {k.lower(): int(v) for k, v in dates.get("weekdays", {}).items()},
        "time_words": _words(dates.get("time_words", [])),
        "time_zones": _words(dates.get("time_zones", [])),
        "relative_days": {k.lower(): int(v) for k, v in dates.get("relative", {}).items()},
        "as_of_words": _words(dates.get("as_of_words", [])),
        "attribution_before": _flag_table(attr.get("before", [])),
        "attribution_after": _flag_table(attr.get("after", [])),
        "attribution_stops": _words(attr.get("stops", [])),
        "furniture": tuple(re.compile(p, re.I) for p in d.get("furniture", {}).get("patterns", [])),
    }


def _news_fields(d: dict[str, Any]) -> dict[str, Any]:
    """The news constructions of DESIGN 4.1 ([syntax], [breakdowns], [places], [increments], [typos] ...). The keys of
    the word lists by name are interned, as the rules' literal keys are: a lookup then matches by identity."""
    syntax = d.get("syntax", {})
    places = d.get("places", {})
    return {
        "modifiers_follow": bool(syntax.get("modifiers_follow", False)),
        "list_joiners": _words(syntax.get("list_joiners", [])),
        "coordinators": _words(syntax.get("coordinators", [])),
        "determiners": _words(syntax.get("determiners", [])),
        "of_words": _words(syntax.get("of_words", [])),
        "rate_words": _words(syntax.get("rate_words", [])),
        "attribution_trim": _words(syntax.get("attribution_trim", [])),
        "relative_words": _words(syntax.get("relative_words", [])),
        "syntax_words": {intern(str(k)): _words(v) for k, v in syntax.items() if isinstance(v, list)},
        "breakdown_cues": _words(d.get("breakdowns", {}).get("cues", [])),
        "place_prepositions": _words(places.get("prepositions", [])),
        "place_fillers": _words(places.get("fillers", [])),
        "place_parts": _words(places.get("parts", [])),
        "place_plurals": _words(places.get("plurals", [])),
        "place_admin": _words(places.get("admin", [])),
        "place_suffixes": _words(places.get("suffixes", [])),
        "place_modifiers": _words(places.get("modifiers", [])),
        "not_count_before": _words(d.get("not_counts", {}).get("before", [])),
        "not_count_after": _flag_table(d.get("not_counts", {}).get("after", [])),
        "increase_before": _flag_table(d.get("increments", {}).get("increase_before", [])),
        "decrease_before": _flag_table(d.get("increments", {}).get("decrease_before", [])),
        "increase_after": _words(d.get("increments", {}).get("increase_after", [])),
        "total_cues": _words(d.get("increments", {}).get("total_cues", [])),
        "typo_min_length": int(d.get("typos", {}).get("min_length", 0)),
        "not_typos": _words(d.get("typos", {}).get("words", [])),
        "split_prefixes": _words(d.get("typos", {}).get("split_prefixes", [])),
        "typo_prefixes": tuple(d.get("typos", {}).get("prefixes", [])),
        "context_subjects": {
            str(label): tuple((str(cls), _words(cues)) for cls, cues in classes.items())
            for label, classes in d.get("context_subjects", {}).items()
        },
        "subject_cues": {intern(str(key)): _flag_table(words) for key, words in d.get("subjects", {}).items()},
        "still_words": _words(d.get("increments", {}).get("still", [])),
        "collective_prefix": str(d.get("collectives", {}).get("prefix", "")).lower(),
        "approximate_suffixes": _words(d.get("not_counts", {}).get("approximate_suffixes", [])),
        "cues": {intern(str(key)): _words(words) for key, words in d.get("cues", {}).items()},
        "composed_labels": {
            intern(str(key)): _label_table(value) for key, value in d.get("composed_labels", {}).items()
        },
    }


def _label_table(value: dict[str, list[str]] | list[str]) -> PhraseTable[str]:
    """A table of ``[composed_labels]``: label = phrases, or a list of phrases that stand for themselves."""
    if isinstance(value, dict):
        return _inverted(value)
    return PhraseTable((phrase, phrase.lower()) for phrase in value)


@cache
def _cue_firsts(lex: Lexicon, key: str) -> frozenset[str]:
    """:meth:`Lexicon.cue_firsts`, built once per lexicon and key."""
    return frozenset(phrase.split()[0] for phrase in lex.cue(key))
