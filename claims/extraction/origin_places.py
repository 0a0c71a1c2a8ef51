"""A place of origin after a figure with no noun of its own: "Lima korban adalah warga Desa Muara Kibul dan dua
lainnya dari Desa Pulau Aro", "dua orang tewas, satu dari Kampung Baru dan satu lagi dari Desa Lama" (idm: mine
and boat reports that say where the dead came from). The administrative word after "dari" opens a name (a capital,
then a capitalised word): it names where those counted come from, no whole they are a part of, so the noun phrase
ends before it and the figure keeps the noun of its antecedent instead of counting villages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def origin_place(s: SentenceView, m: Mention, j: int) -> bool:
    """True when token ``j`` is a word of source ("dari") before a capitalised administrative word and a
    capitalised name, right after a figure ``m`` with no noun, or after its "lainnya".

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Tiga tewas, dua dari Desa Aro.", "id")]
    [('killed', 'people'), ('killed', 'people')]
    """
    texts, n = s.texts, len(s.words)
    if m.nouns or not (j == m.num_end or m.anaphoric) or s.words[j] not in s.lex.of_words or j + 2 >= n:
        return False
    return s.words[j + 1] in s.lex.place_admin and texts[j + 1][0].isupper() and texts[j + 2][0].isupper()
