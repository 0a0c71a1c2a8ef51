"""Relabel the corpora's subjects by the gold author's naming conventions (issue 11, round 12).

The conventions (``tests/claims/extraction/corpora/README.md``, "Subject naming"):

- an infectious disease's case count is ``cases``, its status kept ("dengue cases" -> cases, "confirmed measles
  cases" -> confirmed cases); the diseases are the lexicon's ``[cues] unnamed_case_diseases``; "new" names no subset;
- temperatures name the scale alone ("degrees Celsius" -> celsius, "degrees Fahrenheit" -> fahrenheit);
- units take their canonical name ("tonnes" -> tons, "kilometres" -> km, "cubic metres" -> cubic meters);
- people poisoned are poisoning victims ("poisoned" -> poisoning victims) when a generic noun counts them ("57 warga
  mengalami keracunan"); a group of its own keeps its label ("418 pelajar keracunan": students; the noun right after
  the figure, a non-generic people noun of the lexicon's ``[nouns]``);
- a state picking out people comes before the noun ("people trapped" -> trapped people); fainting
  (``[composed_labels.state_prefixes] fainted``) said of people a non-generic people noun counts right after the figure
  names both (round 13: "17 penonton pingsan": fainted -> fainted spectators, "Dua petugas linmas dilaporkan
  pingsan": fainted -> fainted poll workers, "25 pengunjung yang pingsan": visitors -> fainted visitors; "25 orang
  pingsan" stays fainted; falling ill and escape are no such states);
- a state verb right before a figure of an open group names the state before the group's noun (round 14: "menimbun
  lima petani": buried people -> buried farmers; ``[composed_labels.state_verbs]``, ``verb_state``);
- people let go from hospital are discharged patients (round 14: "discharged" -> discharged patients);
- people still sought after an escape or a crime are fugitives, whatever group counts them (round 14: "suspects at
  large" -> fugitives; Indonesian "wanted" people of a DPO list -> fugitives);
- a nationality among the dead is "<adjective> dead" ("Egyptians among the dead" -> Egyptian dead);
- an ``other`` item of a breakdown of a killed figure labelled by a group of its own names that they were killed
  (round 13: "menewaskan 14 orang, terdiri dari 10 pekerja Indonesia dan 4 ...": Indonesian workers -> Indonesian
  workers killed; ``KILLED_LEAD``, ``killed_items``).

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
from functools import cache
from pathlib import Path
from typing import Any, Final

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
    # round 14: people of any group still sought after an escape or a crime are fugitives (gold and corpora 6: "the
    # other three are still at large", "6,286 remain at large", "86 inmates are at large", "dua pelaku lain masih
    # buron"; none names them by their group or as suspects at large)
    "suspects at large": "fugitives",
    # round 14: people let go from hospital are discharged patients (gold 3: "38 teman sekelasnya telah diperbolehkan
    # pulang", "Tiga dari lima korban luka ... telah diperbolehkan pulang", "eight of the 23 pupils ... had been sent
    # home"; none writes "discharged" alone)
    "discharged": "discharged patients",
    "released from hospital": "discharged patients",
    "escaped prisoners at large": "fugitives",
}
FUGITIVE_ID: Final = frozenset({"wanted", "wanted people", "wanted suspects"})
"""Indonesian labels of people on a wanted list (DPO, "masih memburu n orang"): fugitives, as the lexicon's "dpo"
reads them (round 14); English "47 wanted suspects" (a warrant list, nobody escaped) keeps its label."""
STATUSES: Final = ("new", "suspected", "confirmed", "probable", "possible", "active", "severe", "laboratory-confirmed")
"""Words a case label may open with; "new" names no subset and is dropped with the disease."""
AMONG_DEAD: Final = re.compile(r"^([A-Z][a-z]+)s among the dead$")
"""A plural demonym among the dead ("Egyptians among the dead", "Pakistanis among the dead")."""
SUBJECT_LINE: Final = re.compile(r'("subject": )"((?:[^"\\]|\\.)*)"')
POISONED: Final = ("poisoned", "poisoning victims")
GROUP_STATES: Final = ("fainted",)
"""States that stand before the noun of the group they pick out (keys of ``[composed_labels.state_prefixes]``)."""
STATE_SKIPS: Final = frozenset({"yang", "dilaporkan", "sempat", "who", "were", "had", "have", "reportedly"})
"""Words that may stand between a group's noun and its state ("35 pengunjung yang pingsan")."""
WORD: Final = re.compile(r"[\w-]+")
KILLED_LEAD: Final = re.compile(r"^[\w ]{0,40}?,? (?:terdiri (?:atas|dari)|yakni|yaitu|including|comprising)\b")
"""What may stand between a killed figure and the first item of its breakdown ("orang, terdiri atas")."""
VERBOSE: list[bool] = []
"""Non-empty with ``--show``: print every changed label with its sentence."""
VERB_STATES: dict[str, dict[str, str]] = {}
"""``state_verbs()``, filled by ``main``."""
STATE_WORDS: dict[str, dict[str, list[list[str]]]] = {}
"""``state_words()``, filled by ``main``."""
LANGUAGES: Final = ("id", "en")


