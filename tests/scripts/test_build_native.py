"""scripts/build_native.py installs a build only when it extracts exactly what the pure modules extract, and a
failure leaves nothing half-built behind.

The C compile is replaced by a staged folder of plain modules (compiling takes a minute; the compiled build itself
is checked by the script when it runs and by the CI run of the suite against it).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from claims.extraction import _native

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_native_under_test", ROOT / "scripts" / "build_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _staging_with(extractor_source: str | None):
    """A stand-in for the compile step: a staged library folder, with an ``extractor`` module of its own or none."""

    def compile_step(sources: list[Path], staging: Path, jobs: int) -> Path:
        package = staging / "lib" / "claims" / "extraction"
        package.mkdir(parents=True)
        if extractor_source is not None:
            (package / "extractor.py").write_text(extractor_source, encoding="utf-8")
        return staging / "lib"

    return compile_step


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = _script()
    monkeypatch.setattr(_native, "BUILD_ROOT", tmp_path / "native")
    monkeypatch.setattr(module, "CHECK_BYTES", 20_000)
    return module


def test_a_build_that_reads_like_the_pure_modules_is_installed(script: ModuleType, monkeypatch) -> None:
    monkeypatch.setattr(script, "_compile", _staging_with(None))  # nothing replaced: the same claims
    target = script.build()
    digest = _native.sources_digest(_native.SOURCE_DIR)
    assert target == _native.BUILD_ROOT / digest
    assert _native.build_dir(_native.BUILD_ROOT, digest) == target
    assert [p.name for p in _native.BUILD_ROOT.iterdir()] == [digest]  # no staging folder left


def test_a_build_that_finds_other_claims_is_refused(script: ModuleType, monkeypatch) -> None:
    wrong = "DEFAULT_MAX_CHARS = 2_000_000\n\ndef extract(text, lang=None, **kwargs):\n    return []\n"
    monkeypatch.setattr(script, "_compile", _staging_with(wrong))
    with pytest.raises(RuntimeError, match="other claims"):
        script.build()
    assert list(_native.BUILD_ROOT.iterdir()) == []


def test_a_failed_compile_reports_and_keeps_pure_python(script: ModuleType, monkeypatch, capsys) -> None:
    def no_compiler(sources: list[Path], staging: Path, jobs: int) -> Path:
        raise OSError("no C compiler")

    monkeypatch.setattr(script, "_compile", no_compiler)
    monkeypatch.setattr("sys.argv", ["build_native.py"])
    assert script.main() == 1
    assert "no C compiler" in capsys.readouterr().err
    assert list(_native.BUILD_ROOT.iterdir()) == []
