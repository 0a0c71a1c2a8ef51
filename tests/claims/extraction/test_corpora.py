"""The real-news corpora as a regression guard (issue 11): every labelled claim of ``corpora/*.json`` (sentences of
our own paraphrasing real reports, labelled before the extractor read them; ``corpora/README.md``) must be found by
``extract`` with its measure and bounds, as the scorer matches them. The claims still missed are strict expected
failures with the class of the gap (``corpus_gaps.KNOWN_GAPS``)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.corpus_gaps import KNOWN_GAPS

CORPORA = {
    path.stem: json.loads(path.read_text(encoding="utf-8"))
    for path in sorted((Path(__file__).parent / "corpora").glob("*.json"))
}


def _key(name: str, index: int, claim: dict[str, Any]) -> tuple[str, int, str, str]:
    return name, index, claim["surface"], claim["measure"]


def _rows() -> list[Any]:
    rows = []
    for name, corpus in CORPORA.items():
        for index, case in enumerate(corpus):
            for claim in case["claims"]:
                reason = KNOWN_GAPS.get(_key(name, index, claim))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                row_id = f"{name}-{index}-{claim['surface']}-{claim['measure']}"
                rows.append(pytest.param(case["text"], case["lang"], claim, marks=marks, id=row_id))
    return rows


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def test_corpora_are_labelled() -> None:
    cases = [case for corpus in CORPORA.values() for case in corpus]
    assert len(CORPORA) >= 30 and len(cases) >= 1300
    assert {case["lang"] for case in cases} == {"id", "en"}
    assert all(case["text"] and claim["surface"] in case["text"] for case in cases for claim in case["claims"])
    assert all(claim["measure"] for case in cases for claim in case["claims"])


def test_every_known_gap_names_a_labelled_claim() -> None:
    labelled = {
        _key(name, index, claim)
        for name, corpus in CORPORA.items()
        for index, case in enumerate(corpus)
        for claim in case["claims"]
    }
    assert sorted(set(KNOWN_GAPS) - labelled) == []


@pytest.mark.parametrize(("text", "lang", "claim"), _rows())
def test_labelled_claim_is_found(text: str, lang: str, claim: dict[str, Any]) -> None:
    found = [
        c
        for c in extract(text, lang)
        if c.measure == claim["measure"] and _same(c.low, claim["low"]) and _same(c.high, claim["high"])
    ]
    assert found, f"{claim['surface']!r}: want {claim['measure']} {claim['low']}..{claim['high']}"
