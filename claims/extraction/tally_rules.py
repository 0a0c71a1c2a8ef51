"""Rules of ``MEASURE_RULES`` for a figure whose measure is named by a tally away from it (DESIGN 4.1).

- A part after a copula, in a sentence that opens with its whole: "Of the 40 dead, 14 were women and nine were
  children", "Dari 40 korban tewas, 14 adalah perempuan": a part that the copula gives a closed group of people
  takes the whole's measure (the group is its subject, narrower than the whole).
- A figure set off by commas after the noun phrase that names its measure: "The injured, numbering 58, were
  taken to ...", "Korban tewas, yang berjumlah 40 orang, ...".
- A thing counted after a word of material loss: "Kerugian: mobil 218 unit" (``item_nouns``).
- A fact-box line split by group: "Injuries: 64 to firefighters and 19 to civilians" (``group_line``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.case_names import disease_before
from claims.extraction.clauses import aside_end, aux_at, copula_after
from claims.extraction.demonym_dead import demonym
from claims.extraction.item_nouns import item_list, loss_item
from claims.extraction.pronoun_tallies import pronoun_tally
from claims.extraction.ranked_place import ranked_place, unmarked_ranked_place
from claims.extraction.reach import search_right
from claims.extraction.reach_before import measure_left
from claims.extraction.subjects import PERSON_CLASSES, compatible, group_class
from claims.extraction.thing_totals import thing_in_span
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_BACK: Final = 4  # how far before a comma the measure word of an apposition may start
_TALLY_REACH: Final = 12  # how far before the figure the tally word of its subject may stand
_PART_REACH: Final = 40  # how far after the opening whole a part after a copula may stand (keeps the rule linear)


def subset_tally(f: Figure) -> str | None:
    """ "The number of badly injured people is 410", "Jumlah korban luka berat mencapai 41 orang": a tally whose
    noun phrase names a subset by a phrase of several words (severity, condition) counts that subset, ``other``
    with the phrase's label, whatever the measure word inside the phrase says."""
    _changed_noun(f)  # first: the noun a change verb's figure counts, or the thing a predicate figure counts
    _predicate_thing(f)
    s, m, words = f.s, f.m, f.s.words
    tally = s.lex.subject_cues.get("tally_words")
    if tally is None or (m.nouns and any(noun.measure for noun in m.nouns)):
        return None
    start, opening = None, 0
    for k in range(m.first - 1, max(-1, m.first - 1 - _TALLY_REACH), -1):
        if words[k] in CLAUSE_PUNCT or words[k] == "," or k in s.mention_firsts:
            return None
        if words[k] in tally.firsts and (hit := tally.match(words, k)) is not None:
            start, opening = k, hit[0]
            break
    if start is None:
        return None
    if (own := _demonym_tally(f, start + opening)) is not None:
        return own
    _tally_noun(f, start + opening)
    for j in range(start, m.first):
        found = s.measure_at(j)
        if found is not None and found[0] > 1 and found[1].startswith("="):
            if m.raw_label is None and not m.nouns:
                m.raw_label = found[1][1:]  # the tally names what the bare figure counts
            return found[1]
    return None


def _demonym_tally(f: Figure, k: int) -> str | None:
    """ "The number of Egyptian deaths had risen to 540", "the tally of Indonesian pilgrims who died": a nationality
    (a capitalised adjective with a demonym ending, ``[subjects] demonym_endings``) right after the tally word,
    before the measure word, picks one nation's share of the toll out of it: ``other``, labelled by its words."""
    s = f.s
    if k + 1 >= f.m.first or s.kinds[k] != "w" or not s.is_capitalised_name(k):
        return None
    text = s.texts[k]
    if text.isupper() or not demonym(s, text):
        return None
    for j in range(k + 1, min(k + 4, f.m.first)):
        found = s.measure_at(j)
        if found is not None and not found[1].startswith("="):
            if f.m.raw_label is None and not f.m.nouns:
                f.m.raw_label = " ".join(s.texts[k : j + found[0]])
            return "=" + " ".join(s.texts[k : j + found[0]])
    return None


def _tally_noun(f: Figure, k: int) -> None:
    """ "revised the number of people on the bridge from about 400 to 150": a person noun right after the tally word,
    and no measure word between it and the figure, is what the bare figure counts (its label)."""
    s, m = f.s, f.m
    if m.raw_label is not None or m.nouns or k >= m.first:
        return
    noun = s.noun_at(k)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return
    if any(s.measure_at(j) is not None for j in range(k, m.first)):
        return
    m.raw_label = noun[1].label
    if f.label is None:
        f.label, f.cls = noun[1].label, f.cls or noun[1].subject_class


