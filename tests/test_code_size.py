"""No module over 500 lines and no function over 60 in the project's packages (issue 15): a
module past that is split by capability, a function past that into named steps.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("claims", "sources", "partners", "factcheck")
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
SKIPPED: tuple[str, ...] = ()


def modules() -> list[Path]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative.startswith(SKIPPED):
                continue
            found.append(path)
    return found


def test_the_walk_finds_the_packages_modules():
    names = {path.relative_to(ROOT).as_posix() for path in modules()}
    assert {"claims/models.py", "sources/models.py", "partners/models.py", "factcheck/settings.py"} <= names
    assert not any(name.startswith(SKIPPED) for name in names)


@pytest.mark.parametrize("path", modules(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_module_and_its_functions_are_short(path):
    source = path.read_text(encoding="utf-8")
    lines = len(source.splitlines())
    long_functions = {
        node.name: node.end_lineno - node.lineno + 1
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    }
    assert lines <= MAX_MODULE_LINES, f"{lines} lines: split the module by capability"
    assert long_functions == {}, "functions over 60 lines (decorators excluded): split them into named steps"
