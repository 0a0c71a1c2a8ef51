"""A figure with a fraction is no count of people (gate17en, English inquiry and anniversary copy).

A people measure counts whole people: "10.3 arrested" cannot be said. A figure whose own value has a fraction (no
scale word made it whole: "2.5 million" is 2,500,000) that a people measure reached through a nearby word is some
other number the measure word does not govern: a British clock time ("A minute's silence was held at 11.02", "the
hearing was held at 10.30"), an average or a rate ("2.3 deaths a day"), a magnitude. It becomes ``other`` with its
subject, never a wrong specific measure (DESIGN 4.1: uncertain measure). Language-free: it reads only the value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PEOPLE_MEASURES

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def fractional_people(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the people counts whose value has a fraction as ``other`` (module docstring)."""
    del s  # the value alone decides
    for m in mentions:
        if not m.valid or m.measure not in PEOPLE_MEASURES or m.unit is not None:
            continue
        value = m.value
        if value is not None and value != value.to_integral_value():
            m.measure, m.subject_class, m.place = "other", None, None
