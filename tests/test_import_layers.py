"""The apps import each other in one direction only, so there is no import loop between them
(issue 15). Every import counts, including those inside functions: a lazy import hides a loop
from Python, not from a reader.

    factcheck (settings, the API framework, the HTTP client, roles)  <- everything
    sources   <- claims, partners
    claims    <- partners            (a partner's webhook carries a claim's verdict)

`factcheck` imports no app (its settings and URLconfs name them by dotted path, which is not
an import); `sources` imports neither `claims` nor `partners`; `claims` does not import
`partners`: it tells it of new verdicts through a signal (claims.signals), which partners
connects to in its AppConfig.ready.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("factcheck", "sources", "claims", "partners")
ALLOWED = {
    "factcheck": set(),
    "sources": {"factcheck"},
    "claims": {"factcheck", "sources"},
    "partners": {"factcheck", "sources", "claims"},
}


def imported_apps(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return {name.split(".")[0] for name in names} & set(APPS)


def edges() -> list[tuple[str, str, str]]:
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative:
                continue
            for target in imported_apps(ast.parse(path.read_text(encoding="utf-8"))) - {app}:
                found.append((relative, app, target))
    return found


def test_the_walk_sees_imports_inside_functions():
    tree = ast.parse("def f():\n    from claims.models import Claim\n    import sources.models\n")
    assert imported_apps(tree) == {"claims", "sources"}


@pytest.mark.parametrize("app", APPS)
def test_app_imports_only_the_layers_below_it(app):
    wrong = sorted((path, target) for path, source, target in edges() if source == app and target not in ALLOWED[app])
    assert wrong == []


def test_the_allowed_imports_have_no_cycle():
    def reaches(start: str, goal: str, seen: frozenset[str] = frozenset()) -> bool:
        return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})) for nxt in ALLOWED[start])

    assert [app for app in APPS if reaches(app, app)] == []
