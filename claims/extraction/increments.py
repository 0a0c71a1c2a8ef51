"""Stage 5: increments beside a running total (DESIGN.md section 4.1).

"bertambah 71 orang menjadi 5.930", "three more bodies, bringing the toll to 64": the total takes the measure and
the increment is ``other`` with subject ``increase`` (a fall, "berkurang 418 jiwa", is ``decrease``). A period
count with no total of the same measure beside it keeps its measure.

    >>> from claims.extraction import extract
    >>> claims = extract("Korban tewas bertambah 4 orang sehingga totalnya 30 orang.", "id")
    >>> [(c.text, c.measure, c.subject) for c in claims]
    [('4', 'other', 'increase'), ('30', 'killed', 'people')]
"""

from __future__ import annotations

from claims.extraction import breakdown_asides
from claims.extraction.adjunct_increments import adjunct_increments, coordinated_increments, mark_change
from claims.extraction.increment_parts import increment_parts
from claims.extraction.inpatient_parts import inpatient_parts
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.thing_totals import tally_of_thing
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_TALLY_REACH = 5  # words between a tally word and its figure: "jumlah pengungsi korban banjir sebanyak"


def increments(s: SentenceView, mentions: list[Mention]) -> None:
    """Mark the increments of the sentence whose total is beside them (and admissions beside the stock)."""
    lex = s.lex
    adjunct_increments(s, mentions)  # "reached 51,797 after 876 deaths were reported" (gate11en)
    if len(mentions) > 2 and not syntax_list(s, "list_total_cues").isdisjoint(s.word_set):
        _list_totals(s, mentions)
    if len(mentions) > 1 and not lex.still_words.isdisjoint(s.word_set):
        _admissions_beside_stock(s, mentions)
    inpatient_parts(s, mentions)  # "11 menjalani rawat inap, dari 39 orang yang dilarikan ke sana" (h14id)
    present = s.word_set
    brings = syntax_list(s, "running_total_verbs")
    if brings.isdisjoint(present):
        brings = frozenset()  # no verb that brings a running total: the helpers below stop at once on an empty set
    falls = not lex.decrease_before.lasts.isdisjoint(present)
    rises = not lex.increase_before.lasts.isdisjoint(present) or not lex.increase_after.isdisjoint(present)
    compared = not syntax_list(s, "rise_nouns").isdisjoint(present)
    alone = len(mentions) < 2 and not (falls or compared) and lex.cue("tallied_occurrences").isdisjoint(present)
    if not (falls or rises or bool(brings)) or alone:
        return  # most sentences: no word that makes a figure a change (a fall, or a change of a tally of
        # occurrences, "naik 248 kejadian", is one even alone)
    for m in mentions:
        if not m.valid or m.unit is not None:
            continue
        if m.measure == "other":
            if _counted_increment(s, m, mentions, brings):
                m.subject, m.subject_class = "increase", None
            else:
                _other_change(s, m, mentions)
            continue
        change = _change(s, m) or _brought_to_total(s, m, mentions, brings)
        if change is None and rises:
            change = _elided_change(s, m, mentions)  # "pasien meninggal 45 total 2.276"
        if change is None:
            continue
        totals = [  # a part of the figure ("eight of them") is never its total (c23en2)
            o for o in mentions if o is not m and not o.partitive and _total(s, o, headed=True) and _may_total(s, m, o)
        ]
        whole = _including_whole(s, mentions, m) if not totals and change == "increase" and m.inherit else None
        if whole is not None:
            totals = [whole]  # "At least 10 have died, including seven more added to the toll on Thursday"
        if not totals:
            if m.measure in PEOPLE_MEASURES and (change == "decrease" or _since_period(s, m) or _risen(s, m)):
                mark_change(m, change)  # "ada penurunan jumlah pengungsi sebanyak 906 jiwa", "47 pasien ..., naik 9
                # dari pekan lalu": a fall, or a change since a period, counts nobody in the state
            continue
        for o in totals:
            if o.measure == "other" and o.first > m.first and not tally_of_thing(s, o, brings):
                # "bertambah 41 orang ... sehingga totalnya kini 296": the increment's measure; a total said before it
                # keeps none (its own noun phrase may name another), nor one whose tally names a thing ("bringing the
                # total number of infections to 2,800")
                o.measure, o.subject, o.subject_class, o.valid = m.measure, m.subject, m.subject_class, True
        mark_change(m, change)
    coordinated_increments(s, mentions, brings)  # "5,709 new cases and 121 deaths ..., taking the total" (gate11en)
    increment_parts(s, mentions)  # "seven more bodies, including four from Kozhikode": changes too (gate15en)
    if rises:  # a running total follows a word of increase: with none in the sentence, no bare total is one
        _base_totals(s, mentions)  # "38 orang, lalu ditemukan lagi 8 korban. Jadi total ada 46 orang" (c22id2)