def named_elsewhere(f: Figure) -> str | None:
    """The measure of a whole the figure is a copula part of, or of the tally it stands in apposition to."""
    return (
        _copula_part(f)
        or _nominal_whole(f)
        or _whole_after_part(f)
        or _among_part(f)
        or _apposed(f)
        or _restated(f)
        or loss_item(f)
        or item_list(f)
        or pronoun_tally(f)
    )


def _nominal_whole(f: Figure) -> str | None:
    """ "Most of the dead were trampled, and at least 32 of them were children": a part ("of them") with no figure
    before it to be taken from is a part of the measure word that a determiner makes a noun phrase before it in
    the sentence ("the dead", "the injured", "those arrested"), with no other figure between."""
    s, m = f.s, f.m
    if not m.partitive or f.antecedent is not None or m.base_of is not None:
        return None
    for k in range(m.first - 1, 0, -1):
        if k in s.mention_firsts or s.words[k] in CLAUSE_PUNCT:
            return None
        found = s.measure_at(k) if s.words[k - 1] in s.lex.determiners else None
        if found is not None and not found[1].startswith("="):
            return found[1] if compatible(found[1], f.cls) else None
    return None


def _restated(f: Figure) -> str | None:
    """ "Warga RT 03 sebanyak 18 KK (61 jiwa) mengungsi", "About 120 families (450 people) were evacuated": a figure
    of people in parentheses right after another figure's noun phrase restates it in persons; it takes the main
    verb after the parenthesis, or the measure word before the outer figure (the households stay ``other``)."""
    s, m = f.s, f.m
    k = m.first - 1
    if k < 1 or f.cls not in PERSON_CLASSES:
        return None
    if s.words[k] == "(":
        close = aside_end(s, k)
    else:  # "514 kepala keluarga yang terdiri atas 1.862 jiwa", "312 KK atau 1.104 jiwa"
        size = s.cue_phrase_ending_at(m.first, "restatements", 3)
        if not size:
            return None
        k, close = m.first - size - (s.words[m.first - size - 1] == ","), max(m.np_end, m.num_end)
    outer = next((o for o in f.mentions if o is not m and max(o.np_end, o.num_end) == k), None)
    if outer is None or close is None or outer.subject_class in PERSON_CLASSES:
        return None
    after = search_right(s, close, f.cls, f.owned) if close < len(s.words) else None
    before = measure_left(s, outer.first, f.cls, f.owned) if after is None else None
    return after or (before[1] if before is not None else None)  # "Warga yang mengungsi sebanyak 45 KK (160 jiwa)"


def _whole_after_part(f: Figure) -> str | None:
    """ "Nine of the 30 dead were women", "Sembilan dari 30 korban tewas adalah perempuan": a bare part before its
    whole, whose measure word ends the whole's noun phrase before a copula, takes that measure when the copula
    names a closed group of people (``other`` with the noun's label for any other noun: "were residents")."""
    s, m, words = f.s, f.m, f.s.words
    if m.base_of is None or m.nouns or m.raw_label is not None:
        return None
    whole = f.mentions[m.base_of]
    k = max(whole.np_end, whole.last)
    hit = s.measure_at(k) if k < len(words) else None
    if hit is None or hit[1].startswith("="):
        return None
    copula = copula_after(s, k + hit[0])  # "Nine of the 30 killed in the attack were women"
    if copula is None or copula + 1 >= len(words):
        return None
    k = copula
    noun = s.noun_at(k + 1)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    if noun[1].subject_class == "people" or not compatible(hit[1], noun[1].subject_class):
        m.raw_label = noun[1].label
        return "=" + noun[1].label
    return hit[1]


