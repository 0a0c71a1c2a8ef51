"""One sentence per verdict, in the claim's language, naming the sources and dates that decided it.

DESIGN section 5: "Every verdict carries a one-sentence explanation in the claim's language (id
or en) that an editor or reader understands without the table above". Built from plain values
only (source names, dates, figures), so the API, the exports, the webhooks and ClaimReview's
``reviewBody`` all carry the same words. Indonesian for a claim in ``id``, English otherwise.

Which evidence is named, per label (at most three reports, the most reliable first, then
listed by date):

- ``supported``: the reports that alone lie inside the claim, else the ones that set D's ends;
- ``contradicted``: the reports that exclude the claim;
- ``mixed``: a report that fits the claim and one that does not (or two that exclude each other);
- ``outdated``: a report that agrees, if any, and the newest one that moved the figure on;
- ``unverified``: the consistent but inconclusive reports, or the non-credible ones, or none.

Example::

    >>> import datetime
    >>> def report(id, low, high, qualifier, day, source, language="en"):
    ...     return ClaimFacts(id=id, measure="killed", subject="police", low=low, high=high, qualifier=qualifier,
    ...                       value=low, unit=None, as_of=datetime.date(2022, 1, day), source_id=id,
    ...                       reliability=0.8, article_id=id, source_name=source, language=language)
    >>> sentence(report(1, 18, 18, "exact", 7, "Kabar"), "unverified", [])
    'Unverified: no other source reported this figure for the event.'
    >>> sentence(report(1, 18, 18, "exact", 7, "Kabar", "id"), "unverified", [])
    'Belum terverifikasi: tidak ada sumber lain yang melaporkan angka ini untuk peristiwa tersebut.'
"""

from __future__ import annotations

import datetime
import heapq
from collections.abc import Callable, Sequence
from typing import Protocol

from claims.verification.formatting import date_text, number, with_unit
from claims.verification.intervals import INF, MAGNITUDES, Interval, claim_interval, stated_figure
from claims.verification.types import ClaimFacts
from claims.vocabulary import (
    LABEL_CONTRADICTED,
    LABEL_MIXED,
    LABEL_OUTDATED,
    LABEL_SUPPORTED,
    LABEL_UNVERIFIED,
    RELATION_CONTRADICTS,
    RELATION_SUPERSEDES,
    RELATION_SUPPORTS,
    STOCK_MEASURES,
)

MAX_NAMED = 3
"""Reports named in one sentence at most: enough to show who decided it, short enough to read."""


class Reading(Protocol):
    """What the explanation needs of one evidence item (the verifier's candidate)."""

    facts: ClaimFacts
    credible: bool
    interval: Interval  # its constraint on X, within the magnitudes
    figure: Interval  # what the report itself says, after round-number tolerance
    origin: str  # its origin key: ``source:<id>`` of its own Source when it cites nobody else

    @property
    def constrains(self) -> bool:
        """False for a newer stock figure, which only supersedes."""
        ...


# --- words -------------------------------------------------------------------------------

LABEL_WORDS = {
    "en": {
        LABEL_SUPPORTED: "Supported",
        LABEL_CONTRADICTED: "Contradicted",
        LABEL_MIXED: "Mixed",
        LABEL_OUTDATED: "Outdated",
        LABEL_UNVERIFIED: "Unverified",
    },
    "id": {
        LABEL_SUPPORTED: "Didukung",
        LABEL_CONTRADICTED: "Dibantah",
        LABEL_MIXED: "Simpang siur",
        LABEL_OUTDATED: "Usang",
        LABEL_UNVERIFIED: "Belum terverifikasi",
    },
}
"""The label as a reader sees it, per language; the ``id`` words are the usual fact-check ones."""

