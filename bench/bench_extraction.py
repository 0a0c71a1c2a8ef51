"""Benchmark claims.extraction: throughput, linear scaling, peak memory, and quantulum3 side by side.

Run from the project root (``make bench``)::

    .venv/bin/python bench/bench_extraction.py [--corpus-bytes 5000000] [--quick]

Measures, on one core:

* sentences per second over the project's own test sentences (and the dev gold sets when
  ``--dev DIR`` points at them),
* sentences per second over a generated ~5 MB news-like corpus (bench/corpus_gen.py),
* quantulum3 on the same English sentences, and the speed-up,
* time at 1x, 10x and 100x input size (time per character should stay flat),
* peak memory (tracemalloc) while extracting the whole corpus.

The extractor is the compiled build when ``make native`` built one for the current sources (``make bench`` does),
else pure Python; ``FACTCHECK_NATIVE=0`` measures the pure modules. The summary says which ran.

Prints a summary and merges its figures into bench/results.json (full runs only: a ``--quick``
run uses a smaller corpus, so its figures would overwrite the full run's with different ones).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import articles  # noqa: E402

from claims.extraction import NATIVE_BUILD, extract  # noqa: E402
from claims.extraction.sentences import split_sentences  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
BUILD = "compiled (mypyc, make native)" if NATIVE_BUILD else "pure Python"


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    return "not pinned (no sched_setaffinity)"


def project_sentences() -> list[tuple[str, str]]:
    """``(lang, sentence)`` from the project's own extraction tests."""
    sys.path.insert(0, str(ROOT))
    from tests.claims.extraction import test_extract as tables

    out = [("id", text) for text, _ in tables.INDONESIAN] + [("en", text) for text, _ in tables.ENGLISH]
    return out


