"""A state word between two figures is the earlier one's (issue 11, gate14id, round 10 seventh wave, Indonesian).

On fresh conflict reports (traced with :mod:`claims.extraction.measure_trace`) ``_verb_before`` read a state word
that stands right after an earlier figure as a verb before the next one: "setidaknya 40 tewas 50 lainnya terluka"
gave the 50 the 40's death. The word is the earlier figure's predicate (it ends that figure's phrase), and the later
figure goes on with a measure word of its own ("terluka"): it is that word's subject, no object of the word before
it, so the figure is ``other`` rather than the earlier one's measure. A verb that takes the next figure as its
object keeps it ("2 tabung gas melukai 5 orang", where the 5 has no predicate of its own), and so does a verb with no
figure before it ("Penduduk Desa Tewas 20 Orang").

The check starts from the sentence's mentions, so a sentence with one figure costs nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.part_whole_gates import past_auxiliaries

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def earlier_figures_predicate(f: Figure, measure: str) -> bool:
    """The measure word ``_verb_before`` read for ``f`` closes an earlier figure's phrase, and ``f`` has a measure
    word of another measure after it ("40 tewas 50 lainnya terluka"): the figure is ``other``."""
    if f.rule_name != "_verb_before" or len(f.mentions) < 2:
        return False
    s, m = f.s, f.m
    k = s.before_determiners(m.first - 1)
    found = s.measure_ending_at(k) if k >= 0 else None
    if found is None:
        return False
    start = found[0]
    if not any(o.first < m.first and max(o.np_end, o.num_end) == start for o in f.mentions):
        return False  # no figure right before the word: "Penduduk Desa Tewas 20 Orang"
    j = past_auxiliaries(s, max(m.np_end, m.num_end))
    own = s.measure_at(j) if j < len(s.words) else None
    return own is not None and own[1] != measure
