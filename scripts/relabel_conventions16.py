"""Relabel the corpora by the measure conventions settled in round 16 (issue 11).

The conventions (``tests/claims/extraction/corpora/README.md``, "Conventions settled (round 16)"), each the reading
of the author of the gold and held-out sets:

- a death "in hospital" (or after admission) that is the sentence's only figure of the dead is ``killed``, subject
  ``people`` ("41 people had died in hospital after being infected"; "treated 1,344 people ... and 37 of them died");
  beside a toll, another part of the dead or an increment it stays ``other``, a part by where they died;
- a part of a hospitalized whole in intensive care ("sekitar 15 di antaranya masih dirawat intensif") is ``other``,
  ``intensive care patients`` (the subject ``in intensive care`` takes that name too), and admissions beside it with
  no figure still in care are ``hospitalized``;
- a referral to a hospital ("dirujuk ke RSUD") is ``hospitalized``; a part of people already in care that is
  referred on (after "setelah mendapat perawatan ... pulang") is ``other``, referred;
- a morgue's or ambulance service's usual intake of bodies a day is ``other``, ``bodies a day``.

(Guests of a feast stay as labelled: attended by is ``participants``, as the gold's "a riverside festival attended by
about 45,000 people" and DESIGN's "attendees"; guests counted without a verb of attendance are ``other``.)

Idempotent: a label already in the convention is left as it is. Rewrites whole files in their own indentation and
prints how many labels changed per file. Run from the project root:
``.venv/bin/python scripts/relabel_conventions16.py`` (``--dry-run`` to count only, ``--show`` to print them).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any, Final

from corpus_relabel import Cases, relabel_files

CORPORA: Final = Path("tests/claims/extraction/corpora")
HOSPITAL_DEATH: Final = "died in hospital"
# other labels that are themselves a figure of the dead: beside one, a death in hospital is a part of the dead
DEATH_WORDS: Final = re.compile(r"\b(died|dead|deaths?|killed|meninggal|tewas)\b")
PART_LEAD: Final = re.compile(r"\b(includ\w*|among|termasuk)\s+(\w+\s+){0,3}$", re.I)
INTENSIVE_PART: Final = re.compile(
    r"^\s*(orang |siswa |pasien |warga |anak |of them |of whom )?(di antaranya )?(masih |kini |sedang )?"
    r"(dirawat intensif|(are |were |remain |remained )?in intensive care)",
    re.I,
)
PART_BEFORE: Final = re.compile(r"(di antaranya|of them|of whom)", re.I)
DEAD_ON_ARRIVAL: Final = re.compile(r"arrived dead|dead on arrival|brought dead|pronounced dead", re.I)
BODIES_A_DAY: Final = re.compile(r"^\s*(bodies|jenazah) (a|per|setiap) (day|hari)|^\s*bodies daily", re.I)
USUAL: Final = re.compile(r"\b(usually|normally|average|biasanya|rata-rata)\b", re.I)


REFERRAL: Final = re.compile(
    r"^\s*(orang |warga |siswa |pasien |korban \w+ )?(lainnya |lagi )?(yang \w+ \w+ \w+ )?dirujuk ke "
    r"(rs|rsud|rsup|rumah sakit)\b",
    re.I,
)
AFTER_CARE: Final = re.compile(r"setelah (mendapat|menjalani) perawatan[^.;]*(pulang)", re.I)
PART_OF_CARE: Final = re.compile(r"\b(dari \d+ [^,;]{0,40}yang (sempat )?dirawat|di antaranya|setelah ditangani)", re.I)


def _after(text: str, surface: str) -> str:
    i = text.find(surface)
    return text[i + len(surface) :] if i >= 0 else ""


def _before(text: str, surface: str) -> str:
    i = text.find(surface)
    return text[:i] if i >= 0 else ""


def _lone_death(case: dict[str, Any], claim: dict[str, Any]) -> bool:
    """Whether ``claim`` is the only figure of the dead of its sentence (no toll, no other part of the dead)."""
    for other in case["claims"]:
        if other is claim:
            continue
        label = str(other.get("subject") or "")
        if other["measure"] == "killed" or label == "increase" or DEATH_WORDS.search(label):
            return False
    return PART_LEAD.search(_before(case["text"], claim["surface"])) is None


def settle(case: dict[str, Any], claim: dict[str, Any]) -> tuple[str, str] | None:
    """The (measure, subject) the round-16 conventions give ``claim``, None when they leave it."""
    text, surface = case["text"], str(claim["surface"])
    measure, subject = claim["measure"], claim.get("subject")
    after = _after(text, surface)
    lone = _lone_death(case, claim) and not DEAD_ON_ARRIVAL.search(text)
    if measure == "other" and subject == HOSPITAL_DEATH and lone:
        return ("killed", "people")
    if measure == "other" and subject in ("in intensive care", "intensive care"):
        return ("other", "intensive care patients")
    if measure == "hospitalized" and INTENSIVE_PART.match(after) and PART_BEFORE.search(text):
        return ("other", "intensive care patients")
    if measure == "hospitalized" and REFERRAL.match(after) and AFTER_CARE.search(_before(text, surface)):
        return ("other", "referred")
    first_care = not AFTER_CARE.search(text) and not PART_OF_CARE.search(text)
    if measure == "other" and subject == "referred" and REFERRAL.match(after) and first_care:
        return ("hospitalized", "people")
    if measure == "killed" and BODIES_A_DAY.match(after) and USUAL.search(_before(text, surface)[-60:]):
        return ("other", "bodies a day")
    return None


def _admitted_whole(case: dict[str, Any], claim: dict[str, Any]) -> tuple[str, str] | None:
    """Admissions beside a part in intensive care and no figure still in care are hospitalized (DESIGN 4.1:
    admissions alone are hospitalized; the gold's "setidaknya 88 siswa dilarikan ke RSUD" before "Sekitar 25 siswa
    di antaranya masih dirawat intensif")."""
    if claim["measure"] != "other" or claim.get("subject") != "admitted":
        return None
    labels = [(c["measure"], c.get("subject")) for c in case["claims"]]
    if ("other", "intensive care patients") in labels and all(m != "hospitalized" for m, _ in labels):
        return ("hospitalized", "people")
    return None


def relabel(cases: list[dict[str, Any]], show: bool) -> int:
    changed = 0
    for case in cases:
        for claim in case["claims"] + case["claims"]:  # twice: a whole reads its parts' new labels
            new = settle(case, claim) or _admitted_whole(case, claim)
            if new is None or new == (claim["measure"], claim.get("subject")):
                continue
            if show:
                print(f"  {claim['measure']}/{claim.get('subject')} -> {new[0]}/{new[1]} | {case['text'][:110]}")
            claim["measure"], claim["subject"] = new
            changed += 1
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="count the labels that would change, write nothing")
    parser.add_argument("--show", action="store_true", help="print every changed label with its sentence")
    args = parser.parse_args()

    def relabel_file(path: Path, cases: Cases) -> int:
        changed = relabel(cases, args.show)
        if changed:
            print(f"{path.name}: {changed}")
        return changed

    total = relabel_files(sorted(CORPORA.glob("*.json")), relabel_file, args.dry_run)
    print(f"labels changed: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
