"""Relabel the corpora's subjects by the gold author's naming conventions (issue 11, round 12).

The conventions (``tests/claims/extraction/corpora/README.md``, "Subject naming"):

- an infectious disease's case count is ``cases``, its status kept ("dengue cases" -> cases, "confirmed measles
  cases" -> confirmed cases); the diseases are the lexicon's ``[cues] unnamed_case_diseases``; "new" names no subset;
- temperatures name the scale alone ("degrees Celsius" -> celsius, "degrees Fahrenheit" -> fahrenheit);
- units take their canonical name ("tonnes" -> tons, "kilometres" -> km, "cubic metres" -> cubic meters);
- people poisoned are poisoning victims ("poisoned" -> poisoning victims) when a generic noun counts them ("57 warga
  mengalami keracunan"); a group of its own keeps its label ("418 pelajar keracunan": students; the noun right after
  the figure, a non-generic people noun of the lexicon's ``[nouns]``);
- a state picking out people comes before the noun ("people trapped" -> trapped people), and a bare state of
  ``GROUP_STATES`` takes the group's own noun when a non-generic people noun counts them (round 13: "17 penonton
  pingsan": fainted -> fainted spectators, "9 pengungsi kabur": escaped -> escaped refugees; "25 orang pingsan" stays;
  falling ill is no such state: "85 students fell ill" stay students);
- a nationality among the dead is "<adjective> dead" ("Egyptians among the dead" -> Egyptian dead).

Idempotent: a label already in the new convention is left as it is. Rewrites only the ``"subject": "..."`` lines of
every ``tests/claims/extraction/corpora/*.json`` (the files keep their layout; the n-th such line is the n-th claim)
and prints how many labels changed.
Run from the project root: ``.venv/bin/python scripts/relabel_subjects.py`` (``--dry-run`` to count only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
CORPORA: Final = ROOT / "tests" / "claims" / "extraction" / "corpora"
LEXICONS: Final = ROOT / "claims" / "extraction" / "lexicons"

FIXED: Final = {
    "degrees Celsius": "celsius",
    "degrees Fahrenheit": "fahrenheit",
    "tonnes": "tons",
    "kilometres": "km",
    "cubic metres": "cubic meters",
    "micrograms per cubic metre": "micrograms per cubic meter",
    "people trapped": "trapped people",
    "people buried": "buried people",
}
STATUSES: Final = ("new", "suspected", "confirmed", "probable", "possible", "active", "severe", "laboratory-confirmed")
"""Words a case label may open with; "new" names no subset and is dropped with the disease."""
AMONG_DEAD: Final = re.compile(r"^([A-Z][a-z]+)s among the dead$")
"""A plural demonym among the dead ("Egyptians among the dead", "Pakistanis among the dead")."""
SUBJECT_LINE: Final = re.compile(r'("subject": )"((?:[^"\\]|\\.)*)"')
POISONED: Final = ("poisoned", "poisoning victims")
GROUP_STATES: Final = ("fainted", "escaped")
"""Bare states that stand before the noun of the group they pick out (``[composed_labels.state_prefixes]``)."""
WORD: Final = re.compile(r"[\w-]+")
VERBOSE: list[bool] = []
"""Non-empty with ``--show``: print every changed label with its sentence."""


def group_labels() -> dict[str, dict[str, str]]:
    """Per language, the lower-cased non-generic people nouns of ``[nouns]`` and their labels ("siswa": students)."""
    found: dict[str, dict[str, str]] = {}
    for name in ("id", "en"):
        with (LEXICONS / f"{name}.toml").open("rb") as fh:
            nouns = tomllib.load(fh)["nouns"]
        found[name] = {
            w.lower(): info["label"]
            for w, info in nouns.items()
            if isinstance(info, dict) and info.get("class") == "people" and not info.get("generic")
        }
    return found


def poisoned_group(text: str, surface: str, groups: dict[str, str]) -> str | None:
    """The label of the non-generic people noun right after the figure ``surface`` in ``text``, None for none."""
    at = text.find(surface)
    word = WORD.search(text, at + len(surface)) if at >= 0 else None
    if word is None or text[at + len(surface) : word.start()].strip():
        return None
    return groups.get(word.group(0).lower())


def unnamed_diseases() -> frozenset[str]:
    """The lower-cased ``[cues] unnamed_case_diseases`` of both lexicons."""
    found: set[str] = set()
    for name in ("id", "en"):
        with (LEXICONS / f"{name}.toml").open("rb") as fh:
            found.update(v.lower() for v in tomllib.load(fh)["cues"].get("unnamed_case_diseases", []))
    return frozenset(found)


def relabel(label: str, diseases: frozenset[str]) -> str:
    """The label ``label`` takes under the conventions (module docstring); ``label`` itself when none applies."""
    if label in FIXED:
        return FIXED[label]
    among = AMONG_DEAD.match(label)
    if among is not None:
        return f"{among.group(1)} dead"
    words = label.split(" ")
    if len(words) < 2 or words[-1] != "cases":
        return label
    k = 0
    while k < len(words) - 1 and words[k] in STATUSES:
        k += 1
    kind = " ".join(words[k:-1])
    if not kind or kind.lower() not in diseases:
        return label
    return " ".join([w for w in words[:k] if w != "new"] + ["cases"])


def relabel_file(text: str, diseases: frozenset[str], groups: dict[str, dict[str, str]]) -> tuple[str, int]:
    """The corpus file ``text`` relabelled, and how many labels changed."""
    claims = iter([(case, claim) for case in json.loads(text) for claim in case["claims"] if "subject" in claim])
    changed = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        case, claim = next(claims)
        old = json.loads(f'"{match.group(2)}"')
        new = relabel(old, diseases)
        if new in POISONED:
            group = poisoned_group(case["text"], claim["surface"], groups.get(case["lang"], {}))
            new = group or "poisoning victims"
        elif new in GROUP_STATES and claim.get("measure") == "other":
            group = poisoned_group(case["text"], claim["surface"], groups.get(case["lang"], {}))
            new = f"{new} {group}" if group else new
        if new != old and VERBOSE:
            print(f"  {old!r} -> {new!r} | {case['text'][:110]}")
        if new == old:
            return match.group(0)
        changed += 1
        return f"{match.group(1)}{json.dumps(new, ensure_ascii=False)}"

    return SUBJECT_LINE.sub(swap, text), changed


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="count the labels that would change, write nothing")
    parser.add_argument("--show", action="store_true", help="print every changed label with its sentence")
    args = parser.parse_args()
    if args.show:
        VERBOSE.append(True)
    diseases, groups = unnamed_diseases(), group_labels()
    total = 0
    for path in sorted(CORPORA.glob("*.json")):
        out, changed = relabel_file(path.read_text(encoding="utf-8"), diseases, groups)
        if changed:
            print(f"{path.name}: {changed}")
            total += changed
            if not args.dry_run:
                path.write_text(out, encoding="utf-8")
    print(f"labels changed: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
