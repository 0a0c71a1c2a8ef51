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

from claims.extraction.extractor import DEFAULT_MAX_CHARS, extract
from claims.extraction.language import detect_language
from claims.extraction.lexicon import available_languages
from claims.extraction.phrases import is_ordinal, parse_number, parse_ordinal
from claims.extraction.types import MEASURES, ExtractedClaim, ExtractionError

SUPPORTED_LANGUAGES: tuple[str, ...] = available_languages()
"""Codes of the languages with a lexicon file, e.g. ``("en", "id")``."""

__all__ = [
    "DEFAULT_MAX_CHARS",
    "MEASURES",
    "SUPPORTED_LANGUAGES",
    "ExtractedClaim",
    "ExtractionError",
    "detect_language",
    "extract",
    "is_ordinal",
    "parse_number",
    "parse_ordinal",
]
