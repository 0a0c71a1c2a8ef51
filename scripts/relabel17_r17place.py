"""Round 17 (r17place): relabel our corpora where they follow another place convention than the author's rows.

A breakdown by care site is a breakdown by place even with no total in the sentence and with a lower-case kind of
site before the name (the author's rows: "87 jemaah dirawat di Klinik Kesehatan Haji Indonesia (KKHI) Makkah dan 23
lainnya di rumah sakit Arab Saudi", both places set; our h9covid3 and a18id_b1 rows already read so). Idempotent: it
prints what it changes and rewrites only the files it changes.

Usage, from the project root: .venv/bin/python scripts/relabel17_r17place.py
"""

from __future__ import annotations

import json
from pathlib import Path

CORPORA = Path("tests/claims/extraction/corpora")

# (file, start of the sentence, surface, place as written)
PLACES = [
    ("id_vary11.json", "Per Senin (17/6), sebanyak 412 jemaah", "412", "Klinik Kesehatan Haji Indonesia (KKHI)"),
    ("id_vary11.json", "Per Senin (17/6), sebanyak 412 jemaah", "96", "rumah sakit Arab Saudi"),
    ("id_vary11.json", "Jemaah yang dirawat di rumah sakit Arab Saudi per Senin", "96", "rumah sakit Arab Saudi"),
    ("id_vary11.json", "Jemaah yang dirawat di rumah sakit Arab Saudi per Senin", "412", "KKHI"),
]


def main() -> None:
    for name in sorted({row[0] for row in PLACES}):
        path = CORPORA / name
        cases = json.loads(path.read_text(encoding="utf-8"))
        changed = False
        for file, start, surface, place in PLACES:
            if file != name:
                continue
            for case in cases:
                if not case["text"].startswith(start):
                    continue
                for claim in case["claims"]:
                    if claim["surface"] == surface and claim.get("place") != place:
                        print(f"{name}: {surface!r} place {claim.get('place')!r} -> {place!r} | {case['text'][:90]}")
                        claim["place"] = place
                        changed = True
        if changed:
            with path.open("w", encoding="utf-8") as out:
                json.dump(cases, out, ensure_ascii=False, indent=1)
                out.write("\n")


if __name__ == "__main__":
    main()
