"""Whether a measure word after a preposition that takes nouns ("dengan") is its object (claims/extraction/reach.py).

"bentrok dengan pengunjuk rasa": the protesters are the preposition's object, and a figure after them is no count
of them; "terjadi di Purwakarta dengan korban tewas sebanyak 14 orang": a tally phrase (a measure phrase longer than
the noun it starts with) after "dengan" names the event's toll, and the figure after it counts it.
"""

from __future__ import annotations

from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import SentenceView, syntax_list


def article_object(s: SentenceView, k: int, j: int, determiners: int) -> bool:
    """The measure word at token ``j``, after the article preposition at ``k`` and ``determiners`` articles, is its
    object; always after a preposition of company ("Relawan bersama dengan korban luka berjumlah 300 orang")."""
    if k > 0 and s.words[k - 1] in syntax_list(s, "comitatives"):
        return True
    found = s.measure_at(j)
    noun = s.lex.nouns.match(s.words, j) if s.words[j] in s.lex.nouns.firsts else None
    tally = found is not None and noun is not None and found[0] > noun[0]
    return (
        determiners > 0 or (noun is not None and not tally) or (found is not None and found[1] not in PEOPLE_MEASURES)
    )
