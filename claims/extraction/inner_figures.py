"""A gate on the reach of a measure word read after a figure (issue 11, round 13: a wrong specific measure is worse
than ``other``).

``_word_after`` of :mod:`claims.extraction.resolution` reads the nearest measure word after the figure's noun phrase.
When the figure stands inside the noun phrase of the figure right before it, as the object of that figure's noun
("Dua pelaku penyerangan tiga pengendara motor diringkus polisi", "Four attackers of two schoolboys were arrested"),
both reach the same predicate, but the predicate belongs to the head of the phrase, the earlier figure: the inner
figure counts the people the head's noun is about, and names no measure of its own. The same holds for a verb before
both that ``_shared_verb`` hands on as if to a second object ("Polisi mengamankan tiga pelaku pembacokan dua
pelajar", "Police arrested four attackers of two schoolboys"): with no joiner between them, there is no second
object.

Not gated: a list ("dua pelaku dan tiga penadah diringkus": a joiner between the two), a part and its whole ("4
dari 27 remaja", "four of the 27", "satu jenazah dari empat nelayan": a partitive or a source preposition), an
inclusion ("300 warga termasuk 12 anak-anak dievakuasi": a part that inherits the whole's measure), a relative
clause or a predicate of the head between them ("three journalists were among the 41 people detained").

A clause boundary between a figure and its word (a semicolon, "while", "sementara", "sedangkan" opening a new
clause) needs no gate here: :func:`claims.extraction.reach.search_right` stops at ``[syntax] breaks`` and
``_word_before`` skips the words of another clause; a gate on it changed nothing on 329 fresh real sentences nor on
the dev pool and corpora (round 13), so none is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.reach import active_verb
from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_GATED_RULES: Final = frozenset({"_word_after", "_shared_verb"})  # the word after both, or the verb before both


def inside_earlier_phrase(f: Figure, measure: str) -> bool:
    """The measure word read after ``f`` is the predicate of the figure right before it, whose noun phrase holds
    ``f`` (only words between them: no comma, joiner, relative word, verb or measure word), and which read the same
    measure: the word is that figure's, the head of the phrase."""
    s, m = f.s, f.m
    if f.rule_name not in _GATED_RULES or m.partitive or m.inherit or m.base_of is not None:
        return False
    before = [o for o in f.mentions if o.first < m.first and o is not m]
    if not before:
        return False
    a = before[-1]
    if not a.valid or a.measure != measure or a.partitive or a.base_of is not None:
        return False
    if a.num_end + 1 >= m.first:
        return False  # the head noun alone, or nothing, between them
    relative, light = s.lex.relative_words, syntax_list(s, "light_verbs")
    sources = syntax_list(s, "source_prepositions")
    for j in range(a.num_end, m.first):
        w = s.words[j]
        if s.kinds[j] != "w" or w in s.tables.joiners or w in relative or w in light or active_verb(s, j):
            return False  # a list, a relative clause, or a predicate of the head: "three were among the 41 people"
        if w in sources:
            return False  # a part and its whole: "satu jasad dari tiga santri yang meninggal"
        if j > a.num_end and s.measure_at(j) is not None:
            return False  # a measure word of the head's own ("tersangka tewas tiga ...")
    return True
