"""The place a list item names (split from ``breakdowns``): after it ("15 di Tanah Datar", "17 in Morovo") or before
it ("Kabupaten Subang (22)", "Aceh Raya 331", "di bandara 216 orang"), as a capitalised run with the words that may
sit inside a place name; never a month, a counted noun or a measure word."""

from __future__ import annotations

from typing import Final

from claims.extraction.common_places import common_noun_before, common_place, counted_tail, place_name_start
from claims.extraction.disease_items import disease_ends_before
from claims.extraction.item_nouns import after_nouns
from claims.extraction.mentions import Mention
from claims.extraction.site_places import site_end, site_place
from claims.extraction.view import ABBREVIATION_DOT, SentenceView

LIST_PUNCT: Final = frozenset({",", ":", "(", ")", "\u2014", "\u2013"})  # dashes: "12 people -- five men, ... -- died"
"""Punctuation inside a list: it ends no item's place and no list."""


def place_after(s: SentenceView, m: Mention) -> str | None:
    """The place named right after a figure: \"15 di Tanah Datar\", \"17 in Morovo\"."""
    span = place_after_span(s, m)
    return span[0] if span is not None else None


def place_after_span(s: SentenceView, m: Mention) -> tuple[str, int] | None:
    """The place after an item and the token after it."""
    words, lex = s.words, s.lex
    n = len(words)
    k = after_nouns(s, m.last)  # "4 pekerja asal Tiongkok": a place inside the counted noun is no item's place
    k = k if any(words[j] in lex.place_prepositions for j in range(m.last + 1, k)) else m.last
    if k < n and s.texts[k] == ")":
        return None  # "Kabupaten Subang (22)": the place is before
    for _ in range(7):  # "tiga lainnya berasal dari Desa X", "1,460 across the border in Halvan"
        if k >= n or words[k] in LIST_PUNCT or words[k] in lex.list_joiners or s.kinds[k] != "w":
            return None
        if words[k] in lex.place_prepositions and lex.partitive_after.match(words, k) is None:  # "263 di Antaranya"
            place = place_run(s, k + 1)
            if place is not None:
                return place
        k += 1
    return None


def place_before(s: SentenceView, m: Mention) -> str | None:
    texts, words, lex = s.texts, s.words, s.lex
    end = m.first
    if end > 0 and texts[end - 1] == "(":
        end -= 1
    while end > 0 and words[end - 1] in lex.place_fillers:
        end -= 1  # "Distrik Yamba sebanyak 4.120 orang", "di Markas Polres tercatat 2.031 orang"
    start = end
    while start > 0 and _in_name(s, start - 1):
        start -= 1
    if start < end:
        start = common_noun_before(s, start)  # "di gedung DPRD 465 orang"
    if start == end:  # "di bandara 216 orang": a lower-case place right after a preposition
        k = end - 1
        while k >= max(0, end - 3) and s.kinds[k] == "w" and words[k] not in lex.place_prepositions:
            if (
                words[k] in lex.stops
                or words[k] in lex.breakdown_cues
                or words[k] in lex.qualifiers.firsts
                or s.measure_at(k) is not None
            ):
                return None
            k -= 1
        deictic = lex.cue("deictic_places")  # "di sini sekitar 120": here, no place name
        if (
            k >= 0
            and k < end - 1
            and words[k] in lex.place_prepositions
            and not _counted_noun(s, k + 1, end)
            and words[k + 1] not in deictic
        ):
            return s.text[s.starts[k + 1] : s.ends[end - 1]]
        return None
    if _counted_noun(s, start, end) or _calendar_name(s, start, end) or s.measure_at(start) is not None:
        return None  # a capitalised measure word opens no place name ("Pengerahan 24 unit dan 120 personel": idm)
    return s.text[s.starts[start] : s.ends[end - 1]]


def _calendar_name(s: SentenceView, start: int, end: int) -> bool:
    """ "Januari 310, Februari 767": a month or a weekday before a figure dates a part of a tally, no place."""
    lex = s.lex
    return all(s.words[k] in lex.months or s.words[k] in lex.weekdays for k in range(start, end))


