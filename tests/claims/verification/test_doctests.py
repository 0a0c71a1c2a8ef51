"""The worked examples in the verification docstrings run, so a docstring that lies fails."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "claims.verification",
    "claims.verification.confidence",
    "claims.verification.constraints",
    "claims.verification.explain",
    "claims.verification.intervals",
    "claims.verification.origins",
    "claims.verification.places",
    "claims.verification.types",
    "claims.verification.verifier",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
