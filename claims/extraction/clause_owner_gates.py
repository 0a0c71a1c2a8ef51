"""Gates on a measure word found after the figure (``_word_after``) that belongs to another owner than the figure
(third wave, gate10en; DESIGN 4.1: a wrong specific measure is worse than ``other``; issue 11):

* the measure word is the subject or verb of a later clause that a subordinator opens after the figure's own
  predicate ("Dozens of students are barricaded inside the library as demonstrations continue"):
  :func:`word_of_subordinate_clause`;
* the measure word is a noun owned by the figure's noun phrase through a possessive and has a predicate of its own
  ("Eighteen of the passengers' injuries were described as serious": the figure counts injuries picked out by their
  severity, not injured people): :func:`possessed_measure`;
* the figure is a place adjunct of an earlier figure's clause ("40 protesters have been detained in five towns for
  burning and looting shops"): :func:`place_adjunct`;
* the measure verb is reached through a future auxiliary ("About 90 people will be moved to the school"): what has
  not happened yet is a projection, no count (:func:`future_predicate`);
* the figure counts money or a measurement ("hundreds of millions of dollars' worth of maize", "hundreds of metres
  of hillside"): no count of people or things (:func:`counted_unit`);
* a measure noun before the figure whose "of" complement is another figure ("forced the evacuation of hundreds of
  homes and buried 47 people"): the noun is that figure's, and this one is the object of its own verb
  (:func:`word_of_earlier_figure`);
* a verb before the figure whose complement is "to be" and the figure ("the remains turned out to be six men"): the
  figure is what the subject is, not the verb's count (:func:`copula_complement`).

Each runs only for the rule it concerns (``_word_after`` for the first four, ``_word_before`` for the last two, any
rule for :func:`counted_unit`), after a set test on the sentence's words, and scans the few tokens between the figure
and its measure word.
"""

from __future__ import annotations

from claims.extraction.clauses import own_predicate_word
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def clause_owner_fails(s: SentenceView, m: Mention, measure: str, mentions: list[Mention]) -> bool:
    """True when the measure word found after ``m`` belongs to a later clause, to a possessed noun, to a future
    predicate, or to the clause of an earlier figure whose place adjunct ``m`` is."""
    return (
        word_of_subordinate_clause(s, m, measure)
        or possessed_measure(s, m)
        or future_predicate(s, m, measure)
        or place_adjunct(s, m, mentions)
    )


