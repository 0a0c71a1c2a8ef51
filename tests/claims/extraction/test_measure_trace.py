"""The trace's list of stages follows ``resolution.resolve``: a stage added there and not here would hide its changes
behind the rule that ran before it."""

import ast
from pathlib import Path

from claims.extraction import measure_trace

RESOLUTION = Path(measure_trace.__file__).with_name("resolution.py")


def _calls_after_the_rule_loop() -> set[str]:
    module = ast.parse(RESOLUTION.read_text(encoding="utf-8"))
    resolve = next(node for node in module.body if isinstance(node, ast.FunctionDef) and node.name == "resolve")
    last_loop = max(i for i, statement in enumerate(resolve.body) if isinstance(statement, ast.For))
    return {
        node.value.func.id
        for statement in resolve.body[last_loop + 1 :]
        for node in ast.walk(statement)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
    }


def test_every_stage_resolve_calls_after_its_rule_loop_is_traced() -> None:
    calls = _calls_after_the_rule_loop()
    assert calls, "resolve() calls no stage after its rule loop: the parse above no longer finds them"
    assert calls <= set(measure_trace.STAGES), sorted(calls - set(measure_trace.STAGES))
