"""The specific noun that names a figure from before it (stage 2): "pengunjuk rasa yang berjumlah 5.000 orang",
"protesters numbering 5,000", "the number of measles cases is 3,400", "sekolah (3 unit)", "the most cases at 16,210";
and whether a noun stands in a place adjunct ("di rumah sakit")."""

from __future__ import annotations

from typing import Final

from claims.extraction.affixes import has_suffix
from claims.extraction.change_spans import noun_of_change
from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.plural_changes import plural_change_noun
from claims.extraction.ranked_tallies import superlative_tally
from claims.extraction.relative_asides import foreign_noun
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView, syntax_list


def noun_named_before(s: SentenceView, m: Mention) -> NounInfo | None:
    """The specific noun in "pengunjuk rasa yang berjumlah 5.000 orang", "protesters numbering 5,000"."""
    lex = s.lex
    if m.first <= 0:
        return None
    if s.words[m.first - 1] == "(" and m.first > 1:
        return _bracketed_count(s, m.first - 1, m.num_end)
    passed = m.first < m.num_first and s.words[m.first] in syntax_list(s, "passing_verbs")
    thing = _thing_before(s, m.first) if passed else None
    if thing is not None:
        return thing  # "Cases topped 10,000", "Dengue cases have crossed the 10,000 mark"
    changed = noun_of_change(s, m.first) or plural_change_noun(s, m.first)  # "Measles Cases Rise to 824"
    if changed is not None:
        return changed  # "Cases rose from 17,310 in early July to 22,480"
    if s.words[m.first - 1] in syntax_list(s, "superlative_prepositions") and m.first > 3:
        own_noun = m.num_end < len(s.words) and s.words[m.num_end] in lex.nouns.firsts  # "villages, with 40 homes"
        superlative = _superlative_noun(s, m.first - 1) or (None if own_noun else superlative_tally(s, m.first - 1))
        verb = lex.qualifiers.match_ending(s.words, m.first) if s.words[m.first - 1] in lex.qualifiers.lasts else None
        if superlative is not None or verb is None or verb[0] > _AT_VERB_WORDS:
            return superlative  # else a change verb ending in "at": "the number of measles cases stands at 3,400"
    if s.words[m.first - 1] not in lex.qualifiers.lasts:
        return _tally_noun(s, m.first) or _tally_copula(s, m.first)
    found = lex.qualifiers.match_ending(s.words, m.first)
    if found is None or found[1] != "exact" or m.first - found[0] <= 0:
        return None
    end = m.first - found[0]
    noun = lex.nouns.match_ending(s.words, end)
    if noun is None:
        return _noun_across_adjuncts(s, end)  # "Total cases of COVID-19 across the world stand at 1.07 crore"
    if noun[1].generic or foreign_noun(s, end - noun[0]):
        return None  # "yang menurut polisi berjumlah 10 ribu orang": the police are the source
    start = end - noun[0]
    caused = start > 0 and s.words[start - 1] in syntax_list(s, "cause_words")
    if caused and noun[1].subject_class not in PERSON_CLASSES:
        return None  # "korban meninggal akibat kecelakaan sebanyak 254 orang": the thing is the cause, not the count
    directed = start > 0 and s.words[start - 1] in lex.cue("direction_prepositions")  # "dibawa ke rumah sakit"
    if noun[1].subject_class not in PERSON_CLASSES and (directed or in_place_adjunct(s, start)):
        # "korban yang dirawat di rumah sakit tinggal 9 orang": the hospital is an adjunct, no subject; "Dengue cases
        # in the district rose to 4,120": the noun before the adjunct heads the figure
        return _noun_across_adjuncts(s, end)
    return noun[1]


# the most words of a change verb ending in "at" ("stands at", "now stands at"); longer ones name their own tally
# ("put the number of deaths at")
_AT_VERB_WORDS: Final = 3


