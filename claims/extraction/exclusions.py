"""Numbers that are not counts: identifiers, years, ages, ordinals, time spans, rates and versions.

>>> from claims.extraction import extract
>>> extract("Pasal 170 KUHP mengancam pelaku hingga 7 tahun penjara.", "id")
[]
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from claims.extraction.affixes import has_suffix
from claims.extraction.age_lists import listed_age
from claims.extraction.bracket_ages import age_after_one_person
from claims.extraction.bracket_lists import places_in_brackets
from claims.extraction.collective_digits import collective_digits
from claims.extraction.disease_items import disease_ends_before
from claims.extraction.enumerators import item_number, listed_identifier
from claims.extraction.lexicon import Lexicon
from claims.extraction.match_scores import match_score
from claims.extraction.measured_identifiers import unit_after
from claims.extraction.numbers import Reading
from claims.extraction.place_tallies import digits_end, name_start, opens_place_list
from claims.extraction.rates import rate_end
from claims.extraction.restated_numbers import restates_words_before
from claims.extraction.site_items import counted_site_item
from claims.extraction.slash_pairs import slash_pair
from claims.extraction.source_ones import source_one
from claims.extraction.street_numbers import street_number
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView


def is_year(text: str, value: Decimal) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= value <= 2100


def skip_number(s: SentenceView, reading: Reading, i: int) -> bool:
    """Identifiers, years, ages, ordinals, time spans: numbers that are not counts."""
    if i in s.blocked:
        return True
    kinds, lex = s.kinds, s.lex
    if kinds[i] == "n" and reading.end == len(kinds) - 1 and item_number(s, i, reading.end):
        return True  # "... tertinggi: 1. Kabupaten Bandung: 27 kematian 2. ...": a numbered list's item numbers
    if kinds[i] == "n" and i >= 2 and kinds[i - 2] == "n" and listed_identifier(s, i, reading.end):
        return True  # "berkumpul di pintu 7 dan 8", "Warga RT 3 dan 4": more numbers of the identifier before
    glued_or_after_number = (i > 0 and (s.glue[i] or kinds[i - 1] == "n")) or s.texts[i][0] == "0"  # or "03", a year
    if kinds[i] == "n" and (glued_or_after_number or len(s.texts[i]) == 4) and _digits_not_count(s, reading, i):
        return True
    if i > 0:  # each test below needs the word before; the cheap checks decide whether it runs
        before = s.words[i - 1]
        # _identifier needs an identifier word before, or a number right after a capitalised word ("Flight 4417")
        named = kinds[i - 1] == "w" and _numeral_or_title(s, i) and not s.glue[i] and s.texts[i - 1][0].isupper()
        if (named or before in lex.identifier_words.lasts) and _identifier(s, i):
            return True
        if before == ")" and _bracketed_identifier(s, i):
            return True  # "Detasemen Khusus (Densus) 88 Antiteror": the unit's short name in brackets, then its number
        if before == "(" and i >= 2 and lex.identifier_words.match_ending(s.words, i - 1) is not None:
            return True  # "Pasal 170 ayat (2) KUHP": the numbered clause in brackets (idf)
        if kinds[i] == "w" and s.texts[i][0].isupper() and _in_place_name(s, i):
            return True  # "Kepulauan Seribu", "Kecamatan Talang Empat": a number word inside a place name (idf)
        if (before in ("(", ",") or before in lex.age_words.lasts or before in lex.connectors) and _age(s, reading, i):
            return True
        if before == "," and kinds[i] == "n" and not s.glue[i] and _age_after_name(s, reading, i, ","):
            return True  # "Agus Rianto, 41, sopir asal Purwodadi": a person's age set off by commas
        if _range_joiner(lex, before) and (span := _span_end(s, reading, i)) is not None:
            return span
        if (kinds[i] == "w" and before in lex.not_count_before) or before in lex.cue("score_words"):
            return True  # "salah satu" = one of; "ditahan imbang 1-1": a match result
        if match_score(s, i):
            return True  # "menang 3-1 atas Persija": a score
        if kinds[i] == "n" and before in lex.cue("date_span_openers") and _day_span(s, reading):
            return True  # "between 25 and 30 May", "from 3 to 9 June": the span's first day
        if before == lex.ordinal_prefix and i >= 2 and _ordinal_apart(s, reading, i):
            return True  # "pencarian hari ke empat", "lokasi ke dua di Ruko X": an ordinal written apart
    end = reading.end
    if end < len(kinds) and _not_count_after(s, i, end):
        return True  # "naik dua kali lipat", "three times as many": a multiplier; "on 14 Tamar Street": an address
    if kinds[i] == "w" and end + 1 < len(kinds) and _one_of(s, i, end):
        return True  # "one of the largest evacuations", "one of 23 active volcanoes", "One official said ..."
    if kinds[i] == "n" and end + 1 < len(kinds) and end + 1 in s.blocked and _range_joiner(lex, s.words[end]):
        return reading.value <= 31 and kinds[end + 1] == "n"  # "3 hingga 6 Mei", "between 2 and 4 a.m."
    return (
        end < len(kinds)
        and (
            s.words[end] in _SPAN_MARKS
            or s.words[end] in lex.time_units
            or s.words[end] in lex.rate_words
            or s.words[end] in lex.span_modifiers
            or s.words[end] in lex.time_zones
        )
        and _span_or_label_after(s, end)
    )


def _span_end(s: SentenceView, reading: Reading, i: int) -> bool | None:
    """The last end of a span after its joiner at ``i - 1``: whether it is no count (an age, a day), or None when the
    span is neither. An age span: "aged between 12 and 22", "aged 15 to 17", "were between 15 and 29 years old"; not
    a term in years ("sentences of between four and nine years", round 12: no age word before or after)."""
    kinds, lex, words = s.kinds, s.lex, s.words
    first_age = i >= 3 and (kinds[i - 2] == "n" or words[i - 2] in lex.number_words)  # "aged between seven and"
    if first_age and words[i - 3] in lex.age_words.lasts:
        return (
            lex.age_words.match_ending(words, i - 2) is not None or lex.age_words.match(words, reading.end) is not None
        )
    if kinds[i] == "n" and i >= 4 and kinds[i - 2] == "n" and words[i - 3] in lex.months:
        opener = words[i - 4] in lex.cue("date_span_openers")
        noun = reading.end < len(kinds) and words[reading.end] in lex.nouns.firsts  # "and 25 people were"
        return opener and not noun and reading.value <= 31  # "between July 1 and 22": a span's last day
    return None


def _range_joiner(lex: Lexicon, word: str) -> bool:
    """A word that joins the two ends of a range ("hingga", "to", "and" after "between")."""
    return word in lex.range_joiners or word in lex.range_between_joiners


def _not_count_after(s: SentenceView, i: int, end: int) -> bool:
    """The words after the number make it no count: a multiplier ("kali lipat", "times as many") or the street of
    an address (:func:`street_number`)."""
    after = s.lex.not_count_after
    return (s.words[end] in after.firsts and after.match(s.words, end) is not None) or street_number(s, i, end)


def _numeral_or_title(s: SentenceView, i: int) -> bool:
    """Digits, or a number word written with a capital inside the sentence: after a capitalised name it is part of
    the name ("Kali Dua", "Desa Sungai Tiga", "Pulau Seribu"), as digits are ("SD Negeri 4")."""
    return s.kinds[i] == "n" or (s.kinds[i] == "w" and s.texts[i][0].isupper())


def _day_span(s: SentenceView, reading: Reading) -> bool:
    """A day number, a range joiner, another day number and a month: "between 25 and 30 May" (day-first dates)."""
    words, kinds, lex, end = s.words, s.kinds, s.lex, reading.end
    return (
        reading.value <= 31
        and end + 2 < len(words)
        and _range_joiner(lex, words[end])
        and kinds[end + 1] == "n"
        and words[end + 2] in lex.months
        and s.texts[end + 2][0].isupper()  # "between 25 and 30 may be trapped": the verb, no month
    )


def _one_of_superlative(s: SentenceView, i: int, end: int) -> bool:
    """ "40,000 fled, one of the largest evacuations", "one of the world's biggest", "one of its deadliest days": the
    number word one before "of", a determiner (``[cues] superlative_determiners``), perhaps a possessor, and a
    superlative (``one_of_superlatives``) ranks, no count."""
    words, lex, n = s.words, s.lex, len(s.words)
    if lex.number_words.get(words[i]) != 1 or words[end] not in lex.of_words:
        return False
    k = end + 1
    if words[k] not in lex.cue("superlative_determiners"):
        return False
    if k + 2 < n and has_suffix(words[k + 1], lex.cue("possessor_clitics")):
        k += 1  # "one of the world's biggest"
    return words[k + 1] in lex.cue("one_of_superlatives")


def _one_of(s: SentenceView, i: int, end: int) -> bool:
    """The number word one that ranks (``_one_of_superlative``), names a member of a set (``_member_of_set``) or a
    source that speaks ("One official said the toll had reached 40": ``source_ones.source_one``)."""
    if end + 2 < len(s.words) and _one_of_superlative(s, i, end):
        return True
    return _member_of_set(s, i, end) or source_one(s, i, end)


def _member_of_set(s: SentenceView, i: int, end: int) -> bool:
    """ "The volcano is one of 23 active volcanoes", "it was one of the 12 prisons": after a copula (``[subjects]
    copulas``), the number word one before "of" and a figure names its subject as a member of a set, no count (the
    set's figure is read on its own), unless a measure word before the copula makes the one a count of it."""
    words, n = s.words, len(s.words)
    if s.lex.number_words.get(words[i]) != 1 or words[end] not in s.lex.of_words or i == 0:
        return False
    copulas = s.lex.subject_cues.get("copulas")
    if copulas is None or words[i - 1] not in copulas.firsts:
        return False
    k = end + 1
    if words[k] in s.lex.determiners and k + 1 < n:
        k += 1  # "one of the 12 prisons"
    if not (s.kinds[k] == "n" or words[k] in s.lex.number_words):
        return False
    return all(s.measure_at(j) is None for j in range(i - 1))  # "The dead man was one of 40 workers": one dead


_SPAN_MARKS: Final = frozenset({"-", "\u2013", ":", ".", "/"})  # the punctuation _span_or_label_after looks for


def _digits_not_count(s: SentenceView, reading: Reading, i: int) -> bool:
    """Digits glued to letters or dashes ("i7", "ke-3", "COVID-19"), a number after a number, a year, digits with a
    leading zero ("KM Harapan Baru 03": a number in a name)."""
    lex, texts, kinds = s.lex, s.texts, s.kinds
    if _leading_zero(texts[i]) and reading.end == i + 1:
        return True
    if i > 0 and s.glue[i]:
        prev_text = texts[i - 1]
        if kinds[i - 1] == "w" and lex.currencies.match_ending(s.words, i, s.glue) is None:
            # "i7", "LGA1156": letters glued to digits; not a unit glued to a decimal ("gempa M5,9": a magnitude)
            return not (lex.decimal_separator in texts[i] and lex.units_before.match_ending(s.words, i) is not None)
        if prev_text in "-/\u2013" and i > 1 and s.glue[i - 1] and kinds[i - 2] in {"w", "n"}:
            # "ke-3", "H-3", "COVID-19", "2013-14"; not "Ke-38 PMI", not "47 KK/158 jiwa"
            return not collective_digits(s, i, reading.end) and not slash_pair(s, i, reading.end)
        if prev_text == "+" and i > 1 and s.glue[i - 1] and kinds[i - 2] == "w":
            return True  # "H+7 Lebaran", "D+3": a day counted from a feast or an event, no count
    if i > 0 and kinds[i - 1] == "n" and not s.glue[i]:
        return True  # "245 23", "i7 860": a number right after a number
    if reading.end == i + 1 < len(texts) and s.words[i + 1] in lex.cue("era_words"):
        return True  # "ibadah haji 1444 Hijriyah", "1445 H": a year of another calendar
    if reading.end == i + 1 and len(texts[i]) == 4 and is_year(texts[i], reading.value):
        after_year = reading.end
        if i > 0 and s.words[i - 1] in lex.cue("year_prepositions"):
            return True  # "pada 2023 laporan itu naik": a year after a word of time, though a noun follows
        return after_year >= len(texts) or lex.nouns.match(s.words, after_year) is None
    return False


def _identifier(s: SentenceView, start: int) -> bool:
    """ "Pasal 170", "Flight 4417", "SD Negeri 4", "Level IV"; not "Distrik Yamba 3.954 orang" (a counted noun)."""
    lex, words, kinds = s.lex, s.words, s.kinds
    before = words[start - 1] if start > 0 else None  # match_ending finds nothing when no phrase ends here
    if before in lex.currencies.lasts and lex.currencies.match_ending(words, start, s.glue) is not None:
        return False
    if disease_ends_before(s, start):
        return False  # "menderita ISPA 81.836": the cases of a disease, no identifier
    ident = lex.identifier_words.match_ending(words, start) if before in lex.identifier_words.lasts else None
    if ident is not None and ident[0] == 1 and start >= 2 and words[start - 2] in lex.cue("identifier_unmakers"):
        return False  # "pasien rawat jalan 11 orang": outpatient care, no street "Jalan 11"
    if ident is not None and not (kinds[start] == "w" and ident[0] == 1 and words[start - 1] in lex.stops):
        if ident[0] == 1 and start >= 2 and kinds[start - 2] == "n" and words[start - 1] in lex.time_units:
            return False  # "usia 50-59 tahun 88 orang": the unit closes a span before the figure, labels nothing
        if ident[0] == 1 and start >= 2 and words[start - 1] in lex.time_units and _deictic(s, start - 2):
            return False  # "Last year 1,200 people died", "this week 45 were arrested": a time, no "year 1,200"
        if _verb_count(s, start) or counted_site_item(s, start):
            return False  # "sudah siaga 450-an personel", "tersebar di Kodim 1.500 jiwa, Lanud 970 jiwa": counts
        return not _tally_verb(s, start) and not unit_after(s, start)  # "gelombang 2 hingga 4 meter"
    return (
        start > 0
        and _numeral_or_title(s, start)
        and not s.glue[start]
        and kinds[start - 1] == "w"  # is_capitalised_name's first test, without its call
        and s.is_capitalised_name(start - 1)
        and words[start - 1] not in lex.units_before.lasts  # "gempa M 4,8": a unit before the figure, no name
        and not _counted_after(s, start)
        and not _listed_after_name(s, start)
        and not opens_place_list(s, start)  # "Korban jiwa: Kabupaten A 12, Kabupaten B 7"
    )


def _in_place_name(s: SentenceView, i: int) -> bool:
    """The capitalised number word i ends a place name: right after a capitalised administrative word ("Kabupaten Lima
    Puluh Kota", "Kepulauan Seribu"), or after one capitalised name word that follows one ("Kecamatan Talang Empat",
    "Desa Sungai Tiga", "Kecamatan Simpang Empat"; h13id_b2) that names no measure (not a headline's "Desa Sukamaju
    Tewaskan Tiga ...")."""
    words, texts, admin = s.words, s.texts, s.lex.place_admin
    if words[i - 1] in admin:
        return texts[i - 1][0].isupper()
    if i < 2 or words[i - 2] not in admin or s.kinds[i - 1] != "w":
        return False
    return texts[i - 1][0].isupper() and texts[i - 2][0].isupper() and s.measure_at(i - 1) is None


def _leading_zero(text: str) -> bool:
    """Digits written with a leading zero ("03", "07"): a number in a name, never a count."""
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def _bracketed_identifier(s: SentenceView, i: int) -> bool:
    """One identifier word in brackets right before the number ("(Densus) 88", ``[exclusions] identifier_words``):
    the short name of the unit the number names, as in "Densus 88"."""
    words = s.words
    return (
        i >= 3
        and words[i - 3] == "("
        and s.kinds[i] == "n"
        and words[i - 2] in s.lex.identifier_words.lasts
        and (s.lex.identifier_words.match_ending(words, i - 1) is not None)
    )


def _deictic(s: SentenceView, k: int) -> bool:
    """A time deictic at token ``k`` (``[syntax] time_deictics``: "last", "this", "past") makes the time word after
    it an adverb of time."""
    return s.words[k] in s.lex.syntax_words.get("time_deictics", ())


def _tally_verb(s: SentenceView, start: int) -> bool:
    """The identifier word before ``start`` is the verb of a tally: an exact qualifier ("the dead now number 40",
    "protesters numbered 600") after a measure word or a noun of people, not a label ("room number 40")."""
    lex, words = s.lex, s.words
    q = lex.qualifiers.match_ending(words, start) if words[start - 1] in lex.qualifiers.lasts else None
    if q is None or q[1] != "exact":
        return False
    k = start - q[0] - 1
    while k >= 0 and words[k] in lex.qualifiers.lasts and (adverb := lex.qualifiers.match_ending(words, k + 1)):
        k -= adverb[0]  # "now"
    for j in range(k, max(-1, k - _TALLY_REACH), -1):  # "the dead in the hill villages now number 63"
        if s.kinds[j] == "p" or s.kinds[j] == "n":
            return False
        noun = lex.nouns.match_ending(words, j + 1) if words[j] in lex.nouns.lasts else None
        found = s.measure_at(j)
        if found is not None and _verb_object(s, j, j + found[0], k + 1):
            return False  # "villagers vandalised polling booth number 146": the verb's object, then its label
        if found is not None or (noun is not None and noun[1].subject_class in PERSON_CLASSES):
            return True
    return False


def _verb_object(s: SentenceView, j: int, start: int, end: int) -> bool:
    """The measure word at j, with no article before it, is a verb whose object (plain words, no preposition nor
    relative word) fills tokens ``start`` to ``end``: "vandalised polling booth" before "number 146"; not "the
    dead" or "the injured in the three towns"."""
    lex, words = s.lex, s.words
    if start >= end or (j > 0 and words[j - 1] in lex.determiners):
        return False
    stops = lex.place_prepositions | lex.of_words | lex.relative_words
    return all(s.kinds[i] == "w" and words[i] not in stops for i in range(start, end))


_TALLY_REACH: Final = 6  # how far before a tally verb ("number") the noun phrase naming the tally may end


def _verb_count(s: SentenceView, start: int) -> bool:
    """The identifier word before ``start`` is also a verb (``[cues] identifier_verbs``: "siaga") and a counted noun
    follows the figure, past an "-an" suffix: the figure is what stands by ("siaga 450-an personel")."""
    if s.words[start - 1] not in s.lex.cue("identifier_verbs"):
        return False
    k = start + 1
    while k < len(s.words) and k <= start + 2 and (s.glue[k] or s.kinds[k] == "p"):
        k += 1  # "450-an": the suffix is glued to the number
    return s.noun_at(k) is not None


def _counted_after(s: SentenceView, start: int) -> bool:
    """The figure is followed by a counted noun: "Kalimantan Selatan 602 orang" is a count, not an identifier."""
    k = start + 1
    while k < len(s.words) and s.kinds[k] == "p" and s.texts[k] in ".,":
        if not s.glue[k]:
            return False
        k += 2  # "3.954": the digits go on
    if k + 2 < len(s.words) and s.texts[k] == "-" and s.glue[k] and s.words[k + 1] in s.lex.approximate_suffixes:
        k += 2  # round 15: "PT Sai Apparel: PHK 8.000-an orang", the approximate figure's noun after its suffix
    if k >= len(s.words):
        return False
    noun = s.noun_at(k)
    if noun is not None or s.words[k] in s.lex.cue("postposed_classifiers"):
        return True  # "Desa Pecakaran 344 unit": a classifier counts as a noun does
    if s.words[k] in s.lex.units.firsts and s.lex.units.match(s.words, k) is not None:
        return True  # "CFR 0,81 persen", "BOR 72 persen": a rate with its unit, not a label
    return _place_name_before(s, start) and s.measure_at(k) is not None  # "Kota Bekasi Timur 14 kematian"


def _listed_after_name(s: SentenceView, start: int) -> bool:
    """ "dengan rincian Aceh Raya 331, Sumatra Timur 298 dan Minang Utara 196": a figure after a place name in a
    list that follows an earlier figure is a count, not an identifier. The name starts after a list word or a
    comma, the figure ends its item, and a figure stands before the list. A number word with a capital ends the name
    itself ("174 pengungsi tiba di Desa Ujung Batu, Kecamatan Kuala Tiga"): items of a list are written in digits."""
    lex, words, n = s.lex, s.words, len(s.words)
    if s.kinds[start] == "w":
        return False
    end = digits_end(s, start)  # "3.954": the digits go on
    if end < n and not (s.kinds[end] == "p" or words[end] in lex.list_joiners):
        return False
    k = name_start(s, start) - 1
    if k < 0 or k == start - 1:
        return False
    before = words[k]
    if not (before in (",", ":") or before in lex.list_joiners or before in lex.breakdown_cues):
        return False
    return any(kind == "n" for kind in s.kinds[:k]) or any(w in lex.vague.firsts for w in words[:k])


def _age(s: SentenceView, reading: Reading, start: int) -> bool:
    """ "berusia 45 tahun", "aged 30", "aged three, eight and ten", "AS (41)"; not "Kabupaten Klaten (29)" (a count
    by place)."""
    lex, words = s.lex, s.words
    before = words[start - 1] if start > 0 else None
    if before in lex.age_words.lasts and lex.age_words.match_ending(words, start) is not None:
        return True
    if (before == "," or before in lex.connectors) and start >= 3 and listed_age(s, start):
        return True  # "children aged three, eight and ten": the list goes on with ages
    if before == "(" and (_restated_in_words(s, reading, start) or restates_words_before(s, reading, start)):
        return True  # not an age either, but no count of its own: "Sebanyak 5 (lima) orang tewas"
    return before == "(" and (_age_after_name(s, reading, start, ")") or age_after_one_person(s, reading, start))


def _restated_in_words(s: SentenceView, reading: Reading, start: int) -> bool:
    """A number in words in brackets right after the same number in digits, as police releases and court copy write
    it ("5 (lima) orang", "12 (dua belas) unit"): a restatement, not a second figure."""
    texts = s.texts
    if start < 2 or s.kinds[start] != "w" or reading.end >= len(texts) or texts[reading.end] != ")":
        return False
    digits = texts[start - 2].replace(s.lex.thousands_separator, "") if s.kinds[start - 2] == "n" else ""
    return digits.isdigit() and int(digits) == reading.value


_OLDEST: Final = 120  # a number set off after a name above this is no age


def _age_after_name(s: SentenceView, reading: Reading, start: int, close: str) -> bool:
    """The number at ``start``, set off by a mark right before it and ``close`` right after it ("AS (41)", "Imam
    Syafii, 51, asal Desa Ganten", "Mark Owens, 41, of Leeds": the wire style of Jawa Pos and JPNN, and of English
    copy), right after a capitalised name is the person's age; not after a place ("Kabupaten Klaten (29)",
    "Kabupaten Agam, 19, ...": a count by place), nor above ``_OLDEST`` ("Kapuas Raya (2.140)")."""
    texts = s.texts
    return (
        start >= 2
        and reading.end < len(texts)
        and texts[reading.end] == close
        and s.kinds[start - 2] == "w"
        and texts[start - 2][0].isupper()
        and reading.value <= _OLDEST
        and not _place_name_before(s, start - 1)
        and not places_in_brackets(s, start - 1)
    )


def _place_name_before(s: SentenceView, end: int) -> bool:
    """The capitalised run ending before token ``end`` is a place: it holds an administrative word, or it ends with a
    word that ends place names (``[places] suffixes``: "Barito Timur")."""
    k = end - 1
    if k >= 0 and s.words[k] in s.lex.place_suffixes and s.texts[k][0].isupper():
        return True
    while k >= 0 and s.kinds[k] == "w" and s.texts[k][0].isupper():
        if s.words[k] in s.lex.place_admin:
            # where the name follows its administrative word, a bare one is no place: "RS (19), AF (20)" are initials
            return not (s.lex.modifiers_follow and k == end - 1 and (k == 0 or not s.texts[k - 1][0].isupper()))
        k -= 1
    return False


def _span_or_label_after(s: SentenceView, end: int) -> bool:
    """Time spans ("14 hari", "32-year-old"), rates ("12 per 100.000"), versions and fractions ("1/40")."""
    lex, texts, kinds, glue = s.lex, s.texts, s.kinds, s.glue
    n = len(texts)
    if end >= n:
        return False
    nxt = s.words[end]
    if nxt in lex.time_units:
        return True
    if nxt in lex.span_modifiers and end + 1 < n and s.words[end + 1] in lex.time_units:
        return True  # "for three more days", "two further weeks": a span, not a count
    if nxt in lex.range_joiners and end + 2 < n and kinds[end + 1] == "n" and s.words[end + 2] in lex.time_units:
        return True  # "diobservasi selama 3-6 jam", "2 sampai 3 hari": the low bound of a span
    if nxt in lex.time_zones:
        return _clock_digits(texts[end - 1])  # "(1300 GMT)": a 24-hour clock time
    if nxt in lex.rate_words and end + 1 < n and kinds[end + 1] == "n":
        return rate_end(s, end) is None  # "12 per 3 orang": no count; "12 per 100.000" is a rate (rates.py)
    if nxt in "-\u2013" and end + 1 < n and glue[end] and glue[end + 1] and kinds[end + 1] == "w":
        head = s.words[end + 1].split("-")[0]
        if head in lex.time_units or s.words[end + 1] in lex.time_units:
            return True  # "32-year-old"
    if nxt in {":", "."} and end + 1 < n and glue[end] and kinds[end + 1] == "n" and glue[end + 1]:
        return True  # "6:12" not caught as a time, "1.2.3" versions
    if nxt in "-\u2013" and end + 1 in s.blocked and glue[end] and glue[end + 1] and len(texts[end - 1]) <= 2:
        return True  # "24-30 September": the first day of a range of dates
    return nxt == "/" and glue[end] and end + 1 < n and kinds[end + 1] == "n"  # "1/40"


def _clock_digits(text: str) -> bool:
    """Four digits that read as a 24-hour clock time ("0400", "1300", "2359"), or hours and minutes split by a dot or
    a colon before the zone ("atau 18.40 WIB" after another clock time, with no time word of its own)."""
    hours, sep, minutes = text.rpartition(".") if "." in text else text.rpartition(":")
    if sep and hours.isdigit() and minutes.isdigit() and len(hours) <= 2 and len(minutes) == 2:
        return int(hours) < 24 and int(minutes) < 60
    return len(text) == 4 and text.isdigit() and int(text[:2]) < 24 and int(text[2:]) < 60


def _ordinal_apart(s: SentenceView, reading: Reading, i: int) -> bool:
    """The number at ``i``, after an ordinal particle written apart, is a rank: a number word after a time unit
    ("pencarian hari ke empat", but "dibawa ke empat rumah sakit"), or a number with no noun after it (a place
    preposition, a comma or the sentence's end: "lokasi ke dua di Ruko X", "tahap ke tiga, ...") after no change
    word ("melonjak ke 255 ribu": rose to)."""
    words, end = s.words, reading.end
    if s.kinds[i] == "w" and words[i - 2] in s.lex.time_units:
        return True
    if words[i - 2] in s.lex.change_words:
        return False
    return end >= len(words) or words[end] == "," or words[end] in s.lex.place_prepositions
