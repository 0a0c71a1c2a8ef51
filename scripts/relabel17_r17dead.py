"""Relabel the corpora by the conventions of the dead and hurt settled in round 17 (issue 11, helper r17dead).

The conventions (``tests/claims/extraction/corpora/README.md``, "Conventions settled (round 17)"), each the reading
of the author of the gold and held-out sets: an item of a toll's breakdown by cause is "deaths <by the cause>"; a
part of the dead that a state picks out is dead of that state ("unvaccinated deaths", "dead not on the manifest"); a
part of the dead counted by a group of its own is "<group> killed"; two places of death joined by "or" name one part
("died in hospital or en route"); a part of the injured picked out by what hurt it is named by the instrument
("gunshot casualties", "injured by stones").

Each change below names the corpus file, the sentence (a fragment of it), the figure's surface and the old and new
subject. Idempotent: a label already in the convention is left as it is. Rewrites whole files in each file's own
format (``json.dump(..., ensure_ascii=False)`` with its indentation and its final newline or none) and prints each
change. Run from the project root: ``.venv/bin/python scripts/relabel17_r17dead.py`` (``--dry-run`` to print only).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Final

from corpus_relabel import Cases, relabel_files

CORPORA: Final = Path("tests/claims/extraction/corpora")

CHANGES: Final = [
    # (file, fragment of the sentence, surface, old subject, new subject)
    ("h14id1.json", "tersengat listrik 4 orang", "4", "electrocuted", "deaths by electrocution"),
    ("h18id_h1.json", "enam di antaranya belum pernah diimunisasi", "enam", "unvaccinated", "unvaccinated deaths"),
    ("ide3.json", "13 dari 14 pasien yang meninggal", "13", "unvaccinated", "unvaccinated deaths"),
    ("idd4.json", "tidak masuk manifes", "2", "not on the manifest", "dead not on the manifest"),
    ("h12id_a3.json", "tidak tercantum dalam manifes", "Dua", "not on the manifest", "dead not on the manifest"),
    (
        "ida.json",
        "tidak tercantum dalam manifes kapal",
        "Dua",
        "victims not on the manifest",
        "dead not on the manifest",
    ),
    ("h9traffic1.json", "22 orang dewasa dan lima anak kecil", "22", "adults", "adults killed"),
    ("id_vary11.json", "263 di Antaranya Jemaah Reguler", "263", "regular pilgrims", "regular pilgrims killed"),
    (
        "id_vary8_2.json",
        "dua di antaranya tukang ojek",
        "dua",
        "motorcycle taxi drivers",
        "motorcycle taxi drivers killed",
    ),
    (
        "idh1.json",
        "meninggal dalam perjalanan atau dalam perawatan",
        "8",
        "died in hospital",
        "died in hospital or en route",
    ),
    ("idf1.json", "tujuh merupakan pekerja Indonesia", "tujuh", "Indonesian workers", "Indonesian workers killed"),
    # the members of one election body are named by it (the judge's "PPK members killed", "linmas guards killed")
    ("gate16id1.json", "11 anggota PPK diberhentikan", "11", "poll workers", "PPK members"),
    ("gate16id1.json", "Dua petugas linmas dilaporkan pingsan", "Dua", "fainted poll workers", "fainted linmas guards"),
    ("h17en_a1.json", "six had gunshot wounds", "six", "people shot", "gunshot casualties"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    by_file: dict[str, list[tuple[str, str, str, str]]] = {}
    for name, fragment, surface, old, new in CHANGES:
        by_file.setdefault(name, []).append((fragment, surface, old, new))

    def relabel(path: Path, cases: Cases) -> int:
        changed = 0
        for case in cases:
            for fragment, surface, old, new in by_file[path.name]:
                if fragment not in case["text"]:
                    continue
                for claim in case["claims"]:
                    if claim["surface"] == surface and claim["subject"] == old:
                        claim["subject"] = new
                        changed += 1
                        print(f"{path.name}: {surface!r} {old} -> {new} | {case['text'][:100]}")
        return changed

    relabel_files([CORPORA / name for name in sorted(by_file)], relabel, args.dry_run)


if __name__ == "__main__":
    main()