def _base_totals(s: SentenceView, mentions: list[Mention]) -> None:
    """A bare running total after a word of increase ("38 korban meninggal ..., lalu ditemukan lagi 8 korban. Jadi
    total ada 46 orang", "menangkap 10 ..., lalu satu lagi ..., sehingga totalnya 11 orang", "21 pasien ... dirawat,
    namun keesokan harinya bertambah menjadi 58 orang"; round 16, kampungberita, beritatimika, Tribun Manado) counts
    what the last measured figure before it counts: its new value. Only a total with no noun of its own, no smaller
    than that figure, no figure of another measure between them, and no noun of its own clause ("sementara jumlah kasus
    naik menjadi 14.260": the tally of another thing). Where modifiers follow the noun (Indonesian) only: English
    copy names its running totals ("bringing the toll to 64", :func:`_brought_to_total`)."""
    lex, words = s.lex, s.words
    if not lex.modifiers_follow:
        return
    for o in mentions:
        if not o.valid or o.measure != "other" or o.unit is not None or o.qualifier == "vague" or not _total(s, o):
            continue
        if o.raw_label is not None or not all(noun.generic for noun in o.nouns):
            continue
        before = [b for b in mentions if b.valid and b.last <= o.first and b.unit is None]
        base = next((b for b in reversed(before) if b.measure in PEOPLE_MEASURES), None)
        if base is None or base.high is None or o.low is None or o.low <= base.high:
            continue
        if any(b.first > base.first and b.measure != "other" for b in before):
            continue
        if _named_in_clause(s, o.first):
            continue
        if any(w in lex.increase_before.lasts or w in lex.increase_after for w in words[base.last : o.first]):
            o.measure, o.subject, o.subject_class = base.measure, base.subject, base.subject_class


def _named_in_clause(s: SentenceView, first: int) -> bool:
    """A noun that is not generic stands in the clause of the figure at token ``first``, before it."""
    k = first - 1
    while k >= 0 and s.words[k] != "," and s.words[k] not in CLAUSE_PUNCT:
        noun = s.noun_at(k)
        if noun is not None and not noun[1].generic:
            return True
        k -= 1
    return False


def _elided_change(s: SentenceView, m: Mention, mentions: list[Mention]) -> str | None:
    """ "pasien sembuh bertambah 540 total 16.243, pasien meninggal 45 total 2.276": in a sentence with a change word,
    a figure followed right away by a total word (``[syntax] elided_total_cues``) and a larger figure is an increment
    whose change verb the bulletin left out."""
    k = max(m.np_end, m.num_end)
    if k + 1 >= len(s.words) or s.words[k] not in syntax_list(s, "elided_total_cues"):
        return None  # not "semula 18 orang menjadi 26 orang": an earlier figure
    if m.first > 0 and s.words[m.first - 1] in s.lex.range_from:
        return None  # "meningkat dari 66 total 79": the earlier figure
    total = next((o for o in mentions if o.first == k + 1), None)
    return "increase" if total is not None and total.low > m.low else None


def _risen(s: SentenceView, m: Mention) -> bool:
    """A noun of a rise against a baseline (``[syntax] rise_nouns``) right before the figure, past its qualifier ("ada
    tren kenaikan sebanyak 12 kasus kematian", "mengalami peningkatan sembilan orang"; round 16, Satlantas year-end
    recaps): the figure is the difference, even with no total beside it; an addition ("tambahan empat kematian")
    still counts the new dead."""
    words, lex = s.words, s.lex
    k = m.first - 1
    bound = lex.qualifiers.match_ending(words, k + 1) if k >= 0 and words[k] in lex.qualifiers.lasts else None
    if bound is not None:
        k -= bound[0]  # "kenaikan sebanyak 12": past the figure's qualifier
    return k >= 0 and words[k] in syntax_list(s, "rise_nouns")


