"""The earlier value of a tally, restated after a comparison: "korban meninggal dunia ... sebanyak 236 orang atau
turun 42 persen dibandingkan periode yang sama tahun lalu, yakni 598 orang" (Polri mudik recaps). The figure after
"yakni" names the compared period's value of the same tally, so it takes the measure of the tally before it; so does
a figure right after the compared period ("turun 38 persen dari tahun sebelumnya 239 jiwa").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PEOPLE_MEASURES, compatible

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

_REACH = 10  # tokens between the comparison word and "yakni"


def compared_value(f: Figure) -> str | None:
    """The measure of the last people tally before a comparison (``[cues] comparison_words``) that "yakni" (``[cues]
    restating_words``) or the compared period ("dari tahun sebelumnya 239 jiwa") right before the figure restates;
    None otherwise.

    >>> from claims.extraction import extract
    >>> text = "Korban meninggal 128 orang, turun 38 persen dari tahun lalu, yakni 296 orang."
    >>> [(c.text, c.measure) for c in extract(text, "id")]
    [('128', 'killed'), ('38 persen', 'other'), ('296', 'killed')]
    """
    s, m = f.s, f.m
    cues = s.lex.cues
    k = m.first - 1
    if k < 1 or not (s.words[k] in cues.get("restating_words", frozenset()) or _period_before(s, k)):
        return None
    comparison = cues.get("comparison_words", frozenset())
    if not any(s.words[j] in comparison for j in range(max(0, k - _REACH), k + 1)):
        return None
    for other in reversed(f.mentions[: f.mentions.index(m)]):
        if other.unit is not None or not other.valid:
            continue  # "turun 42 persen": the change, no tally
        tally = other.measure
        return tally if tally in PEOPLE_MEASURES and compatible(tally, f.cls) else None
    return None


def _period_before(s: SentenceView, k: int) -> bool:
    """Token ``k`` ends the period a comparison names ("dari tahun sebelumnya 239 jiwa", ``[cues] compared_periods``
    then ``compared_period_ends``): the figure right after it is that period's value, as after "yakni"."""
    cues = s.lex.cues
    if k < 2 or s.words[k] not in cues.get("compared_period_ends", frozenset()):
        return False
    compares = s.words[k - 2] in cues.get("comparison_words", frozenset()) or s.words[k - 2] in s.lex.range_from
    return compares and s.words[k - 1] in cues.get("compared_periods", frozenset())
