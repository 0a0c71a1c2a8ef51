"""Compile the extraction core (``claims/extraction/``) with mypyc into ``build/native/<digest>/`` (``make native``).

    .venv/bin/python scripts/build_native.py [--force] [--jobs N]

The package uses the build only while its sources are the ones it was built from (``claims/extraction/_native.py``
says how); pure Python stays the reference and the fallback. Steps:

1. nothing to do when ``build/native/<digest of the current sources>/`` is already there and finished;
2. mypyc compiles every module of the package but ``__init__``, ``_native`` and ``types`` (C files and objects in a
   staging folder under ``build/native/``; C compiler warnings of uninitialised variables are errors, as mypyc
   sets them: such a warning has meant a miscompiled function);
3. the staged build is checked: a child process extracts the claims of a generated news corpus with it and
   another one with the pure modules, and the two outputs must be identical (a build that crashes or differs is
   thrown away);
4. the checked build is moved to ``build/native/<digest>/`` and older builds are removed.

Exit status 0 when a checked build of the current sources is in place, 1 otherwise (no compiler, no mypy, a
compile error, a difference): the project then runs its pure Python, so callers may ignore the status
(``make native`` does). Takes about a minute on one core.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import _native  # noqa: E402

CHECK_BYTES = 150_000
"""Size of the generated corpus the staged build must read exactly like the pure modules."""

_CHECK = """
import sys
sys.path[:0] = [{root!r}, {bench!r}]
import claims.extraction as package
from claims.extraction import extract
from corpus_gen import articles
if {native} and package.NATIVE_BUILD is None:
    sys.exit("the staged build was not loaded")
for lang, body in articles({size}):
    for claim in extract(body, lang):
        print(repr(claim))
"""


def _compile(sources: list[Path], staging: Path, jobs: int) -> Path:
    """Run mypyc and the C compiler; the folder holding the built ``claims/extraction/*.so`` tree."""
    from mypyc.build import mypycify  # a dev dependency: ImportError when absent
    from setuptools import Distribution

    config = staging / "mypy.ini"
    config.write_text("[mypy]\npython_version = 3.11\nstrict = True\n", encoding="ascii")
    relative = [str(p.relative_to(ROOT)) for p in sources]
    cwd = Path.cwd()
    os.chdir(ROOT)  # mypy resolves ``claims.*`` from the project root
    try:
        extensions = mypycify(["--config-file", str(config), *relative], opt_level="3", target_dir=str(staging / "c"))
        dist = Distribution({"name": "factcheck-native", "ext_modules": extensions})
        dist.script_args = [
            "build_ext",
            "--build-lib",
            str(staging / "lib"),
            "--build-temp",
            str(staging / "obj"),
            "--parallel",
            str(jobs),
        ]
        dist.parse_command_line()
        dist.run_commands()
    finally:
        os.chdir(cwd)
    return staging / "lib"


def _extract_output(build_root: Path | None) -> bytes:
    """What a child process extracts from the check corpus, with the build under ``build_root`` or pure Python."""
    env = dict(os.environ)
    if build_root is None:
        env["FACTCHECK_NATIVE"] = "0"
    else:
        env.pop("FACTCHECK_NATIVE", None)
        env["FACTCHECK_NATIVE_BUILD"] = str(build_root)
    code = _CHECK.format(root=str(ROOT), bench=str(ROOT / "bench"), native=build_root is not None, size=CHECK_BYTES)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"check run failed (status {done.returncode}): {done.stderr.decode()[-2000:]}")
    return done.stdout


def build(force: bool = False, jobs: int = 2) -> Path:
    """Build, check and install the compiled core of the current sources; its folder. Raises on any failure."""
    digest = _native.sources_digest(_native.SOURCE_DIR)
    done = _native.build_dir(_native.BUILD_ROOT, digest)
    if done is not None and not force:
        return done
    staging = _native.BUILD_ROOT / f".staging-{digest}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        lib = _compile(_native.compiled_sources(_native.SOURCE_DIR), staging, jobs)
        if _native.sources_digest(_native.SOURCE_DIR) != digest:
            raise RuntimeError("the sources changed while they were compiled; run it again")
        (lib / _native.MARK).write_text(digest + "\n", encoding="ascii")
        checked_root = staging / "checked"
        checked_root.mkdir()
        lib.rename(checked_root / digest)
        if _extract_output(checked_root) != _extract_output(None):
            raise RuntimeError("the compiled build extracts other claims than the pure modules")
        target = _native.BUILD_ROOT / digest
        shutil.rmtree(target, ignore_errors=True)
        (checked_root / digest).rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for old in _native.BUILD_ROOT.iterdir():  # older builds, and staging folders of builds killed an hour ago
        stale_staging = old.name.startswith(".staging-") and time.time() - old.stat().st_mtime > 3600
        if old.name != digest and (stale_staging or not old.name.startswith(".staging-")):
            shutil.rmtree(old, ignore_errors=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--force", action="store_true", help="rebuild even when the current build is there")
    parser.add_argument("--jobs", type=int, default=2, help="C compiler processes (default 2)")
    args = parser.parse_args()
    started = time.monotonic()
    try:
        target = build(args.force, args.jobs)
    except Exception as error:  # any failure leaves the project on its pure Python (or on a build already in place)
        kept = _native.build_dir(_native.BUILD_ROOT, _native.sources_digest(_native.SOURCE_DIR))
        fallback = f"the build in place is kept ({kept.relative_to(ROOT)})" if kept else "pure Python is used"
        print(f"native build: not built ({type(error).__name__}: {error}); {fallback}", file=sys.stderr)
        return 1
    print(f"native build: {target.relative_to(ROOT)} ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