def _since_period(s: SentenceView, m: Mention) -> bool:
    """A compared period right after the figure ("naik 9 dari pekan lalu", "turun 12 dibanding tahun sebelumnya":
    ``[cues] compared_periods`` and ``compared_period_ends``)."""
    words, cues, k = s.words, s.lex.cues, max(m.np_end, m.num_end)
    if k + 2 >= len(words) or not (words[k] in s.lex.range_from or words[k] in cues.get("comparison_words", ())):
        return False
    return words[k + 1] in cues.get("compared_periods", ()) and words[k + 2] in cues.get("compared_period_ends", ())


def _including_whole(s: SentenceView, mentions: list[Mention], m: Mention) -> Mention | None:
    """The figure before ``m`` that "including" (``[cues] inclusion_words``) takes ``m`` out of, when it counts by the
    same measure: the new ones it includes are the increment of that total (not "plus six more": an addition)."""
    if m.first == 0 or s.words[m.first - 1] not in s.lex.cue("inclusion_words"):
        return None
    before = [o for o in mentions if o.valid and o.last <= m.first and o.unit is None]
    return before[-1] if before and before[-1].measure == m.measure else None


def _list_totals(s: SentenceView, mentions: list[Mention]) -> None:
    """ "231 orang ditangkap Ditreskrimum, 35 orang ditangkap Ditreskrimsus dan 77 orang ditangkap Ditresnarkoba,
    sehingga total 343 orang": a bare count of people after a comma and a total word (``[syntax] list_total_cues``)
    sums the counts before it. When they all count people by one measure, it takes that measure; when they count
    by several ("dua tewas dan lima luka-luka, total tujuh orang"), it counts casualties (``other``)."""
    cues = syntax_list(s, "list_total_cues")
    for idx, m in enumerate(mentions):
        if idx < 2 or not m.valid or m.raw_label is not None or m.unit is not None:
            continue
        if m.subject_class not in (None, "people") or any(not noun.generic for noun in m.nouns):
            continue
        window = s.words[max(0, m.first - 3) : m.first]
        if "," not in window or not any(w in cues for w in window):
            continue
        items = [o for o in mentions[:idx] if o.valid and o.unit is None and o.subject_class in PERSON_CLASSES]
        measures = {o.measure for o in items}
        if len(items) < 2 or "other" in measures or m.measure not in measures | {"other"}:
            continue
        if len(measures) == 1:
            m.measure = items[0].measure
        else:
            m.measure, m.subject, m.subject_class = "other", "casualties", None


def _admissions_beside_stock(s: SentenceView, mentions: list[Mention]) -> None:
    """ "While more than 900 people were brought to hospitals, only 331 remained admitted": a hospitalized figure
    still in hospital (``[increments] still`` after it) beside an earlier hospitalized figure of its sentence that
    it is no part of is the stock; the earlier one counts the admissions: ``other``, subject ``admitted`` (DESIGN
    4.1, as for a part still treated)."""
    earlier: Mention | None = None
    for m in mentions:
        if not m.valid or m.measure != "hospitalized" or breakdown_asides.item_of_aside(s, m, mentions):
            continue  # "Lima korban, masing-masing empat murid dan satu siswi, masih dirawat": items of the whole
        if (
            earlier is not None
            and not m.partitive
            and any(w in s.lex.still_words for w in s.words[m.last : m.last + 4])
        ):
            earlier.measure, earlier.subject, earlier.subject_class = "other", "admitted", None
            return
        earlier = m


def _tallied_occurrence(s: SentenceView, m: Mention) -> bool:
    """The figure counts occurrences that a tally keeps (``[cues] tallied_occurrences``: "kasus", "kejadian"), so a
    change word right before it makes it the change of that tally ("naik 498 kasus atau 12,1 persen dibanding tahun
    lalu", "kenaikan hingga 661 kejadian"), with or without the total beside it; not when a people measure heads
    the clause before it."""
    nouns = s.lex.cue("tallied_occurrences")
    if not any(w in nouns for w in s.words[m.num_end : m.np_end]):
        return False
    if any(w in s.lex.increase_after for w in s.words[m.last : m.np_end + 1]):
        return False  # "there were 19 new cases": new ones counted, no change word before the figure
    for k in range(m.first - 1, max(-1, m.first - 1 - _TALLY_REACH), -1):
        w = s.words[k]
        if w == "," or w in CLAUSE_PUNCT:
            break
        if s.lex.measure_of_word(w) in PEOPLE_MEASURES:
            return False  # "kasus meninggal dunia bertambah 66 kasus": the change of a people tally keeps its measure
    return True


