"""Items of an inventory line, where the noun comes before its figure and a classifier after it (DESIGN 4.1):
"mobil 218 unit, sepeda motor 143 unit", "sapi 40 ekor". The noun before is the counted noun; after a word of
material loss ("Kerugian ...: mobil 218 unit", "Kerusakan rumah tercatat 318 unit") the items are damaged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

ITEM_CLASSES = frozenset({"thing", "animal"})
_LOSS_REACH = 60  # how far after a word of loss its inventory may run (keeps the rule linear)


def noun_before_item(s: SentenceView, m: Mention) -> None:
    """ "mobil 218 unit": a bare figure with a classifier after it counts the thing named right before it;
    "polisi 7 orang dan mahasiswa 12 orang", "dari aparat kepolisian sebanyak 7 orang": a figure counted by a
    generic noun counts the group named right before it (or before an exact qualifier)."""
    words, lex = s.words, s.lex
    if m.raw_label is None and m.nouns and all(noun.generic for noun in m.nouns):
        _group_before(s, m)
        return
    if lex.modifiers_follow and m.raw_label is None and not m.nouns and m.qualifier == "exact" and _bare_item_end(s, m):
        _group_before(s, m)  # "dengan rincian dewasa 12.402 jiwa, anak-anak 6.215 dan lansia 3.253" (h16id_b)
        if m.nouns:
            return
    if m.nouns or m.raw_label is not None or m.first < 1 or m.num_end >= len(words):
        return
    if words[m.num_end] not in lex.cue("item_classifiers") or words[m.first - 1] not in lex.nouns.lasts:
        return
    noun = lex.nouns.match_ending(words, m.first)
    if noun is not None and not noun[1].generic and noun[1].subject_class in ITEM_CLASSES:
        m.nouns.append(noun[1])
        m.np_end = m.num_end + 1


def _group_before(s: SentenceView, m: Mention) -> None:
    words, lex = s.words, s.lex
    k = m.first
    q = lex.qualifiers.match_ending(words, k) if k > 0 and words[k - 1] in lex.qualifiers.lasts else None
    if q is not None and q[1] == "exact":
        k -= q[0]
    if k < 1 or words[k - 1] not in lex.nouns.lasts or k - 1 in s.mention_firsts:
        return
    noun = lex.nouns.match_ending(words, k)
    if noun is None or noun[1].generic or noun[1].subject_class not in PERSON_CLASSES or noun[1].measure:
        return  # a noun that implies a measure ("demonstran") would lend it to an item of another measure
    j = k - noun[0] - 1  # the group starts an item: after a list word, a cue, a preposition or the sentence's start
    if j >= 0 and words[j] in lex.cue("group_heads"):
        j -= 1  # "rincian kelompok dewasa 12.402 jiwa": a word for a group before the group's noun
    if (
        j < 0
        or s.kinds[j] == "p"
        or words[j] in lex.list_joiners
        or words[j] in lex.breakdown_cues
        or words[j] in lex.place_prepositions
    ):
        m.nouns.insert(0, noun[1])


def _bare_item_end(s: SentenceView, m: Mention) -> bool:
    """A bare figure (no noun after it) that ends its item: a comma, a list joiner or the clause's end follows."""
    k = m.num_end
    if k >= len(s.words):
        return True
    return s.words[k] in CLAUSE_PUNCT or s.words[k] in (",", ".") or s.words[k] in s.lex.list_joiners


def loss_item(f: Figure) -> str | None:
    """A thing counted after a word of material loss in its clause is damaged: "Kerugian material meliputi mobil
    218 unit", "Kerusakan rumah akibat gempa tercatat 318 unit" (the thing right after the loss word is the
    counted noun of a figure that names none)."""
    s, m = f.s, f.m
    losses = s.lex.cues.get("loss_words")
    if not losses or losses.isdisjoint(s.word_set):
        return None
    words, lex = s.words, s.lex
    for k in range(m.first - 1, max(-1, m.first - 1 - _LOSS_REACH), -1):
        if words[k] in CLAUSE_PUNCT and not (words[k] == ":" and k > 0 and words[k - 1] in losses):
            return None  # "Kerugian: mobil 218 unit" is a fact-box line of losses
        if words[k] not in losses:
            continue
        if k > 0 and words[k - 1] in s.lex.cue("loss_predicates"):
            return None  # "9 rumah mengalami kerusakan dan 13 rumah lainnya terancam": the figure before suffered it
        graded = s.measure_at(k)
        if graded is not None and graded[0] > 1 and graded[1].startswith("="):
            return graded[1]  # "kerusakan berat pada 15 rumah": a grade of damage, a subset ([other_verbs])
        if f.head is not None:
            return "damaged" if f.head.subject_class == "thing" else None
        noun = lex.nouns.match(words, k + 1) if k + 1 < len(words) and words[k + 1] in lex.nouns.firsts else None
        if noun is None or noun[1].subject_class != "thing" or noun[1].generic:
            return None
        _take_noun(f, noun[1])
        return "damaged"
    return None


def item_list(f: Figure) -> str | None:
    """The next item of an inventory list takes the measure of the item before: "membakar mobil 31 unit dan
    sepeda motor 97 unit"."""
    a, s, m = f.antecedent, f.s, f.m
    if a is None or a.measure in (None, "other") or not (_item_at(s, a) and _item_at(s, m)):
        return None
    noun = s.lex.nouns.match_ending(s.words, m.first)
    gap = s.words[a.np_end : m.first - noun[0]] if noun is not None else ["?"]
    lex = s.lex
    if all(w == "," or w in lex.list_joiners or w in lex.coordinators for w in gap):
        return a.measure
    return None


def _item_at(s: SentenceView, m: Mention) -> bool:
    """``m`` is an item "NOUN n CLASSIFIER" read by ``noun_before_item``."""
    return (
        m.num_end < len(s.words)
        and s.words[m.num_end] in s.lex.cue("item_classifiers")
        and m.np_end == m.num_end + 1
        and bool(m.nouns)
    )


def _take_noun(f: Figure, noun: NounInfo) -> None:
    f.head, f.cls, f.label = noun, noun.subject_class, noun.label


def after_nouns(s: SentenceView, k: int) -> int:
    """The token after the counted nouns that start at token k ("3.954 orang, Distrik ...": the comma)."""
    nouns, words = s.lex.nouns, s.words
    while k < len(words) and words[k] in nouns.firsts:
        found = nouns.match(words, k)
        if found is None:
            break
        k += found[0]
        longer = nouns.match(words, k - 1) if found[0] > 1 and k < len(words) else None
        k += longer[0] - 1 if longer is not None and longer[0] > 1 else 0  # "unit rumah" + "rumah permanen"
    return k