def dev_sentences(directory: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted(directory.glob("dev_*.json")):
        out.extend((case["lang"], case["text"]) for case in json.loads(path.read_text(encoding="utf-8")))
    return out


def timed(fn: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def rate(sentences: Sequence[tuple[str, str]], repeat: int = 3) -> float:
    def run() -> None:
        for lang, text in sentences:
            extract(text, lang)

    return len(sentences) / timed(run, repeat)


def side_by_side(
    sentences: Sequence[str], repeats: int, clock: Callable[[], float] = time.perf_counter
) -> list[tuple[float, float]]:
    """``(ours, quantulum3)`` sentences per second, measured in alternation ``repeats`` times.

    Each repetition times both extractors back to back on the same sentences, so a burst of
    load from other processes hits both; the speed-up is reported as the median of the
    per-repetition ratios, with their spread.
    """
    from quantulum3 import parser

    runs: list[tuple[float, float]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up 3 people")
        for text in sentences:  # warm both (caches, lazy imports) outside the timings
            extract(text, "en")
        for _ in range(repeats):
            started = clock()
            for text in sentences:
                extract(text, "en")
            ours = len(sentences) / (clock() - started)
            started = clock()
            for text in sentences:
                parser.parse(text)
            theirs = len(sentences) / (clock() - started)
            runs.append((ours, theirs))
    return runs


def corpus_sentences(bodies: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, body in bodies:
        out.extend((lang, body[s:e]) for s, e in split_sentences(body))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="claims.extraction benchmark")
    parser.add_argument("--corpus-bytes", type=int, default=5_000_000)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "fixtures" / "extraction")
    parser.add_argument("--quantulum-sentences", type=int, default=400, help="English sentences given to quantulum3")
    parser.add_argument("--quick", action="store_true", help="smaller corpus and fewer repeats (smoke run)")
    parser.add_argument("--repeats", type=int, default=7, help="side-by-side repetitions against quantulum3 (>= 5)")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time the side-by-side runs in process CPU time (steadier on a shared machine)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.corpus_bytes = min(args.corpus_bytes, 500_000)
    pinned = pin_one_core()
    extract("warm up: 3 orang tewas.", "id")  # lexicons and stemmer loaded once, outside the timings
    extract("warm up: 3 people died.", "en")

    own = project_sentences()
    own_rate = rate(own)
    dev = dev_sentences(args.dev) if args.dev.is_dir() else []
    dev_rate = rate(dev) if dev else None

    bodies = articles(args.corpus_bytes)
    corpus_chars = sum(len(body) for _, body in bodies)
    sentences = corpus_sentences(bodies)
    started = time.perf_counter()
    n_claims = sum(len(extract(body, lang, max_chars=len(body) + 1)) for lang, body in bodies)
    corpus_seconds = time.perf_counter() - started
    corpus_rate = len(sentences) / corpus_seconds

    # side by side with quantulum3 on the same English sentences
    english = [text for lang, text in own + dev if lang == "en"]
    english += [text for lang, text in sentences if lang == "en"][: max(0, args.quantulum_sentences - len(english))]
    runs = side_by_side(english, max(5, args.repeats), time.process_time if args.cpu else time.perf_counter)
    ratios = sorted(o / t for o, t in runs)
    ours_en = statistics.median(o for o, _ in runs)
    theirs_en = statistics.median(t for _, t in runs)
    speedup = statistics.median(ratios)

    # linear scaling: one text of 1x, 10x, 100x the base size
    base = "\n".join(body for _, body in bodies)[: max(20_000, min(50_000, corpus_chars // 100))]
    scaling: dict[str, dict[str, float]] = {}
    for factor in (1, 10, 100):
        text = (base + "\n") * factor
        seconds = timed(lambda text=text: extract(text, "id", max_chars=len(text) + 1), 1 if factor == 100 else 2)
        scaling[f"{factor}x"] = {
            "chars": len(text),
            "seconds": round(seconds, 4),
            "us_per_char": round(seconds / len(text) * 1e6, 4),
        }
    ratio_100 = scaling["100x"]["us_per_char"] / scaling["1x"]["us_per_char"]

    tracemalloc.start()
    big = "\n\n".join(body for _, body in bodies)
    extract(big, None, max_chars=len(big) + 1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    figures: dict[str, Any] = {
        "extract_sentences_per_sec": round(corpus_rate, 1),
        "extract_sentences_per_sec_own_tests": round(own_rate, 1),
        "extract_sentences_per_sec_dev_sets": round(dev_rate, 1) if dev_rate else None,
        "extract_corpus": {
            "bytes": args.corpus_bytes,
            "chars": corpus_chars,
            "articles": len(bodies),
            "sentences": len(sentences),
            "claims": n_claims,
            "seconds": round(corpus_seconds, 3),
        },
        "extract_english_sentences_per_sec": round(ours_en, 1),
        "quantulum3_english_sentences_per_sec": round(theirs_en, 1),
        "extract_speedup_vs_quantulum3": round(speedup, 1),
        "extract_speedup_vs_quantulum3_spread": [round(ratios[0], 1), round(ratios[-1], 1)],
        "extract_speedup_vs_quantulum3_repeats": len(runs),
        "extract_scaling": scaling,
        "extract_scaling_100x_vs_1x_time_per_char": round(ratio_100, 3),
        "extract_peak_memory_mb": round(peak / 1e6, 1),
        "extract_max_rss_mb": round(max_rss_kb / 1024, 1),
        "extract_bench_env": {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpu": pinned,
            "build": BUILD,
        },
    }
    if not args.quick:
        results: dict[str, Any] = {}
        if RESULTS.exists():
            try:
                results = json.loads(RESULTS.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                results = {}
        results.update(figures)
        RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    print(f"claims.extraction benchmark ({pinned}, {BUILD})")
    print(f"  own test sentences : {own_rate:10.1f} sentences/s ({len(own)} sentences)")
    if dev_rate:
        print(f"  dev gold sets      : {dev_rate:10.1f} sentences/s ({len(dev)} sentences)")
    print(
        f"  generated corpus   : {corpus_rate:10.1f} sentences/s ({len(sentences)} sentences, "
        f"{corpus_chars / 1e6:.1f} M chars, {n_claims} claims, {corpus_seconds:.2f} s)"
    )
    print(f"  English, ours      : {ours_en:10.1f} sentences/s ({len(english)} sentences, median of {len(runs)})")
    print(
        f"  English, quantulum3: {theirs_en:10.1f} sentences/s  -> speed-up median {speedup:.1f}x "
        f"(min {ratios[0]:.1f}x, max {ratios[-1]:.1f}x over {len(runs)} alternating runs)"
    )
    for key, row in scaling.items():
        print(f"  scaling {key:>4}: {row['chars']:>9} chars {row['seconds']:8.3f} s {row['us_per_char']:7.3f} us/char")
    print(f"  time per char 100x / 1x = {ratio_100:.2f} (1.0 = linear)")
    print(f"  peak memory (tracemalloc) {peak / 1e6:.1f} MB, max RSS {max_rss_kb / 1024:.1f} MB")
    if args.quick:
        print(f"  quick run: {RESULTS.relative_to(ROOT)} not written")
    else:
        print(f"  wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
