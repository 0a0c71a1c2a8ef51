"""The rest's own clause after a relative clause (issue 11, round 11: Dinkes and puskesmas outbreak reports).

"Saat ini ada 26 balita yang menjalani rawat inap dan yang lainnya sudah diperbolehkan pulang": the measure word of
the relative clause (*rawat inap*) is the figure's; the later verb (*diperbolehkan pulang*) is said of the others
(``[syntax] others``: *lainnya*, *sisanya*), who open a clause of their own after a joiner, a comma or a relative
word. The reach rule that lets a main verb after a relative clause win (:func:`claims.extraction.reach.search_right`)
asks this module first, so the figure keeps its relative clause's measure.
"""

from __future__ import annotations

from claims.extraction.view import SentenceView


def others_between(s: SentenceView, position: int, k: int) -> bool:
    """Between the relative clause's measure word at ``position`` and the later measure word at ``k`` a clause
    opens whose subject is the others ("... dan yang lainnya sudah pulang", "..., sisanya dirawat jalan")."""
    words, lex = s.words, s.lex
    for j in range(position + 1, k):
        if words[j] not in lex.others or j == 0:
            continue
        before = words[j - 1]
        if before == "," or before in lex.coordinators or before in lex.relative_words:
            return not any(position < f < j for f in s.mention_firsts)
    return False