def _changed_noun(f: Figure) -> None:
    """ "Kasus positif bertambah 2.314", "Cases rose by 2,314": a bare figure right after a change verb counts the
    noun its clause opens with (the noun takes the figure; its measure, if any, comes from ``_noun_measure``)."""
    m, words, lex = f.m, f.s.words, f.s.lex
    if f.head is not None or m.nouns or m.raw_label is not None or m.first < 2:
        return
    k = m.first - 1
    table = lex.increase_before if words[k] in lex.increase_before.lasts else lex.decrease_before
    change = table.match_ending(words, m.first) if words[k] in table.lasts else None
    if change is None:
        return
    end = disease_before(f.s, m.first - change[0])  # "Kasus konfirmasi positif COVID-19 bertambah 4.385"
    for stop in range(end, max(0, end - _BACK), -1):
        if words[stop - 1] in CLAUSE_PUNCT or words[stop - 1] == ",":
            return
        noun = lex.nouns.match_ending(words, stop) if words[stop - 1] in lex.nouns.lasts else None
        if noun is not None and not noun[1].generic and stop - 1 not in f.owned:  # not "... tiga provinsi bertambah"
            f.head, f.cls, f.label = noun[1], noun[1].subject_class, noun[1].label
            return


def _predicate_thing(f: Figure) -> None:
    """ "Rumah yang terendam di Kecamatan X mencapai 700 unit lebih", "Ternak yang mati mencapai 120 ekor": a bare
    figure after an exact qualifier (the predicate of its clause) counts the thing or animal its clause opens with."""
    m, words, lex = f.m, f.s.words, f.s.lex
    if f.head is not None or m.nouns or m.raw_label is not None or m.first < 2:
        return
    q = lex.qualifiers.match_ending(words, m.first) if words[m.first - 1] in lex.qualifiers.lasts else None
    if q is None and m.qualifier in ("more_than", "nearly") and words[m.first - 1] in lex.nouns.lasts:
        noun = lex.nouns.match_ending(words, m.first)  # "Dengue cases topped 5,000": the verb is the qualifier
        if noun is not None and not noun[1].generic and noun[1].subject_class == "thing":
            f.head, f.cls, f.label = noun[1], noun[1].subject_class, noun[1].label
        return
    if q is not None and q[1] == "exact":
        start = m.first - q[0]
    elif m.num_end < len(words) and words[m.num_end] in lex.cue("animal_classifiers"):
        start = m.first  # "Sapi yang mati tercatat 42 ekor": the classifier says animals are counted
    else:
        return
    k = start
    while k > 0 and start - k < _TALLY_REACH and f.s.kinds[k - 1] != "p":
        k -= 1
    if k > 0 and f.s.kinds[k - 1] != "p":
        return  # the clause starts too far before the figure
    tally = lex.subject_cues.get("tally_words")
    if tally is not None and (opening := tally.match(words, k)) is not None:
        k += opening[0]  # "Jumlah kambing yang mati sudah 30 ekor"
    noun = f.s.noun_at(k) if k < start else None
    if noun is not None and not noun[1].generic and noun[1].subject_class in ("thing", "animal"):  # "Sapi ... 42 ekor"
        f.head, f.cls, f.label = noun[1], noun[1].subject_class, noun[1].label


def _copula_part(f: Figure) -> str | None:
    s, m, words = f.s, f.m, f.s.words
    whole = f.mentions[0]
    if whole is m or not whole.valid or whole.measure in (None, "other"):
        return None
    own = m.raw_label is not None or any(not noun.generic for noun in m.nouns)  # "12 orang merupakan polisi": none
    still = s.lex.subject_cues.get("relative_copulas")  # "Dari 60 orang yang ditangkap, 12 orang masih anak-anak"
    end = max(m.np_end, m.num_end)
    cut = None if still is None else next((k for k in range(m.num_end, end) if still.match(words, k)), None)
    if cut is not None:  # the noun phrase ran on over "masih" into the predicate's noun
        end, own = cut, m.raw_label is not None or _own_noun(s, m.num_end, cut)
    if own:
        return None
    before = s.lex.whole_before
    found = before.match(words, 0) if words and words[0] in before.firsts else None
    if found is None:
        return None
    k = found[0]
    while k < whole.first and words[k] in s.lex.determiners:
        k += 1
    if (
        k != whole.first
        or m.first - whole.last > _PART_REACH
        or "," not in words[max(whole.last, whole.np_end) : m.first]
    ):
        return None
    if not (aux_at(s, end) or cut is not None) or end + 1 >= len(words):
        return None
    noun = s.noun_at(end + 1)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    cls = group_class(noun[1], s.lex, s.word_set)  # "a dozen were officers": police
    if cls == "people" or not compatible(whole.measure, cls):
        m.raw_label = noun[1].label  # "14 were residents of X", "12 merupakan pelajar": a subset named by the noun
        return "=" + noun[1].label
    return whole.measure