def place_adjunct(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """ "So far, 40 protesters have been detained in five towns for burning and looting shops": the figure follows a
    place preposition (no "of") in the clause of an earlier figure that already has a measure of its own; it is that
    predicate's adjunct (where), and a measure word after it is the clause's, not a count of the places."""
    k = place_preposition_before(s, m)
    if k is None:
        return False
    if m.num_end < len(s.words) and s.measure_at(m.num_end) is not None:
        return False  # "resulting in 14 arrests": the figure's own noun names the measure
    for o in mentions:
        if o is m or o.first >= m.first or not o.valid or o.measure == "other" or o.measure.startswith("="):
            continue
        if o.np_end <= k and not any(w == "," or w in CLAUSE_PUNCT for w in s.words[o.last : m.first]):
            return True
    return False


def place_preposition_before(s: SentenceView, m: Mention) -> int | None:
    """The token of a place preposition that is no "of" right before the figure, past determiners ("in five towns",
    "in the 120 houses"), or None."""
    k = s.before_determiners(m.first - 1)
    if k < 1 or s.words[k] not in s.lex.place_prepositions or s.words[k] in s.lex.of_words:
        return None
    return k


def measure_word(s: SentenceView, k: int, end: int) -> int | None:
    """The first token from ``k`` (before ``end``) that opens a measure word naming no other-verb, or None."""
    while k < end:
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            return k
        k += 1
    return None


def word_of_subordinate_clause(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "Dozens of students are barricaded inside the library as demonstrations continue", "About 40 people were in
    the hall when the roof gave way, killing ...": after the figure's own predicate (a word that is no measure) a
    clause break word (``[clauses] breaks``; "as" or "since" only when no participle or auxiliary stands before it:
    "listed as missing", "have since died" go on) opens another clause, and the measure word stands in that clause
    with no comma that closes it before: the word is that clause's."""
    breaks = s.lex.clause_breaks
    if breaks.isdisjoint(s.word_set):
        return False
    words, n, k = s.words, len(s.words), max(m.np_end, m.num_end)
    first = k
    auxiliaries = s.lex.cue("part_auxiliaries") | s.lex.cue("passive_auxiliaries")
    while k < n and words[k] != "," and words[k] not in CLAUSE_PUNCT and k not in s.mention_firsts:
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            return False  # the measure word comes before any break: the figure's own
        w = words[k]
        if w in breaks and k > first:
            prior = words[k - 1]
            verbal = prior in auxiliaries or _participle(s, prior)
            if w in s.lex.break_prepositions and verbal:
                return False  # "listed as missing", "have since died"
            hit = measure_word(s, k + 1, clause_end(s, k + 1))
            later = s.measure_at(hit) if hit is not None else None
            return later is not None and later[1] == measure
        k += 1
    return False


def clause_end(s: SentenceView, k: int) -> int:
    """The first comma or clause mark from token ``k`` (or the end of the sentence)."""
    words, n = s.words, len(s.words)
    while k < n and words[k] != "," and words[k] not in CLAUSE_PUNCT:
        k += 1
    return k


def possessed_measure(s: SentenceView, m: Mention) -> bool:
    """ "Eighteen of the passengers' injuries were described as serious", "two of the rider's wounds were deep": the
    measure word right after the figure's noun phrase is owned by it through a possessive ("'" or "'s"), and its own
    predicate (``clauses.own_predicate_word``: no group noun, no place) picks those out: a subset of injuries, no
    count of people."""
    words, k = s.words, m.np_end
    if k >= len(words) or k <= m.num_end:
        return False
    if words[k] == "'" and s.starts[k] == s.ends[k - 1]:
        k += 1  # "passengers'"
    if not possessed_word(s, k):
        return False
    found = s.measure_at(k) if k < len(words) else None
    if found is None or found[1].startswith("="):
        return False
    return own_predicate_word(s, k + found[0]) is not None


def possessed_word(s: SentenceView, k: int) -> bool:
    """ "fifty of the riders' injuries were minor and six were serious": the measure word at token ``k`` is owned
    through a possessive ("'" glued to the word before, or a word ending in ``[cues] possessor_clitics``); it names
    things of its owner, and a later figure that reaches back to it counts those things, not people."""
    if k < 1:
        return False
    prior = s.words[k - 1]
    if prior == "'" and k > 1 and s.starts[k - 1] == s.ends[k - 2]:
        return True  # "riders'"
    return any(prior.endswith(clitic) for clitic in s.lex.cue("possessor_clitics"))


def future_predicate(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "About 90 people will be moved to the school", "the last 150 refugees will be relocated next month": a future
    auxiliary (``[cues] future_auxiliaries``) between the figure and its measure word, in the same clause: what has not
    happened is a projection, no count. Not a deployment: a force is counted when it is announced ("1,500 officers
    will be deployed")"""
    futures = s.lex.cue("future_auxiliaries")
    if measure == "deployed" or not futures or futures.isdisjoint(s.word_set):
        return False
    words, n, k = s.words, len(s.words), max(m.np_end, m.num_end)
    seen = False
    while k < n and words[k] not in CLAUSE_PUNCT and k not in s.mention_firsts:
        if words[k] in s.lex.clause_breaks and words[k] not in s.lex.break_prepositions:
            return False
        if words[k] in futures:
            seen = True
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            return seen and found[1] == measure
        k += 1
    return False


def counted_unit(s: SentenceView, m: Mention) -> bool:
    """ "The storm wiped out hundreds of millions of dollars' worth of maize", "hundreds of metres of hillside
    collapsed": a currency (``[currencies]``) or a unit (``[units]``) right after "of" in the figure's noun phrase
    makes it a sum of money or a measurement, never a count of people or of damaged things."""
    words, of_words = s.words, s.lex.of_words
    if of_words.isdisjoint(s.word_set):
        return False
    for k in range(max(m.first, 1), m.np_end):
        if words[k - 1] in of_words:
            for table in (s.lex.currencies, s.lex.units):
                if words[k] in table.firsts and table.match(words, k) is not None:
                    return True
    return False


def copula_complement(s: SentenceView, m: Mention, position: int | None) -> bool:
    """ "The remains turned out to be six men", "the callers proved to be four students": a measure verb (a participle
    form, ``[cues] participle_suffixes``) before the figure whose complement is a copula infinitive
    (``[cues] copula_infinitives``) right before the figure: the figure says what the subject is. Not a noun that
    names the measure ("turnout was estimated to be 5,000")."""
    copulas = s.lex.cue("copula_infinitives")
    if position is None or m.first < 2 or not copulas or s.words[m.first - 1] not in copulas:
        return False
    return _participle(s, s.words[position])


def word_of_earlier_figure(s: SentenceView, m: Mention, position: int | None) -> bool:
    """ "The mudslide forced the evacuation of hundreds of homes and buried as many as 47 people": the measure word
    at ``position`` before the figure takes another figure as its "of" complement, and a participle form (``[cues]
    participle_suffixes``) right before this figure is its own verb: the word is the other figure's."""
    if position is None or m.first < 1:
        return False
    if not _participle(s, s.words[m.first - 1]):
        return False
    found = s.measure_at(position)
    k = position + (found[0] if found is not None else 1)
    words, of_words = s.words, s.lex.of_words
    if k >= m.first or words[k] not in of_words:
        return False
    k += 1
    while k < m.first and words[k] in s.lex.determiners:
        k += 1
    return k < m.first and k in s.mention_firsts


def _participle(s: SentenceView, word: str) -> bool:
    """``word`` has a participle form (``[cues] participle_suffixes``: "detained", "injured")."""
    return any(word.endswith(x) for x in s.lex.cue("participle_suffixes"))
