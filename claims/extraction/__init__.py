"""Numeric claim extraction: text in, :class:`ExtractedClaim` values out.

Pure Python (no Django), so the API, the commands and the workers all share it::

    >>> from claims.extraction import extract, parse_number
    >>> [(c.measure, c.subject, c.low, c.high, c.qualifier) for c in extract("Puluhan orang tewas.", "id")]
    [('killed', 'people', 20, 99, 'vague')]
    >>> parse_number("dua puluh tiga", "id")
    23

Languages are the lexicon files in ``claims/extraction/lexicons/`` (docs/lexicons.md).
"""

from __future__ import annotations

from claims.extraction import _native

NATIVE_BUILD: str | None = _native.activate(__path__)
"""Directory of the compiled build in use (``make native``, docs/performance.md), or None: pure Python. Set before
the package's other modules are imported, so they all come from the same place."""

from claims.extraction.extractor import DEFAULT_MAX_CHARS, extract  # noqa: E402
from claims.extraction.language import detect_language  # noqa: E402
from claims.extraction.lexicon import available_languages  # noqa: E402
from claims.extraction.phrases import is_ordinal, parse_number, parse_ordinal  # noqa: E402
from claims.extraction.types import MEASURES, ExtractedClaim, ExtractionError  # noqa: E402

SUPPORTED_LANGUAGES: tuple[str, ...] = available_languages()
"""Codes of the languages with a lexicon file, e.g. ``("en", "id")``."""

__all__ = [
    "DEFAULT_MAX_CHARS",
    "MEASURES",
    "NATIVE_BUILD",
    "SUPPORTED_LANGUAGES",
    "ExtractedClaim",
    "ExtractionError",
    "detect_language",
    "extract",
    "is_ordinal",
    "parse_number",
    "parse_ordinal",
]
