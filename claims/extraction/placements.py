"""A verb of placement posts a force or a crew; other people it places are housed, not sent: "31 WNI (27 laki-laki
dan empat perempuan) ditempatkan di rumah perlindungan Kemensos" (trafficking victims brought home), "Para korban
ditempatkan di aula desa" are no deployment, "300 personel ditempatkan di titik rawan" is (``[cues]
placement_verbs``; ``turnouts.present_not_sent`` asks it for figures that count no force).

>>> from claims.extraction import extract
>>> [(c.low, c.measure) for c in extract("Sebanyak 31 warga ditempatkan di aula kecamatan.", "id")]
[(31, 'other')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mention_type import Mention
from claims.extraction.view import SentenceView

_REACH: Final = 12  # words from the figure to its verb of placement, past a bracketed breakdown


def placed(s: SentenceView, m: Mention) -> bool:
    """A verb of placement right before the figure, or after it in the same clause (brackets may stand between)."""
    verbs = s.lex.cue("placement_verbs")
    words = s.words
    if not verbs or (m.first > 0 and words[m.first - 1] in verbs):
        return bool(verbs)
    for k in range(m.num_end, min(len(words), m.num_end + _REACH)):
        if words[k] in verbs:
            return True
        if s.kinds[k] == "p" and words[k] not in "()":
            return False  # another clause: "..., 300 personel ditempatkan" belongs to its own figure
    return False
