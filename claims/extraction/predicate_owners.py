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

from typing import TYPE_CHECKING, Final

from claims.extraction.part_whole_gates import past_auxiliaries
from claims.extraction.reach import prefixes_of

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_STEM_MIN: Final = 3  # letters an attribute word has after its prefix: "beranggotakan", not "beri"


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


def members_attribute(f: Figure, measure: str) -> bool:
    """``f`` counts people with a generic noun only, right after an attribute word (``[syntax] attribute_prefixes``)
    that follows a noun of an earlier figure's phrase ("9 anak kecil dalam sekeluarga beranggotakan 12 orang di Gaza
    mati terbunuh"): the size of that thing, no subject of the predicate read after it, which is the earlier
    figure's. A thing that is itself the subject keeps it ("Satu keluarga beranggotakan 6 orang hilang")."""
    if f.rule_name != "_word_after" or measure == "other":
        return False
    s, m = f.s, f.m
    k = m.first - 1
    if k < 1 or m.first != m.num_first or m.raw_label is not None or s.kinds[k - 1] != "w":
        return False
    if not m.nouns or not all(n.generic for n in m.nouns):
        return False  # a noun of its own ("bersama 3 orang rekannya"): the figure may well be the subject
    if not any(o.first < m.first and max(o.np_end, o.num_end) < k - 1 for o in f.mentions):
        return False  # no earlier figure whose phrase the thing modifies: "Satu keluarga beranggotakan 6 orang hilang"
    word = s.words[k]
    prefixes = prefixes_of(s.lex, "attribute_prefixes", False)
    if not word.startswith(prefixes) or s.measure_at(k) is not None or word in s.lex.change_words:
        return False
    return any(word.startswith(p) and len(word) - len(p) >= _STEM_MIN for p in prefixes)
