"""Stage 4: lists and breakdowns after a measured figure (DESIGN.md section 4.1).

"19 tewas di Agam, 15 di Tanah Datar dan 7 di Padang Panjang", "114 pengungsi, terdiri dari 58 pria, 21
perempuan dan 35 anak-anak", "tersebar di Kabupaten Klaten (29), Kabupaten Subang (22)": every item after a
figure with a specific measure inherits that measure, takes its own group as subject when it names one, and
takes ``place`` when the items are split by place. The figure that heads the list keeps a place only when it is
itself an item (it has a place of its own and so do the items after it); a total keeps none.

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure, c.place) for c in extract("Sebanyak 9 orang tewas di Desa Ara dan 4 di Desa Bulu.", "id")]
    [('9', 'killed', 'Desa Ara'), ('4', 'killed', 'Desa Bulu')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.adjunct_measures import in_death_cause, item_adjunct
from claims.extraction.body_lists import shares_body_verb
from claims.extraction.civil_items import civil_item
from claims.extraction.dated_items import dated_item
from claims.extraction.earlier_items import article_adjunct, counts_people, same_classifier
from claims.extraction.gates import own_other_verb, verb_after_items
from claims.extraction.item_nouns import after_nouns
from claims.extraction.item_places import LIST_PUNCT, place_after, place_after_span, place_before
from claims.extraction.list_gaps import item_gap_start
from claims.extraction.measure_objects import another_nouns
from claims.extraction.mentions import Mention
from claims.extraction.origin_names import after_origin_name
from claims.extraction.paired_series import other_series
from claims.extraction.phrase_cover import measure_over
from claims.extraction.place_tallies import cause_after_measure, inside_death_cause
from claims.extraction.reach_before import own_predicate
from claims.extraction.relative_measures import item_aside
from claims.extraction.speakers import speaker_colon
from claims.extraction.spread_lists import opening_adjunct
from claims.extraction.subjects import FORCE_CLASSES, PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

LIST_MEASURES = frozenset(
    {"killed", "injured", "arrested", "missing", "displaced", "hospitalized", "deployed", "participants", "damaged"}
)
_HEAD_STOPS = (CLAUSE_PUNCT - LIST_PUNCT) | {".", ";"}  # a list's named head is never before one of these
_MAX_GAP = 14  # tokens between two items: a list item is never far from the one before


def breakdowns(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the items of every list in the sentence their head's measure, their subject and their place."""
    if len(mentions) < 2:
        return  # a list has two figures at least
    head: Mention | None = _named_head(s, mentions)
    items: list[Mention] = []
    previous: Mention | None = head
    bases = {m.base_of for m in mentions if m.base_of is not None}
    for index, m in enumerate(mentions):
        if index in bases:
            if head is not None:
                _places(s, head, items)
            head, items, previous = None, [], m
            continue
        if (
            head is not None
            and previous is not None
            and ((previous is head and head.stand_in and not _adjunct(s, m)) or _is_item(s, head, previous, m))
            and not other_series(mentions, index, head)
        ):
            items.append(m)
        elif head is not None and previous is head and not items and _adjunct(s, m):
            continue  # "2.946 orang diamankan di 14 polda ..., terbanyak di X dengan 688 orang": 14 is no item nor head
        else:
            if head is not None:
                _places(s, head, items)
            head, items = (m, []) if _can_head(m) else (None, [])
        previous = m
    if head is not None:
        _places(s, head, items)


def _named_head(s: SentenceView, mentions: list[Mention]) -> Mention | None:
    """A list whose measure is named before its first item, with no figure of its own: "Para pengungsi tersebar
    di sejumlah titik, antara lain 248 jiwa di X, 190 jiwa di Y", "korban meninggal berasal dari Kabupaten X (52
    orang), Kota Y (23 orang)". The head returned is a stand-in (no value) carrying the measure and subject."""
    skip = opening_adjunct(s, mentions)  # "tersebar di tiga kecamatan, yaitu ...": the places' figure heads nothing
    first, following = mentions[skip], mentions[skip + 1]
    if first.unit is not None or first.measure != "other" or any(not counts_people(n) for n in first.nouns):
        return None
    if first.raw_label is not None:
        return None
    if (
        not any(
            s.words[k] in s.lex.list_joiners or s.words[k] in s.lex.breakdown_cues or s.words[k] == "(" or _bullet(s, k)
            for k in range(first.last, following.first)
        )
        and "," not in s.words[first.last : following.first]
    ):
        return None  # no list after the first figure
    words = s.words
    for k in range(first.first - 1, -1, -1):
        w = words[k]
        if w in _HEAD_STOPS or (w in s.lex.clause_breaks and not cause_after_measure(s, k)):
            return None  # not "korban meninggal karena banjir, Kabupaten A 12 orang": the measure's cause
        found = measure_over(s, k)  # "baik yang meninggal maupun luka-luka": casualties
        if found is None or found[1].startswith("=") or found[1] not in LIST_MEASURES:
            continue
        if inside_death_cause(s, k):
            continue  # "Korban meninggal karena tertimbun longsor: ...": how they died
        if another_nouns(s, k, found[0]):
            continue  # "Relawan yang merawat korban luka berasal dari ...": the list counts the volunteers
        head = Mention(k, k + found[0], k, k + found[0], None, first.low, None, "exact", None)
        head.np_end = k + found[0]
        head.measure = found[1]
        head.stand_in = True
        noun = s.noun_at(k)
        if noun is None and k > 0 and words[k - 1] in s.lex.nouns.lasts:  # "Rumah rusak tersebar di ..."
            noun = s.lex.nouns.match_ending(words, k)
        cls = noun[1].subject_class if noun is not None else None
        cls = cls or _person_noun_before(s, k)
        if head.measure == "damaged":
            head.subject, head.subject_class = (noun[1].label if noun else None), "thing"
        else:
            head.subject = head.subject_class = cls if cls in PERSON_CLASSES else "people"
        return head
    return None


