"""Gates on a measure word that describes the counted noun while the sentence's predicate says something else
(issue 11, round 10 sixth wave, English health and casualty copy).

On fresh health-desk and casualty reports the wrong specific measures of ``_word_after`` took a word that
belongs to a modifier of the figure's noun, not to its predicate:

- a part of a whole named by a measure word with no figure whose own verb follows ("the condition of one of the
  injured worsened"): a subset picked out by that verb (DESIGN 4.1), no count of the whole's measure
  (:func:`part_verb_of_named_whole`);
- the part of a counted whole whose measure word opens the whole's relative or infinitive clause ("he is one of
  11 people in the district to have died"): the part is one of those, not a count (:func:`part_in_whole_relative`);
- a measure word that modifies the counted noun (reduced relative "nine passengers hurt in the crash", relative
  "who were also injured", attributive "two injured miners") while the noun's own predicate after it names another
  measure or (not after an attributive) a verb of its own ("died", "have left the hospital"): the predicate picks
  the figure out, the modifier only describes it (:func:`modifier_before_predicate`).

Each starts from a table lookup on the token at the figure's noun phrase end, so most figures cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.affixes import has_suffix
from claims.extraction.clause_owner_gates import clause_end, measure_word
from claims.extraction.clauses import named_whole_end, own_part_predicate
from claims.extraction.part_whole_gates import word_after
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import CLAUSE_PUNCT, syntax_list

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_RELATIVE_REACH: Final = 5  # tokens from a whole's noun to the word opening its relative ("people in his region to")
_MODIFIER_REACH: Final = 12  # tokens of a reduced relative before the noun's predicate ("injured in a crash on ...")


def modifier_fails(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """One of the gates of this module holds for the measure word ``_word_after`` read for ``m``."""
    return (
        part_verb_of_named_whole(s, m, measure)
        or part_among_whole(s, m, measure)
        or part_in_whole_relative(s, m, mentions, measure)
        or modifier_before_predicate(s, m, measure)
    )


def verb_group_words(s: SentenceView) -> frozenset[str]:
    """The words of a verb group before its verb: auxiliaries, adverbs and passive auxiliaries (``[cues]
    part_auxiliaries``, ``part_adverbs``, ``passive_auxiliaries``: "were also", "have been")."""
    lex = s.lex
    return lex.cue("part_auxiliaries") | lex.cue("part_adverbs") | lex.cue("passive_auxiliaries")


def past_verb_group(s: SentenceView, k: int) -> int:
    """The first token at or after ``k`` that is no word of a verb group (:func:`verb_group_words`)."""
    words, skip = s.words, verb_group_words(s)
    while k < len(words) and words[k] in skip:
        k += 1
    return k


def part_verb_of_named_whole(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "The condition of one of the injured worsened", "two of the dead identified by relatives", "three of the
    wounded inmates required surgery": a part of a whole that a measure word names (past the whole's counted noun, if
    any) with no figure, followed by a past verb of its own (``[cues] participle_suffixes``, no
    auxiliary: those the resolution reads as "=part of") or a light verb and a word that is no noun and no place
    ("remained unclaimed") with no measure word in its clause: the verb picks the part out, a subset. Not "five of the
    wounded died" (the verb names a measure), nor "three of the dead remained in the morgue" (a place)."""
    if m.nouns or m.raw_label is not None or m.base_of is not None:
        return False
    whole = named_whole_end(s, m.np_end)
    if whole is None or whole[1] != measure or whole[0] >= len(s.words):
        return False
    k, words = whole[0], s.words
    noun = s.lex.nouns.match(words, k)  # "three of the wounded inmates required care": past the whole's own noun
    k += noun[0] if noun is not None and k + noun[0] < len(words) else 0
    w = words[k]
    if s.kinds[k] != "w" or k in s.mention_firsts or w in s.lex.nouns.firsts or w in s.lex.cue("part_auxiliaries"):
        return False
    if w in syntax_list(s, "light_verbs"):
        k += 1  # "remained unclaimed", "remain critical": the word after says what picks the part out
        where = s.lex.place_prepositions | s.lex.cue("part_place_words")
        if k >= len(words) or s.kinds[k] != "w" or words[k] in where or words[k] in s.lex.nouns.firsts:
            return False
    elif not has_suffix(w, s.lex.cue("participle_suffixes")):
        return False
    return measure_word(s, k, clause_end(s, k)) is None


