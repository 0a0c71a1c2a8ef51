"""Disease names inside the noun phrase of a case count (DESIGN.md 4.1, composed labels).

COVID-19 bulletins name the disease between the case noun and its verb: "Kasus konfirmasi positif COVID-19
bertambah 4.385", "kasus terkonfirmasi Covid-19 naik 2.100". A rule that walks back from the verb to the noun its
clause opens with steps over the name (``[composed_labels.diseases]``), which the tokenizer may split in three
("covid", "-", "19"), so the name costs the walk no reach.
"""

from __future__ import annotations

from claims.extraction.view import SentenceView


def disease_before(s: SentenceView, end: int) -> int:
    """Where a disease name ending right before token ``end`` starts; ``end`` itself when none ends there."""
    diseases = s.lex.composed_labels.get("diseases")
    if diseases is None or end < 1 or s.words[end - 1] not in diseases.lasts:
        return end
    found = diseases.match_ending(s.words, end)
    return end - found[0] if found is not None and found[0] < end else end
