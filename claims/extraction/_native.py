"""Which build of the extraction core runs: the compiled one (mypyc) when it was built from exactly these sources.

The modules of ``claims/extraction/`` are plain Python and stay the reference. ``scripts/build_native.py``
(``make native``) compiles them with mypyc into ``build/native/<digest>/``, where ``<digest>`` is
:func:`sources_digest` of the sources it compiled. :func:`activate` (called by the package's ``__init__``
before any other module of the package is imported) puts that directory in front of the package's
``__path__`` only when the directory of the *current* sources' digest exists and holds the mark the build
script writes after it checked the build against the pure modules. An edited source changes the digest, so
a stale build is never imported: the package falls back to its ``.py`` files until ``make native`` runs
again. No compiler, a failed build, or ``FACTCHECK_NATIVE=0`` in the environment: pure Python.

Not compiled: this module, the package's ``__init__``, ``measure_trace`` (a debug aid that patches the pure
modules) and ``types`` (``ExtractedClaim`` stays an ordinary
dataclass; the extractor builds it through ``object.__new__``, which a compiled class refuses).

>>> len(sources_digest(SOURCE_DIR)) == DIGEST_LENGTH
True
>>> names = [p.name for p in compiled_sources(SOURCE_DIR)]
>>> "view.py" in names, "types.py" in names, "_native.py" in names
(True, False, False)
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent
"""The package's own directory (its ``.py`` files and ``lexicons/``), wherever the compiled modules live."""

PROJECT_DIR = SOURCE_DIR.parent.parent
BUILD_ROOT = PROJECT_DIR / "build" / "native"
MARK = "BUILT_FROM"
"""File of a finished build directory: the digest it was built from, written once the build was checked."""

NOT_COMPILED = frozenset({"__init__.py", "_native.py", "measure_trace.py", "types.py"})
DIGEST_LENGTH = 24
FORMAT = "mypyc-1"
"""Changes when the way the build is made changes (and with it every digest)."""


def compiled_sources(source_dir: Path) -> list[Path]:
    """The modules mypyc compiles, in a stable order."""
    return sorted(p for p in source_dir.glob("*.py") if p.name not in NOT_COMPILED)


def sources_digest(source_dir: Path) -> str:
    """A digest of everything a build depends on: every ``.py`` of the package (compiled or not: the compiled
    code relies on the others' types), ``claims/vocabulary.py`` (imported by the core), the interpreter's
    version and :data:`FORMAT`."""
    h = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{sys.implementation.cache_tag}\0".encode())
    paths = [*sorted(source_dir.glob("*.py")), source_dir.parent / "vocabulary.py"]
    for path in paths:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() if path.is_file() else b"(missing)")
        h.update(b"\0")
    return h.hexdigest()[:DIGEST_LENGTH]


def build_dir(build_root: Path, digest: str) -> Path | None:
    """The finished build of ``digest`` under ``build_root``, or None (missing, unfinished or another digest's)."""
    directory = build_root / digest
    try:
        mark = (directory / MARK).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return directory if mark == digest else None


def activate(package_path: list[str], environ: dict[str, str] | None = None) -> str | None:
    """Put the compiled build of the current sources in front of ``package_path`` (the package's ``__path__``) and
    its shared library's directory on ``sys.path``; return the build's directory, or None for pure Python.

    ``FACTCHECK_NATIVE=0`` switches it off; ``FACTCHECK_NATIVE_BUILD`` names another build root (the build script
    checks a new build from a staging root before it moves it into place)."""
    env = os.environ if environ is None else environ
    if env.get("FACTCHECK_NATIVE", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    root = Path(env["FACTCHECK_NATIVE_BUILD"]) if env.get("FACTCHECK_NATIVE_BUILD") else BUILD_ROOT
    try:
        directory = build_dir(root, sources_digest(SOURCE_DIR))
    except OSError:
        return None
    if directory is None:
        return None
    package_path.insert(0, str(directory / "claims" / "extraction"))
    if str(directory) not in sys.path:
        sys.path.append(str(directory))  # the shared library every compiled module imports by its own name
    return str(directory)