def _other_change(s: SentenceView, m: Mention, mentions: list[Mention]) -> None:
    """A change of people already counted under ``other`` is named by its direction ("berkurang 418 jiwa" beside
    "tinggal 1.652 jiwa", "enam lagi ... sehingga total menjadi 27"); a change of things, or of a subset named by
    its verb ("a further 1,800 are on standby"), keeps its subject; so is a change of cases beside their running
    total ("kasus aktif turun 318 sehingga totalnya menjadi 169.027": Satgas and Dinkes bulletins)."""
    cases = m.subject is not None and m.subject.endswith("cases")
    cases = cases and any(o is not m and o.valid and _total(s, o) for o in mentions)
    cases = cases or _tallied_occurrence(s, m)
    if not cases and (m.subject not in (None, "people") or any(n.subject_class not in PERSON_CLASSES for n in m.nouns)):
        return
    change = _change(s, m)
    if change is not None:
        m.subject, m.subject_class = change, None


def _counted_increment(s: SentenceView, m: Mention, mentions: list[Mention], brings: frozenset[str]) -> bool:
    """ "Twelve new illnesses ... bring the total to 35", "Three more states have reported cases, bringing the number
    of affected states to 12": new cases (``[cues] new_words`` in their noun phrase), or more of a thing, before a
    verb that brings a later figure, the running total, to its new value are its increment (DESIGN 4.1); things with
    no word of change are none ("31 aid trucks entered, taking the total to 112"). ``brings`` is empty when the
    sentence holds none of those verbs."""
    words, subject = s.words, m.subject
    if subject is None or not brings:
        return False
    new_cases = subject.endswith("cases") and any(w in s.lex.cue("new_words") for w in words[m.num_end : m.np_end])
    more = not new_cases and m.nouns and not any(n.subject_class in PERSON_CLASSES for n in m.nouns)
    if not new_cases and not (more and _change(s, m) == "increase"):
        return False
    later = [o.first for o in mentions if o.first > m.last and o.valid]
    return bool(later) and any(words[k] in brings for k in range(m.last, later[-1]))


def _may_total(s: SentenceView, m: Mention, o: Mention) -> bool:
    """``o`` can be the total of the increment ``m``: the same measure, or no measure and no noun of its own but a
    generic one ("four more deaths were confirmed, bringing the number of victims to 147")."""
    if o.measure == m.measure:
        return o.valid
    return (
        o.measure == "other"
        and (o.raw_label is None or _generic_person(s, o.raw_label))
        and all(noun.generic for noun in o.nouns)
        and (o.first > m.first or _risen_to(s, o))
    )


def _risen_to(s: SentenceView, o: Mention) -> bool:
    """A change verb and a total cue right before ``o`` ("... bertambah menjadi tujuh orang, setelah satu korban
    terbaru meninggal"): a running total said before its increment, which is then no count of its own (gate13id)."""
    k = o.first - 1
    return k > 0 and s.words[k] in s.lex.total_cues and s.words[k - 1] in s.lex.increase_before.lasts


def _generic_person(s: SentenceView, label: str) -> bool:
    """The label is a generic person noun of the lexicon as a whole ("victims"), no noun of its own kind."""
    words = label.split()
    noun = s.lex.nouns.match(words, 0) if words[0] in s.lex.nouns.firsts else None
    return noun is not None and noun[0] == len(words) and noun[1].generic and noun[1].subject_class in PERSON_CLASSES


