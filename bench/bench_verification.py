"""Pure verification benchmark: no database, no Django, just ``claims.verification.verify``.

Run from the project root: ``.venv/bin/python bench/bench_verification.py`` (``make bench`` runs
it too). It builds one generated event with 100k evidence claims of the verified claim's measure
(what the glue passes: every other claim of the same event and measure), with subjects across
the hierarchy, dates around the claim's, 500 known Sources and a pool of attribution strings,
then prints

- claims verified per second against the 100k evidence (warm origin cache, best of a few runs),
- the first, cold call (every distinct attribution string fuzzy-matched once),
- seconds per claim and microseconds per evidence item as the evidence grows (10 .. 100k):
  the per-item cost stays flat because verification is one pass over the evidence,

and merges its keys (prefixed ``verification.``) into ``bench/results.json``, keeping the others.
"""

from __future__ import annotations

import datetime
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.verification import ClaimFacts, SourceFacts, VerifySettings, verify  # noqa: E402
from claims.verification.origins import matcher_for  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
T = datetime.date(2022, 1, 7)
SUBJECTS = ["people", "civilians", "journalists", "security_forces", "police", "soldiers", "protesters", "children"]
SIZES = [10, 100, 1_000, 10_000, 100_000]


def generate_event(n: int, seed: int = 7) -> tuple[ClaimFacts, list[ClaimFacts], VerifySettings]:
    rng = random.Random(seed)
    sources = tuple(
        SourceFacts(i, f"{rng.choice(['Ministry', 'Office', 'Agency', 'Daily', 'Wire'])} of Topic {i}", f"s{i}.example")
        for i in range(1, 501)
    )
    authorities = [None, "Kazakh authorities", "Pejabat Kazakhstan", "the health ministry", "police spokesman"]
    authorities += [f"the {s.name}" for s in sources[:40]] + [s.domain for s in sources[40:60]]
    claim = ClaimFacts(
        id=0, measure="killed", subject="police", low=18, high=18, qualifier="exact", value=18, unit=None,
        as_of=T, source_id=1, reliability=0.6, article_id=0, attributed_to="Pejabat Kazakhstan",
        quoted=("mirror.co.uk",),
    )  # fmt: skip
    evidence = []
    for i in range(1, n + 1):
        low = rng.choice([17, 18, 18, 18, 19, 20, 24, 100, 225, 2200])
        qualifier = rng.choice(["exact", "exact", "at_least", "about", "more_than", "vague"])
        high: float | None = {"exact": low, "at_least": None, "more_than": None, "about": int(low * 1.1)}.get(
            qualifier, low + 80
        )
        evidence.append(
            ClaimFacts(
                id=i,
                measure="killed",
                subject=rng.choice(SUBJECTS),
                low=low + (1 if qualifier == "more_than" else 0),
                high=high,
                qualifier=qualifier,
                value=None if qualifier == "vague" else low,
                unit=None,
                as_of=T + datetime.timedelta(days=rng.randint(-5, 5)),
                source_id=rng.randint(1, 500),
                reliability=rng.random(),
                article_id=i,
                attributed_to=rng.choice(authorities),
                quoted=rng.choice([(), (), ("mirror.co.uk",), ("s7.example",)]),
            )
        )
    return claim, evidence, VerifySettings(known_sources=sources)


def best_of(runs: int, claim: ClaimFacts, evidence: list[ClaimFacts], settings: VerifySettings) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        verify(claim, evidence, settings)
        timings.append(time.perf_counter() - started)
    return min(timings)


def merge_results(new: dict[str, object]) -> None:
    """Read-modify-write bench/results.json, keeping other benchmarks' keys; atomic replace."""
    current: dict[str, object] = {}
    if RESULTS.exists():
        try:
            current = json.loads(RESULTS.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            current = {}
    current.update(new)
    fd, tmp = tempfile.mkstemp(dir=RESULTS.parent, prefix=".results.", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(current, handle, indent=2, sort_keys=True)
        handle.write("\n")
    os.replace(tmp, RESULTS)


def main() -> int:
    claim, evidence, settings = generate_event(max(SIZES))

    matcher_for.cache_clear()
    started = time.perf_counter()
    result = verify(claim, evidence, settings)
    cold = time.perf_counter() - started
    warm = best_of(5, claim, evidence, settings)
    print(f"one claim against {len(evidence):,} evidence claims: label={result.label}, {len(result.evidence):,} used")
    print(f"  cold first call (fuzzy-matching every distinct attribution once): {cold:.3f} s")
    print(f"  warm: {warm:.3f} s per claim = {1 / warm:.2f} claims verified per second")

    per_claim: dict[str, float] = {}
    per_item: dict[str, float] = {}
    print("cost per claim as evidence grows:")
    for size in SIZES:
        runs = 200 if size <= 100 else 20 if size <= 10_000 else 5
        seconds = best_of(runs, claim, evidence[:size], settings)
        per_claim[str(size)] = round(seconds, 6)
        per_item[str(size)] = round(seconds / size * 1e6, 3)
        print(f"  {size:>7,} evidence: {seconds * 1e3:9.3f} ms per claim, {seconds / size * 1e6:6.2f} us per item")

    merge_results(
        {
            "verification.evidence_claims": len(evidence),
            "verification.claims_per_second_100k_evidence": round(1 / warm, 3),
            "verification.seconds_per_claim_100k_evidence": round(warm, 4),
            "verification.cold_first_call_seconds_100k_evidence": round(cold, 4),
            "verification.seconds_per_claim_by_evidence": per_claim,
            "verification.us_per_evidence_item_by_evidence": per_item,
        }
    )
    print(f"merged into {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
