"""People who had been missing for a while and are missing no longer: "Speedboat berisi 11 orang yang sempat hilang
itu ditemukan", "lima nelayan yang sempat dinyatakan hilang kembali dengan selamat" (SAR reports on boats, fishermen
and climbers). A word of a past state (``[cues] once_words``: "sempat"), perhaps with a verb of reporting
(``once_skips``: "dinyatakan"), right before the measure word that names them missing: they are found (DESIGN 4.1:
prefer ``other`` to a wrong measure).

The same holds when the measure word stands in a relative clause of the figure's noun phrase and a predicate of
finding (``[cues] found_predicates``: "ditemukan selamat", "berhasil ditemukan", "kembali dengan selamat") follows
it in its clause: "28 siswa yang hilang kontak saat kemah pramuka ditemukan selamat keesokan harinya" (gate16id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.later_words import next_hit
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_LONGEST: Final = 4  # words of the longest predicate of finding: "ditemukan dalam keadaan selamat"


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
    found = _missing_after(f)
    return found is not None and found[0] > f.m.first and s.words[found[0]] in once


def _missing_after(f: Figure) -> tuple[int, int] | None:
    """For the measure word after the figure that names it missing: the token before it, past the words of
    ``[cues] once_skips`` ("dinyatakan"), and the token after it; None when the next measure word is no such word."""
    s = f.s
    k, hit = next_hit(s, f.m, max(f.m.np_end, f.m.num_end))
    if hit is None or hit[1] != "missing" or k <= f.m.first:
        return None
    skips = s.lex.cue("once_skips")
    j = k - 1
    while j > f.m.first and s.words[j] in skips:
        j -= 1
    return j, k + hit[0]


def found_later(f: Figure) -> bool:
    """The measure word naming the figure missing stands in its relative clause, and a predicate of finding follows
    in the clause before any other figure or measure word.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Lima pendaki yang hilang saat badai di puncak ditemukan selamat.", "id")]
    ['other']
    """
    s = f.s
    firsts = s.lex.cue_firsts("found_predicates")
    if firsts.isdisjoint(s.word_set):
        return False
    found = _missing_after(f)
    if found is None or s.words[found[0]] not in s.lex.relative_words:
        return False  # "Lima pendaki hilang ... dan dua ditemukan selamat": the clause's own predicate
    for n in range(found[1], len(s.words)):
        w = s.words[n]
        if w in firsts and s.cue_phrase_at(n, "found_predicates", _LONGEST) > 0:
            return True
        if w in CLAUSE_PUNCT or w == "," or w in s.tables.joiners or w in s.lex.relative_words:
            return False  # "..., sementara rekannya sudah ditemukan": another clause's predicate
        if n in s.mention_firsts or s.measure_at(n) is not None:
            return False
    return False