def _brought_to_total(s: SentenceView, m: Mention, mentions: list[Mention], brings: frozenset[str]) -> str | None:
    """ "Police detained 42 people on Saturday, bringing the total number of arrests to 1,097", "menangkap 12 orang,
    sehingga jumlah yang ditangkap menjadi 300": a figure before a verb that brings a later running total of its
    measure and subject to its new value is the increment beside it (DESIGN 4.1), though no "more" marks it (a total
    of another measure, "bringing total casualties to 40", takes nothing from it); not a figure that
    is itself a running total ("The toll rose to 64, bringing the year's total to 300"), nor one of several figures
    before the total (a list that sums to it). ``brings`` is empty when the sentence holds none of those verbs."""
    if not brings or _total(s, m):
        return None
    for o in mentions:
        if o.first > m.last and o.valid and _same_tally(s, m, o, brings) and _total(s, o):
            # figures of another people measure sum to nothing here ("killed 163 and wounded 412 ..., bringing the
            # death toll to 31,806": the wounded are no part of the dead; "246 suspected deaths" may be)
            others = [x for x in mentions if x is not m and x.valid and x.first < o.first and not _other_measure(m, x)]
            if others and not _apposed_items(s, m, others):
                return None  # "64 orang, 29 orang dan 18 orang, sehingga total 111": parts of the total, no increment
            if any(s.words[k] in brings for k in range(m.last + 1, o.first)):
                return "increase"
    return None


_CHANGES = ("increase", "decrease")  # the subjects mark_change gives


def _other_measure(m: Mention, x: Mention) -> bool:
    """``x`` counts by a people measure other than ``m``'s, or is a change already, so it is no part of ``m``'s
    running total ("163 killed and 412 wounded ..., bringing the death toll to ... and the number of wounded to")."""
    return (x.measure in PEOPLE_MEASURES and x.measure != m.measure) or (x.measure == "other" and x.subject in _CHANGES)


def _apposed_items(s: SentenceView, m: Mention, others: list[Mention]) -> bool:
    """The figures ``others`` before the total of ``m`` are the items of an apposition to ``m`` ("menemukan empat
    jenazah, yakni tiga pria dan seorang perempuan, sehingga total ... menjadi 19"; ``[cues] apposition``), none
    before it."""
    if others[0].first < m.last:
        return False
    gap = s.words[m.last : others[0].first]
    return "," in gap and not s.lex.cue("apposition").isdisjoint(gap)


def _same_tally(s: SentenceView, m: Mention, o: Mention, brings: frozenset[str]) -> bool:
    """A later total ``o`` counts what ``m`` counts: the same measure and subject, or a bare total that the verb
    bringing it names by a total word alone ("reported 22 deaths last week, bringing the total to 263": the deaths'
    total; not "bringing total casualties to 40", which names another tally)."""
    if o.measure == m.measure and o.subject == m.subject:
        return True
    if o.measure != "other" or o.nouns or o.raw_label is not None or m.measure not in PEOPLE_MEASURES:
        return False
    lex, words = s.lex, s.words
    verb = next((k for k in range(o.first - 1, m.last, -1) if words[k] in brings), None)
    between = words[verb + 1 : o.first] if verb is not None else ()
    return bool(between) and all(w in lex.fillers or w in lex.total_cues or w in lex.stops for w in between)


def _total(s: SentenceView, m: Mention, headed: bool = False) -> bool:
    """A running total: "sehingga totalnya 296", "bringing the toll to 64", "bertambah menjadi 23"; ``headed``: also
    one a tally word heads after "sehingga", beside a figure a change word marks ("Tambahan tiga jemaah wafat ...,
    sehingga jumlah jemaah wafat mencapai 281 orang"; a figure with no change word keeps its measure there)."""
    if m.unit is not None or _change(s, m) is not None:
        return False
    words = s.words
    blockers = s.lex.cue("total_cue_blockers")  # "According to the UN, 480 houses": no total
    if any(
        words[k] in s.lex.total_cues and not (k > 0 and words[k - 1] in blockers)
        for k in range(max(0, m.first - 4), m.first)
    ):
        return True
    return m.first > 0 and words[m.first - 1] in s.lex.cue("figure_linkers") and _linked_total(s, m, headed)


_LINKED_REACH = 9  # "sehingga total korban jiwa dari bencana tersebut sebanyak 331 jiwa"


