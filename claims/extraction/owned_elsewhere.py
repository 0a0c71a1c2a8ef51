"""A figure whose noun phrase belongs to another clause or noun: the object of a verb in a relative clause ("Truk
yang mengangkut 30 pekerja terguling") or a noun possessed by a person noun after it ("12 kerabat korban tewas"): a
measure word after it is said of another noun."""

from __future__ import annotations

from claims.extraction.mention_type import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView, syntax_list


def object_in_relative(s: SentenceView, first: int) -> bool:
    """The figure at ``first`` is the object of a verb in a relative clause ("Truk yang mengangkut 30 pekerja
    terguling", "The truck that carried 30 workers overturned"): a measure word after its noun phrase is the main
    clause's, said of the noun the relative clause describes. Not after a verb that takes its object with a
    predicate (``[syntax] complement_verbs``: "banjir yang membuat 860 warga mengungsi")."""
    lex, words = s.lex, s.words
    k = s.before_determiners(first - 1)
    if k < 1 or s.kinds[k] != "w" or s.measure_at(k) is not None or words[k] in lex.stops:
        return False
    return words[k - 1] in lex.relative_words and words[k] not in syntax_list(s, "complement_verbs")


def possessed_head(s: SentenceView, m: Mention) -> bool:
    """The figure counts a noun the lexicon does not know, and a person noun after it is its possessor ("12 kerabat
    korban tewas", "40 tetangga korban luka": relatives and neighbours of the victims), where modifiers follow the
    noun: a measure word after the possessor is said of the possessor."""
    lex, words = s.lex, s.words
    if not lex.modifiers_follow or m.raw_label is None:
        return False
    k = m.num_end
    while k < len(words) and words[k] in lex.fillers:
        k += 1
    if k >= len(words) or words[k] != m.raw_label.split()[0]:
        return False
    k += len(m.raw_label.split())
    if k >= len(words) or words[k] not in lex.nouns.firsts or words[k] in lex.place_prepositions:
        return False  # not "5 nelayan warga Desa X" (an apposition that names a home)
    noun = lex.nouns.match(words, k)
    return noun is not None and noun[1].subject_class in PERSON_CLASSES
