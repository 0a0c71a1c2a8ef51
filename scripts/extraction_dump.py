"""Dump every claim the extractor finds over a large, varied corpus, one line per field, in a stable order.

A change that should not change output (a speed-up, a refactoring) is checked by dumping before and after
and comparing the files byte for byte::

    .venv/bin/python scripts/extraction_dump.py -o /tmp/before.txt
    ... change the code ...
    .venv/bin/python scripts/extraction_dump.py -o /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

The corpus: the generated bench corpus (bench/corpus_gen.py, whole articles and sentence by sentence), every
string literal of the project's tests (each read as Indonesian, as English and with the language detected,
with and without a publication date) and the demo data. ``--extra FILE.json`` adds the ``text`` of every
case of a JSON list (a gold set kept outside the project), read like the test strings.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import articles  # noqa: E402

from claims.extraction import extract  # noqa: E402
from claims.extraction.sentences import split_sentences  # noqa: E402
from claims.extraction.types import ExtractedClaim, ExtractionError  # noqa: E402

PUBLISHED = datetime.date(2024, 3, 9)
READINGS: tuple[tuple[str | None, datetime.date | None], ...] = (("id", None), ("en", PUBLISHED), (None, None))


def test_strings(root: Path) -> list[str]:
    """Every string literal of 8+ characters with a letter in the project's tests, in file and source order."""
    out: list[str] = []
    seen: set[str] = set()
    for path in sorted((root / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if len(text) >= 8 and any(c.isalpha() for c in text) and text not in seen:
                    seen.add(text)
                    out.append(text)
    return out


def demo_texts(root: Path) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    for path in sorted((root / "demo").glob("*.txt")):
        out.append((None, path.read_text(encoding="utf-8")))
    for path in sorted((root / "demo").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                out.extend((None, record[key]) for key in ("title", "body") if isinstance(record.get(key), str))
    return out


def claim_lines(claims: list[ExtractedClaim]) -> Iterator[str]:
    for claim in claims:
        yield "  " + " | ".join(f"{f.name}={getattr(claim, f.name)!r}" for f in fields(claim))


def run(label: str, text: str, lang: str | None, published: datetime.date | None) -> Iterator[str]:
    yield f"# {label} lang={lang} published={published} chars={len(text)}"
    try:
        claims = extract(text, lang, published=published, max_chars=len(text) + 1)
    except ExtractionError as exc:
        yield f"  error: {exc}"
        return
    yield from claim_lines(claims)


def dump(corpus_bytes: int, extra: list[Path]) -> Iterator[str]:
    for n, (lang, body) in enumerate(articles(corpus_bytes)):
        yield from run(f"corpus article {n}", body, lang, None)
        for k, (start, end) in enumerate(split_sentences(body)):
            yield from run(f"corpus article {n} sentence {k}", body[start:end], None, PUBLISHED)
    for n, text in enumerate(test_strings(ROOT)):
        for lang, published in READINGS:
            yield from run(f"test string {n}", text, lang, published)
    for n, (lang, text) in enumerate(demo_texts(ROOT)):
        yield from run(f"demo text {n}", text, lang, None)
        yield from run(f"demo text {n} as id", text, "id", PUBLISHED)
    for path in extra:
        for n, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            for lang, published in ((case.get("lang"), None), *READINGS):
                yield from run(f"{path.name} case {n}", case["text"], lang, published)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--corpus-bytes", type=int, default=600_000)
    parser.add_argument("--extra", type=Path, action="append", default=[], help="a JSON list of cases with 'text'")
    args = parser.parse_args(argv)
    digest = hashlib.sha256()
    lines = claims = 0
    with args.output.open("w", encoding="utf-8") as out:
        for line in dump(args.corpus_bytes, args.extra):
            out.write(line + "\n")
            digest.update(line.encode("utf-8") + b"\n")
            lines += 1
            claims += line.startswith("  text=")
    print(f"{args.output}: {lines} lines, {claims} claims, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