def _counted_noun(s: SentenceView, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are a counted noun of the lexicon, not a place: "dari aparat
    kepolisian sebanyak 5 orang" (a group), "21 KK (70 jiwa)" (households), "penderita DBD sebanyak 14.820" (a
    disease); or one capitalised function word of a tally ("Total kurang lebih 35 orang luka")."""
    lex, words = s.lex, s.words
    tally = lex.subject_cues.get("tally_words")
    if end - start == 1 and (words[start] in lex.qualifiers.firsts or (tally is not None and words[start] in tally)):
        return True
    noun = s.noun_at(start)
    return (noun is not None and noun[0] == end - start) or disease_ends_before(s, end) or counted_tail(s, start, end)


def _in_name(s: SentenceView, k: int) -> bool:
    """Token k, read backwards, belongs to a capitalised place name ("Makodim 1714", "Kota Padang Tinggi")."""
    if s.kinds[k] == "n":
        return k > 0 and s.texts[k - 1][0].isupper() and s.kinds[k - 1] == "w"
    word = s.words[k]  # a capitalised list lead opens no name ("Disusul Subang dengan 16 kematian")
    lex = s.lex
    return (
        s.kinds[k] == "w"
        and s.texts[k][0].isupper()
        and word not in lex.place_prepositions
        and word not in lex.breakdown_cues
    )


def place_run(s: SentenceView, k: int) -> tuple[str, int] | None:
    """The place name that starts at token k: a capitalised run with the words that may sit inside one ("Maras
    Nova province", "SDN 3 Sumberagung", "Marvell and Ostend counties"); None for a description ("dari kodam
    setempat", "inside the country")."""
    n = len(s.texts)
    k = place_name_start(s, k)  # "di sekitar", "in neighbouring Qinghai", "in the Ilocos region"
    j = site_end(s, k)
    if j > k:  # round 17: "di kompleks parlemen", "di rumah sakit Arab Saudi", "di balai desa Ciherang"
        return site_place(s, k, j, name_end(s, j) if j < n and _capital(s, j) else None)
    if not (k < n and _capital(s, k)):
        return common_place(s, k)  # "44 in the neighbouring state"
    end = name_end(s, k)
    return s.text[s.starts[k] : s.ends[end - 1]], end


def name_end(s: SentenceView, k: int) -> int:
    """The token after the capitalised place name that starts at token ``k``, with the words that may sit inside
    one ("St. Albans", "SDN 3 Sumberagung", "Marvell and Ostend counties") and a bracketed short form between two
    of its words (round 17: "Klinik Kesehatan Haji Indonesia (KKHI) Makkah")."""
    texts, words, kinds, lex = s.texts, s.words, s.kinds, s.lex
    n = len(texts)
    while k < n and (kinds[k] != "p" or words[k] == ABBREVIATION_DOT or _short_form(s, k)):
        w = words[k]
        if _short_form(s, k):
            k += 3
        elif (
            texts[k][0].isupper()
            or w == ABBREVIATION_DOT
            or w in lex.place_parts
            or (kinds[k] == "n" and k + 1 < n and texts[k + 1][0].isupper())
            or (w in lex.list_joiners and k + 1 < n and texts[k + 1][0].isupper() and _plural_end(s, k + 1))
        ):
            k += 1
        else:
            break
    return k


def _short_form(s: SentenceView, k: int) -> bool:
    """Token ``k`` opens a bracketed capitalised short form inside a name or at its end: "(KKHI)" before "Makkah",
    or before a list joiner ("di Klinik Kesehatan Haji Indonesia (KKHI) dan 96 jemaah ...")."""
    texts, kinds = s.texts, s.kinds
    return (
        k + 2 < len(texts)
        and texts[k] == "("
        and texts[k + 2] == ")"
        and kinds[k + 1] == "w"
        and texts[k + 1].isupper()
        and (k + 3 >= len(texts) or kinds[k + 3] == "p" or s.words[k + 3] in s.lex.list_joiners or _capital(s, k + 3))
    )


def _capital(s: SentenceView, k: int) -> bool:
    return s.kinds[k] == "w" and s.texts[k][0].isupper()


def _plural_end(s: SentenceView, k: int) -> bool:
    """ "Marvell and Ostend counties": a joiner inside one place only when a plural place word ends the run."""
    while k < len(s.texts) and s.kinds[k] == "w" and s.texts[k][0].isupper():
        k += 1
    return k < len(s.texts) and s.words[k] in s.lex.place_plurals
