"""Relabel corpus claims to the round-17 (r17cid) reading of a toll broken down into parts of several measures.

A whole whose breakdown after a lead ("terdiri dari", "dengan rincian") holds the dead and the missing or hurt is
no toll of one measure: ``other``, ``casualties``, as the author's rows label it ("Total korban ... 452 orang, dengan
rincian 133 meninggal dunia dan 319 luka-luka"; "61 orang di atas speedboat, dengan rincian 12 meninggal dunia, 46
selamat dan tiga orang masih dicari": other; "korban meninggal dan hilang mencapai 1.940 orang": other; none
labels such a whole killed). Idempotent: it prints what it changes and changes nothing on a second run.
"""

from __future__ import annotations

from pathlib import Path

from corpus_relabel import Cases, relabel_files

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "claims" / "extraction" / "corpora"

# (file stem, text start, surface, old measure) -> (measure, subject)
CHANGES: dict[tuple[str, str, str, str], tuple[str, str]] = {
    ("idl4", "Sementara dalam data tahap 1, jumlah total korban jiwa sebanyak 3.512", "3.512", "killed"): (
        "other",
        "casualties",
    ),
}


def relabel(path: Path, cases: Cases) -> int:
    changed = 0
    for (stem, start, surface, old), (measure, subject) in CHANGES.items():
        if stem != path.stem:
            continue
        for case in cases:
            if not case["text"].startswith(start):
                continue
            for claim in case["claims"]:
                if claim["surface"] == surface and claim["measure"] == old:
                    print(f"{stem}: {surface!r} {old}/{claim['subject']} -> {measure}/{subject}")
                    claim["measure"], claim["subject"] = measure, subject
                    changed += 1
    return changed


def main() -> None:
    relabel_files([CORPORA / f"{stem}.json" for stem in sorted({key[0] for key in CHANGES})], relabel)


if __name__ == "__main__":
    main()
