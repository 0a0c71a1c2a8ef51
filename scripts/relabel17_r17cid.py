"""Relabel corpus claims to the round-17 (r17cid) reading of a toll broken down into parts of several measures.

A whole whose breakdown after a lead ("terdiri dari", "dengan rincian") holds the dead and the missing or hurt is
no toll of one measure: ``other``, ``casualties``, as the author's rows label it ("Total korban ... 452 orang, dengan
rincian 133 meninggal dunia dan 319 luka-luka"; "61 orang di atas speedboat, dengan rincian 12 meninggal dunia, 46
selamat dan tiga orang masih dicari": other; "korban meninggal dan hilang mencapai 1.940 orang": other; none
labels such a whole killed). Idempotent: it prints what it changes and changes nothing on a second run.
"""

from __future__ import annotations

import json
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "claims" / "extraction" / "corpora"

# (file stem, text start, surface, old measure) -> (measure, subject)
CHANGES: dict[tuple[str, str, str, str], tuple[str, str]] = {
    ("idl4", "Sementara dalam data tahap 1, jumlah total korban jiwa sebanyak 3.512", "3.512", "killed"): (
        "other",
        "casualties",
    ),
}


def main() -> None:
    for (stem, start, surface, old), (measure, subject) in CHANGES.items():
        path = CORPORA / f"{stem}.json"
        cases = json.loads(path.read_text(encoding="utf-8"))
        changed = False
        for case in cases:
            if not case["text"].startswith(start):
                continue
            for claim in case["claims"]:
                if claim["surface"] == surface and claim["measure"] == old:
                    print(f"{stem}: {surface!r} {old}/{claim['subject']} -> {measure}/{subject}")
                    claim["measure"], claim["subject"] = measure, subject
                    changed = True
        if changed:
            path.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
