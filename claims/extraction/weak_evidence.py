"""Gates on the evidence of a rule's measure (issue 11: a wrong specific measure is worse than ``other``).

A rule of ``resolution.MEASURE_RULES`` names a measure from a word near the figure. On unseen Indonesian text (round 8,
traced with :mod:`claims.extraction.measure_trace`) the distance of that word, the commas and the figures between do
not tell its wrong readings from its right ones; the most frequent wrong reading is a word that belongs to something
else than the figure, most often to the *whole* a figure is taken from:

- a measure word read before the figure inside a source phrase ("dari puluhan pengunjuk rasa itu ada tujuh orang
  membawa senjata", "Dari semua yang ditangkap 340 orang sudah dibebaskan"): the figure is a part of that whole,
  picked out by a predicate of its own;
- an evacuation verb before a force ("mengevakuasi 16 prajurit"): soldiers carried out are hurt or dead, not displaced;
- a measure word after a next figure that counts the same noun ("210 pasien dan 3 pasien meninggal"): the next one's;
- the participle after the whole of a part ("4 dari 27 remaja diamankan mengaku membawa celurit"): the whole's, when
  the part goes on with a verb of its own.

Each check starts with a set lookup on the sentence's words, so a sentence without the cue costs nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.evacuation_sense import rescued_not_displaced
from claims.extraction.mentions import Mention
from claims.extraction.owner_gates import owner_fails
from claims.extraction.part_whole_gates import part_whole_fails, predicate_start
from claims.extraction.predicate_owners import earlier_figures_predicate, members_attribute
from claims.extraction.reach import active_verb, prefixes_of
from claims.extraction.subjects import FORCE_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_CHANGE_REACH = 3  # tokens around a source phrase where a change word makes it an earlier total: "naik dari 20 menjadi"
_SOURCE_REACH = 6  # words between a source preposition and the measure word of its whole: "dari total 900 orang yang"


def weak_evidence(f: Figure, measure: str) -> bool:
    """The word that named ``measure`` for ``f`` is not the figure's: the figure is ``other``."""
    rule, s, m = f.rule_name, f.s, f.m
    if part_whole_fails(f, measure) or rescued_not_displaced(f, measure) or owner_fails(f, measure):
        return True  # the word is the figure's part's or whole's (part_whole_gates.py), tells a rescue, or is owned
        # by a later figure, an indefinite part or a change (owner_gates.py)
    if measure == "displaced" and f.cls in FORCE_CLASSES and rule in ("_verb_before", "_word_after"):
        return True  # "mengevakuasi lima prajurit yang menjadi korban", "dua prajurit tersebut dievakuasi dengan
        # helikopter": the hurt or dead of a force, on either side of the word, no evacuees (gate12id: after it too)
    if rule == "_word_before" and f.named_before is not None:
        k = f.named_before
        return source_whole(s, k, m, f.owned) or whole_in_source(s, k, m, f.mentions)
    if rule == "_verb_before":
        if earlier_figures_predicate(f, measure):
            return True  # "40 tewas 50 lainnya terluka": the earlier figure's state word (gate14id)
        k = s.before_determiners(m.first - 1)
        found = s.measure_ending_at(k) if k >= 0 else None
        return found is not None and source_whole(s, found[0], m, f.owned)
    if rule == "_word_after" and members_attribute(f, measure):
        return True  # "sekeluarga beranggotakan 12 orang ... mati terbunuh": the family's size (gate14id)
    if rule == "_word_after":
        return same_noun_next(s, m, f.mentions) or (
            m.base_of is not None and whole_participle(s, f.mentions[m.base_of])
        )
    return False


