"""A second object joined to a verb's first by a word of company (issue 11, gaps16: Indonesian fire and rescue
copy): "Petugas mengerahkan 29 unit mobil pemadam dengan 118 personel", "meluncurkan 14 unit pemadam berikut 70
personel". The verb's first object is a thing its people measure cannot count (the engines stay ``other``); the
people joined to it by ``[syntax] object_comitatives`` are the verb's second object, not a part of the things.

Only after a thing: "merawat 12 pasien dengan tiga dokter" (people with people) is the means of the care, no object.
"""

from __future__ import annotations

from claims.extraction.mention_type import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView, syntax_list


def counts_things(a: Mention) -> bool:
    """The figure counts things by its own noun ("29 unit mobil pemadam"), no people."""
    return bool(a.nouns) and all(noun.subject_class not in PERSON_CLASSES for noun in a.nouns)


def company_object(s: SentenceView, a: Mention, first: int) -> bool:
    """Only one word of company lies between the thing counted before and the figure at ``first``."""
    if first < 1 or s.words[first - 1] not in syntax_list(s, "object_comitatives") or a.np_end > first:
        return False  # the noun phrase may run on over the word ("29 unit mobil pemadam beserta")
    return a.np_end >= first - 1 and counts_things(a)
