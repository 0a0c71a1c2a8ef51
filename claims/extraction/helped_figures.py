"""The figure a verb of help follows is the party helped, no force sent: "Evakuasi lima orang korban penambang timah
itu dibantu relawan" (the helpers are the volunteers after the verb). Only a force named after the verb of help is
deployed ("memadamkan api dibantu tiga unit mobil pemadam dan 25 personel"; ``[measures] deployed`` holds the verb,
``[cues] help_verbs`` names it here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.later_words import next_hit

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_BEFORE_REACH: Final = 4  # tokens back from the figure a verb of sending may stand ("menerjunkan sebanyak 40")


def helped_figure(f: Figure) -> bool:
    """The deployment word after the figure is a verb of help (``[cues] help_verbs``): the figure was helped.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.low) for c in extract("Evakuasi tujuh korban itu dibantu relawan.", "id")]
    [('other', 7)]
    """
    s = f.s
    helps = s.lex.cue("help_verbs")
    if helps.isdisjoint(s.word_set):
        return False
    k, hit = next_hit(s, f.m, max(f.m.np_end, f.m.num_end))
    if hit is None or hit[1] != "deployed" or s.words[k] not in helps:
        return False
    for j in range(f.m.first - 1, max(-1, f.m.first - _BEFORE_REACH), -1):
        found = s.measure_at(j)
        if found is not None and found[1] == "deployed":
            return False  # "menerjunkan 40 personel tim gabungan dibantu relawan": the verb before sends the force
    return True
