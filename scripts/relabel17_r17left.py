"""Relabel the corpora by a reading settled in round 17 (issue 11, helper r17left).

- Two coordinated predicates of state, the first an injury ("41 people had been injured and hospitalised", "27 orang
  lainnya mengalami luka-luka dan kini dirawat di RSUD"): the figure counts the injured, ``injured`` (the author's
  row in news_id: "27 orang lainnya mengalami luka-luka dan kini dirawat", judged by its first predicate; our
  corpora 14 rows injured, 1 hospitalized).

(The death of people taken to hospital with no toll beside it, "taken to three hospitals, where two of them died",
is round 16's convention: ``scripts/relabel_conventions16.py`` relabels it.)

Idempotent; prints what it changes. Run from the project root: ``.venv/bin/python scripts/relabel17_r17left.py``
(``--dry-run`` to count only).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any, Final

from corpus_relabel import Cases, relabel_files

CORPORA: Final = Path("tests/claims/extraction/corpora")
INJURED_THEN_CARE: Final = re.compile(
    r"^\W*(\w+ ){0,3}?(had |have |has )?(been |were |was |are )?(injured|wounded|hurt) and "
    r"(hospitali[sz]ed|admitted|taken to (the )?hospitals?)"
    r"|^\W*(\w+ ){0,3}?(mengalami |menderita )?(luka-luka|luka|terluka|cedera) (dan|serta) (kini |sudah |telah )?"
    r"(dirawat|dilarikan|dibawa)",
    re.I,
)


def settle(case: dict[str, Any], claim: dict[str, Any]) -> tuple[str, str] | None:
    if claim["measure"] != "hospitalized":
        return None
    text, surface = case["text"], claim["surface"]
    i = text.find(surface)
    if i < 0 or not INJURED_THEN_CARE.search(text[i + len(surface) :]):
        return None
    return "injured", claim.get("subject") or "people"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="count the labels that would change, write nothing")
    args = parser.parse_args()
    total = relabel_files(sorted(CORPORA.glob("*.json")), relabel, args.dry_run)
    print(f"labels changed: {total}")
    return 0


def relabel(path: Path, cases: Cases) -> int:
    changed = 0
    for case in cases:
        for claim in case["claims"]:
            new = settle(case, claim)
            if new is None or new == (claim["measure"], claim.get("subject")):
                continue
            print(f"  {path.name}: {claim['measure']} -> {new[0]} | {claim['surface']} | {case['text'][:100]}")
            claim["measure"], claim["subject"] = new
            changed += 1
    return changed


if __name__ == "__main__":
    sys.exit(main())
