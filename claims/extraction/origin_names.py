"""A name of origin right after a list item's noun: "dua warga negara Tiongkok, satu warga Hong Kong dan satu WNI",
"9 pekerja Indonesia dan 4 pekerja asal Tiongkok". The capitalised name says where the people of the item come
from; the item still ends at the separator after it (no place of the event: no preposition opens it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_NAME_WORDS = 3  # "Papua Nugini", "Hong Kong", "Korea Selatan"


def after_origin_name(s: SentenceView, k: int) -> int:
    """The token after a capitalised name of at most a few words that starts at token ``k``; ``k`` when none does.

    >>> from claims.extraction.lexicon import load_lexicon
    >>> from claims.extraction.view import SentenceView
    >>> text = "dua warga negara Hong Kong dan satu WNI"
    >>> s = SentenceView(text, 0, len(text), load_lexicon("id"))
    >>> s.words[after_origin_name(s, 3)], after_origin_name(s, 1)
    ('dan', 1)
    """
    end = k
    while end < len(s.words) and end - k < _NAME_WORDS and s.kinds[end] == "w" and s.texts[end][0].isupper():
        end += 1
    return end
