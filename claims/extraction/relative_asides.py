"""Asides that real copy sets between a tally's noun and its figure (issue 11, round 8): a relative clause between
commas ("Massa, yang menurut polisi berjumlah 10 ribu orang, ...", "Penonton, yang memadati tribun sejak siang,
mencapai 20.000 orang"), and a source named right before the figure ("yang menurut polisi berjumlah ...": the
police are the source, not the counted noun); and a short aside in brackets with no figure inside ("Jumlah
pengungsi (per Selasa pagi) mencapai 2.150 jiwa": round 8, second wave)."""

from __future__ import annotations

from typing import Final

from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_REACH: Final = 12  # words a relative clause between commas may hold


def relative_aside_start(s: SentenceView, comma: int) -> int:
    """The comma that opens a relative clause or a source between commas (", yang ...", ", menurut IOM,"), when the
    comma at ``comma`` opens it or closes it; else -1."""
    words = s.words
    if comma + 1 < len(words) and _opens_aside(s, comma + 1):
        return comma
    for k in range(comma - 1, max(0, comma - _REACH), -1):
        w = words[k]
        if w in CLAUSE_PUNCT or w == ";" or w == ".":
            return -1
        if w == ",":
            return k if _opens_aside(s, k + 1) else -1
    return -1


def _opens_aside(s: SentenceView, k: int) -> bool:
    """A relative word or a source (``[syntax] aside_openers``: "menurut IOM") at token ``k``, after a comma."""
    return s.words[k] in s.lex.relative_words or s.words[k] in syntax_list(s, "aside_openers")


def foreign_noun(s: SentenceView, start: int) -> bool:
    """The noun at token ``start``, right before a predicate figure, is no noun of that figure: it follows a word that
    names a source (``[syntax] aside_openers``: "yang menurut polisi berjumlah 10 ribu orang"), or it is counted by
    a figure of its own ("Pengungsi yang menempati 12 titik pengungsian berjumlah 4.500 jiwa": the shelters)."""
    if start < 1:
        return False
    return s.words[start - 1] in syntax_list(s, "aside_openers") or s.kinds[start - 1] == "n"


_BRACKET_REACH: Final = 5  # tokens a short bracketed aside may hold, the brackets included


def bracket_aside(s: SentenceView, close: int) -> int | None:
    """The "(" of a short bracketed aside that ends at token ``close``, right after a word, with no figure (no mention
    starts there) and no measure word inside but one of the measure of the word right before it: a time ("Jumlah
    pengungsi (per Selasa pagi) mencapai 2.150 jiwa") or a gloss ("Peserta long march (pawai panjang) itu sekitar
    5.000 orang"); else None."""
    words, firsts = s.words, s.mention_firsts
    inner: list[str] = []
    for k in range(close - 1, max(0, close - _BRACKET_REACH), -1):
        w = words[k]
        if w == "(":
            if close == k + 1 or s.kinds[k - 1] != "w":
                return None
            before = s.measure_ending_at(k - 1) if inner else None
            return k if all(before is not None and before[1] == m for m in inner) else None
        if k in firsts or s.kinds[k] == "n" or w in CLAUSE_PUNCT:
            return None
        found = s.measure_at(k)
        if found is not None:
            inner.append(found[1])
    return None
