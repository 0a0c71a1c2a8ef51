"""A count set off right after the noun phrase that names its measure (issue 11, round 8: real copy dresses the
bare "korban luka sembilan orang" in marks): between dashes, commas or brackets ("Polisi yang terluka — 12 orang —
dibawa ke RS", "Korban luka, sembilan orang, dirawat di puskesmas", "Korban tewas (tujuh orang) terdiri atas ..."),
and a fact-box label with its source in brackets before the colon ("Korban tewas (data Polda, Minggu): lima orang").
The noun phrase opens its clause and holds the measure word; the figure's own noun is only a classifier."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.clauses import ASIDES, aside_start
from claims.extraction.subjects import compatible
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_CLOSERS: Final = {",": ",", **ASIDES}
"""The mark that opens the set-off figure, and the one that must close it."""
_LINE_ENDS: Final = frozenset({";", ".", ","})  # what ends a fact-box item after a dash
_REACH: Final = 8  # words of the noun phrase before the mark: "Mahasiswa yang dibawa ke rumah sakit"
_BRACKET_REACH: Final = 14  # a source in brackets: "(data Polda Sumatera Tengah, Minggu 14.00 WIB)"


def set_off_count(f: Figure) -> str | None:
    """A rule of ``MEASURE_RULES``: the measure of the noun phrase before a figure set off by marks, or before the
    bracketed source of a fact-box label."""
    s, m = f.s, f.m
    words, k = s.words, m.first - 1
    if k < 1 or f.head is None or not f.head.generic or m.unit is not None:
        return None  # only a classifier ("orang", "jiwa"): a noun of its own ("Warga, 12 pengungsi,") is read by it
    mark = words[k]
    if mark == ":" and words[k - 1] == ")":
        opening = aside_start(s, k - 1, "(", CLAUSE_PUNCT, _BRACKET_REACH)
        return None if opening is None else _phrase_measure(f, opening)
    close = _CLOSERS.get(mark)
    end = max(m.np_end, m.num_end)
    if close is None or mark == "(" or mark == ",":
        closed = close is not None and end < len(words) and words[end] == close
    else:  # a dash closes the figure, or stands for a fact box's colon: "Korban meninggal — 6 orang; ..."
        closed = end >= len(words) or words[end] == close or words[end] in _LINE_ENDS
    return _phrase_measure(f, k) if closed else None


def _phrase_measure(f: Figure, mark: int) -> str | None:
    """The first measure word of the noun phrase that opens the sentence or clause and ends at ``mark``, with no
    figure in it."""
    s = f.s
    start = mark
    while start > 0 and mark - start < _REACH:
        w = s.words[start - 1]
        if w in CLAUSE_PUNCT or w == "," or w == ";" or (start - 1) in s.mention_firsts:
            break
        start -= 1
    if start > 0 and s.words[start - 1] not in CLAUSE_PUNCT and s.words[start - 1] not in (",", ";"):
        return None  # the phrase runs on past the reach, or a figure stands in it
    for j in range(start, mark):
        found = s.measure_at(j)
        if found is not None:
            measure = found[1]
            if measure.startswith("=") or not compatible(measure, f.cls):
                return None
            f.named_before = j
            return measure
    return None
