"""Guards of the measure word before a figure (claims/extraction/reach_before.py, ``measure_left``): a measure word
that opens a relative clause with an object of its own, heads another figure, opens a coordinated clause, or names
an organisation does not measure the figure after it (issue 11: prefer `other` to a wrong measure)."""

from __future__ import annotations

from claims.extraction.reach import phrase_start
from claims.extraction.view import SentenceView, syntax_list


def relative_with_object(s: SentenceView, j: int, length: int) -> bool:
    """The measure verb at token j opens a relative clause and a counted noun is its object ("Kecelakaan yang
    melibatkan truk trailer ... mengakibatkan sebanyak delapan orang meninggal"): it describes the subject, whose
    tally the figure after "sebanyak" is not (idf: regional crash reports)."""
    k = j + length
    if j == 0 or s.words[j - 1] not in s.lex.relative_words or k >= len(s.words):
        return False
    if s.texts[k][:1].isupper() and s.words[k] in s.lex.place_admin:
        return False  # "yang dirawat di RSUD Kota Baturaja": the administrative word of a name, no object (id_vary11)
    return s.words[k] in s.lex.nouns.firsts and s.lex.nouns.match(s.words, k) is not None


def figure_after(s: SentenceView, j: int, length: int, with_word: bool = False) -> int:
    """The first token of the figure right after the measure phrase at token j (across an exact qualifier:
    "melibatkan sebanyak 544 kasus"), -1 when none. With ``with_word``, only when "dengan" opens the phrase ("544
    kasus dengan korban meninggal dunia sebanyak 97 orang": after an event noun, the phrase is the tally that figure
    gives; not "Relawan bersama dengan korban luka berjumlah 300 orang"). A verb with
    another figure as its object is never the head of a later tally's subject (idf: Satlantas recaps)."""
    if with_word:
        start = phrase_start(s, j)
        if start < 2 or s.words[start - 1] not in syntax_list(s, "article_prepositions"):
            return -1
        event = s.lex.nouns.match_ending(s.words, start - 1)  # "544 kasus dengan ...", not "Relawan bersama dengan"
        if event is None or event[1].subject_class != "thing":
            return -1
    k = s.after_determiners(j + length)
    found = s.lex.qualifiers.match(s.words, k) if k < len(s.words) and s.words[k] in s.lex.qualifiers.firsts else None
    if found is not None and found[1] == "exact":
        k += found[0]
    return k if k in s.mention_firsts else -1


def opens_coordinated_subject(s: SentenceView, j: int, measure: int) -> bool:
    """Token ``j`` is a coordinator right before the determiners of the measure word at ``measure``: that noun
    phrase opens a clause of its own ("... and the death toll rose to 12")."""
    return s.words[j] in s.lex.coordinators and j < measure - 1 and s.before_determiners(measure - 1) == j


def names_body(s: SentenceView, k: int) -> bool:
    """A noun of an organisation (``[syntax] body_nouns``) at token ``k``, right after a measure word: the word names
    the body ("the refugee agency put the toll at 70", "the rescue agency"), no measure of the figure."""
    return k < len(s.words) and s.words[k] in syntax_list(s, "body_nouns")
