"""A headline's source before a colon is no fact-box label (h14id, Antara and detik headlines).

"BPBD: Tiga rumah alami kerusakan akibat gempa", "Polisi: 12 pemuda diamankan": national outlets open a headline
with who said it and a colon. A label noun with no measure of its own before the colon ("Kasus baru: 120") names
the figure's thing in a fact box; here the figure has a measure word of its own after it, in its clause, and that
word, not the source, names its measure (``measure_rules._fact_box`` yields to ``_word_after``).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.figure_type import Figure
from claims.extraction.view import CLAUSE_PUNCT

_OPENING: Final[int] = 3  # tokens a source may take before its colon: "BNPB", "Kapolda Jatim", "Kepala BPBD Garut"


def headline_source(f: Figure, colon: int) -> bool:
    """The colon at token ``colon`` ends the sentence's opening source, and a measure word follows the figure in
    its clause."""
    s = f.s
    if colon > _OPENING:
        return False
    for k in range(f.m.num_end, len(s.words)):
        if s.words[k] in CLAUSE_PUNCT or s.words[k] == ",":
            return False
        if k not in f.owned and s.measure_at(k) is not None:
            return True
    return False
