"""The bounds every extracted claim is held to before it is stored or answered.

The extractor reads any text; what leaves it for the database or an API answer is bounded
here (docs/architecture.md, "Limits"):

- a claim's sentence is its context, at most MAX_CONTEXT_CHARS characters: a longer one is
  cut to a window around the figure (marked with "…" where it was cut);
- a figure that a float cannot hold, or one beyond MAX_FIGURE, is not a count of anything:
  that claim is dropped alone (logged), never the article or the request.

Plain Python (no Django), so the API view and the extraction service share it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from claims.extraction.types import ExtractedClaim

logger = logging.getLogger(__name__)

MAX_CONTEXT_CHARS = 1000
# Larger than any count a news story reports (the world's population is 8e9), small enough
# that every figure below it is an exact float.
MAX_FIGURE = 10**15
ELLIPSIS = "\u2026"


def bounded_context(sentence: str, figure: str, limit: int = MAX_CONTEXT_CHARS) -> str:
    """The sentence when it fits in ``limit`` characters, else a window of it around ``figure``.

    >>> bounded_context("Dua tewas.", "Dua")
    'Dua tewas.'
    >>> window = bounded_context("a, " * 600 + "18 tewas" + ", b" * 600, "18 tewas", limit=40)
    >>> len(window) <= 40, "18 tewas" in window, window[0], window[-1]
    (True, True, '…', '…')
    """
    if len(sentence) <= limit:
        return sentence
    at = sentence.find(figure) if figure else -1
    if at < 0:
        at = 0
    room = limit - 2  # one ellipsis at each end
    start = max(0, min(at - (room - len(figure)) // 2, len(sentence) - room))
    stop = min(len(sentence), start + room)
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if stop < len(sentence) else ""
    return head + sentence[start:stop].strip() + tail


def figure_in_range(value: Any) -> bool:
    """A figure a claim may carry: absent, or a finite number no larger than MAX_FIGURE.

    >>> figure_in_range(None), figure_in_range(12), figure_in_range(10**400), figure_in_range(float("nan"))
    (True, True, False, False)
    """
    if value is None:
        return True
    try:
        number = float(value)
    except (OverflowError, TypeError, ValueError):
        return False
    return math.isfinite(number) and abs(number) <= MAX_FIGURE


def out_of_range_reason(claim: ExtractedClaim) -> str | None:
    """Why this claim cannot be stored as it is, or None."""
    for name in ("value", "low", "high"):
        if not figure_in_range(getattr(claim, name)):
            return f"{name} is not a finite number up to {MAX_FIGURE:.0e}"
    if claim.high is not None and float(claim.low) > float(claim.high):
        return "low is above high"
    return None


def bounded_claims(claims: Iterable[ExtractedClaim], *, where: str = "") -> list[ExtractedClaim]:
    """The claims with an in-range figure, each with a bounded context; each claim dropped is
    logged with its span and the reason."""
    kept: list[ExtractedClaim] = []
    for claim in claims:
        reason = out_of_range_reason(claim)
        if reason is not None:
            logger.warning(
                "claim dropped%s at %d-%d (%r): %s",
                f" in {where}" if where else "",
                claim.start,
                claim.end,
                claim.text[:40],
                reason,
            )
            continue
        context = bounded_context(claim.sentence, claim.text)
        kept.append(claim if context is claim.sentence else replace(claim, sentence=context))
    return kept
