"""A figure after a measure phrase that ends with a preposition of destination counts the places, not the patients
(issue 11, round 9, h12id_b3).

"26 karyawan dan warga dilarikan ke 4 rumah sakit", "korban dilarikan ke tiga puskesmas": the phrase "dilarikan ke"
(taken to hospital, ``[measures]``) swallows its "ke", so the figure right after it looks like the verb's object,
as "menewaskan 5 orang" would. It is where the people before were taken: the verb stays theirs. The prepositions
are ``[cues] destination_ends``; English keeps "to" outside its phrases ("were rushed to 3 hospitals").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction import chained
from claims.extraction.amount_objects import amount_at

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def takes_later_figure(s: SentenceView, j: int, k: int) -> bool:
    """The measure phrase at token ``j``, ending before token ``k``, takes the figure that starts at ``k`` (articles
    aside), unless the phrase ends with a preposition of destination."""
    if (f := s.after_determiners(k)) not in s.mention_firsts or chained.said_in_one_breath(s, j, f):
        return False
    if amount_at(s, f):
        return False  # "luka bakar serius hingga 70 persen": an extent, no count of the phrase's (amount_objects)
    return not (k > 0 and s.words[k - 1] in s.lex.cue("destination_ends"))
