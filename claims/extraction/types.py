"""Value types returned by :mod:`claims.extraction`.

An :class:`ExtractedClaim` is one numeric statement found in a text, with its character
span into the text exactly as it was given::

    >>> import datetime
    >>> claim = ExtractedClaim(
    ...     text="Lebih dari 2.200", start=0, end=16, sentence="Lebih dari 2.200 orang ditangkap.",
    ...     measure="arrested", subject="people", value=2200, low=2201, high=None,
    ...     qualifier="more_than", unit=None, as_of=datetime.date(2022, 1, 7), attributed_to=None,
    ...     language="id")
    >>> claim.to_dict()["as_of"]
    '2022-01-07'
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from typing import Any

# The closed sets of measures and qualifiers (DESIGN.md section 4) are the project's one
# vocabulary, shared with the models, the API and verification.
from claims.vocabulary import MEASURES as MEASURES
from claims.vocabulary import QUALIFIERS as QUALIFIERS


class ExtractionError(ValueError):
    """Raised when a text is refused (empty, binary, NUL bytes, over the size limit)."""


@dataclass(frozen=True)
class ExtractedClaim:
    """One numeric claim. ``text == body[start:end]`` for the body given to ``extract``.

    ``low``/``high`` follow DESIGN.md section 4 (``high`` None = unbounded); ``value`` is
    the number as written (None for vague quantities and ranges).
    """

    text: str
    start: int
    end: int
    sentence: str
    measure: str
    subject: str | None
    value: float | int | None
    low: float | int
    high: float | int | None
    qualifier: str
    unit: str | None
    as_of: datetime.date | None
    attributed_to: str | None
    language: str
    # An item of a breakdown by place (DESIGN 4.1), as written without its preposition.
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready values (``as_of`` as an ISO date string).

        >>> ExtractedClaim("18", 0, 2, "18 tewas.", "killed", "people", 18, 18, 18, "exact",
        ...                None, None, None, "id").to_dict()["low"]
        18
        """
        out: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        out["as_of"] = self.as_of.isoformat() if self.as_of is not None else None
        return out
