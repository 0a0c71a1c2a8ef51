"""Trace the measure of every claim of some texts: the rule or stage that named it and how far its word stood.

    FACTCHECK_NATIVE=0 .venv/bin/python scripts/measure_trace.py [--lang id] [--all] FILE_OR_DIR...
    FACTCHECK_NATIVE=0 .venv/bin/python scripts/measure_trace.py --tally REVIEW.tsv

A file holds one or more reports, each opened by a line ``=== name`` (a folder: its ``*.txt`` files); any language
the lexicons hold (``--lang``, else detected). One tab-separated line per claim with a
specific measure (``--all``: every claim): report, figure, measure, subject, rule, stage, direction, distance,
punctuation crossed, figures between, measure word, sentence. ``--tally`` reads such lines with a first column
added by hand (``ok`` or ``wrong``) and counts them per rule and per stage (a debug aid: see
:mod:`claims.extraction.measure_trace`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extraction.measure_trace import TraceRow, trace


def reports(path: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of each report of the file."""
    out: list[tuple[str, str]] = []
    name, lines = path.stem, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if lines:
                out.append((name, "\n".join(lines)))
            name, lines = f"{path.stem}:{line[4:].strip()}", []
        else:
            lines.append(line)
    if lines:
        out.append((name, "\n".join(lines)))
    return out


def line_of(report: str, row: TraceRow) -> str:
    c = row.claim
    fields = [
        report,
        c.text,
        c.measure,
        c.subject or "",
        row.rule or "",
        row.stage,
        row.direction,
        "" if row.distance is None else str(row.distance),
        str(row.punct),
        str(row.figures_between),
        row.word or "",
        " ".join(c.sentence.split())[:300],
    ]
    return "\t".join(fields)


def tally(path: Path) -> None:
    by_rule: Counter[tuple[str, str]] = Counter()
    by_stage: Counter[tuple[str, str]] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 8 or cols[0] not in ("ok", "wrong"):
            continue
        by_rule[(cols[5] or f"({cols[6]})", cols[0])] += 1  # no rule: the stage that set the measure ("breakdowns")
        by_stage[(cols[6], cols[0])] += 1
    for title, counts in (("rule", by_rule), ("stage", by_stage)):
        print(f"{title:28} reviewed wrong")
        for key in sorted({k for k, _ in counts}, key=lambda k: -(counts[(k, "ok")] + counts[(k, "wrong")])):
            n = counts[(key, "ok")] + counts[(key, "wrong")]
            print(f"{key:28} {n:8} {counts[(key, 'wrong')]:5}")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--all", action="store_true", help="every claim, not only those with a specific measure")
    parser.add_argument("--tally", type=Path, help="count a reviewed trace per rule and stage")
    args = parser.parse_args()
    if args.tally is not None:
        tally(args.tally)
        return
    paths = [p for arg in args.files for p in (sorted(arg.glob("*.txt")) if arg.is_dir() else [arg])]
    for path in paths:
        for name, text in reports(path):
            for row in trace(text, args.lang):
                if args.all or row.claim.measure != "other":
                    print(line_of(name, row))


if __name__ == "__main__":
    main()