def _superlative_noun(s: SentenceView, preposition: int) -> NounInfo | None:
    """ "Bicol recorded the most cases at 16,210": the noun of a superlative tally (the determiner, ``[syntax]
    superlative_words``, the noun) right before the preposition of its value counts the figure."""
    words = s.words
    noun = s.lex.nouns.match_ending(words, preposition) if words[preposition - 1] in s.lex.nouns.lasts else None
    if noun is None or noun[1].generic:
        return None
    start = preposition - noun[0]
    superlative = start > 1 and words[start - 1] in syntax_list(s, "superlative_words")
    return noun[1] if superlative and words[start - 2] in s.lex.determiners else None


def _bracketed_count(s: SentenceView, bracket: int, end: int) -> NounInfo | None:
    """The thing noun right before the bracket of a count: "sekolah (3 unit), masjid (2 unit)", "proyektor (4 unit)"
    (BNPB damage lists); people's names before a bracket hold ages, and places are counted by the list's measure. Not
    a restatement of a figure before ("22 KK (78 jiwa)", "300 rumah (1.100 jiwa)"): the bracket holds the figure and
    at most a classifier (``[cues] item_classifiers``)."""
    words = s.words
    noun = s.lex.nouns.match_ending(words, bracket) if words[bracket - 1] in s.lex.nouns.lasts else None
    if noun is None or noun[1].generic or noun[1].subject_class != "thing":
        return None
    start = bracket - noun[0]
    if start > 0 and (s.kinds[start - 1] == "n" or words[start - 1] in s.lex.scales):
        return None  # "300 rumah (1.100 jiwa)": the noun is a figure's own
    classifiers = s.lex.cue("item_classifiers")
    k = end if end < len(words) and words[end] == ")" else end + 1
    if k >= len(words) or words[k] != ")" or (k > end and words[end] not in classifiers):
        return None
    return noun[1]


def _tally_noun(s: SentenceView, end: int) -> NounInfo | None:
    """The specific noun right before a qualified figure, after a tally word, perhaps with a place adjunct between:
    "Jumlah massa sekitar 300 orang", "Jumlah demonstran di depan kantor bupati kurang lebih 500 orang" (``[subjects]
    tally_words``)."""
    lex, words = s.lex, s.words
    for k in range(end - 1, max(0, end - 6), -1):  # "Jumlah massa dari kawasan industri sekitar 300 orang"
        if words[k] in lex.place_prepositions:
            end = k
            while end > 1 and words[end - 1] in lex.place_prepositions:
                end -= 1  # "dari kawasan industri"
            break
        if s.kinds[k] != "w":
            break
    noun = lex.nouns.match_ending(words, end) if words[end - 1] in lex.nouns.lasts else None
    if noun is None or noun[1].generic or noun[1].measure is None:
        return None
    start = end - noun[0]
    tally = lex.subject_cues.get("tally_words")
    if start <= 0 or tally is None or words[start - 1] not in tally.lasts:
        return None
    return noun[1] if tally.match_ending(words, start) is not None else None


def _tally_copula(s: SentenceView, end: int) -> NounInfo | None:
    """The thing noun a tally word heads right before a copula and the figure: "the number of measles cases is
    3,400", "the total number of cholera cases was 812" (the figure counts the thing, DESIGN 4.1)."""
    lex, words = s.lex, s.words
    copulas, tally = lex.subject_cues.get("copulas"), lex.subject_cues.get("tally_words")
    if copulas is None or tally is None or end < 4 or words[end - 1] not in copulas.firsts:
        return None
    stop = _participle_adjunct(s, end - 1)  # "the number of cholera cases reported since January is 64,210"
    noun = lex.nouns.match_ending(words, stop) if words[stop - 1] in lex.nouns.lasts else None
    if noun is None or noun[1].generic or noun[1].subject_class != "thing":
        return None
    for k in range(stop - noun[0], max(0, stop - 3 - noun[0]), -1):  # modifiers between: "of suspected cholera"
        if s.kinds[k - 1] != "w":
            return None
        if words[k - 1] in tally.lasts and tally.match_ending(words, k) is not None:
            return noun[1]
    return None


