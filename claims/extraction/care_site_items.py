"""Items by site after a subset item of a care list take the list's head (DESIGN 4.1 lists; issue 11, round 14).

Clinic copy lists where the people of a poisoning or a crash are treated, with a subset among the sites: "Yang
dirawat di Puskesmas A 18 orang, rawat jalan 12 orang, di RS B 3 orang dan di RS C 2 orang". The subset item
("rawat jalan 12 orang") is ``other`` by its own other-verb; the items after it that name only a site ("di RS B 3
orang") leave its verb out, and take the measure of the list's head ("dirawat"), not the subset's: hospitalized,
each with its place. So do site items after a count of things the head's clause names ("dirawat di tiga fasilitas
kesehatan, yakni RSUD A (18), Puskesmas B (9)"). An item with a verb of its own between it and the subset keeps its
own reading.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def care_site_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the site items after a subset item of a list its head's measure (module docstring)."""
    for i in range(2, len(mentions)):
        m, prev, head = mentions[i], mentions[i - 1], mentions[i - 2]
        if not (m.valid and prev.valid and head.valid) or m.place is None or m.measure != "other":
            continue
        if prev.measure != "other" or m.subject != prev.subject or head.measure in ("other", "damaged"):
            continue
        if not _own_verb(s, head.last, prev.first) or _own_verb(s, prev.last, m.first):
            continue
        for o in mentions[i:]:
            if not o.valid or o.place is None or o.subject != prev.subject:
                break
            o.measure, o.subject, o.subject_class = head.measure, head.subject, head.subject_class


def _own_verb(s: SentenceView, start: int, end: int) -> bool:
    """Whether an other-verb ("=label") stands between ``start`` and ``end`` with no sentence end between."""
    for k in range(start, end):
        if s.words[k] in CLAUSE_PUNCT:
            return False
        found = s.measure_at(k)
        if found is not None:
            return found[1].startswith("=")
    return False