def _person_noun_before(s: SentenceView, k: int) -> str | None:
    """The class of a specific person noun just before token k ("Polisi yang terluka": police)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        noun = s.noun_at(j)
        if noun is not None and not noun[1].generic and noun[1].subject_class in PERSON_CLASSES:
            return noun[1].subject_class
    return None


def _can_head(m: Mention) -> bool:
    return m.valid and m.unit is None and m.base_of is None and (m.measure in LIST_MEASURES or m.subject is not None)


def _is_item(s: SentenceView, head: Mention, previous: Mention, m: Mention) -> bool:
    """True when ``m`` continues the list that ``head`` opened (``previous`` is the figure just before it)."""
    if m.unit is not None or m.base_of is not None or m.measure not in {"other", head.measure} or article_adjunct(s, m):
        return False  # "including 7 deaths, were reported in the nine affected states": an adjunct, no item
    if any(head.measure in noun.not_measures for noun in m.nouns):
        return False  # "126 rumah rusak dan 82 kepala keluarga (KK) terdampak": households are never damaged
    if m.partitive and m.measure == "other" and head.measure != "other":
        return False  # "merusak 31 rumah, 4 di antaranya rata dengan tanah": a part settled as a subset, no item
    if m.measure == "other" and (m.nouns or m.raw_label or m.anaphoric) and not _ends_item(s, m, head):
        return False  # the figure has a predicate of its own ("214 lainnya terendam", "48 schools closed")
    if (
        m.measure == "other"
        and (m.raw_label is not None or m.subject not in (None, head.subject, previous.subject))
        and not (_group_noun(m, head) or same_classifier(s, head, m))
    ):
        return False
    end = item_gap_start(s, previous)  # "4.100 pengungsi tersebar di Desa A 1.500 jiwa": the cue opens the gap
    gap = range(end if end < m.first else previous.last, m.first)  # a noun phrase may run on into the item
    aside = item_aside(s, gap)  # "15 in Norvale, where a levee failed, and eight in Castlerow"
    if len(gap) - len(aside) > _MAX_GAP:
        return False
    words, lex = s.words, s.lex
    cues = [k for k in gap if words[k] in lex.breakdown_cues]
    if cues and any(words[k] in lex.clause_breaks for k in range(gap.start, cues[-1])):
        # "..., selama sepekan aksi, terbanyak di X dengan 688 orang": a cue after a clause of its own takes the list
        # back to the head; only the words after it must belong to the list
        gap = range(cues[-1], gap.stop)
    if speaker_colon(s, gap) or verb_after_items(s, head, gap, m):
        return False  # "..., Kabid Humas: Ada 6 yang Bawa Sajam": a speaker's quote, no item
    separated = placed = False
    for k in gap:
        w = words[k]
        if k in aside or in_death_cause(s, k):
            continue
        if w in lex.clause_breaks or w == "." or (w in CLAUSE_PUNCT and w not in LIST_PUNCT):
            return False  # "..., while dozens of people died": a new clause, no item
        if w in LIST_PUNCT or w in lex.list_joiners or w in lex.breakdown_cues or _bullet(s, k):
            separated = True
            continue
        found = s.measure_at(k)
        if found is not None and found[1] != head.measure and not item_adjunct(s, k, found[0], m.first):
            return False  # the item has a measure word of its own
        # a lower-case head noun right before a capitalised name is the item's place ("disusul embarkasi Surabaya 12")
        placed = placed or w in lex.place_prepositions or (k + 1 < m.first and s.texts[k + 1][0].isupper())
        if separated and not placed and found is None and _predicate_word(s, k):
            return False  # "attended by 5,000 workers, was guarded by 800 police officers": a clause of its own
    return separated


def _predicate_word(s: SentenceView, k: int) -> bool:
    """Token k is a lower-case word that no list item holds (no noun, filler, stop, article or place word of the
    lexicon): a predicate between two figures ("guarded")."""
    lex, w = s.lex, s.words[k]
    return (
        s.kinds[k] == "w"
        and not s.texts[k][0].isupper()
        and w not in lex.stops
        and w not in lex.fillers
        and w not in lex.determiners
        and w not in lex.place_fillers
        and w not in lex.place_parts
        and w not in lex.nouns.firsts
        and w not in lex.qualifiers.firsts
    )


def _bullet(s: SentenceView, k: int) -> bool:
    """Token ``k`` is a hyphen set off by spaces, a bullet of a list ("Korban: - Desa A 12 orang - Desa B 7
    orang"), not a hyphen inside a word or a range ("luka-luka", "12-15")."""
    return s.texts[k] in "-\u2013" and not s.glue[k] and k + 1 < len(s.glue) and not s.glue[k + 1]


def _adjunct(s: SentenceView, m: Mention) -> bool:
    """A figure of a prepositional phrase that measures nothing ("di 14 polda", "in 14 provinces")."""
    return m.measure == "other" and m.first > 0 and s.words[m.first - 1] in s.lex.place_prepositions


def _ends_item(s: SentenceView, m: Mention, head: Mention) -> bool:
    """Nothing but a separator or a place follows the item's noun ("12 women and 18 men"; not "48 schools closed")."""
    if shares_body_verb(s, head, m):
        return True  # "The bodies of four women and two children were recovered"
    words, lex = s.words, s.lex
    k = after_origin_name(s, min(m.np_end, after_nouns(s, m.last)))  # "dua warga negara Tiongkok, satu ..."
    if k >= len(words):
        return True
    w = words[k]
    cue = w in lex.breakdown_cues and not (k + 1 < len(words) and words[k + 1] in lex.relative_words)
    if s.kinds[k] == "p" or w in lex.list_joiners or w in lex.place_prepositions or cue:
        return True  # but "tujuh orang lain yang selamat sudah berada di Pulau X": "lain" and a clause of its own
    span = place_after_span(s, m)  # "tiga lainnya berasal dari Desa X", and nothing after the place
    if span is None or _other_verb_before_place(s, m):
        return False
    end = span[1]
    return end >= len(words) or s.kinds[end] == "p" or words[end] in lex.list_joiners


def _other_verb_before_place(s: SentenceView, m: Mention) -> bool:
    """An other-verb between the item and its place ("23 korban masih tertimbun reruntuhan di Kecamatan X"): a
    predicate of its own, no list item."""
    k = m.last
    while k < len(s.words) and s.words[k] not in s.lex.place_prepositions:
        found = s.measure_at(k)
        if found is not None and found[1].startswith("="):
            return True
        k += 1
    return False


def _group_noun(m: Mention, head: Mention) -> bool:
    """The item names a group of the head's people ("58 pria", "35 anak-anak") or the head's kind of thing."""
    if not m.nouns:
        return False
    if head.measure == "damaged":
        return all(noun.subject_class == "thing" for noun in m.nouns)
    return all(noun.subject_class in PERSON_CLASSES for noun in m.nouns)


def _group(m: Mention) -> str | None:
    """The closed subject an item's own noun names ("35 anak-anak": children), None for none or ``people``."""
    own = [noun.subject_class for noun in m.nouns if not noun.generic and noun.subject_class in PERSON_CLASSES]
    return own[0] if own and own[0] != "people" else None


def _places(s: SentenceView, head: Mention, items: list[Mention]) -> None:
    """Settle the items of a list: by place (``place`` set, the head's measure), by group (the group's subject),
    of one kind of thing (the head's ``damaged``), else ``other``: an item of a breakdown by something else would
    contradict the total ("yakni 2.800 dari aliansi buruh"). The head takes a place when it is an item too: it
    names its place the way the items do ("19 di Agam, 15 di Tanah Datar"; "Distrik X 4.120 orang, Distrik Y
    3.954")."""
    if not items:
        return
    found = [(m, place_after(s, m), place_before(s, m)) for m in items]
    by_place = any(after or before for _, after, before in found)
    if head.stand_in and not (by_place or any(_group(m) for m in items)):
        return  # a stand-in head (a measure named before the list) needs a breakdown by place or group
    by_other = False
    for m, after, before in found:
        m.valid = True
        if m.measure == head.measure and not (after or before):
            continue  # measured already ("termasuk 3 anak")
        if not (after or before) and (_each_of_places(s, head, m, by_place) or dated_item(s, head, m)):
            m.measure, m.subject, m.subject_class = head.measure, head.subject, head.subject_class
            continue  # "masing-masing tujuh orang": each of two places; "and four on Saturday": a list by time
        if m.measure == "other" and own_other_verb(s, m):
            after = before = None  # "14 died and more than 90,000 affected by the floods in Tamsor": its own verb
        if not (after or before) and civil_item(s, head, m, items):
            continue  # "yakni satu personel TNI ... dan empat warga": the civilians beside the forces
        _settle_item(head, m, after or before)
        by_other = by_other or m.measure == "other" != head.measure
    for m, after, before in found if by_other else ():
        # a breakdown by something else ("2.800 dari aliansi buruh dan 1.400 massa cair"): the items are parallel,
        # so one measured by its own noun alone is a part of that kind too
        if m.measure == head.measure and not (after or before) and _group(m) is None:
            m.measure, m.subject_class = "other", None
    if by_place and head.measure == items[0].measure and not head.stand_in:
        head.place = (place_after(s, head) if found[0][1] else place_before(s, head)) or head.place


def _each_of_places(s: SentenceView, head: Mention, m: Mention, by_place: bool) -> bool:
    """The item follows "each" (``[cues] each_words``) in a breakdown by place: a figure of every place before it."""
    if m.first == 0 or s.words[m.first - 1] not in s.lex.cue("each_words"):
        return False
    return by_place or (not head.stand_in and place_before(s, head) is not None)


def _settle_item(head: Mention, m: Mention, place: str | None) -> None:
    group = _group(m)
    own = [noun for noun in m.nouns if not noun.generic]
    if head.measure == "damaged":
        m.measure, m.subject, m.subject_class = "damaged", own[0].label if own else head.subject, "thing"
    elif place is not None or group is not None:
        m.measure = "other" if head.measure == "participants" and group in FORCE_CLASSES else head.measure
        # its own group; else the head's group, unless its own noun says people ("5 orang di X" after police)
        m.subject = m.subject_class = group or ("people" if m.nouns else head.subject_class)
        if head.measure == "other":
            m.subject = group or head.subject
    else:
        m.measure = "other"
        m.subject = m.raw_label or (own[0].label if own else head.subject)
    m.place = place


def whole_first(s: SentenceView, mentions: list[Mention]) -> None:
    """ "Of the 712 deaths now confirmed, 697 bodies came out of the debris and 15 victims died in hospital", "Dari 120
    orang yang diamankan, 80 dipulangkan": a sentence that opens with its whole makes the figures after the comma
    parts of it. A part of the whole's measure that names no closed group and no place is a subset: ``other``."""
    whole = mentions[0] if len(mentions) > 1 else None
    if whole is None or whole.measure == "other" or not whole.valid:
        return
    words, lex = s.words, s.lex
    k = s.before_determiners(whole.first - 1) + 1
    found = lex.whole_before.match_ending(words, k) if k > 0 and words[k - 1] in lex.whole_before.lasts else None
    if found is None or found[0] != k or "," not in words[whole.last : mentions[1].first]:
        return  # not the sentence's opening words, or no comma before the parts
    for m in mentions[1:]:
        if m.valid and m.measure == whole.measure and m.place is None and m.subject_class in (None, "people"):
            m.measure, m.subject_class = "other", None


def verb_over_list(f: Figure) -> str | None:
    """The measure verb before a list of nouns whose last item is the figure: "membakar puskesmas, gedung sekolah,
    dan sedikitnya 11 rumah", "torched a clinic, two schools and 40 homes" (a rule of ``MEASURE_RULES``)."""
    s, first = f.s, f.m.first
    words, lex = s.words, s.lex
    k = first - 1
    if k < 1 or words[k] not in lex.list_joiners or own_predicate(s, f.m.num_end, f.owned):
        return None  # "arrested 12 people, and 3,000 protesters remained": the last item has its own verb
    k -= 1
    if words[k] == ",":
        k -= 1
    nouns = 0
    while k >= 0 and first - k <= 14:
        found = lex.nouns.match_ending(words, k + 1) if words[k] in lex.nouns.lasts else None
        if found is None:
            measure = s.measure_at(k)  # the verb right before the first item
            if measure is None or not nouns or measure[1].startswith("=") or not compatible(measure[1], f.cls):
                return None
            return measure[1]
        nouns += 1
        k -= found[0]
        while k >= 0 and (words[k] in lex.determiners or s.kinds[k] == "n"):
            k -= 1  # "two schools"
        if k >= 0 and words[k] == ",":
            k -= 1
    return None