_SUBJECTS = {
    "en": {
        "people": "people",
        "civilians": "civilians",
        "journalists": "journalists",
        "security_forces": "members of the security forces",
        "police": "police",
        "soldiers": "soldiers",
        "protesters": "protesters",
        "children": "children",
        "foreigners": "foreigners",
        "men": "men",
        "women": "women",
    },
    "id": {
        "people": "orang",
        "civilians": "warga sipil",
        "journalists": "jurnalis",
        "security_forces": "aparat keamanan",
        "police": "polisi",
        "soldiers": "tentara",
        "protesters": "pengunjuk rasa",
        "children": "anak",
        "foreigners": "warga asing",
        "men": "pria",
        "women": "perempuan",
    },
}
_MEASURES = {
    "en": {
        "killed": "killed",
        "injured": "injured",
        "arrested": "arrested",
        "missing": "missing",
        "displaced": "displaced",
        "hospitalized": "in hospital",
        "deployed": "deployed",
        "participants": "taking part",
        "damaged": "damaged",
    },
    "id": {
        "killed": "tewas",
        "injured": "luka-luka",
        "arrested": "ditangkap",
        "missing": "hilang",
        "displaced": "mengungsi",
        "hospitalized": "dirawat",
        "deployed": "dikerahkan",
        "participants": "ikut serta",
        "damaged": "rusak",
    },
}
_QUALIFIERS = {
    "en": {
        "more_than": "more than {}",
        "at_least": "at least {}",
        "less_than": "fewer than {}",
        "at_most": "up to {}",
        "about": "about {}",
        "nearly": "nearly {}",
    },
    "id": {
        "more_than": "lebih dari {}",
        "at_least": "sedikitnya {}",
        "less_than": "kurang dari {}",
        "at_most": "paling banyak {}",
        "about": "sekitar {}",
        "nearly": "hampir {}",
    },
}
_TEXT = {
    "en": {
        "between": "between {} and {}",
        "range": "{} to {}",
        "and": " and ",
        "someone": "another source",
        "citing": "{}, citing {},",
        "reported": "{} reported {}",
        "on": " on {}",
        "in": " in {}",
        "in_all": " in all",
        "no_evidence": "no other source reported this figure for the event",
        "no_stock_evidence": "no other source reported this figure for the event on {}; a count from another "
        "day can neither confirm nor contradict it",
        "undated": "the figure has no date, so no other report can be set against it",
        "pins": "{}, which pins the figure at {}",
        "puts": "{}, which puts the figure {}, within the claim's {}",
        "rules_out": "{}, which rules out {}",
        "rule_out": "{}, which rule out {}",
        "disagree": "{}, but {}, so credible sources disagree",
        "cannot_all": "{}, figures that cannot all be right, so credible sources disagree",
        "moved_on": "{}, {} than the claim's {}, so the figure has moved on",
        "agrees_but": "{}, but {}",
        "higher": "higher",
        "lower": "lower",
        "not_credible_one": "{}, but that source is below the credibility threshold, so it decides nothing",
        "not_credible_many": "{}, but those sources are below the credibility threshold, so they decide nothing",
        "inconclusive": "{}, which is consistent with {} but does not confirm it",
        "at": "at {}",
        "at_or_more": "at {} or more",
        "above": "above {}",
        "at_or_fewer": "at {} or fewer",
        "below": "below {}",
        "any": "anywhere",
    },
    "id": {
        "between": "antara {} dan {}",
        "range": "{} hingga {}",
        "and": " dan ",
        "someone": "sumber lain",
        "citing": "{}, mengutip {},",
        "reported": "{} melaporkan {}",
        "on": " pada {}",
        "in": " di {}",
        "in_all": " secara keseluruhan",
        "no_evidence": "tidak ada sumber lain yang melaporkan angka ini untuk peristiwa tersebut",
        "no_stock_evidence": "tidak ada sumber lain yang melaporkan angka ini untuk peristiwa tersebut pada {}; "
        "angka dari hari lain tidak dapat memastikan atau membantahnya",
        "undated": "angka ini tidak bertanggal, sehingga tidak dapat dibandingkan dengan laporan lain",
        "pins": "{}, yang memastikan angkanya {}",
        "puts": "{}, yang menempatkan angkanya {}, sesuai dengan {} dalam klaim",
        "rules_out": "{}, yang menyangkal angka {}",
        "rule_out": "{}, yang menyangkal angka {}",
        "disagree": "{}, tetapi {}, sehingga sumber tepercaya tidak sepakat",
        "cannot_all": "{}, angka yang tidak mungkin semuanya benar, sehingga sumber tepercaya tidak sepakat",
        "moved_on": "{}, {} dari {} dalam klaim, sehingga angkanya sudah berubah",
        "agrees_but": "{}, tetapi {}",
        "higher": "lebih tinggi",
        "lower": "lebih rendah",
        "not_credible_one": "{}, tetapi sumber itu kurang tepercaya, sehingga tidak menentukan apa pun",
        "not_credible_many": "{}, tetapi sumber-sumber itu kurang tepercaya, sehingga tidak menentukan apa pun",
        "inconclusive": "{}, yang sejalan dengan {} tetapi belum memastikannya",
        "at": "pada {}",
        "at_or_more": "pada {} atau lebih",
        "above": "di atas {}",
        "at_or_fewer": "pada {} atau kurang",
        "below": "di bawah {}",
        "any": "berapa pun",
    },
}


