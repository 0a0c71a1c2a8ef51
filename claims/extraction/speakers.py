"""Speakers named before a colon in headlines and fast copy (DESIGN.md 4.1).

"Tiga Polisi Kena Sabet Senjata Tajam, Kabid Humas: Ada 6 yang Bawa Sajam": the words before the colon name who
speaks (an official's title of ``[syntax] speaker_titles``), not a place of a breakdown, so the figure after the
colon is no item of the list before it.
"""

from __future__ import annotations

from claims.extraction.view import SentenceView, syntax_list


def speaker_colon(s: SentenceView, gap: range) -> bool:
    """A colon in ``gap`` (the tokens between two figures) comes right after an official's title and the name or
    office that may follow it ("Kabid Humas:", "Kapolres Bogor:")."""
    titles = syntax_list(s, "speaker_titles")
    if not titles:
        return False
    words = s.words
    for k in gap:
        if words[k] != ":":
            continue
        j = k - 1
        while j >= gap.start and s.kinds[j] == "w" and words[j] not in titles:
            j -= 1
        if j >= gap.start and words[j] in titles:
            return True
    return False
