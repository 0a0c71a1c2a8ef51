"""Ages inside a noun phrase (round 11, h16id_b: SAR reports): "tinggal satu korban berusia 5 tahun yang masih
dalam pencarian". The age verb ("berusia") has the form of an active verb, but with its figure and time unit it
describes the counted noun: a relative clause after it is still the figure's (``reach._relative_of_another``)."""

from __future__ import annotations

from claims.extraction.view import SentenceView


def age_tokens(s: SentenceView, start: int, end: int) -> set[int]:
    """The tokens of age phrases (``[exclusions] age_words``, then figures, joiners and time units) between
    ``start`` and ``end``."""
    lex, words = s.lex, s.words
    out: set[int] = set()
    k = start
    while k < end:
        found = lex.age_words.match(words, k) if words[k] in lex.age_words.firsts else None
        if found is None:
            k += 1
            continue
        j = k + found[0]
        while j < end and (s.kinds[j] == "n" or words[j] in lex.time_units or words[j] in lex.list_joiners):
            j += 1
        if j == k + found[0] or words[j - 1] not in lex.time_units:
            k += 1
            continue  # "berusia" with no figure and unit after it: no age phrase
        out.update(range(k, j))
        k = j
    return out