def part_among_whole(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "Ten among the injured were treated as out-patients": a bare figure, then ``[cues] part_among`` and a
    determiner, then the measure word read (no figure), then the part's own predicate
    (:func:`clauses.own_part_predicate`): a subset, as "ten of the injured were ..." is. Not "two among the dead were
    children" (a group keeps it)."""
    k, words = m.np_end, s.words
    among, the = s.lex.cue("part_among"), s.lex.determiners
    if m.nouns or k + 2 >= len(words) or words[k] not in among or words[k + 1] not in the:
        return False
    found = s.measure_at(k + 2) if k + 2 not in s.mention_firsts else None
    return found is not None and found[1] == measure and own_part_predicate(s, k + 2 + found[0])


def part_in_whole_relative(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """ "He is one of 11 people in the district to have died", "she was one of the 14 patients who died": the measure
    word found after the part opens the relative (``[syntax] relative_words``) or infinitive (``[cues]
    relative_infinitives``) clause of its whole, past auxiliaries; the part has no predicate after it (no ``[cues]
    part_auxiliaries`` in the clause): it names one of those, no count. Not "three of the 12 who died were children"
    (the part's own predicate follows)."""
    if not m.partitive or m.base_of is None or not 0 <= m.base_of < len(mentions):
        return False
    whole = mentions[m.base_of]
    if whole.first <= m.first:
        return False
    k = word_after(s, max(m.np_end, m.last, whole.np_end), measure)
    if k is None:
        return False
    words, lex = s.words, s.lex
    skip = verb_group_words(s)
    j = k - 1
    while j >= whole.np_end and words[j] in skip:
        j -= 1
    opens = words[j] in lex.relative_words or words[j] in lex.cue("relative_infinitives")
    if j < whole.np_end or j - whole.np_end > _RELATIVE_REACH or not opens:
        return False
    if any(w == "," or w in CLAUSE_PUNCT or i in s.mention_firsts for i, w in enumerate(words[whole.np_end : j])):
        return False
    auxiliaries = lex.cue("part_auxiliaries")
    for w in words[k:]:
        if w in CLAUSE_PUNCT:
            return True
        if w in auxiliaries:
            return False
    return True


def _modifier_end(s: SentenceView, m: Mention, measure: str) -> int | None:
    """The token after a measure word naming ``measure`` that modifies the figure's noun: right after the number
    and before a counted noun ("five injured workers"), right after the noun ("passengers injured in"), or in a
    relative clause of the noun past auxiliaries ("people who were also injured"); None otherwise."""
    words, lex, n = s.words, s.lex, len(s.words)
    k = m.num_end
    found = s.measure_at(k) if k < n and not m.nouns else None
    if found is not None and found[1] == measure:
        noun = lex.nouns.match(words, k + found[0]) if k + found[0] < n else None
        return k + found[0] + noun[0] if noun is not None else None
    k = m.np_end
    if not m.nouns or k >= n:
        return None
    if words[k] in lex.relative_words:
        k = past_verb_group(s, k + 1)
    elif not has_suffix(words[k], lex.cue("participle_suffixes")):
        return None  # a reduced relative opens with a past participle ("injured in", "killed by")
    found = s.measure_at(k) if k < n else None
    return k + found[0] if found is not None and found[1] == measure else None


def modifier_before_predicate(s: SentenceView, m: Mention, measure: str) -> bool:
    """The measure word modifies the figure's noun (:func:`_modifier_end`), and the noun's predicate after the
    modifier (``[cues] part_auxiliaries``, within a few tokens, before any comma, figure or other measure word) names
    another people measure ("five injured workers were admitted to the district hospital") or a verb of its own
    that is no noun and no place ("26 people who were also injured have left the hospital"): the predicate picks the
    figure out. An attributive modifier ("two wounded guards") is the noun phrase's own: only a predicate naming
    people measure than care picks it out ("two injured miners died"; not "were airlifted", "were released").
    Not "12 people injured in the blast were children" (a group) or "... were in Kabul" (a place), nor
    a known group (``[cues] restating_determiners``, or the complement of another noun's "of"): "the 14 people
    killed were all shot on farms" restates the toll."""
    if m.np_end >= len(s.words) or (
        m.nouns
        and s.words[m.np_end] not in s.lex.relative_words
        and not has_suffix(s.words[m.np_end], s.lex.cue("participle_suffixes"))
    ):
        return False
    before = s.words[m.first - 1] if m.first > 0 else ""
    if before in s.lex.cue("restating_determiners") or before in s.lex.of_words:
        return False  # "the 14 people killed were all shot", "the bodies of three victims who drowned were recovered"
    start = _modifier_end(s, m, measure)
    if start is None:
        return False
    words, lex = s.words, s.lex
    found = s.measure_at(start) if not m.nouns and start < len(words) else None
    if found is not None:  # "two injured climbers died": the noun's own verb right after it
        return (
            found[1] != measure and found[1] in PEOPLE_MEASURES and (measure, found[1]) != ("injured", "hospitalized")
        )
    k, end = start, min(len(words), start + _MODIFIER_REACH)
    auxiliaries, pronouns = lex.cue("part_auxiliaries"), lex.cue("subject_pronouns")
    while k < end and words[k] not in auxiliaries:
        if words[k] == "," or words[k] in CLAUSE_PUNCT or k in s.mention_firsts or s.measure_at(k) is not None:
            return False
        if words[k] in lex.coordinators or words[k] in pronouns:
            # "60 people died and many more were injured", "two people died when the bus they were on board
            # crashed": a finite verb, a new clause (or a pronoun's own) after it
            return False
        k += 1
    if k >= end:
        return False
    adverbs, passives = lex.cue("part_adverbs"), lex.cue("passive_auxiliaries")
    k += 1
    while k < len(words) and (words[k] in adverbs or words[k] in passives or words[k] in lex.determiners):
        k += 1
    if k >= len(words) or s.kinds[k] != "w" or k in s.mention_firsts:
        return False
    if words[k] in lex.cue("hospital_treat_verbs"):
        # "eight people wounded in the attack were treated at the hospital": treated_wounded reads the care
        return False
    found = s.measure_at(k)
    if not m.nouns and (found is None or found[1] not in PEOPLE_MEASURES or found[1] == "hospitalized"):
        return False  # "two wounded guards were airlifted", "40 arrested protesters were released": the phrase's own
    if found is not None:
        return found[1] != measure and (found[1] in PEOPLE_MEASURES or found[1].startswith("="))
    where = lex.place_prepositions | lex.cue("part_place_words")
    return words[k] not in where and words[k] not in lex.nouns.firsts
