"""Relabel the corpora by the subject conventions of things settled in round 17 (r17thing, issue 11).

The conventions (``tests/claims/extraction/corpora/README.md``, "Conventions settled (round 17)"), each the reading
of the author of the gold and held-out sets:

- a part of things burnt is ``burned ...`` (the author's spelling: "burned office buildings");
- a stadium's capacity is plain ``capacity`` ("Stadion berkapasitas 36.000 orang");
- a container counted with its content keeps the content ("420 paket sembako": ``food packages``);
- a thing is named by the noun the sentence uses: "412 anak panah" ``arrows`` (not weapons), "5,120 structures"
  ``structures`` (not buildings), "relief camps" and "posko kesehatan" (``health posts``) no shelters.

A label is changed only when the words right after the claim's surface in its sentence are the construction's (a
relabel needs the sentence, never the label alone). Idempotent: a label already in the convention is left as it is.
Rewrites whole files in their own indentation and prints each label changed. Run from the project root:
``.venv/bin/python scripts/relabel17_r17thing.py`` (``--dry-run`` to print only).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any, Final

from corpus_relabel import Cases, relabel_files

CORPORA: Final = Path("tests/claims/extraction/corpora")
BURNT: Final = "burnt "
# (old labels, the words right after the surface, the new label); the first rule that fits wins
RULES: Final = (
    (("stadium capacity",), re.compile(r""), "capacity"),
    (("weapons",), re.compile(r"^\s+(buah\s+)?panah dan anak panah\b", re.I), "weapons and arrows"),
    (("weapons",), re.compile(r"^\s+(buah\s+)?anak panah\b", re.I), "arrows"),
    (("packages", "food parcels"), re.compile(r"^\s+paket sembako\b", re.I), "food packages"),
    (("buildings",), re.compile(r"^\s+structures\b", re.I), "structures"),
    (("shelters",), re.compile(r"^\s+relief camps?\b", re.I), "relief camps"),
    (("shelters",), re.compile(r"^\s+(titik\s+)?pos(ko)? (kesehatan|medis)\b", re.I), "health posts"),
)


def new_label(text: str, claim: dict[str, Any]) -> str | None:
    """The label the conventions give the claim, None when they leave it."""
    subject, surface = claim.get("subject"), claim.get("surface") or ""
    at = text.find(surface) if surface else -1
    after = text[at + len(surface) :] if at >= 0 else ""
    if isinstance(subject, str) and subject.startswith(BURNT):
        return "burned " + subject[len(BURNT) :]  # the author's spelling: "burned office buildings"
    for olds, pattern, label in RULES:
        if subject in olds and (at >= 0 or not pattern.pattern) and pattern.search(after):
            return label
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    total = relabel_files(sorted(CORPORA.glob("*.json")), relabel, args.dry_run)
    print(f"{total} labels changed")
    return 0


def relabel(path: Path, cases: Cases) -> int:
    changed = 0
    for case in cases:
        for claim in case.get("claims", []):
            label = new_label(case["text"], claim)
            if label is not None and label != claim.get("subject"):
                print(f"{path.name}: {claim['surface']!r} {claim.get('subject')} -> {label}")
                claim["subject"] = label
                changed += 1
    return changed


if __name__ == "__main__":
    sys.exit(main())
