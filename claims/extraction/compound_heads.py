"""A person noun that modifies the noun a figure counts is no measure word of the figure (issue 11, round 10
eighth wave, English disaster copy: ECHO, BNPB and NDMA rundowns).

"400 evacuated in 4 refugee points", "some 650 evacuees stayed at 7 refugee points": the singular person noun
right after a plural figure ("refugee", "evacuee", "victim") is an attributive of the plural noun after it, the
noun the figure counts; its measure is that head's, not the modifier's (DESIGN 4.1: prefer ``other``). The head
is a plural word that names no person and no measure of its own ("points", "posts", "sites"); a head the lexicon
knows as a noun phrase ("refugee camps") never comes here, nor a plural modifier ("four refugees fled").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.affixes import plural_form
from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def modifier_of_head(s: SentenceView, m: Mention) -> bool:
    """The measure word right after the figure ``m`` is a singular noun that modifies a plural head after it."""
    k = m.num_end
    found = s.measure_at(k) if k < len(s.words) else None
    if found is None or m.value is None or m.value <= 1:
        return False  # the table lookup first: no measure word right after the figure
    head = k + found[0]
    if head >= len(s.words) or not s.words[k].isalpha() or not s.words[head].isalpha():
        return False
    lex = s.lex
    plurals, singulars = lex.cue("plural_suffixes"), lex.cue("singular_endings")
    if plural_form(s.words[k], plurals, singulars) or not plural_form(s.words[head], plurals, singulars):
        return False
    if not any(s.words[k] + suffix in lex.nouns.firsts for suffix in plurals):
        return False  # "three missing kayakers": an adjective, no singular noun ("refugee": "refugees")
    if s.measure_at(head) is not None or s.words[head] in lex.stops:
        return False
    if s.words[head] in lex.nouns.firsts:
        noun = lex.nouns.match(s.words, head)
        if noun is not None and noun[1].subject_class in PERSON_CLASSES:
            return False  # "two refugee families", "three refugee children": the head is people
    return True
