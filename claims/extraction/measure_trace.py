"""An opt-in trace of the measure decisions: which rule of ``resolution.MEASURE_RULES`` named each claim's measure,
which later stage changed it, and how far the measure word stood from the figure (issue 11: find the mechanism of
a misread, not its sentence).

A debug aid, never on the hot path: :func:`trace` wraps the rule loop and the stages of
:func:`claims.extraction.resolution.resolve` for the length of one call (pure modules only: the compiled build
binds its functions early, so ``FACTCHECK_NATIVE=0`` is needed for a trace) and restores them after.

>>> rows = trace("Sedikitnya 12 orang tewas dalam banjir itu.", "id")
>>> [(r.claim.measure, r.rule, r.direction) for r in rows]
[('killed', '_word_after', 'after')]
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from claims.extraction import extractor, resolution
from claims.extraction.mentions import Mention
from claims.extraction.types import ExtractedClaim
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

STAGES = (
    "set_subject",
    "compose_label",
    "settle_part",
    "admissions",
    "fraction_wholes",
    "part_wholes",
    "breakdowns",
    "outside_first",
    "drop_time_places",
    "ranked_places",
    "increments",
    "period_increments",
    "whole_first",
    "elided_grades",
    "compose_subset_labels",
    "disease_cases",
    "compose_people_labels",
    "thing_states",
)
"""The functions ``resolve`` calls after the rule loop, by their names in :mod:`resolution`."""


@dataclass(slots=True)
class Step:
    """What one figure went through: the rule, the measure it named, the stages that changed it."""

    rule: str | None = None
    rule_measure: str | None = None  # what the rule itself returned ("=label" for other-verbs)
    decided: str | None = None  # what the rule loop's checks (verb turns, misreads) made of it
    word: int | None = None  # the token of the measure word, when one was read
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (stage, before, after)


@dataclass(slots=True)
class TraceRow:
    claim: ExtractedClaim
    rule: str | None  # "_word_after", ... or None when no rule named a measure
    stage: str  # the last stage that changed the measure; "rule": none did; "loop": the loop's own checks did; "none":
    # no rule named one; "unit": a figure with a unit
    rule_measure: str | None
    word: str | None  # the measure word as written
    distance: int | None  # tokens between the figure's noun phrase and the measure word
    direction: str  # "before", "after", "noun" (the counted noun itself), "" when unknown
    punct: int  # clause punctuation and commas crossed
    figures_between: int  # other figures between the figure and the word


def _word_position(s: SentenceView, m: Mention, step: Step, named_before: int | None) -> int | None:
    """The token of the measure word the rule read: the one it recorded, else the nearest one naming its measure."""
    if named_before is not None:
        return named_before
    wanted = step.rule_measure
    if wanted is None:
        return None
    if step.rule == "_verb_before":
        order = list(range(m.first - 1, -1, -1))
    else:
        order = list(range(max(m.np_end, m.last), len(s.words))) + list(range(m.first - 1, -1, -1))
    for k in order:
        found = s.measure_at(k)
        if found is not None and (found[1] == wanted or found[1].lstrip("=") == wanted.lstrip("=")):
            return k
    return None


def _row(s: SentenceView, m: Mention, claim: ExtractedClaim, step: Step | None) -> TraceRow:
    if step is None:
        return TraceRow(claim, None, "unit", None, None, None, "", 0, 0)
    if step.changes:
        stage = step.changes[-1][0]
    elif step.rule is None:
        stage = "none"  # no rule named a measure: other
    else:
        stage = "loop" if step.decided != step.rule_measure else "rule"
    k = step.word
    if k is None or not (0 <= k < len(s.words)):
        direction = "noun" if step.rule in ("_noun_measure", "_forced_noun", "tally_noun_measure") else ""
        return TraceRow(claim, step.rule, stage, step.rule_measure, None, None, direction, 0, 0)
    lo, hi = (k + 1, m.first) if k < m.first else (max(m.np_end, m.last), k)
    between = s.words[lo:hi]
    punct = sum(1 for w in between if w in CLAUSE_PUNCT or w == ",")
    figures = sum(1 for x in s.mention_firsts if lo <= x < hi)
    direction = "before" if k < m.first else "after"
    return TraceRow(claim, step.rule, stage, step.rule_measure, s.words[k], max(0, hi - lo), direction, punct, figures)


@contextmanager
def _patched(steps: dict[int, Step], rows: list[TraceRow]) -> Iterator[None]:
    saved: dict[str, Any] = {name: getattr(resolution, name) for name in (*STAGES, "_measure_of")}
    saved_claims = extractor._claims

    def measure_of(f: resolution.Figure) -> str:
        measure: str = saved["_measure_of"](f)
        step = Step(rule=f.rule_name, decided=measure)
        if f.rule is not None:
            saved_m = copy.copy(f.m)  # the rule is run again on the same figure: what it sets on it is put back
            step.rule_measure = f.rule(dataclasses.replace(f, named_before=None))
            for name in (fld.name for fld in dataclasses.fields(Mention)):
                setattr(f.m, name, getattr(saved_m, name))
            step.word = _word_position(f.s, f.m, step, f.named_before)
        steps[id(f.m)] = step
        return measure

    def staged(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            mentions = _mentions_of(args)
            before = [m.measure for m in mentions]
            result = fn(*args)
            for m, old in zip(mentions, before, strict=True):
                if m.measure != old:
                    steps.setdefault(id(m), Step()).changes.append((name, old, m.measure))
            return result

        return run

    def claims(s: SentenceView, mentions: list[Mention], *args: Any) -> list[ExtractedClaim]:
        out: list[ExtractedClaim] = saved_claims(s, mentions, *args)
        by_span = {(s.starts[m.first], s.ends[m.last - 1]): m for m in mentions if m.valid}
        # one figure may give several claims ("one each in X, Y and Z"): each claim is traced to its figure's span
        for c in out:
            m = by_span[c.start, c.end]
            rows.append(_row(s, m, c, steps.get(id(m))))
        return out

    try:
        resolution._measure_of = measure_of
        for name in STAGES:
            setattr(resolution, name, staged(name, saved[name]))
        extractor._claims = claims  # type: ignore[assignment]
        yield
    finally:
        for name, fn in saved.items():
            setattr(resolution, name, fn)
        extractor._claims = saved_claims


def _mentions_of(args: tuple[Any, ...]) -> list[Mention]:
    """The figures a stage may change: its list of mentions, or the one figure it is given."""
    for arg in args:
        if isinstance(arg, list) and (not arg or isinstance(arg[0], Mention)):
            return arg
        if isinstance(arg, Mention):
            return [arg]
        if isinstance(arg, resolution.Figure):
            return [arg.m]
    return []


PURE = resolution.__file__ is not None and resolution.__file__.endswith(".py")
"""The pure modules run (a trace needs them: the compiled build binds its functions early)."""


def trace(text: str, lang: str | None = None, published: datetime.date | None = None) -> list[TraceRow]:
    """The claims of ``text`` with the rule and stage behind each measure."""
    if not PURE:
        raise RuntimeError("the trace patches the pure modules: run it with FACTCHECK_NATIVE=0")
    steps: dict[int, Step] = {}
    rows: list[TraceRow] = []
    with _patched(steps, rows):
        extractor.extract(text, lang, published=published)
    return rows
