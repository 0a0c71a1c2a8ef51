"""Figures that count no event's people though a measure word reaches them (audit en3, issue 11; DESIGN 4.1: prefer
``other`` to a wrong measure).

Loads: a vessel's load right after its verb (``[cues] load_verbs``: "carrying") counts who was aboard: "two minors
were found dead on a migrant boat carrying nearly 40 people and a search was under way for a woman reported
missing" reports no 40 missing. A noun that names its own measure keeps it ("a boat carrying 55 refugees").

Crowds the figure was among: "At least 550 people among the crowds who gathered in Mecca have been confirmed dead":
a turnout word after "among" (``[cues] among``) names the crowd the figure's people were part of; a measure later
in the clause is theirs, not the crowd's turnout.

Learning: "gathered that" (``[cues] learn_verbs`` before "that") is what a reporter learned: "Blueprint further
gathered that a total of 6,407 inmates ... regained unauthorised freedom" counts no crowd.

Size classes: a figure right after "of" and a plural of gatherings (``[cues] gathering_plurals``,
``size_class_plurals``) sizes a kind of gathering a rule names: "Section 144 bans demonstrations and assemblies of
more than five persons" counts no turnout (h16en_b).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def carried_load(f: Figure) -> bool:
    """The figure is the object of a verb of carrying right before it ("a dinghy carrying about 55 people"); sets
    the figure's label."""
    k = f.m.first - 1
    if k < 0 or f.s.words[k] not in f.s.lex.cue("load_verbs"):
        return False
    if f.rule_name == "_noun_measure":
        return False  # "a boat carrying 55 refugees landed": the noun's own measure
    f.label, f.other_verb = "people on board", True
    return True


def among_crowd(f: Figure) -> bool:
    """The figure's noun phrase goes on with "among" and a turnout word, and another measure word follows in its
    clause: the figure counts people of the crowd to whom something else happened."""
    s, words = f.s, f.s.words
    j = max(f.m.num_end, f.m.np_end)
    if j >= len(words) - 1 or words[j] not in s.lex.cue("among"):
        return False
    k = s.after_determiners(j + 1)
    crowd = s.measure_at(k) if k < len(words) else None
    if crowd is None or crowd[1] != "participants":
        return False
    for i in range(k + crowd[0], len(words)):
        if is_boundary(s, i) or (i in s.mention_firsts and i > f.m.first):
            return False
        later = s.measure_at(i)
        if later is not None and later[1] != "participants":
            return True
    return False


def learned(f: Figure) -> bool:
    """The turnout word that named the figure is a verb of learning before "that" ("gathered that")."""
    k = f.named_before
    words = f.s.words
    if k is None or k + 1 >= len(words) or words[k + 1] not in f.s.lex.cue("complementizers"):
        return False
    return words[k] in f.s.lex.cue("learn_verbs")


def size_class(f: Figure) -> bool:
    """The figure follows "of" after a plural of gatherings ("assemblies of more than five persons"): the size of a
    kind of gathering, no crowd."""
    k = f.m.first
    words, lex = f.s.words, f.s.lex
    if k < 2 or words[k - 1] not in lex.of_words:
        return False
    return words[k - 2] in lex.cue("size_class_plurals") or words[k - 2] in lex.cue("gathering_plurals")
