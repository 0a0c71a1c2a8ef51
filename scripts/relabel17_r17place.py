"""Round 17 (r17place): relabel our corpora where they follow another place convention than the author's rows.

A breakdown by care site is a breakdown by place even with no total in the sentence and with a lower-case kind of
site before the name (the author's rows: "87 jemaah dirawat di Klinik Kesehatan Haji Indonesia (KKHI) Makkah dan 23
lainnya di rumah sakit Arab Saudi", both places set; our h9covid3 and a18id_b1 rows already read so). Idempotent: it
prints what it changes and rewrites only the files it changes.

Usage, from the project root: .venv/bin/python scripts/relabel17_r17place.py
"""

from __future__ import annotations

from pathlib import Path

from corpus_relabel import Cases, relabel_files

CORPORA = Path("tests/claims/extraction/corpora")

# (file, start of the sentence, surface, place as written)
PLACES = [
    ("id_vary11.json", "Per Senin (17/6), sebanyak 412 jemaah", "412", "Klinik Kesehatan Haji Indonesia (KKHI)"),
    ("id_vary11.json", "Per Senin (17/6), sebanyak 412 jemaah", "96", "rumah sakit Arab Saudi"),
    ("id_vary11.json", "Jemaah yang dirawat di rumah sakit Arab Saudi per Senin", "96", "rumah sakit Arab Saudi"),
    ("id_vary11.json", "Jemaah yang dirawat di rumah sakit Arab Saudi per Senin", "412", "KKHI"),
]


def relabel(path: Path, cases: Cases) -> int:
    changed = 0
    for file, start, surface, place in PLACES:
        if file != path.name:
            continue
        for case in cases:
            if not case["text"].startswith(start):
                continue
            for claim in case["claims"]:
                if claim["surface"] == surface and claim.get("place") != place:
                    print(f"{file}: {surface!r} place {claim.get('place')!r} -> {place!r} | {case['text'][:90]}")
                    claim["place"] = place
                    changed += 1
    return changed


def main() -> None:
    relabel_files([CORPORA / name for name in sorted({row[0] for row in PLACES})], relabel)


if __name__ == "__main__":
    main()
