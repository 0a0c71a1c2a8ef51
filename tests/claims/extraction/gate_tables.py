"""Helpers shared by the table tests of the gates, robustness and gap rounds (``test_gates_*``, ``test_vary_*``,
``test_gaps12_*``, ``test_health9_*``, ``test_h12_*``): the measure of each figure read by its surface, and a test
over a table of (text, expected rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import summary

Expected = list[tuple[str, str | None]]
Row = tuple[str, Expected]


def measures(text: str, lang: str) -> list[tuple[str, str]]:
    """The claims of ``text`` as (surface, measure) pairs, in order."""
    return [(c.text, c.measure) for c in extract(text, lang)]


def check(text: str, expected: Expected, lang: str = "en", *, fold_case: bool = True) -> None:
    """Each surface has the measure given; None: no claim with a specific measure (other, or no claim at all)."""
    got = {(surface.lower() if fold_case else surface): measure for surface, measure in measures(text, lang)}
    for surface, measure in expected:
        if measure is None:
            assert got.get(surface) in (None, "other"), (surface, got)
        else:
            assert got.get(surface) == measure, (surface, got)


def check_found(
    text: str, lang: str, present: Sequence[tuple[str, str]], absent: Sequence[tuple[str, str]] = ()
) -> None:
    """Each (surface, measure) pair of ``present`` is among the claims of ``text``, none of ``absent`` is."""
    found = measures(text, lang)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)


def subject_of(text: str, lang: str, surface: str) -> tuple[str, str | None]:
    """The (measure, subject) of the claim whose lower-cased surface is ``surface``."""
    claims = {c.text.lower(): c for c in extract(text, lang)}
    return claims[surface].measure, claims[surface].subject


def rows_test(table: Sequence[Any], lang: str) -> Callable[[str, list[tuple[Any, ...]]], None]:
    """A test over ``table``'s (text, expected) rows: the claims of each text, as ``news_tables.summary`` shapes them,
    are the rows expected. Pytest collects it under the name it is assigned to in the test module."""

    @pytest.mark.parametrize(("text", "expected"), table)
    def test(text: str, expected: list[tuple[Any, ...]]) -> None:
        got = summary(extract(text, lang), expected)
        assert got == expected, (got, expected)

    return test


def fields_test(table: Sequence[Any], lang: str, fields: Sequence[str]) -> Callable[[str, list[tuple[Any, ...]]], None]:
    """A test over ``table``'s (text, expected) rows: the claims of each text, as tuples of their ``fields`` (e.g.
    ``("text", "place")``), are the rows expected. Pytest collects it under the name it is assigned to."""

    @pytest.mark.parametrize(("text", "expected"), table)
    def test(text: str, expected: list[tuple[Any, ...]]) -> None:
        got = [tuple(getattr(c, name) for name in fields) for c in extract(text, lang)]
        assert got == expected, (got, expected)

    return test


def gate_test(table: Sequence[Any], lang: str = "en", *, fold_case: bool = True) -> Callable[[str, Expected], None]:
    """A test over ``table``'s (text, expected) rows read by ``check``. Pytest collects it under the name it is
    assigned to in the test module."""

    @pytest.mark.parametrize(("text", "expected"), table)
    def test(text: str, expected: Expected) -> None:
        check(text, expected, lang, fold_case=fold_case)

    return test


def figure_test(rows: Sequence[Any], lang: str, measure: str | None = None) -> Callable[..., None]:
    """A test over (text, figure, measure) rows, or over (text, figure) rows that all take ``measure``: the claims of
    each text hold the figure with its measure. Pytest collects it under the name it is assigned to."""
    if measure is None:

        @pytest.mark.parametrize(("text", "figure", "measure"), rows)
        def test(text: str, figure: str, measure: str) -> None:
            found = measures(text, lang)
            assert (figure, measure) in found, (figure, found)

        return test
    fixed = measure

    @pytest.mark.parametrize(("text", "figure"), rows)
    def test_fixed(text: str, figure: str) -> None:
        found = measures(text, lang)
        assert (figure, fixed) in found, (figure, found)

    return test_fixed