def same_noun_next(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """The next figure is joined to ``m`` and counts the same noun ("90 pasien dan 4 pasien meninggal dunia"): the
    measure word after it is that figure's, which picks a group out of ours (not "8 motor dan 4 mobil rusak", nor
    "12 polisi dan 5 polisi lainnya", where the noun repeats for one more group)."""
    if not m.nouns or len(mentions) < 2:
        return False
    words, joiners = s.words, s.tables.joiners
    for o in mentions:
        if o.first < m.np_end or o is m:
            continue
        if not o.nouns or not all(w in joiners or w == "," for w in words[m.np_end : o.first]):
            return False
        same = words[m.num_end : m.np_end] == words[o.num_end : o.np_end]  # the noun as written, not its label
        return same and not any(w in s.lex.others for w in words[o.num_end : o.np_end + 1])
    return False


def source_whole(s: SentenceView, k: int, m: Mention, owned: set[int]) -> bool:
    """The measure word at ``k``, before the figure ``m``, ends a noun phrase opened by a source preposition
    (``[syntax] source_prepositions``: "dari puluhan pengunjuk rasa itu", "dari 900 orang yang ditahan"), and the
    figure has a predicate of its own after it: the word names the whole, the figure a part of it."""
    sources = syntax_list(s, "source_prepositions")
    if sources.isdisjoint(s.word_set):
        return False
    words, figure_prepositions = s.words, syntax_list(s, "figure_prepositions")
    j = k - 1
    while j >= max(0, k - _SOURCE_REACH):
        w = words[j]
        if w in CLAUSE_PUNCT or w == "," or active_verb(s, j) or w in figure_prepositions:
            return False  # "Data dari BPBD menyebutkan korban meninggal ...": the word heads a clause of its own
        if s.texts[j][:1].isupper() and w not in sources:
            return False  # "Regu dari Basarnas dengan kekuatan 20 personel": where the team comes from, no whole
        if w in sources:
            break
        j -= 1
    else:
        return False
    if j > 0 and s.kinds[j - 1] == "n":
        return False  # "Tiga dari 13 korban": the phrase is a part of the figure before it
    return _predicate_after(s, max(m.np_end, m.last), owned)


def whole_in_source(s: SentenceView, k: int, m: Mention, mentions: list[Mention]) -> bool:
    """The measure word at ``k`` ends right before a source preposition that opens the figure ("yang meninggal dari 17
    pasien itu, 11 orang meninggal"), and another figure stands in the sentence: the word names the part picked out
    of the whole ``m``, which is the other figure's, not ours. Not a change ("... dari 20 menjadi 25": an earlier
    total)."""
    if len(mentions) < 2 or m.first < 1 or s.words[m.first - 1] not in syntax_list(s, "source_prepositions"):
        return False
    found = s.measure_at(k)
    if found is None or k + found[0] != m.first - 1:
        return False
    near = s.words[max(0, k - _CHANGE_REACH) : m.np_end + _CHANGE_REACH]
    return s.lex.change_words.isdisjoint(near)


def _predicate_after(s: SentenceView, k: int, owned: set[int]) -> bool:
    """A verb of the figure's own follows its noun phrase (ending before token ``k``), after auxiliaries and a
    partitive ("340 orang sudah dibebaskan", "52 di antaranya merupakan pelajar")."""
    words, k = s.words, predicate_start(s, k)
    if k >= len(words) or k in owned or s.kinds[k] != "w" or s.texts[k][:1].isupper():
        return False
    prefixes = prefixes_of(s.lex, "predicate_prefixes", False)
    return words[k] in syntax_list(s, "light_verbs") or (bool(prefixes) and words[k].startswith(prefixes))


def whole_participle(s: SentenceView, whole: Mention) -> bool:
    """The measure word right after the whole of a part is followed by an active verb ("4 dari 27 remaja diamankan
    mengaku membawa celurit"): the participle describes the whole, the verb after it is the part's predicate."""
    k = max(whole.np_end, whole.last)
    if k >= len(s.words):
        return False
    found = s.measure_at(k)
    if found is None:
        return False
    after = k + found[0]
    return after < len(s.words) and active_verb(s, after)
