"""Relabel the corpora by the health-copy subject conventions settled in round 17 (issue 11, r17health).

The conventions (``tests/claims/extraction/corpora/README.md``, "Conventions settled (round 17)"), each the reading of
the author of the gold and held-out sets, for the free subjects of ``other`` figures:

- a referral of patients is ``patients referred to hospital`` (was ``referred`` or ``referred to hospital``);
- a part in cardiac arrest is ``cardiac arrest patients`` (as ``intensive care patients``; was ``in cardiac arrest``);
- people treated for a condition, or who received treatment, are ``treated people`` (was ``treated``, ``people
  treated``, ``treated for heat exhaustion`` and the like); care by an act or at a place ("ditangani di puskesmas",
  "kami infus", "menangani 34 pasien") keeps its label (the author's 2 rows, ``patients``, adopt nothing);
- people whose own predicate is complaints of symptoms only ("mengeluh mual dan pusing", "yang mengalami gejala",
  "muntah-muntah") are ``<group> with symptoms``: their own group noun, else the group of the whole they are taken
  from, else ``people`` (was ``symptomatic``, the bare group, or the symptom).

Idempotent: a label already in the convention is left as it is. Rewrites whole files in their own format and prints
every label changed. Run from the project root: ``.venv/bin/python scripts/relabel17_r17health.py`` (``--dry-run``
to print only).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any, Final

from corpus_relabel import Cases, relabel_files

CORPORA: Final = Path("tests/claims/extraction/corpora")
REFERRED: Final = "patients referred to hospital"
RENAMES: Final = {
    "referred": REFERRED,
    "referred to hospital": REFERRED,
    "in cardiac arrest": "cardiac arrest patients",
}
TREATED: Final = "treated people"
TREATED_OLD: Final = frozenset(
    {"treated", "people treated", "treated for heat exhaustion", "treated for smoke inhalation", "treated for tear gas"}
)
# received care, or treated for a condition (the author's "mendapat perawatan karena kelelahan", "treated for heat
# stress at field clinics")
TREATED_CUE: Final = re.compile(
    r"mendapat(kan)? (perawatan|penanganan)|\btreated\b[^.;]{0,60}\bfor\b|\breceived treatment\b|\bTreated\b", re.I
)
# care by an act or a place (the author's "ditangani di puskesmas", "kami infus": patients, not adopted), rates and
# seeking care
TREATED_NOT: Final = re.compile(r"ditangani|menangani|infus|diobati|sought|harus menangani", re.I)
SYMPTOM_OLD: Final = frozenset({"symptomatic", "students", "children", "people", "vomiting"})
SYMPTOM_AFTER: Final = re.compile(
    r"^\s*(?:orang )?(siswa |anak )?(?:yang |di antaranya )?(?:juga |kemudian )?"
    r"((mengeluh(kan)?|mengalami|menunjukkan) )?"
    r"((mual|pusing|muntah(-muntah)?|gatal(-gatal)?|gejala|bergejala|nyeri perut|sakit perut|sakit kepala)"
    r"(, | dan |,? serta )?)+"
    r"(\s*[.,;\"]|\s+(setelah|usai|sesudah|seusai|sejak|akibat|karena)\b)"
)
OWN_GROUPS: Final = {"siswa": "students", "anak": "children"}
WHOLE_GROUP: Final = re.compile(r"\b\d[\d.]*\s+(orang\s+)?(siswa|pelajar|murid)\b")


def symptom_label(text: str, surface: str, subject: str) -> str | None:
    """``<group> with symptoms`` for a figure whose own predicate is complaints of symptoms only, else None."""
    at = text.find(surface)
    if at < 0 or subject not in SYMPTOM_OLD:
        return None
    after = text[at + len(surface) :]
    found = SYMPTOM_AFTER.match(after)
    if found is None:
        return None
    own = found.group(1)
    if own is not None and own.strip() in OWN_GROUPS:
        return f"{OWN_GROUPS[own.strip()]} with symptoms"
    return "students with symptoms" if WHOLE_GROUP.search(text[:at]) else "people with symptoms"


def relabel(claim: dict[str, Any], text: str) -> str | None:
    """The claim's new subject under the round-17 health conventions, None when it keeps its own."""
    if claim.get("measure") != "other":
        return None
    subject = claim.get("subject")
    if subject in RENAMES:
        return RENAMES[subject]
    if subject in TREATED_OLD and TREATED_CUE.search(text) and not TREATED_NOT.search(text):
        return TREATED
    if subject is not None:
        return symptom_label(text, claim["surface"], subject)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    args = parser.parse_args()
    total = relabel_files(sorted(CORPORA.glob("*.json")), _relabel_file, args.dry_run)
    print(f"{total} labels changed")


def _relabel_file(path: Path, cases: Cases) -> int:
    changed = 0
    for case in cases:
        for claim in case.get("claims", []):
            new = relabel(claim, case["text"])
            if new is not None and new != claim.get("subject"):
                print(f"{path.name}: {claim['surface']!r} {claim.get('subject')} -> {new}")
                claim["subject"] = new
                changed += 1
    return changed


if __name__ == "__main__":
    main()
