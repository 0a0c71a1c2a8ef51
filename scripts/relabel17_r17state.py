"""Relabel the corpora to the round-17 state conventions (README "Conventions settled (round 17)", r17state).

Falling ill, abduction and an active rescue name the state before the group's own noun ("sick pilgrims", "abducted
pupils", "rescued fishermen"); by a generic noun "sick people", "abducted people" and "rescued" alone; "believed
buried" people are buried people. Two passes, both idempotent; the script prints what it changes:

- labels that already name the group and the state in other words: "<group> taken ill", "ill <group>" and "fell
  ill" become "sick <group>" / "sick people";
- a claim whose label is an older form of the construction (``OLD``: the bare state, "survivors" of an active rescue,
  "cases" or "people" of "sickened N others", the group's own label) takes the composed label the core now gives the
  same figure (same measure and bounds in the same sentence), when that label composes one of the adopted states.
  Other labels stay (a whole of guests, a named disease's cases: "warga yang terkena ISPA").

Run from the project root: ``FACTCHECK_NATIVE=0 .venv/bin/python scripts/relabel17_r17state.py``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_relabel import Cases, relabel_files

from claims.extraction import extract

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "claims" / "extraction" / "corpora"
STATES = ("sick", "abducted", "rescued", "buried")
RESCUE_VERBS = {"rescued", "pulled", "plucked", "saved", "menyelamatkan", "mengevakuasi"}
OLD = {
    "sick": {"sick", "cases", "people"},
    "abducted": {"abducted"},
    "rescued": {"survivors"},
    "buried": {"people feared dead"},
}


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _rescue_object(text: str, surface: str) -> bool:
    """The figure ``surface`` is the object of an active verb of rescue ("rescued 58 people", "menyelamatkan 41
    orang"): the construction adopted; the passive ("248 orang berhasil dievakuasi") keeps survivors."""
    before = text.split(surface, 1)[0].split()
    return bool(before) and before[-1].lower() in RESCUE_VERBS


def _bounds(p: Any, c: dict[str, Any]) -> bool:
    """The predicted claim ``p`` has the bounds of the corpus claim ``c``."""
    return _same(p.low, c["low"]) and _same(p.high, c["high"])


def _old_form(gold: str, new: str | None, case: dict[str, Any], c: dict[str, Any]) -> bool:
    """``gold`` is an older form of the core's composed label ``new`` (a rescue only after its active verb)."""
    if new is None or not _composed(gold, new):
        return False
    return not (new.split()[0] == "rescued" and not _rescue_object(case["text"], c["surface"]))


def _renamed(label: str) -> str | None:
    """ "poll workers taken ill", "ill pilgrims", "people taken ill", "fell ill": the sick label of the same group."""
    if label == "fell ill":
        return "sick people"
    if label.endswith(" taken ill"):
        return "sick " + label.removesuffix(" taken ill")
    if label.startswith("ill "):
        return "sick " + label.removeprefix("ill ")
    return None


def _composed(gold: str, new: str | None) -> bool:
    """The core's label ``new`` composes an adopted state, and ``gold`` is an older form of it."""
    if new is None:
        return False
    state = next((st for st in STATES if new == st or new.startswith(st + " ")), None)
    if state is None or gold == new:
        return False
    group = new.removeprefix(state).strip()
    return gold in OLD[state] or (group != "people" and gold == group)


def _relabel_file(path: Path, cases: Cases) -> int:
    changed = 0
    for case in cases:
        pred = None
        for c in case["claims"]:
            gold = c.get("subject")
            if c["measure"] != "other" or gold is None:
                continue
            label = _renamed(gold)
            if label is None or gold == "fell ill":  # "Seventy-two pupils fell ill": the core's sick pupils
                if pred is None:
                    pred = extract(case["text"], lang=case["lang"])
                core = next((p.subject for p in pred if p.measure == "other" and _bounds(p, c)), None)
                if label is not None:
                    label = core if core is not None and core.startswith("sick ") else label
                elif core is not None and _old_form(gold, core, case, c):
                    label = core
            if label is None or label == gold:
                continue
            print(f"{path.name}: {c['surface']!r} {gold} -> {label}")
            c["subject"], changed = label, changed + 1
    return changed


def main() -> None:
    changed = relabel_files(sorted(CORPORA.glob("*.json")), _relabel_file)
    print(f"{changed} labels changed")


if __name__ == "__main__":
    main()