def _participle_adjunct(s: SentenceView, copula: int) -> int:
    """Where the tally's noun ends before ``copula``: before a participle and its adjuncts that stand between them
    ("cases reported from January to October is"), words only; else the copula itself."""
    words, participles = s.words, s.lex.cue("participle_suffixes")
    for k in range(copula - 1, max(1, copula - _PARTICIPLE_REACH), -1):
        if s.kinds[k] != "w" or k in s.mention_firsts:
            return copula
        if has_suffix(words[k], participles) and words[k - 1] in s.lex.nouns.lasts:
            return k  # "reported", "recorded", "confirmed"
    return copula


def _thing_before(s: SentenceView, end: int) -> NounInfo | None:
    """The thing noun that heads the subject of a verb starting at token ``end``, right before it or before its
    adjuncts (:func:`_noun_across_adjuncts`); a counted thing with no measure of its own ("cases", not "arrests")."""
    words, nouns = s.words, s.lex.nouns
    auxiliaries, changes = syntax_list(s, "perfect_auxiliaries"), syntax_list(s, "past_change_verbs")
    while end > 1 and (words[end - 1] in auxiliaries or words[end - 1] in changes):
        end -= 1  # "Dengue cases have now crossed 10,000", "Cases have climbed past 1,900"
    noun = nouns.match_ending(words, end) if end > 0 and words[end - 1] in nouns.lasts else None
    if noun is None or in_place_adjunct(s, end - noun[0]):
        return _noun_across_adjuncts(s, end)  # "Cases in the state crossed ...": the place is an adjunct
    found = noun[1]
    return found if not found.generic and found.subject_class == "thing" and found.measure is None else None


def _noun_across_adjuncts(s: SentenceView, end: int) -> NounInfo | None:
    """The thing noun that heads the subject of a change verb ending at token ``end``, before the prepositional
    adjuncts that follow it ("Total confirmed cases of COVID-19 across the world stand at 1.07 crore", "The cumulative
    number of cholera cases from January to March stands at 14,226"), or a reporting participle ("Cases recorded since
    January have passed 9,400"; ``noun_adjunct_participles``): an adjunct opens with one of ``[syntax]
    noun_adjunct_prepositions`` right after the noun, and no punctuation, figure or measure word stands in it."""
    words, lex = s.words, s.lex
    prepositions, participles = syntax_list(s, "noun_adjunct_prepositions"), syntax_list(s, "noun_adjunct_participles")
    if prepositions.isdisjoint(s.word_set) and participles.isdisjoint(s.word_set):
        return None  # most sentences: the union below is built only when an adjunct may open
    openers = prepositions | participles
    for k in range(end - 1, max(0, end - 1 - _NOUN_ADJUNCT_REACH), -1):
        w = words[k]
        if (s.kinds[k] == "p" and w != "-") or k in s.mention_firsts or (w in lex.clause_breaks and w not in openers):
            return None
        if s.measure_at(k) is not None:
            return None  # "Cases among those evacuated rose to 40": a measure word of its own
        noun = lex.nouns.match_ending(words, k) if w in openers and words[k - 1] in lex.nouns.lasts else None
        if noun is not None:
            found = noun[1]
            thing = not found.generic and found.subject_class == "thing" and found.measure is None
            return found if thing and not in_place_adjunct(s, k - noun[0]) else None
    return None


# the adjuncts of a tally's noun before its change verb: "of COVID-19 across the world", "from January to March"
_NOUN_ADJUNCT_REACH: Final = 8


# a participle and its adjuncts: "reported from January to October", "recorded so far this year"
_PARTICIPLE_REACH: Final = 8


# how many tokens (determiners, a figure, modifiers) may stand between a place preposition and its noun
_ADJUNCT_REACH: Final = 6


def in_place_adjunct(s: SentenceView, start: int) -> bool:
    """The noun at ``start`` is a place preposition's ("di rumah sakit", "in the hill villages", "di tiga
    kecamatan", "in the three worst-hit districts"): a preposition a few tokens before it, with no punctuation but a
    hyphen, nor another noun, between."""
    for k in range(start - 1, max(-1, start - 1 - _ADJUNCT_REACH), -1):
        w = s.words[k]
        if w in s.lex.place_prepositions:
            return True
        if (s.kinds[k] == "p" and w != "-") or s.noun_at(k) is not None:
            return False
    return False