def language_of(claim: ClaimFacts) -> str:
    """``id`` for an Indonesian claim, ``en`` for anything else."""
    return "id" if claim.language == "id" else "en"


def figure(claim: ClaimFacts, language: str) -> str:
    """The figure as the report states it: ``at least 18``, ``lebih dari 2.200``, ``20 to 99``.

    >>> import datetime
    >>> c = ClaimFacts(id=1, measure="arrested", subject="people", low=2201, high=None, qualifier="more_than",
    ...                value=2200, unit=None, as_of=datetime.date(2022, 1, 7), source_id=1, reliability=0.6,
    ...                article_id=1)
    >>> figure(c, "en"), figure(c, "id")
    ('more than 2,200', 'lebih dari 2.200')
    """
    words = _QUALIFIERS[language]
    template = words.get(claim.qualifier)
    if template is not None and claim.value is not None:
        return template.format(with_unit(number(claim.value, language), claim.unit))
    low = number(claim.low, language)
    if claim.high is None:
        return _QUALIFIERS[language]["at_least"].format(with_unit(low, claim.unit))
    if claim.high == claim.low:
        return with_unit(low, claim.unit)
    return _TEXT[language]["range"].format(low, with_unit(number(claim.high, language), claim.unit))


def interval_text(interval: Interval, language: str, unit: str | None = None) -> str:
    """Where an interval puts the figure: ``at 18``, ``between 2,150 and 2,250``, ``at 25 or more``.

    >>> interval_text(Interval(18, 18), "en"), interval_text(Interval(25, INF), "id")
    ('at 18', 'pada 25 atau lebih')
    """
    words = _TEXT[language]
    low, high = interval.lo, interval.hi
    has_low = low > MAGNITUDES.lo or (low == MAGNITUDES.lo and interval.lo_open)
    if interval.is_empty:
        return words["any"]
    if low == high:
        return words["at"].format(with_unit(number(low, language), unit))
    if high == INF:
        if not has_low:
            return words["any"]
        key = "above" if interval.lo_open else "at_or_more"
        return words[key].format(with_unit(number(low, language), unit))
    if not has_low:
        key = "below" if interval.hi_open else "at_or_fewer"
        return words[key].format(with_unit(number(high, language), unit))
    return words["between"].format(number(low, language), with_unit(number(high, language), unit))


def _source(item: Reading, language: str) -> str:
    """The publisher, and the authority it cites when that is someone else."""
    facts = item.facts
    words = _TEXT[language]
    name = " ".join(facts.source_name.split()) or words["someone"]
    authority = " ".join((facts.attributed_to or "").split())
    cites_itself = item.origin == f"source:{facts.source_id}" or authority.casefold() in name.casefold()
    if authority and not cites_itself:
        return words["citing"].format(name, authority)
    return name


