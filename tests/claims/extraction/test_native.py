"""The compiled build of the extraction core (``make native``) is used only when it was built from the current
sources: an edited module, a missing or unfinished build, or ``FACTCHECK_NATIVE=0`` means pure Python.

The guard is tested without a compiler: a "build" here is a folder laid out like one, holding a module that says
where it came from. Whether a real build extracts exactly what the pure modules extract is checked by
``scripts/build_native.py`` before it installs one (and by the CI run of the suite against it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import claims.extraction as package
from claims.extraction import _native, lexicon, view

ROOT = Path(__file__).resolve().parents[3]


def _copy_sources(tmp_path: Path) -> Path:
    """A copy of the package's modules and of ``claims/vocabulary.py``; the copy's package folder."""
    target = tmp_path / "claims" / "extraction"
    target.mkdir(parents=True)
    for path in _native.SOURCE_DIR.glob("*.py"):
        shutil.copy(path, target / path.name)
    shutil.copy(_native.SOURCE_DIR.parent / "vocabulary.py", tmp_path / "claims" / "vocabulary.py")
    return target


def _fake_build(root: Path, digest: str, mark: str | None) -> Path:
    """A build folder for ``digest`` holding one module of its own, which the sources do not have."""
    directory = root / digest
    (directory / "claims" / "extraction").mkdir(parents=True)
    (directory / "claims" / "extraction" / "build_probe.py").write_text("FROM_BUILD = True\n", encoding="utf-8")
    if mark is not None:
        (directory / _native.MARK).write_text(mark + "\n", encoding="ascii")
    return directory


def test_the_digest_follows_every_module_and_the_vocabulary(tmp_path: Path) -> None:
    copy = _copy_sources(tmp_path)
    first = _native.sources_digest(copy)
    assert first == _native.sources_digest(_native.SOURCE_DIR)
    seen = {first}
    for name in ("view.py", "types.py", "__init__.py"):  # compiled or not, each one counts
        path = copy / name
        path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
        seen.add(_native.sources_digest(copy))
    vocabulary = tmp_path / "claims" / "vocabulary.py"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    seen.add(_native.sources_digest(copy))
    (copy / "new_stage.py").write_text("X = 1\n", encoding="utf-8")  # a new module too
    seen.add(_native.sources_digest(copy))
    assert len(seen) == 6


def test_only_a_finished_build_of_that_digest_counts(tmp_path: Path) -> None:
    assert _native.build_dir(tmp_path, "a" * _native.DIGEST_LENGTH) is None  # no folder
    _fake_build(tmp_path, "b" * _native.DIGEST_LENGTH, mark=None)
    assert _native.build_dir(tmp_path, "b" * _native.DIGEST_LENGTH) is None  # not finished
    _fake_build(tmp_path, "c" * _native.DIGEST_LENGTH, mark="d" * _native.DIGEST_LENGTH)
    assert _native.build_dir(tmp_path, "c" * _native.DIGEST_LENGTH) is None  # marked for other sources
    done = _fake_build(tmp_path, "e" * _native.DIGEST_LENGTH, mark="e" * _native.DIGEST_LENGTH)
    assert _native.build_dir(tmp_path, "e" * _native.DIGEST_LENGTH) == done


def test_activate_puts_the_current_build_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    digest = _native.sources_digest(_native.SOURCE_DIR)
    done = _fake_build(tmp_path, digest, mark=digest)
    path = ["/src/claims/extraction"]
    assert _native.activate(path, {"FACTCHECK_NATIVE_BUILD": str(tmp_path)}) == str(done)
    assert path == [str(done / "claims" / "extraction"), "/src/claims/extraction"]
    assert str(done) in sys.path


@pytest.mark.parametrize("value", ["0", "off", "false", "no"])
def test_the_environment_can_switch_it_off(tmp_path: Path, value: str) -> None:
    digest = _native.sources_digest(_native.SOURCE_DIR)
    _fake_build(tmp_path, digest, mark=digest)
    path = ["/src/claims/extraction"]
    assert _native.activate(path, {"FACTCHECK_NATIVE_BUILD": str(tmp_path), "FACTCHECK_NATIVE": value}) is None
    assert path == ["/src/claims/extraction"]


def test_a_stale_build_is_left_alone(tmp_path: Path) -> None:
    stale = "0" * _native.DIGEST_LENGTH  # what an older state of the sources would have been built as
    _fake_build(tmp_path, stale, mark=stale)
    path = ["/src/claims/extraction"]
    assert _native.activate(path, {"FACTCHECK_NATIVE_BUILD": str(tmp_path)}) is None
    assert path == ["/src/claims/extraction"]


def _reads_the_build(build_root: Path) -> str:
    """Whether a fresh interpreter, with ``build_root`` as the build root, reads the package from the build."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import claims.extraction as p\n"
        "try:\n    from claims.extraction.build_probe import FROM_BUILD\n"
        "except ModuleNotFoundError:\n    FROM_BUILD = False\n"
        "print(FROM_BUILD, p.NATIVE_BUILD is not None)"
    )
    env = {"FACTCHECK_NATIVE_BUILD": str(build_root), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code, str(ROOT)], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_fresh_process_imports_the_build_only_while_it_matches(tmp_path: Path) -> None:
    digest = _native.sources_digest(_native.SOURCE_DIR)
    stale = _fake_build(tmp_path / "stale", "f" * _native.DIGEST_LENGTH, mark="f" * _native.DIGEST_LENGTH)
    assert _reads_the_build(stale.parent) == "False False"  # the edited sources win
    current = _fake_build(tmp_path / "current", digest, mark=digest)
    assert _reads_the_build(current.parent) == "True True"


def test_every_module_comes_from_one_place() -> None:
    """Compiled or pure, not a mix: each compiled module comes from the build in use, or every one from the sources."""
    home = Path(package.NATIVE_BUILD) / "claims" / "extraction" if package.NATIVE_BUILD else _native.SOURCE_DIR
    for module in (view, lexicon):
        assert Path(module.__file__ or "").parent == home
    assert lexicon.LEXICON_DIR == _native.SOURCE_DIR / "lexicons"  # the data files are always the sources'
