"""Relabel the corpora to the round-17 state conventions (README "Conventions settled (round 17)", r17state).

Falling ill and abduction name the state before the group's own noun, "sick people" / "abducted people" by a generic
noun. A corpus claim labelled bare ``sick`` or ``abducted`` takes the composed label the core now gives the same
figure (same measure and bounds in the same sentence) when that label composes the same state; a claim the core
labels otherwise (symptoms: "15 reported vomiting", "showed signs of sickness") keeps its label. Idempotent; prints
what it changes. Run from the project root: ``FACTCHECK_NATIVE=0 .venv/bin/python scripts/relabel17_r17state.py``.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extraction import extract

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "claims" / "extraction" / "corpora"
STATES = ("sick", "abducted")


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def main() -> None:
    changed = 0
    for path in sorted(CORPORA.glob("*.json")):
        raw = path.read_text(encoding="utf-8")
        cases = json.loads(raw)
        indent = len(raw.split("\n", 2)[1]) - len(raw.split("\n", 2)[1].lstrip()) if "\n" in raw else 1
        dirty = False
        for case in cases:
            claims = [c for c in case["claims"] if c.get("subject") in STATES and c["measure"] == "other"]
            if not claims:
                continue
            pred = extract(case["text"], lang=case["lang"])
            for c in claims:
                same = (p for p in pred if p.measure == "other" and _same(p.low, c["low"]) and _same(p.high, c["high"]))
                hit = next(same, None)
                if hit is None or hit.subject is None or not hit.subject.startswith(c["subject"] + " "):
                    continue
                print(f"{path.name}: {c['surface']!r} {c['subject']} -> {hit.subject}")
                c["subject"], dirty, changed = hit.subject, True, changed + 1
        if dirty:
            with path.open("w", encoding="utf-8") as f:
                json.dump(cases, f, ensure_ascii=False, indent=indent or 1)
                f.write("\n")
    print(f"{changed} labels changed")


if __name__ == "__main__":
    main()
