"""An address between commas after a counted noun does not end its clause.

Regional reports give victims by their home address, each administrative level set off by a comma, and the
predicate follows the last comma: "Dua warga Desa Sukamaju, Kecamatan Cibeber, tewas tersambar petir"; "Tiga remaja
asal Kecamatan Pogalan, Kabupaten Trenggalek, tenggelam di Pantai Sine dan diduga tewas". The comma after the
address is no clause end: the figure's predicate is the words after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_RUN = 4  # words of one level of the address ("Kabupaten Muara Enim Raya")


def address_end(s: SentenceView, comma: int) -> int:
    """The token after the comma at ``comma`` when it closes an address (capitalised names, one of them opened by an
    administrative word, back to a place preposition such as "warga" or "asal") and a lower-case word that opens a
    predicate follows, or when an administrative word opens one more level of it ("18 rumah di Kampung A, Desa B,
    Kecamatan C rusak"); else -1.

    >>> from claims.extraction.lexicon import load_lexicon
    >>> from claims.extraction.view import SentenceView
    >>> text = "Dua warga Desa Sukamaju, Kecamatan Cibeber, tewas tersambar petir."
    >>> s = SentenceView(text, 0, len(text), load_lexicon("id"))
    >>> commas = [k for k, w in enumerate(s.words) if w == ","]
    >>> [address_end(s, k) for k in commas] == [commas[0] + 1, commas[1] + 1]
    True
    """
    words, texts, kinds, lex = s.words, s.texts, s.kinds, s.lex
    after = comma + 1
    if after >= len(words) or kinds[after] != "w":
        return -1
    if texts[after][0].isupper() and words[after] not in lex.place_admin and not _last_level(s, after):
        return -1  # a name with no administrative word goes on the address only as its last level, before the predicate
    if words[after] in lex.list_joiners or words[after] in lex.clause_breaks or after in s.mention_firsts:
        return -1  # "..., dan tiga lainnya luka", "..., sementara ...": a new clause or an item
    k, admin = comma - 1, False
    while k > 0:
        if k > 2 and words[k] == ")" and words[k - 2] == "(" and texts[k - 1][:1].isupper():
            k -= 3  # an abbreviation after a level's name: "Kabupaten Bandung Barat (KBB), Jawa Barat"
        run = 0
        while k > 0 and kinds[k] == "w" and texts[k][0].isupper() and run < _RUN:
            admin = admin or words[k] in lex.place_admin
            k, run = k - 1, run + 1
        if run == 0:
            return -1
        if words[k] == "," and k > 0 and texts[k - 1][:1].isupper():
            k -= 1  # one more level of the address before this one
            continue
        return after if admin and words[k] in lex.place_prepositions else -1
    return -1


def _last_level(s: SentenceView, start: int) -> bool:
    """The capitalised name at token ``start`` (a province or regency named bare: "..., Kecamatan Padakembang,
    Tasikmalaya dilaporkan hilang"; "..., Kabupaten Bandung Barat, Jawa Barat rusak"; audit18_id_a, regional
    disaster and accident copy) is the last level of an address: a lower-case word that may open the predicate, or
    a comma, follows it."""
    words, texts, kinds, lex = s.words, s.texts, s.kinds, s.lex
    k, n = start, len(words)
    while k < n and kinds[k] == "w" and texts[k][0].isupper() and k - start < _RUN:
        k += 1
    if k >= n or k == start:
        return False
    if words[k] == ",":
        return True
    return (
        kinds[k] == "w"
        and not texts[k][0].isupper()
        and words[k] not in lex.list_joiners
        and words[k] not in lex.clause_breaks
    )
