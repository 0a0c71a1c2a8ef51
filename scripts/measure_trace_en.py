"""Debug aid (opt-in, never imported by the project): which rule or stage gave each claim its final measure, and
how far the measure word stood from the figure.

    .venv/bin/python scripts/measure_trace_en.py [--lang en] [--all] [--tsv] FILE_OR_DIR ...

For every claim with a specific measure (``--all``: every claim) it prints the sentence once, then one line:
the figure, measure/subject, the rule of ``resolution.MEASURE_RULES`` that named the measure, the later stages that
changed it (``stage:old>new``), and for a measure word the distance in tokens, the direction (``<`` before the
figure, ``>`` after it), the commas and clause marks crossed, the figures between and whether an active verb lies
between. ``--tsv`` prints the same as tab-separated rows (file, sentence no., figure, measure, subject, rule,
stages, distance fields) for counting.

The trace wraps functions of ``claims.extraction.resolution`` and ``claims.extraction.reach`` in this process only
(the pure modules are read as they are: run it with ``FACTCHECK_NATIVE=0``); the extractor's output is unchanged.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FACTCHECK_NATIVE", "0")

from claims.extraction import extractor, reach, resolution  # noqa: E402
from claims.extraction.mentions import Mention  # noqa: E402
from claims.extraction.view import CLAUSE_PUNCT, SentenceView  # noqa: E402

POST_STAGES = (
    "_settle_part",
    "_admissions",
    "compose_label",
    "fraction_wholes",
    "part_wholes",
    "breakdowns",
    "drop_time_places",
    "increments",
    "whole_first",
    "elided_grades",
    "compose_subset_labels",
    "compose_people_labels",
)

_info: dict[int, dict[str, Any]] = {}
_sentences: list[tuple[SentenceView, list[Mention]]] = []
_hits: list[tuple[int, str]] = []


def _record(m: Mention) -> dict[str, Any]:
    return _info.setdefault(id(m), {"rule": None, "stages": [], "where": None})


def _traced_measures_right(original: Callable[..., Iterator[tuple[int, str]]]) -> Callable[..., Iterator[Any]]:
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[tuple[int, str]]:
        for hit in original(*args, **kwargs):
            _hits.append(hit)
            yield hit

    return wrapper


def _where(f: Any, position: int | None) -> dict[str, Any] | None:
    """Distance and what lies between the figure and the measure word at ``position``."""
    if position is None:
        return None
    s, m = f.s, f.m
    lo, hi = (position + 1, m.first) if position < m.first else (m.last, position)
    between = s.words[lo:hi]
    return {
        "dir": "<" if position < m.first else ">",
        "dist": len(between),
        "word": s.words[position],
        "commas": sum(1 for w in between if w == ","),
        "clause": sum(1 for w in between if w in CLAUSE_PUNCT),
        "figures": sum(1 for k in s.mention_firsts if lo <= k < hi),
        "verb": any(reach.active_verb(s, k) for k in range(lo, hi)),
    }


def _traced_measure_of(original: Callable[[Any], str]) -> Callable[[Any], str]:
    def wrapper(f: Any) -> str:
        del _hits[:]
        measure = original(f)
        info = _record(f.m)
        name = f.rule_name
        info["rule"] = name
        info["raw_other"] = measure == "other" and name is not None
        position = None
        if name in ("_word_before", "_fact_box"):
            position = f.named_before
        elif name == "_word_after":
            position = next((p for p, w in _hits if w == measure), _hits[0][0] if _hits else None)
        elif name in ("_inherited", "_shared_verb") and f.antecedent is not None:
            position = f.antecedent.first
        info["where"] = _where(f, position)
        return measure

    return wrapper


def _traced_stage(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        mentions: list[Mention] = []
        for arg in args:
            if isinstance(arg, list):
                mentions = arg
            elif isinstance(arg, Mention):
                mentions = [arg]
            elif hasattr(arg, "m") and isinstance(arg.m, Mention):
                mentions = [arg.m]
        before = {id(m): m.measure for m in mentions}
        result = original(*args, **kwargs)
        for m in mentions:
            if before.get(id(m)) != m.measure:
                _record(m)["stages"].append(f"{name}:{before.get(id(m))}>{m.measure}")
        return result

    return wrapper


def _traced_resolve(original: Callable[..., None]) -> Callable[..., None]:
    def wrapper(s: SentenceView, mentions: list[Mention]) -> None:
        original(s, mentions)
        _sentences.append((s, mentions))

    return wrapper


def install() -> None:
    """Wrap the functions traced (once per process)."""
    reach._measures_right = _traced_measures_right(reach._measures_right)  # type: ignore[assignment]
    resolution._measure_of = _traced_measure_of(resolution._measure_of)  # type: ignore[assignment]
    for name in POST_STAGES:
        setattr(resolution, name, _traced_stage(name, getattr(resolution, name)))
    extractor.resolve = _traced_resolve(extractor.resolve)  # type: ignore[assignment]


def trace(text: str, lang: str) -> list[dict[str, Any]]:
    """One row per valid figure of ``text``: its claim fields and its trace."""
    _info.clear()
    del _sentences[:]
    extractor.extract(text, lang)
    rows = []
    for number, (s, mentions) in enumerate(_sentences):
        for m in mentions:
            if not m.valid:
                continue
            info = _info.get(id(m), {"rule": None, "stages": [], "where": None})
            rows.append(
                {
                    "sentence_no": number,
                    "sentence": s.text[s.start : s.end] if hasattr(s, "start") else "",
                    "figure": " ".join(s.words[m.first : m.last]),
                    "measure": m.measure,
                    "subject": m.subject,
                    "unit": m.unit,
                    **info,
                }
            )
    return rows


def _files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def _where_text(where: dict[str, Any] | None) -> str:
    if where is None:
        return "-"
    verb = " verb" if where["verb"] else ""
    return (
        f"{where['dir']}{where['dist']} '{where['word']}' c{where['commas']} k{where['clause']} f{where['figures']}"
        + verb
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--all", action="store_true", help="every claim, not only specific measures")
    parser.add_argument("--tsv", action="store_true")
    args = parser.parse_args()
    install()
    for path in _files(args.paths):
        last = None
        for row in trace(path.read_text(encoding="utf-8"), args.lang):
            if row["measure"] == "other" and not args.all:
                continue
            stages = ",".join(row["stages"]) or "-"
            if args.tsv:
                cells = [path.name, row["sentence_no"], row["figure"], row["measure"], row["subject"], row["rule"]]
                print("\t".join(map(str, [*cells, stages, _where_text(row["where"])])))
                continue
            if row["sentence_no"] != last:
                print(f"\n## {path.name}#{row['sentence_no']} {row['sentence']}")
                last = row["sentence_no"]
            print(
                f"   [{row['figure']}] {row['measure']}/{row['subject']} rule={row['rule']} stages={stages}"
                f" where={_where_text(row['where'])}"
            )


if __name__ == "__main__":
    main()
