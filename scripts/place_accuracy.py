"""Place accuracy per language over corpus files, matched as ../shared/tools/score_extraction.py matches.

Usage, from the project root:
    FACTCHECK_NATIVE=0 .venv/bin/python scripts/place_accuracy.py [-v] tests/claims/extraction/corpora/*.json
With -v it prints every mismatch (want vs got) with its sentence.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from typing import Any


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_extraction", "../shared/tools/score_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(args: list[str]) -> None:
    sys.path.insert(0, os.getcwd())
    from claims.extraction import extract

    se = _scorer()
    verbose = "-v" in args
    totals: dict[str, list[int]] = {}
    for path in (a for a in args if a != "-v"):
        with open(path, encoding="utf-8") as f:
            cases = json.load(f)
        for case in cases:
            text, lang = case["text"], case.get("lang")
            pred = [se.as_dict(c) for c in extract(text, lang=lang)]
            used: set[int] = set()
            for g in case.get("claims", []):
                hit = next(
                    (
                        i
                        for i, p in enumerate(pred)
                        if i not in used
                        and p.get("measure") == g["measure"]
                        and se.same_number(se.num(p.get("low")), se.num(g["low"]))
                        and se.same_number(se.num(p.get("high")), se.num(g.get("high")))
                    ),
                    None,
                )
                if hit is None:
                    continue
                used.add(hit)
                want, got = se.place_key(g.get("place")), se.place_key(pred[hit].get("place"))
                if want or got:
                    good = se.same_place(want, got)
                    total = totals.setdefault(lang, [0, 0])
                    total[0] += good
                    total[1] += 1
                    if verbose and not good:
                        print(f"{os.path.basename(path)} | {g['surface']!r} want={g.get('place')!r}", end="")
                        print(f" got={pred[hit].get('place')!r} || {text}")
    for lang, (ok, n) in sorted(totals.items()):
        print(f"{lang}: place={ok / n if n else 1.0:.3f} ({ok}/{n})")


if __name__ == "__main__":
    main(sys.argv[1:])
