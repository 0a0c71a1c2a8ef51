"""People who had been missing for a while and are missing no longer: "Speedboat berisi 11 orang yang sempat hilang
itu ditemukan", "lima nelayan yang sempat dinyatakan hilang kembali dengan selamat" (SAR reports on boats, fishermen
and climbers). A word of a past state (``[cues] once_words``: "sempat"), perhaps with a verb of reporting
(``once_skips``: "dinyatakan"), right before the measure word that names them missing: they are found (DESIGN 4.1:
prefer ``other`` to a wrong measure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.later_words import next_hit

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def once_missing(f: Figure) -> bool:
    """The measure word after the figure that names it missing follows a word of a past state.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Tiga orang yang sempat hilang itu ditemukan warga.", "id")]
    [('other', 'found')]
    """
    s = f.s
    once = s.lex.cue("once_words")
    if once.isdisjoint(s.word_set):
        return False
    k, hit = next_hit(s, f.m, max(f.m.np_end, f.m.num_end))
    if hit is None or hit[1] != "missing":
        return False
    skips = s.lex.cue("once_skips")
    j = k - 1
    while j > f.m.first and s.words[j] in skips:
        j -= 1
    return j > f.m.first and s.words[j] in once
