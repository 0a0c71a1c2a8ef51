"""A bracketed number after one person is that person's age (issue 11, round 9, id_vary11).

Health and crime copy names a victim by kind, not by name, and still gives the age in brackets: "seorang balita (3)
meninggal di RSUD", "sesosok bocah (6) ditemukan tewas". One person has no count in brackets, so the number is the
age, as it is after a capitalised name ("AS (41)", exclusions._age_after_name); a count by place keeps its brackets
("Desa Sukamaju (3)"): a place is no person noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.numbers import Reading
    from claims.extraction.view import SentenceView

_OLDEST: Final = 120  # above this a bracketed number is no age


def age_after_one_person(s: SentenceView, reading: Reading, start: int) -> bool:
    """The number at ``start`` is set off in brackets (``(`` before, ``)`` after) right after a person noun that a
    word for one person opens (``[cues] one_person_articles``: "seorang balita (3)", "a boy (7)")."""
    lex, words = s.lex, s.words
    if start < 3 or reading.end >= len(words) or s.texts[reading.end] != ")" or reading.value > _OLDEST:
        return False
    noun = lex.nouns.match_ending(words, start - 1)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return False
    article = start - 1 - noun[0] - 1
    return article >= 0 and words[article] in lex.cue("one_person_articles")
