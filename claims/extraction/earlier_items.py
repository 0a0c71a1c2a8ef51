"""Figures that take the measure of the figure before them across a few words (wire copy, issue 11, round 6): the
earlier figure of a revised tally ("the toll rose to 22 from 15") and a part after a named item of the same list
("killed six people, including a woman and her four children"); and one that takes none, an adjunct after a
preposition and an article ("including 7 deaths, were reported in the nine affected states"); and an item of a list
counted by the classifier its head opens with ("Lima kasus meninggal karena gizi buruk, masing-masing dari X dua
kasus, Y satu kasus": Dinkes tallies by regency), which takes the head's measure though its bare noun names none."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.lexicon import NounInfo
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

GROUP_CLASSES: Final = frozenset({"children", "women", "men"})
"""Subject classes of groups of people (DESIGN 4: the subject hierarchy's groups below ``people``)."""
_NAMED_ITEM_WORDS = 4  # at most this many words name the item before the figure ("a pregnant woman and")


def inherits_from_before(s: SentenceView, m: Mention, antecedent: Mention | None) -> bool:
    """``m`` takes the measure of the figure before it: see :func:`earlier_after_total`, :func:`after_named_item`."""
    return m.first > 1 and (earlier_after_total(s, m, antecedent) or after_named_item(s, m))


def earlier_after_total(s: SentenceView, m: Mention, antecedent: Mention | None) -> bool:
    """ "The toll rose to 22 from 15", "climbed to 140 from 96 a day earlier": the figure after ``[cues]
    earlier_after`` ("from") right after a new total (a figure after ``[cues] total_before``: "to") is the same
    tally's earlier figure."""
    cues, words, a = s.lex.cues, s.words, antecedent
    return (
        a is not None
        and a.last == m.first - 1
        and a.first > 0
        and words[m.first - 1] in cues.get("earlier_after", ())
        and words[a.first - 1] in cues.get("total_before", ())
    )


def after_named_item(s: SentenceView, m: Mention) -> bool:
    """ "including a woman and four children", "among them a police officer and three soldiers": a list joiner
    before the figure, a few lower-case words with no figure, measure word or clause break (an item named without a
    figure), then a phrase of ``[anaphora] inherit_before``: the figure is a part of the whole before, like the
    item it is listed with."""
    words, lex = s.words, s.lex
    k = m.first - 1
    while k > 1 and words[k] in lex.determiners:
        k -= 1  # "and her four children"
    if words[k] not in lex.list_joiners and words[k] != ",":
        return False
    start = k
    while k > 0 and start - k < _NAMED_ITEM_WORDS:
        k -= 1
        w = words[k]
        if w in lex.inherit_before.lasts and k < start - 1 and lex.inherit_before.match_ending(words, k + 1):
            return True
        if (
            s.kinds[k] != "w"
            or w in CLAUSE_PUNCT
            or w in lex.clause_breaks
            or not s.texts[k][0].islower()
            or k in s.mention_firsts
            or s.measure_at(k) is not None
        ):
            return False
    return False


def article_adjunct(s: SentenceView, m: Mention) -> bool:
    """ "including 7 deaths, were reported in the nine affected states": an ``other`` figure after a place preposition
    and an article is that preposition's object, no item of a list before it."""
    return (
        m.measure == "other"
        and m.first > 1
        and s.words[m.first - 1] in s.lex.determiners
        and s.words[max(0, s.before_determiners(m.first - 1))] in s.lex.place_prepositions
    )


def same_classifier(s: SentenceView, head: Mention, m: Mention) -> bool:
    """The item ``m`` is counted by the very word the head's noun phrase opens with ("Lima kasus meninggal ..., dua
    kasus", "12 korban tewas ..., lima korban"), a real head (no stand-in) with a noun of its own."""
    a, b = head.num_end, m.num_end
    if head.stand_in or not head.nouns or not m.nouns or a >= len(s.words) or b >= len(s.words):
        return False
    return s.words[a] == s.words[b] and len(m.nouns) == 1 and m.np_end == b + 1


def counts_people(noun: NounInfo) -> bool:
    """A noun an item of a list named before it may count by: a generic one ("orang", "jiwa") or a group of people
    ("Korban meninggal berasal dari Kabupaten X (6 anak) dan Kota Y (2 anak)": children; gizi buruk tallies)."""
    return noun.generic or noun.subject_class in GROUP_CLASSES
