"""Stage 3: the measure and subject of each figure."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claims.extraction.breakdowns import breakdowns, place_after, verb_over_list, whole_first
from claims.extraction.increments import increments
from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import FRACTION_UNIT, Mention
from claims.extraction.noun_phrase import (
    noun_named_before,
    noun_subject,
    scan_noun_phrase,
    share_coordinated_nouns,
)
from claims.extraction.subject_rules import coordinated_class, set_subject
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def _is_boundary(s: SentenceView, j: int) -> bool:
    w = s.words[j]
    return w in CLAUSE_PUNCT or w in s.lex.clause_breaks


def _search_right(s: SentenceView, start: int, cls: str | None, skip: set[int]) -> str | None:
    """The first compatible measure word after token ``start`` in its clause; when the noun phrase goes on with a
    relative clause ("23 remaja yang hendak bergabung dengan unjuk rasa diciduk aparat", "people who ... were
    evacuated"), the main verb after it, when there is one."""
    hits = _measures_right(s, start, cls, skip)
    first = next(hits, None)
    if first is None:
        return None
    position, measure = first
    if start < len(s.words) and s.words[start] in s.lex.relative_words and not measure.startswith("="):
        later = next(hits, None)
        if (
            later is not None
            and not later[1].startswith("=")
            and not any(position < k < later[0] for k in s.mention_firsts)  # "12 orang yang tewas dan 5 luka"
        ):
            return later[1]
    if measure == "injured" and not s.lex.still_words.isdisjoint(s.word_set):  # "200 korban luka masih dirawat"
        later = next(hits, None)
        if later is not None and later[1] == "hospitalized" and s.words[later[0] - 1] in s.lex.still_words:
            return later[1]
    return measure


def _measures_right(s: SentenceView, start: int, cls: str | None, skip: set[int]) -> Iterator[tuple[int, str]]:
    n = len(s.texts)
    j = start
    lex = s.lex
    while j < n:
        w = s.words[j]
        if w == ",":
            cue = lex.inherit_before.match(s.words, j + 1)
            if cue is None:
                return
            # a parenthetical ", including ...," does not end the clause
            k = j + 1
            while k < n and s.words[k] not in {",", ";"} and s.words[k] not in CLAUSE_PUNCT:
                k += 1
            if k >= n or s.words[k] != ",":
                return
            j = k + 1
            continue
        if (w in CLAUSE_PUNCT or w in lex.clause_breaks) and not (  # _is_boundary(s, j), not "as" before "missing"
            w in lex.break_prepositions and j + 1 < n and s.measure_at(j + 1) is not None
        ):
            return
        if j not in skip:
            noun = lex.nouns.match(s.words, j) if w in lex.nouns.firsts else None
            if noun is not None and noun[1].force:
                yield j, "=" + noun[1].label  # "87 of them in intensive care": a tally of its own
                return
            found = s.measure_at(j)
            if found is not None and _governs_later_figure(s, j + found[0]):
                return  # "3 blok ... dan menghanguskan 120 rumah": the verb takes the later figure
            if found is not None and compatible(found[1], cls):
                yield j, found[1]
            if found is not None:
                j += found[0]
                continue
        j += 1


def _governs_later_figure(s: SentenceView, k: int) -> bool:
    """True when a figure starts at token k (after articles): the verb before it is that figure's."""
    n = len(s.texts)
    while k < n and s.words[k] in s.lex.determiners:
        k += 1
    return k < n and k in s.mention_firsts


def _left_adjacent(s: SentenceView, m: Mention, cls: str | None) -> str | None:
    j = m.first - 1
    while j >= 0:
        if s.words[j] in s.lex.determiners:
            j -= 1
            continue
        exact = s.lex.qualifiers.match_ending(s.words, j + 1) if s.words[j] in s.lex.qualifiers.lasts else None
        if exact is not None and exact[1] == "exact":  # "peserta aksi mencapai 25.000"
            j -= exact[0]
            continue
        break
    if j < 0:
        return None
    found = s.measure_ending_at(j)  # "claimed the lives of"
    return found if found is not None and compatible(found, cls) else None


@dataclass(slots=True)
class Figure:
    """What the rules know about one figure while its measure is decided."""

    s: SentenceView
    m: Mention
    mentions: list[Mention]
    owned: set[int]  # tokens of figures and counted nouns: never read as another figure's measure word
    antecedent: Mention | None  # the previous valid count in the sentence
    cls: str | None
    label: str | None
    head: NounInfo | None
    named_before: int | None = None  # the measure word before the figure that named its measure, if any
    rule: MeasureRule | None = None  # the rule of MEASURE_RULES that named the measure
    other_verb: bool = False  # an other-verb named it ("80 dipulangkan", "31 selamat"): a count of something


MeasureRule = Callable[[Figure], "str | None"]


def _forced_noun(f: Figure) -> str | None:
    """A counted noun that is a tally of its own ("87 in intensive care", "pasien rawat jalan")."""
    if f.head is not None and f.head.force:
        return f.head.measure or "other"
    return None


def _verb_before(f: Figure) -> str | None:
    """The measure verb right before the figure: "deployed 5,000", "peserta aksi mencapai 25.000"; when the
    figure is the predicate of a longer subject ("the death toll from the attack on the rally rose to 58"), the
    subject's first measure word is :func:`_word_before`'s. The verb is kept as ``left_verb`` even when it cannot
    count this figure's noun, for the objects after it."""
    verb = _left_adjacent(f.s, f.m, None)
    if verb is None:
        return None
    measure = verb if compatible(verb, f.cls) else None
    after = f.s.measure_at(f.m.num_end) if measure == "displaced" and f.m.num_end < len(f.s.words) else None
    if after is not None and after[1] == "killed":
        return "killed"  # "mengevakuasi empat jasad", "evacuated 12 bodies": bodies moved are the dead (DESIGN 4.1)
    if measure is not None and _predicate_figure(f.s, f.m.first):
        found = _measure_left(f.s, f.m.first, f.cls, f.owned)
        if found is not None and found[1] != measure:
            return None
    f.m.left_verb = verb
    f.m.from_left = measure is not None
    return measure


def _word_after(f: Figure) -> str | None:
    """The nearest measure word after the noun phrase, in the same clause. For a part of a whole ("Tiga dari 13
    korban meninggal ...", "Fourteen of the 52 people admitted to hospital were ..."), after the whole's noun
    phrase and the measure word that names the whole."""
    start = f.m.np_end
    if f.m.base_of is not None:
        base = f.mentions[f.m.base_of]
        start = max(start, base.np_end)
        if own_measure(f.s, base) is not None:
            found = f.s.measure_at(start) if start < len(f.s.words) else None
            start += found[0] if found is not None else 0
    return _search_right(f.s, start, f.cls, f.owned)


def _shared_verb(f: Figure) -> str | None:
    """ "deployed 5,000 police officers and 2,000 soldiers", "mengerahkan dua rumah sakit lapangan dan 45 tenaga
    medis": one verb, two objects (the first may be a thing the verb's measure cannot count)."""
    a, s = f.antecedent, f.s
    if (
        a is not None
        and a.left_verb is not None
        and all(w in s.lex.coordinators or w in s.lex.list_joiners or w == "," for w in s.words[a.np_end : f.m.first])
        and compatible(a.left_verb, f.cls)
    ):
        f.m.from_left = True
        f.m.left_verb = a.left_verb
        return a.left_verb
    return None


def _inherited(f: Figure) -> str | None:
    """ "termasuk 3 anak", "of them 12": the figure is a part of the one before."""
    if f.antecedent is not None and (f.m.inherit or (f.m.partitive and f.m.base_of is None)):
        return f.antecedent.measure
    return None


def _word_before(f: Figure) -> str | None:
    """A measure word before the figure in its clause ("korban tewas bertambah menjadi 11", "the death toll
    rose to 21"), unless a figure between them already took it ("tewas 3 orang dan 5 ...")."""
    s, m = f.s, f.m
    found = _measure_left(s, m.first, f.cls, f.owned)
    if found is None:
        return None
    position, measure = found
    for other in f.mentions:
        if other is m:
            break
        if not other.valid or any(w in CLAUSE_PUNCT or w == "," for w in s.words[other.last : m.first]):
            continue  # another clause
        if other.unit is not None:
            continue  # "the magnitude 6.2 earthquake": a measure word never governs a unit
        if other.measure == measure:
            return None  # the word is that figure's ("tewas 3 orang dan 5 ...")
        if other.first > position and not (other.first > 0 and s.words[other.first - 1] in s.lex.stops):
            return None  # a figure between them that is no adjunct ("di tiga provinsi") could be the one it governs
    f.named_before = position
    return measure


def _measure_left(s: SentenceView, end: int, cls: str | None, skip: set[int]) -> tuple[int, str] | None:
    """``(position, measure)`` of a compatible measure word before token ``end`` in its clause: the nearest one,
    or, when the figure is the predicate of its clause ("... rose to 58", "... bertambah menjadi 21"), the first
    one, which heads the subject ("the death toll from the attack on the rally", "korban meninggal akibat
    ambruknya gedung")."""
    leftmost = _predicate_figure(s, end)
    found: tuple[int, str] | None = None
    j = end - 1
    while j >= 0:
        if s.words[j] == "," or _is_boundary(s, j):
            break
        if j not in skip:
            hit = s.measure_at(j)
            if hit is not None and compatible(hit[1], cls):
                found = (j, hit[1])
                if not leftmost:
                    break
        j -= 1
    return found


def _predicate_figure(s: SentenceView, first: int) -> bool:
    """The figure at ``first`` follows an exact qualifier or change verb ("rose to", "stood at", "menjadi")."""
    lex = s.lex
    k = first
    while k > 0 and s.words[k - 1] in lex.determiners:
        k -= 1
    if k > 0 and s.words[k - 1] in lex.qualifiers.lasts:
        found = lex.qualifiers.match_ending(s.words, k)
        return found is not None
    return k > 0 and s.words[k - 1] in lex.total_cues


def _fact_box(f: Figure) -> str | None:
    """A label that names the measure, then a colon: "Korban tewas: 12 orang", "Homes destroyed: at least 430"."""
    s, m = f.s, f.m
    k = m.first - 1
    if k < 1 or s.words[k] != ":":
        return None
    j = k - 1
    while j >= 0 and s.words[j] not in CLAUSE_PUNCT and s.words[j] not in {",", "."}:
        j -= 1
    for i in range(k - 1, j, -1):
        found = s.measure_at(i) if i not in f.owned else None
        if found is not None and not found[1].startswith("=") and compatible(found[1], f.cls):
            f.named_before = i
            return found[1]
        noun = s.lex.nouns.match(s.words, i) if s.words[i] in s.lex.nouns.firsts else None
        if noun is not None and noun[1].measure and i + noun[0] == k and compatible(noun[1].measure, f.cls):
            f.named_before = i
            return noun[1].measure
    return None


def _noun_measure(f: Figure) -> str | None:
    """What the counted noun implies: "2.000 pengungsi", "5,000 protesters"."""
    return f.head.measure if f.head is not None and f.head.measure else None


MEASURE_RULES: tuple[MeasureRule, ...] = (
    _forced_noun,
    _verb_before,
    _fact_box,
    _word_after,
    _shared_verb,
    verb_over_list,
    _inherited,
    _word_before,
    _noun_measure,
)
"""The measure of a figure: the first rule that names one wins, else ``other``."""


def _unit_figure(s: SentenceView, m: Mention) -> bool:
    """Figures with a unit measure nothing but ``other`` (the unit is the subject); True when ``m`` is one."""
    if m.unit is None:
        return False
    m.measure, m.subject = "other", m.unit
    if m.unit == FRACTION_UNIT and m.qualifier != "vague":
        # a share of something counted ("dua pertiga dari 2.000 pengungsi", "two thirds of them", "of
        # the cake"); a bare fraction ("exactly one sixth") is no claim, like a bare number
        of_follows = m.num_end < len(s.words) and s.words[m.num_end] in s.lex.whole_before.firsts
        counted = bool(m.nouns or m.partitive or m.base_of is not None)
        m.valid = counted or (m.raw_label is not None and of_follows)
    return True


def _figure(
    s: SentenceView, m: Mention, mentions: list[Mention], owned: set[int], antecedent: Mention | None
) -> Figure:
    """The counted noun of ``m`` (or the noun named before it, or its whole's) and whether it inherits."""
    lex = s.lex
    cls, label, head = noun_subject(m)
    if head is None or head.generic:
        named = noun_named_before(s, m)
        if named is not None:
            cls, label, head = named.subject_class, named.label, named
    if m.base_of is not None:
        base_cls, base_label, base_head = noun_subject(mentions[m.base_of])
        cls, label, head = cls or base_cls, label or base_label, head or base_head
    if m.partitive and antecedent is not None and all(noun.generic for noun in m.nouns) and m.base_of is None:
        # "12 di antaranya" and "tujuh di antaranya warga Desa X": the group of the whole
        cls, label = antecedent.subject_class, antecedent.subject
        whole = coordinated_class(s, mentions, antecedent)  # "15 laki-laki dan enam perempuan, satu di antaranya"
        if whole is not None:
            cls = label = whole
    m.inherit = (
        m.first > 0
        and s.words[m.first - 1] in lex.inherit_before.lasts
        and lex.inherit_before.match_ending(s.words, m.first) is not None
    )
    return Figure(s, m, mentions, owned, antecedent, cls, label, head)


def _measure_of(f: Figure) -> str:
    for rule in MEASURE_RULES:
        measure = rule(f)
        if measure is not None:
            f.rule = rule
            break
    else:
        measure = "other"
    if measure.startswith("="):  # an other-verb: its label names the figure when the noun does not
        if f.head is None or f.head.generic or (measure.endswith(" " + f.head.label) and not _whole(f)):
            f.label = measure[1:]  # or a subset of the noun's kind: "500 rumah rusak berat" (heavily damaged houses)
        f.other_verb = f.rule in (_verb_before, _word_after)  # its own verb, not one far before it
        measure = "other"
    if measure in PEOPLE_MEASURES and not compatible(measure, f.cls):
        measure = "other"
    return measure


STOCK_PARTS = {"hospitalized": "admitted"}
"""A part that is still in a state its whole was admitted to: "23 dilarikan ke rumah sakit, 15 di antaranya masih
dirawat" -> the part is the stock (hospitalized), the whole the admissions (``other``, subject ``admitted``)."""


def _admissions(f: Figure) -> None:
    a, s, m = f.antecedent, f.s, f.m
    label = STOCK_PARTS.get(m.measure)
    still = any(w in s.lex.still_words for w in s.words[m.last : m.last + 5])  # "masih dirawat", "still treated"
    if a is not None and label is not None and still and a.measure == m.measure:
        a.measure, a.subject, a.subject_class = "other", label, None
    elif m.base_of is None and m.measure != "other" and place_after(s, m) is None and _same_measure_whole(f):
        # "300 warga dirawat ..., 40 di antaranya dirujuk ke RSUD", "23 unit, enam di antaranya dibakar": a part
        # that its own verb picks out of a whole of the same measure is a subset; as that measure it would
        # contradict the whole (DESIGN 4.1)
        m.measure, m.subject_class = "other", None


def _same_measure_whole(f: Figure) -> bool:
    """The whole of the part ``f.m`` has its measure, or is a figure before it that counts nothing by itself."""
    if f.antecedent is not None:
        return f.antecedent.measure == f.m.measure
    return any(o.num_first < f.m.first for o in f.mentions)


def _settle_part(f: Figure) -> None:
    """A part of the figure before ("11 di antaranya", "including four foreign nationals", "15 of them children")
    keeps its measure when it names a closed group or a place; a part picked out by anything else would
    contradict the whole ("581 di antaranya orang dewasa", "satu di antaranya alumnus"): ``other``."""
    m = f.m
    place = place_after(f.s, m)
    if place is not None and f.antecedent is not None and m.measure == f.antecedent.measure != "other":
        m.place = place  # "72 polisi luka-luka, 41 di antaranya di Kota X": a part by place beside its total
    if m.measure not in PEOPLE_MEASURES or m.subject_class not in (None, "people"):
        return  # a closed group ("termasuk tiga anak-anak": children), or no people measure
    if (not m.nouns and m.raw_label is None) or place is not None:
        return  # "41 di antaranya di Kota X": a part by place; "12 of them" alone: the whole's measure
    own = [noun for noun in m.nouns if not noun.generic]
    m.measure = "other"
    m.subject = m.raw_label or (own[0].label if own else (m.nouns[0].label if m.nouns else None))
    m.subject_class = None


def _whole(f: Figure) -> bool:
    """The figure is the whole a part is taken from ("dua pertiga dari 120 rumah", "a third of the 90 buildings")."""
    k, s = f.m.first, f.s
    before = s.lex.whole_before
    return k > 0 and s.words[k - 1] in before.lasts and before.match_ending(s.words, k) is not None


def _set_validity(f: Figure) -> None:
    """A bare number needs something that makes it a count."""
    m, a = f.m, f.antecedent
    if m.qualifier == "vague":
        return
    has_noun = bool(m.nouns) or m.raw_label is not None
    if not (has_noun or m.measure != "other" or m.partitive or m.inherit or m.anaphoric or f.other_verb):
        m.valid = a is not None and a.measure == "other" and f.label is not None


def resolve(s: SentenceView, mentions: list[Mention]) -> None:
    """Noun phrase, measure, subject and validity of every figure of the sentence, in order."""
    owned: set[int] = set()
    s.mention_firsts = frozenset([m.first for m in mentions])
    for idx, m in enumerate(mentions):
        owned.update(range(m.first, m.last))
        scan_noun_phrase(s, m, idx, mentions, owned)
    share_coordinated_nouns(s, mentions)
    previous_count: Mention | None = None
    for m in mentions:
        if m.unit is not None and _unit_figure(s, m):
            continue
        f = _figure(s, m, mentions, owned, previous_count)
        m.measure = _measure_of(f)
        set_subject(f)
        if f.rule is _inherited or (f.rule in (_shared_verb, _word_before) and (m.partitive or m.inherit)):
            _settle_part(f)
        elif f.rule is _word_after and m.partitive:
            _admissions(f)
        _set_validity(f)
        if m.valid:
            previous_count = m
    _fraction_wholes(s, mentions)
    if len(mentions) > 1:  # parts, lists, increments and wholes need two figures
        _part_wholes(s, mentions)
        breakdowns(s, mentions)
        increments(s, mentions)
        whole_first(s, mentions)


def _fraction_wholes(s: SentenceView, mentions: list[Mention]) -> None:
    """ "a third of the 90 buildings were destroyed": the whole set is not itself destroyed."""
    lex = s.lex
    for m in mentions:
        whole = (
            lex.whole_before.match_ending(s.words, m.first)
            if m.measure != "other" and m.first > 0 and s.words[m.first - 1] in lex.whole_before.lasts
            else None
        )
        if whole is not None and m.first - whole[0] > 0:
            before = s.words[m.first - whole[0] - 1]
            if before in lex.fractions and m.first - whole[0] - 1 not in s.mention_firsts:
                own = own_measure(s, m)
                m.measure, m.subject = own or ("other", noun_subject(m)[1] or m.subject)


def _part_wholes(s: SentenceView, mentions: list[Mention]) -> None:
    """The whole of "200 of the 1,800 residents ... evacuated" is not itself evacuated; the whole of a share
    ("40 persen dari 2.000 pengungsi", "half of the 300 detainees") is measured by its own noun, if any."""
    for m in mentions:
        if m.base_of is not None:
            base = mentions[m.base_of]
            own = own_measure(s, base)
            if own is not None:
                base.measure, base.subject = own
            elif base.measure != "other" and (base.measure == m.measure or m.unit is not None):
                _, base_label, _ = noun_subject(base)
                base.measure = "other"
                base.subject = base_label


def own_measure(s: SentenceView, m: Mention) -> tuple[str, str | None] | None:
    """``(measure, subject)`` when the noun phrase of the figure itself names a measure: a counted noun that
    implies one ("2.000 pengungsi", "5,000 protesters") or a measure word right after the figure ("450 dead",
    "300 detainees", "40 korban tewas"); None when only the rest of the sentence could ("30 rumah rusak")."""
    cls, label, head = noun_subject(m)
    measure: str | None = None
    after = m.num_end if head is None else m.np_end if not s.lex.modifiers_follow else None
    if head is not None and head.measure is not None and not head.force:
        measure = head.measure
    elif after is not None and after < len(s.words):
        # "450 dead", "40 korban tewas"; in English a participle right after the noun ("52 people admitted to
        # hospital"), where a predicate would need an auxiliary ("were admitted")
        found = s.measure_at(after)
        if found is not None and not found[1].startswith("="):
            measure = found[1]
    if measure is None or measure == "other" or not compatible(measure, cls):
        return None
    if measure in PEOPLE_MEASURES:
        return measure, cls if cls in PERSON_CLASSES else "people"
    return measure, label or m.subject