def _scope_words(facts: ClaimFacts, claim: ClaimFacts, language: str, *, first: ClaimFacts | None) -> str:
    """``18 police killed in Agam``: the figure with its subject, measure and place words; after
    the ``first`` report, the subject only where it differs from the first's."""
    with_subject = first is None
    parts = [figure(facts, language)]
    subject = _SUBJECTS[language].get(facts.subject or "")
    if with_subject:
        if subject is not None:
            parts.append(subject)
        elif language == "en" and facts.subject and facts.measure in ("damaged", "other"):
            parts.append(facts.subject.replace("_", " "))  # the counted noun, as extraction labels it
        measure = _MEASURES[language].get(facts.measure)
        if measure is not None and (subject is not None or facts.measure == "damaged"):
            parts.append(measure)
    elif subject is not None and first is not None and facts.subject != first.subject:
        parts.append(subject)
    text = " ".join(parts)
    if facts.place:
        text += _TEXT[language]["in"].format(" ".join(facts.place.split()))
    elif claim.place:
        text += _TEXT[language]["in_all"]
    return text


def _join(items: Sequence[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    glue = _TEXT[language]["and"]
    comma = "," if language == "id" and len(items) > 2 else ""
    return ", ".join(items[:-1]) + comma + glue + items[-1]


def _clauses(items: Sequence[Reading], claim: ClaimFacts, language: str) -> str:
    """``A reported at least 18 police killed on 6 January and B reported 18 on 9 January``:
    the first report in full, the others by their figure (and scope where it differs)."""
    year = claim.as_of.year if claim.as_of else None
    words = _TEXT[language]
    texts = []
    ordered = sorted(items, key=lambda i: (i.facts.as_of or datetime.date.min, i.facts.id))
    for position, item in enumerate(ordered):
        facts = item.facts
        what = _scope_words(facts, claim, language, first=ordered[0].facts if position else None)
        clause = words["reported"].format(_source(item, language), what)
        if facts.as_of is not None:
            clause += words["on"].format(date_text(facts.as_of, language, year))
        texts.append(clause)
    return _join(texts, language)


def _most_reliable(items: Sequence[Reading], count: int = 2) -> list[Reading]:
    """The ``count`` most reliable reports, the newest first among equals (O(n): a group's
    claims each have hundreds of readings)."""
    return heapq.nsmallest(
        count,
        items,
        key=lambda i: (-i.facts.reliability, -(i.facts.as_of or datetime.date.min).toordinal(), i.facts.id),
    )


def _binding(items: Sequence[Reading], combined: Interval) -> list[Reading]:
    """The reports that set D's ends: the highest low and the lowest high among the constraints."""
    chosen: list[Reading] = []
    lows = [i for i in items if i.interval.lo > MAGNITUDES.lo]
    highs = [i for i in items if i.interval.hi < INF]
    if lows:
        top = max(i.interval.lo for i in lows)
        chosen += _most_reliable([i for i in lows if i.interval.lo == top], 1)
    if highs:
        bottom = min(i.interval.hi for i in highs)
        chosen += [i for i in _most_reliable([i for i in highs if i.interval.hi == bottom], 1) if i not in chosen]
    return chosen


def _together(items: Sequence[Reading]) -> Interval:
    combined = MAGNITUDES
    for item in items:
        combined = combined.intersect(item.interval)
    return combined


def _moved_on(
    claim: ClaimFacts,
    newer: Sequence[Reading],
    claim_range: Interval,
    stated: str,
    language: str,
    say: Callable[[Sequence[Reading]], str],
) -> str:
    """``a newer report moved the figure higher than the claim's 2,200``."""
    words = _TEXT[language]
    # Wholly above the claim (every cumulative one) or wholly below it (a stock that fell).
    direction = "lower" if newer and newer[0].figure.hi <= claim_range.lo else "higher"
    # "higher than the claim's 2,200", not "than the claim's more than 2,200"
    compared = (
        stated if claim.high is not None else with_unit(number(stated_figure(claim, claim_range), language), claim.unit)
    )
    return words["moved_on"].format(say(newer), words[direction], compared)


def _unverified(
    claim: ClaimFacts,
    readings: Sequence[Reading],
    credible: Sequence[Reading],
    stated: str,
    language: str,
    say: Callable[[Sequence[Reading]], str],
) -> str:
    """Why nothing decided: no evidence, none credible, or evidence that does not settle it."""
    words = _TEXT[language]
    if not readings:
        if claim.as_of is None:
            return words["undated"]
        if claim.measure in STOCK_MEASURES:  # a stock is compared only with its own day
            return words["no_stock_evidence"].format(date_text(claim.as_of, language, claim.as_of.year))
        return words["no_evidence"]
    if not any(r.credible for r in readings):
        shown = _most_reliable(readings)
        return words["not_credible_one" if len(shown) == 1 else "not_credible_many"].format(say(shown))
    return words["inconclusive"].format(say(_most_reliable(credible) or _most_reliable(readings)), stated)


def sentence(
    claim: ClaimFacts,
    label: str,
    readings: Sequence[Reading],
    relations: Sequence[str] = (),
    combined: Interval | None = None,
) -> str:
    """The explanation of ``label`` for ``claim`` from the evidence used and its relations."""
    language = language_of(claim)
    words = _TEXT[language]
    claim_range = claim_interval(claim)
    combined = combined if combined is not None else _together([r for r in readings if r.credible and r.constrains])
    stated = figure(claim, language)
    pairs = list(zip(readings, relations, strict=True))
    credible = [r for r, _ in pairs if r.credible and r.constrains]
    by_relation: Callable[[str], list[Reading]] = lambda wanted: [  # noqa: E731
        r for r, relation in pairs if r.credible and relation == wanted
    ]

    def say(items: Sequence[Reading]) -> str:
        return _clauses(items[:MAX_NAMED], claim, language)

    if label == LABEL_SUPPORTED:
        chosen = _most_reliable(by_relation(RELATION_SUPPORTS))
        if not chosen or not _together(chosen).within(claim_range):
            chosen += [i for i in _binding(credible, combined) if i not in chosen]
        chosen = chosen or _most_reliable(credible)
        if combined.lo == combined.hi:
            body = words["pins"].format(say(chosen), with_unit(number(combined.lo, language), claim.unit))
        else:
            body = words["puts"].format(say(chosen), interval_text(combined, language, claim.unit), stated)
    elif label == LABEL_CONTRADICTED:
        # Some credible report excludes the claim on its own: intervals that each meet the claim
        # and meet each other share a point with it (Helly, in one dimension), so D alone never does.
        chosen = _most_reliable(by_relation(RELATION_CONTRADICTS)) or _binding(credible, combined)
        body = words["rules_out" if len(chosen) == 1 else "rule_out"].format(say(chosen), stated)
    elif label == LABEL_MIXED:
        fitting = _most_reliable([r for r in credible if r.interval.overlaps(claim_range)], 1)
        excluding = _most_reliable([r for r in credible if not r.interval.overlaps(claim_range)], 1)
        if fitting and excluding:
            body = words["disagree"].format(say(fitting), say(excluding))
        else:
            body = words["cannot_all"].format(say(_binding(credible, combined)))
    elif label == LABEL_OUTDATED:
        newer = sorted(
            by_relation(RELATION_SUPERSEDES),
            key=lambda r: (r.facts.as_of or datetime.date.min, r.facts.reliability, -r.facts.id),
        )[-1:]
        moved = _moved_on(claim, newer, claim_range, stated, language, say)
        agreeing = _most_reliable([r for r in credible if r.interval.overlaps(claim_range) and r not in newer], 1)
        body = words["agrees_but"].format(say(agreeing), moved) if agreeing else moved
    else:
        body = _unverified(claim, readings, credible, stated, language, say)
    return f"{LABEL_WORDS[language][label]}: {body}."


def review_sentence(label: str, rationale: str, language: str) -> str:
    """An editor's verdict explained by the editor's rationale, the label in the claim's language.

    >>> review_sentence("contradicted", "The ministry corrected its count", "en")
    'Contradicted (editor review): The ministry corrected its count.'
    >>> review_sentence("supported", "", "id")
    'Didukung (tinjauan editor).'
    """
    language = "id" if language == "id" else "en"
    head = f"{LABEL_WORDS[language][label]} ({'tinjauan editor' if language == 'id' else 'editor review'})"
    text = " ".join(rationale.split())
    if not text:
        return f"{head}."
    return f"{head}: {text}" + ("" if text.endswith((".", "!", "?")) else ".")


__all__ = [
    "LABEL_WORDS",
    "MAX_NAMED",
    "date_text",
    "figure",
    "interval_text",
    "language_of",
    "number",
    "review_sentence",
    "sentence",
]