def _own_noun(s: SentenceView, start: int, end: int) -> bool:
    """A counted noun of its own (not generic "orang") between tokens ``start`` and ``end``."""
    for k in range(start, end):
        found = s.noun_at(k)
        if found is not None and not found[1].generic:
            return True
    return False


def _among_part(f: Figure) -> str | None:
    """ "Among the 40 dead were 14 women", "Di antara 16 korban tewas terdapat lima anak": a sentence that opens
    with its whole after "among"; the first figure after an existential verb that names a closed group of people
    takes the whole's measure (the items after it follow as a list)."""
    m, words, lex = f.m, f.s.words, f.s.lex
    among, there = lex.cues.get("among"), lex.cues.get("existentials")
    whole = f.mentions[0]
    if not among or not there or whole is m or not whole.valid or whole.measure in (None, "other"):
        return None
    k = 0
    while k < whole.first and (words[k] in among or words[k] in lex.determiners):
        k += 1
    if k != whole.first or k == 0 or words[0] not in among:
        return None
    if m.first - whole.last > _BACK + 2:
        return None
    gap = words[whole.last : m.first]
    if not any(w in there for w in gap) or any(w in CLAUSE_PUNCT or w == "." for w in gap):
        return None
    if any(o.first > whole.first and o.first < m.first for o in f.mentions):
        return None
    cls = f.cls
    if cls is None or cls not in PERSON_CLASSES or cls == "people" or not compatible(whole.measure, cls):
        return None
    return whole.measure


def _apposed(f: Figure) -> str | None:
    s, m, words = f.s, f.m, f.s.words
    lex = s.lex
    k, appositions = m.first, lex.cue("apposition")
    q = lex.qualifiers.match_ending(words, k) if k > 0 and words[k - 1] in lex.qualifiers.lasts else None
    if q is not None and q[1] == "exact":
        if thing_in_span(s, k - q[0], k):
            return None  # "died, bringing the number of cases to 2,800": the tally names another count
        k -= q[0]
        k -= 1 if k > 1 and words[k - 1] in appositions else 0  # "terbanyak di Kota Bima, yakni sebanyak 27 orang"
    elif k > 0 and words[k - 1] in appositions:
        k -= 1  # "jumlah korban jiwa tertinggi, yakni 412 orang"
    else:
        return None
    comma = k - 1
    if comma < 1 or (words[comma] != "," and not unmarked_ranked_place(s, k)):
        return None
    comma = comma if words[comma] == "," else k  # "terbanyak ditemukan di Kota Sorong yakni 31 orang": no comma
    superlatives = lex.cue("superlatives")
    end = comma - 1 if words[comma - 1] in superlatives else comma
    if end == comma and comma > 2 and f"{words[comma - 2]} {words[comma - 1]}" in superlatives:
        end = comma - 2  # "korban jiwa paling banyak, yakni 14 orang"
    ranked = ranked_place(s, comma) if end == comma else None  # "Kematian terbanyak di Jawa Tengah, yakni tujuh"
    end = ranked[0] if ranked is not None else end
    found = s.measure_ending_at(end - 1)  # the longest: "baik yang meninggal maupun luka-luka, mencapai 59 orang"
    if found is None:
        return None
    measure = found[1]
    if measure.startswith("=") or not compatible(measure, f.cls):
        return None
    m.place = ranked[1] if ranked is not None else m.place
    return measure


_LINE_REACH: Final = 16  # how far before a group item its fact-box label may stand


def group_line(f: Figure) -> str | None:
    """An item of a fact-box line split by group, a figure followed by ``[cues] group_datives`` and a person noun
    ("Injuries: 64 to firefighters and 19 to civilians"): a closed group keeps the label's measure (its subject);
    any other group is a subset named by measure and noun, ``other`` (as the measure it would contradict the
    line's total)."""
    s, m, words = f.s, f.m, f.s.words
    k = m.num_end
    if k + 1 >= len(words) or words[k] not in s.lex.cue("group_datives"):
        return None
    noun = s.noun_at(k + 1)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    colon = next((j for j in range(m.first - 1, max(-1, m.first - _LINE_REACH), -1) if words[j] in CLAUSE_PUNCT), -1)
    if colon < 1 or words[colon] != ":":
        return None
    found = s.measure_at(colon - 1)
    if found is None or found[1].startswith("=") or found[0] != 1:
        return None
    info = noun[1]
    f.cls, f.label, f.head = info.subject_class, info.label, info
    if info.subject_class != "people" and compatible(found[1], info.subject_class):
        return found[1]
    return "=" + f"{found[1]} {info.label}"