def _linked_total(s: SentenceView, m: Mention, headed: bool) -> bool:
    """ "sehingga total korban jiwa dari bencana tersebut sebanyak 331 jiwa" (idl, BPBD and Pemkab briefings): a
    total cue heads the noun phrase a linker word ("sebanyak") ties to the figure, with no comma or figure between."""
    heads = syntax_list(s, "running_total_heads") if headed else frozenset()  # "sehingga jumlah jemaah wafat ..."
    for k in range(m.first - 2, max(-1, m.first - 1 - _LINKED_REACH), -1):
        w = s.words[k]
        if w == "," or w in CLAUSE_PUNCT or k in s.mention_firsts:
            return False
        if (w in s.lex.total_cues or w in heads) and k > 0 and s.words[k - 1] in syntax_list(s, "running_total_verbs"):
            return True  # on past a total word that no such verb opens: "sehingga jumlah ... seluruhnya ... sebanyak"
    return False


def _change(s: SentenceView, m: Mention) -> str | None:
    """ "increase" or "decrease" when the figure is a change ("bertambah 41", "12 jenazah lagi", "three more")."""
    lex, words = s.lex, s.words
    k = m.first - 1
    bound = lex.qualifiers.match_ending(words, k + 1) if k >= 0 and words[k] in lex.qualifiers.lasts else None
    if bound is not None and bound[1] not in ("exact", "at_most"):
        k -= bound[0]  # "bertambah sekitar 500 orang": the change verb is before the figure's qualifier
    while k >= 0 and (words[k] in lex.determiners or words[k] in lex.place_fillers):
        if words[k] in lex.increase_before.lasts:  # "pulled another 11 bodies": a determiner that is a change
            break
        k -= 1
    if k >= 0:
        if (
            lex.increase_before.match_ending(words, k + 1) is not None
            if words[k] in lex.increase_before.lasts
            else False
        ):
            return "increase"
        if (
            lex.decrease_before.match_ending(words, k + 1) is not None
            if words[k] in lex.decrease_before.lasts
            else False
        ):
            return "decrease"
    end = min(len(words), max(m.np_end, m.last) + 1)
    if any(words[j] in lex.increase_after for j in range(m.last, end)):
        return "increase"
    return _change_of_tally(s, k)


def _change_of_tally(s: SentenceView, k: int) -> str | None:
    """ "penurunan jumlah pengungsi sebanyak 906 jiwa": a change noun right before a tally word ("jumlah") that opens
    the figure's measure phrase, a few words before the figure (at token ``k``)."""
    lex, words = s.lex, s.words
    tally = s.lex.subject_cues.get("tally_words")
    for j in range(k, max(0, k - _TALLY_REACH), -1):
        if tally is None or words[j] not in tally.firsts or tally.match(words, j) is None:
            continue
        if any(words[x] in lex.total_cues for x in range(j, k + 1)):
            return None  # "penurunan jumlah pengungsi menjadi 2.100 jiwa": the new total
        if words[j - 1] in lex.decrease_before.lasts and lex.decrease_before.match_ending(words, j) is not None:
            return "decrease"
        if words[j - 1] in lex.increase_before.lasts and lex.increase_before.match_ending(words, j) is not None:
            return "increase"
    return None


def superseded(s: SentenceView, earlier: Mention, later: Mention) -> bool:
    """The two figures are the old and the new value of one change, so the measure word before both names each:
    "korban tewas dari lima orang menjadi delapan orang", "bertambah menjadi 19 orang dari (yang) sebelumnya 15"."""
    words, lex = s.words, s.lex
    if not 0 < earlier.first < later.first:
        return False
    origins = syntax_list(s, "change_origins")  # "semula 36.419 jiwa menjadi 14.535 jiwa"
    j = earlier.first - 1
    if j > 0 and words[j] in syntax_list(s, "old_value_verbs"):
        j -= 1  # "yang sebelumnya disebut 38 orang kini bertambah menjadi 51 orang": a verb of record after the origin
    if (words[j] in lex.range_from or words[j] in origins) and (words[later.first - 1] in lex.total_cues):
        return True
    k = later.first
    return (
        words[earlier.first - 1] in lex.total_cues
        and any(words[j] in lex.range_from for j in range(max(earlier.first, k - 3), k - 1))
        and lex.whole_before.match_ending(words, k) is None  # "menjadi 12 orang dari total 40 warga": a whole
    )