@cache
def lexicon(name: str) -> dict[str, Any]:
    """The parsed lexicon TOML of the language ``name``, read once."""
    with (LEXICONS / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def group_labels() -> dict[str, dict[str, str]]:
    """Per language, the lower-cased non-generic people nouns of ``[nouns]`` and their labels ("siswa": students)."""
    found: dict[str, dict[str, str]] = {}
    for name in LANGUAGES:
        nouns = lexicon(name)["nouns"]
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


def state_words() -> dict[str, dict[str, list[list[str]]]]:
    """Per language, the phrases (as word lists) of each ``GROUP_STATES`` state and the generic people nouns."""
    found: dict[str, dict[str, list[list[str]]]] = {}
    for name in LANGUAGES:
        lex = lexicon(name)
        prefixes = lex.get("composed_labels", {}).get("state_prefixes", {})
        found[name] = {state: [p.lower().split() for p in prefixes.get(state, [])] for state in GROUP_STATES}
        found[name]["_generic"] = [
            [w.lower()]
            for w, info in lex["nouns"].items()
            if isinstance(info, dict) and info.get("class") == "people" and info.get("generic")
        ]
    return found


def state_group(text: str, surface: str, groups: dict[str, str], phrases: dict[str, list[list[str]]]) -> str | None:
    """ "17 penonton pingsan", "Dua petugas linmas dilaporkan pingsan": the ``GROUP_STATES`` label composed with the
    first non-generic people noun within three words after the figure ``surface``, when the state's phrase follows
    it (past ``STATE_SKIPS``); None otherwise."""
    at = text.find(surface)
    if at < 0:
        return None
    words = [w.lower() for w in WORD.findall(text[at + len(surface) :])[:12]]
    generic = {p[0] for p in phrases["_generic"]}
    k, group = 0, None
    while k < min(3, len(words)) and group is None:
        if words[k] in groups:
            group = groups[words[k]]
        elif words[k] not in generic:
            return None
        k += 1
    while k < len(words) and words[k] in STATE_SKIPS:
        k += 1
    for state in GROUP_STATES:
        if group is not None and any(words[k : k + len(p)] == p for p in phrases[state]):
            return f"{state} {group}"
    return None


def state_verbs() -> dict[str, dict[str, str]]:
    """Per language, the lower-cased verbs of ``[composed_labels.state_verbs]`` and their states ("menimbun":
    buried)."""
    found: dict[str, dict[str, str]] = {}
    for name in LANGUAGES:
        table = lexicon(name).get("composed_labels", {}).get("state_verbs", {})
        # a state whose group keeps its own noun (round 17: "rescued 56 migrants" is migrants) is relabelled by
        # scripts/relabel17_r17state.py, which knows the exception of people already in danger
        kept = set(lexicon(name).get("cues", {}).get("group_kept_states", []))
        found[name] = {verb.lower(): state for state, verbs in table.items() if state not in kept for verb in verbs}
    return found


def verb_state(text: str, surface: str, groups: dict[str, str], verbs: dict[str, str]) -> str | None:
    """ "Longsor menimbun lima petani": the state of the verb right before the figure ``surface`` composed with the
    non-generic people noun right after it (buried farmers; round 14); None when either is missing."""
    at = text.find(surface)
    before = WORD.findall(text[:at]) if at > 0 else []
    state = verbs.get(before[-1].lower()) if before else None
    group = poisoned_group(text, surface, groups) if state is not None else None
    return f"{state} {group}" if group is not None else None


def killed_items(case: dict[str, object], group_values: set[str]) -> set[int]:
    """Indexes in ``case["claims"]`` of the ``other`` group items of a breakdown right after a killed figure."""
    text, claims = str(case["text"]), list(case["claims"])  # type: ignore[call-overload]
    found: set[int] = set()
    for i, whole in enumerate(claims):
        at = text.find(whole["surface"]) if whole.get("measure") == "killed" else -1
        lead = KILLED_LEAD.match(text[at + len(whole["surface"]) :]) if at >= 0 else None
        if lead is None:
            continue
        pos = at + len(whole["surface"]) + lead.end()
        for j in range(i + 1, len(claims)):
            item = claims[j]
            nxt = text.find(item["surface"], pos)
            if nxt < 0 or any(ch in text[pos:nxt] for ch in ".;"):
                break
            label = item.get("subject") or ""
            if item.get("measure") == "other" and any(label.endswith(g) for g in group_values):
                found.add(j)
            pos = nxt + len(item["surface"])
    return found


def unnamed_diseases() -> frozenset[str]:
    """The lower-cased ``[cues] unnamed_case_diseases`` of both lexicons."""
    found: set[str] = set()
    for name in LANGUAGES:
        found.update(v.lower() for v in lexicon(name)["cues"].get("unnamed_case_diseases", []))
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
    cases = json.loads(text)
    killed = {(id(case), j) for case in cases for j in killed_items(case, set(groups.get(case["lang"], {}).values()))}
    claims = iter(
        [
            (case, claim, (id(case), j) in killed)
            for case in cases
            for j, claim in enumerate(case["claims"])
            if "subject" in claim
        ]
    )
    changed = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        case, claim, killed_item = next(claims)
        lang, sentence, surface = case["lang"], case["text"], claim["surface"]
        own_groups, other = groups.get(lang, {}), claim.get("measure") == "other"
        old = json.loads(f'"{match.group(2)}"')
        new = relabel(old, diseases)
        if lang == "id" and new in FUGITIVE_ID:
            new = "fugitives"
        if killed_item and not new.endswith(" killed"):
            new = f"{new} killed"
        if new in POISONED:
            new = poisoned_group(sentence, surface, own_groups) or "poisoning victims"
        elif other and (verbed := verb_state(sentence, surface, own_groups, VERB_STATES[lang])):
            new = verbed
        elif other and (new in GROUP_STATES or new in own_groups.values()):
            new = state_group(sentence, surface, own_groups, STATE_WORDS[lang]) or new
        if new != old and VERBOSE:
            print(f"  {old!r} -> {new!r} | {sentence[:110]}")
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
    STATE_WORDS.update(state_words())
    VERB_STATES.update(state_verbs())
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
