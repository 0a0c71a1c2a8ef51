"""The corpus file loop the relabel scripts share: load each file, let the script relabel its cases, write back.

A file is written back only when the script changed a label (and not on a dry run), in the file's own format:
``json.dumps(..., ensure_ascii=False)`` with its indentation (that of its second line) and its final newline or none,
so a rewrite changes only the label lines.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Cases = list[dict[str, Any]]


def dumped(cases: object, source: str) -> str:
    """The cases in the format of ``source``: its indentation and its final newline or none."""
    lines = source.split("\n", 2)
    indent = len(lines[1]) - len(lines[1].lstrip(" ")) if len(lines) > 1 else 1
    return json.dumps(cases, ensure_ascii=False, indent=indent or 1) + ("\n" if source.endswith("\n") else "")


def relabel_files(paths: Iterable[Path], relabel: Callable[[Path, Cases], int], dry_run: bool = False) -> int:
    """Run ``relabel`` (the number of labels it changed in the file's cases) on each file; the total changed."""
    total = 0
    for path in paths:
        source = path.read_text(encoding="utf-8")
        cases = json.loads(source)
        changed = relabel(path, cases)
        if changed and not dry_run:
            path.write_text(dumped(cases, source), encoding="utf-8")
        total += changed
    return total
