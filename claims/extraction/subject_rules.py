"""The subject of a figure once its measure is known (DESIGN.md sections 4 and 4.1).

A people measure takes a class of the closed hierarchy: the counted noun's ("72 polisi"), else the noun that names
the tally ("jumlah demonstran yang ditangkap menembus 500 orang", "the number of reporters held has climbed to
33"), else the group of the figure it continues ("18 journalists were injured, three missing"), else ``people``;
a generic noun ("officers", "personel") takes its class from the sentence (``[context_subjects]``). Any other
measure takes a label: the counted noun's, else the thing that a label before the figure names ("Rumah rusak: 146
unit", "Homes destroyed: at least 430"), else the figure before's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claims.extraction.clause_sources import in_event_clause
from claims.extraction.clauses import copula_after, named_whole_end
from claims.extraction.coordinated_tallies import coordinated_tally_class
from claims.extraction.label_groups import box_label_class, boxed, closed_group, joined_class, past_stops
from claims.extraction.lexicon import NounInfo, PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.noun_phrase import person_before
from claims.extraction.opening_groups import opening_group
from claims.extraction.predicate_groups import predicate_group
from claims.extraction.reach import prefixes_of
from claims.extraction.reach_before import verb_between, verb_form_at
from claims.extraction.relative_asides import relative_aside_start
from claims.extraction.state_groups import state_group
from claims.extraction.subjects import (
    FORCE_CLASSES,
    JOINT,
    PEOPLE_MEASURES,
    PERSON_CLASSES,
    context_class,
    group_class,
    lca,
)
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def set_subject(f: Figure) -> None:
    """``subject`` and ``subject_class`` of the figure ``f.m``."""
    m, a = f.m, f.antecedent
    if (m.partitive or m.inherit) and m.base_of is None and a is not None and not m.nouns and closed_before(f.s, a, m):
        whole = elliptic_source(f.s, f.mentions, m)  # "412,300 people (96,800 families), of whom 87,450 ..."
        if whole is not None and (f.cls, f.label) == (a.subject_class, a.subject):  # a verb's label stays
            f.cls, f.label = whole.subject_class, whole.subject
        a = whole or a  # the part's group is the whole's, never the parenthesis' noun
    cls, label = f.cls, f.label
    if m.measure in PEOPLE_MEASURES:
        cls = _person_class(f)
        m.subject, m.subject_class = cls, cls
        return
    if label is None and m.measure != "other":
        label = _heads_before(f.s, m, thing_named_at)  # "Rumah rusak: 146 unit", "rumah yang rusak mencapai 300"
    named = predicate_noun(f)
    if named is not None:
        label, cls = named.label, named.subject_class
    elif f.head is not None and f.head.subject_class == "thing" and label == f.head.label:
        label = _coordinated_things(f.s, m, label)  # "destroyed 11 shops and houses"
    if label is None and not m.partitive and a is not None:
        label, cls = a.subject, a.subject_class
    noun_first = m.nouns and m.num_end < len(f.s.words) and f.s.words[m.num_end] not in f.s.lex.partitive_after.firsts
    if m.partitive and a is None and m.base_of is None and named is None and not noun_first and not f.other_verb:
        label = cls = None  # "Tiga di antara korban itu": part of a set named in another sentence ("Tiga orang di
        # antaranya pingsan" keeps its noun's reading; "95 of them were discharged" its own verb's)
    m.subject, m.subject_class = f.label, f.cls = label, cls


def predicate_noun(f: Figure) -> NounInfo | None:
    """The specific noun that names what a figure without one counts, in a construction of the language: the
    predicate noun of a part ("1.150 di antaranya merupakan prajurit TNI", "98 were minors"), the owner of the
    bodies ("dua jenazah perempuan"), the noun a tally word heads before a predicate figure ("total korban ...
    mencapai 452 orang", "jumlah nakes yang terpapar mencapai 212 orang", when no verb names the figure; with no
    predicate word, "jumlah penumpang di bandara itu 16.204 orang", when no measure or figure stands between).
    Read once per figure and measure (the subject and the part of ``resolve`` both ask; nothing else it reads
    changes between them)."""
    memo = f.named_memo
    if memo is not None and memo[0] == f.m.measure:
        return memo[1]
    named = _predicate_noun(f)
    f.named_memo = (f.m.measure, named)
    return named


def _predicate_noun(f: Figure) -> NounInfo | None:
    m, s = f.m, f.s
    if f.head is not None and not f.head.generic and m.base_of is None:
        return None
    cues = s.lex.subject_cues
    bare = not (m.nouns or m.raw_label) or (bool(m.nouns) and all(n.generic for n in m.nouns))  # "12 orang adalah"
    if (m.partitive or m.inherit or m.base_of is not None or bare) and not _is_whole(s, m):
        found = _noun_after_cue(s, _copula_start(f), cues.get("copulas"))
        if found is not None:
            return found
    found = _noun_after_cue(s, m.num_end, cues.get("body_nouns"))
    if found is not None:
        return found
    predicate = _predicate(s, m)
    if m.measure == "other" and f.rule is None and "tally_words" in cues and (predicate or m.first == m.num_first):
        prefixes = prefixes_of(s.lex, "predicate_prefixes", False)
        for k in range(m.first - 1, -1, -1):
            if s.words[k] == "," or s.words[k] in CLAUSE_PUNCT or s.words[k] in s.lex.clause_breaks:
                break
            if k == 0:
                return _opening_noun(s, m) if predicate else None
            if not predicate and (k in s.mention_firsts or s.measure_at(k) is not None):
                break  # "jumlah penumpang 61.980 orang" with no verb: only a noun phrase between tally and figure
            if not predicate and (_verb_from(s, k, m.first, prefixes) or s.words[k] in s.lex.breakdown_cues):
                break  # "Jumlah personel ditambah 4.000 orang": the figure is a verb's object or a list's item
            noun = s.noun_at(k)
            if noun is None or not (noun[1].generic or noun[1].subject_class in PERSON_CLASSES):
                continue
            if cues["tally_words"].match_ending(s.words, k) is not None:
                return noun[1]  # "Total korban dalam tragedi itu mencapai 452 orang": casualties (not "Data BPBD")
    return None


def _opening_noun(s: SentenceView, m: Mention) -> NounInfo | None:
    """Round 15: the person noun that opens the sentence and, with no other figure before, is the subject of a
    predicate figure ("Penduduk di desa itu berjumlah 2.147 jiwa", "Penumpang di bandara naik dari ... menjadi 3.045
    orang", "Honorer yang masuk pendataan berjumlah 1.800 orang"): what the figure counts, as after a tally word."""
    if m.first < 2 or s.words[m.first - 1] not in s.lex.cue("opening_tally_verbs"):
        return None  # "Penghuni tenda kini tinggal 820 jiwa": only a verb that states the tally
    noun = s.noun_at(0)
    if noun is None or noun[1].label == "people" or noun[1].subject_class not in PERSON_CLASSES:
        return None
    if any(0 < k < m.first for k in s.mention_firsts) or any(s.measure_at(k) for k in range(noun[0], m.first)):
        return None  # "Relawan yang mengevakuasi korban tewas berjumlah 40 orang": the tally may count the dead
    return noun[1]


def _verb_from(s: SentenceView, k: int, end: int, prefixes: tuple[str, ...]) -> bool:
    """``verb_between(s, k, end)`` in the loop of ``predicate_noun``, which asks from ``end - 1`` back and stops at
    the first True: past the first token only token k is new (the rest held no verb), a linear scan."""
    return verb_between(s, k, end) if k == end - 1 else verb_form_at(s, k, prefixes)


def _copula_start(f: Figure) -> int:
    """Where the copula of a part's predicate may stand: after its noun phrase, or after its whole's ("Nine of the
    30 dead were women", "12 di antara 60 korban luka adalah polisi") and any participle and adjunct of the whole
    ("Twelve of the 40 refugees injured in the blast were women"); past the measure word there
    ("8 di antara korban tewas adalah anak-anak")."""
    m, s = f.m, f.s
    k = max(m.np_end, m.last)
    k = s.past_partitive(k)  # "3 orang di antaranya merupakan ABK"
    if m.base_of is not None:
        whole: Mention | None = f.mentions[m.base_of]
    else:
        whole = next((o for o in f.mentions if o.first == k and o is not m), None) if m.partitive else None
    if whole is not None:
        k = max(k, whole.np_end, whole.last)
    elif (named := named_whole_end(s, k)) is not None:  # "Dua belas dari korban luka adalah polisi"
        return copula_after(s, named[0]) or named[0]
    verb = s.measure_at(k) if k < len(s.words) else None
    k += verb[0] if verb is not None else 0
    if whole is not None and verb is not None:
        k = copula_after(s, k) or k
    return k


def _is_whole(s: SentenceView, m: Mention) -> bool:
    """ "most of the 52 dead were children", "sebagian dari 40 korban adalah anak-anak", "12 di antara 60 korban
    luka adalah polisi": the figure is the whole a part is taken from, so the noun after a copula names the part,
    not the figure's group."""
    if m.first == 0:
        return False
    before = s.lex.whole_before
    if s.words[m.first - 1] in syntax_list(s, "among_words"):
        return True
    return s.words[m.first - 1] in before.lasts and before.match_ending(s.words, m.first) is not None


def _noun_after_cue(s: SentenceView, k: int, cue: PhraseTable[bool] | None) -> NounInfo | None:
    """The specific noun right after a cue word at token k (a copula, a body noun), None for none."""
    if cue is None or k >= len(s.words) or s.words[k] not in cue.firsts:
        return None
    found = cue.match(s.words, k)
    if found is None:
        return None
    k += found[0]
    noun = s.noun_at(k)
    if noun is None or (noun[1].generic and noun[1].label not in s.lex.context_subjects):
        return None
    return noun[1]  # a specific noun, or a generic one its sentence makes specific ("were officers": police)


def _coordinated_things(s: SentenceView, m: Mention, label: str | None) -> str | None:
    """The label of things counted together ("11 shops and houses", "15 rumah dan kios": "houses and kiosks"): a
    thing noun right after a list joiner after the counted noun, with no figure of its own."""
    k, words, nouns = m.np_end, s.words, s.lex.nouns
    if label is None or k + 1 >= len(words) or words[k] not in s.lex.list_joiners or words[k + 1] not in nouns.firsts:
        return label
    found = nouns.match(words, k + 1)
    if found is None or found[1].subject_class != "thing" or found[1].label == label:
        return label
    if k + 1 + found[0] in s.mention_firsts:
        return label  # "mobil 31 unit dan sepeda motor 97 unit": the next thing has a figure of its own
    return f"{label} and {found[1].label}"  # labels are English whatever the language


def predicate_cue(s: SentenceView, first: int) -> tuple[int, str] | None:
    """What stands right before the figure that starts at token ``first`` (past its determiners) and may make it a
    clause's predicate: a total cue, ``(1, "total")``, or a qualifier or change verb ending there, ``(length,
    kind)`` ("mencapai", "rose to", "diperkirakan mencapai"); None for anything else."""
    k = s.before_determiners(first - 1) + 1
    if k == 0:
        return None
    w = s.words[k - 1]
    if w in s.lex.total_cues:
        return (1, "total")
    return s.lex.qualifiers.match_ending(s.words, k) if w in s.lex.qualifiers.lasts else None


def _predicate(s: SentenceView, m: Mention) -> bool:
    """The figure follows a word that makes it a clause's predicate: an exact qualifier or change verb ("mencapai",
    "menjadi", "rose to") or a total cue."""
    found = predicate_cue(s, m.first)
    return found is not None and found[1] in ("total", "exact")


def _person_class(f: Figure) -> str:
    m, cls = f.m, f.cls
    if f.head is not None and not f.head.generic and cls in PERSON_CLASSES:
        cls = joined_class(f.s, m) or cls  # "48 gendarmes and police officers were hurt": security_forces
    tally_words = f.s.lex.subject_cues.get("tally_words")
    if cls in (None, "people") and (f.head is None or f.head.generic or (m.base_of is not None and not m.nouns)):
        named = predicate_noun(f)
        if named is not None and named.subject_class in PERSON_CLASSES:  # "dua jenazah perempuan"
            return group_class(named, f.s.lex, f.s.word_set)  # "1.150 di antaranya merupakan prajurit TNI"
        words = f.s.word_set
        if (
            tally_words is not None and not tally_words.firsts.isdisjoint(words)
        ) or not f.s.lex.relative_words.isdisjoint(words):
            tally = _heads_before(f.s, m, tally_noun)  # "jumlah demonstran yang ditangkap menembus 500 orang"
            if tally is not None:
                return tally
        crowd = _crowd_noun(f.s, m) if m.measure == "participants" else None
        if crowd is not None:
            return crowd  # "Massa aksi diperkirakan berjumlah sekitar 800 orang": the crowd noun's group
        if boxed(f.s, m.first):  # "officers injured: 4", "Journalists killed in 2024: 95"
            tally = _heads_before(f.s, m, box_label_class)
            if tally is not None:
                return tally
    if cls is None or cls not in PERSON_CLASSES:
        source = _anaphora_source(f) if m.anaphoric else elliptic_source(f.s, f.mentions, m)
        if source is not None and not m.anaphoric and boxed(f.s, m.first) and f.named_before is not None:
            source = None  # "Officers deployed: 1,500+ | Arrests: 326": a fact-box item labels its own count
        if source is not None and not m.anaphoric and _event_noun(f.s, m):
            cls = "people"  # "eleven women were rescued and eight arrests were made": arrests count anyone
        elif (m.anaphoric or (not m.nouns and m.raw_label is None)) and source is not None:
            cls = _source_class(f.s, f.mentions, source)
        elif m.anaphoric and f.antecedent is None:
            # "seorang demonstran tewas dan puluhan lainnya": the noun counted before, unnumbered
            cls = person_before(f.s, m.first) or "people"
        else:
            cls = "people"
    if cls == "people" and f.head is not None and f.head.label in f.s.lex.context_subjects:
        cls = context_class(f.s.lex.context_subjects[f.head.label], _cue_words(f)) or cls
    elif (joint := _joint_force(f, cls)) is not None:
        cls = context_class(joint, _unit_words(f)) or cls  # "personel gabungan dari TNI, Polri dan Pemkot Medan"
    if cls == "people":
        cls = _all_of_group(f) or predicate_group(f) or cls  # "killing 12 people, all of them civilians"
    if cls == "people" and m.measure != "participants":
        cls = opening_group(f.s, m) or cls  # "Kematian anak akibat campak bertambah jadi 13 orang": children
    if cls in PERSON_CLASSES:
        cls = coordinated_tally_class(f.s, m) or cls  # "Police and soldiers totalling 2,800": security_forces
    if cls == "people" and not m.nouns:
        cls = state_group(f.s, m) or cls  # "Two of the hurt officers needed hospital treatment": police
    return cls


def _joint_force(f: Figure, cls: str | None) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """The ``[context_subjects]`` entries of a joint force whose noun phrase names forces after its generic noun
    ("personel gabungan dari TNI, Polri dan Pemkot Medan": its head is the first force named): the sentence decides,
    so a civil government or agency named among the units makes it people (round 17, r17left)."""
    if cls not in FORCE_CLASSES or not f.m.nouns or not f.m.nouns[0].generic:
        return None
    entries = f.s.lex.context_subjects.get(f.m.nouns[0].label)
    if entries is None or not any(c == JOINT and not cues.isdisjoint(f.s.word_set) for c, cues in entries):
        return None
    return entries


def _unit_words(f: Figure) -> set[str]:
    """The words of a joint force's noun phrase and the list of units after it, up to the first lower-case word that
    no list holds ("dikerahkan", "untuk"): another force of the sentence ("420 anggota Satpol PP ..., ditambah 130
    personel gabungan TNI dan Polri") is no unit of this one."""
    s, lex = f.s, f.s.lex
    keep = lex.list_joiners | lex.place_prepositions | lex.cue("member_words")
    words: set[str] = set()
    for k in range(f.m.first, len(s.words)):
        w = s.words[k]
        if not (k < f.m.np_end or w == "," or w in keep or (s.kinds[k] == "w" and s.texts[k][:1].isupper())):
            break
        words.add(w)
    return words


def _cue_words(f: Figure) -> frozenset[str] | set[str]:
    """The words of a figure's sentence that may give its generic noun a class: all of them, but a cue of ``[cues]
    noun_phrase_cues`` only inside the figure's own noun phrase ("three fire officers"; not "officers were hurt as
    rioters set fire to cars", "taken to a medical centre")."""
    words = f.s.word_set
    far = f.s.lex.cue("noun_phrase_cues") & words
    if not far:
        return words  # most sentences
    return words - (far - set(f.s.words[f.m.first : max(f.m.np_end, f.m.last)]))


_ALL_REACH = 6  # how far after the figure's noun phrase the comma before "all of them ..." may stand


def _all_of_group(f: Figure) -> str | None:
    """A closed group that a trailing ", all (of them) NOUN" gives the whole count ("killing 12 people, all of them
    civilians", "Deaths: nine, all civilians"; ``[cues] all_words``)."""
    s, words, n = f.s, f.s.words, len(f.s.words)
    alls = s.lex.cue("all_words")
    if alls.isdisjoint(s.word_set):
        return None  # most sentences: no "all" at all
    start = max(f.m.np_end, f.m.num_end)
    comma = next((k for k in range(start, min(n, start + _ALL_REACH)) if words[k] in {",", ".", ";"}), None)
    if comma is None or words[comma] != "," or any(start <= k <= comma for k in s.mention_firsts):
        return None
    k = comma + 1
    if k >= n or words[k] not in alls:
        return None
    k += 1
    k = s.past_partitive(k)
    noun = s.noun_at(k)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES or noun[1].subject_class == "people":
        return None
    end = k + noun[0]
    return noun[1].subject_class if end >= n or words[end] in {",", ".", ";", '"'} else None


def _anaphora_source(f: Figure) -> Mention | None:
    """What "others"/"lainnya" refers back to: the previous count, not an item it includes ("killed 17 civilians,
    including three children, and wounded six others": civilians)."""
    a = f.antecedent
    if a is None or not a.inherit:
        return a
    return next((o for o in reversed(f.mentions) if o.first < a.first and not o.inherit), a)


def _source_class(s: SentenceView, mentions: list[Mention], source: Mention) -> str:
    """The group a figure continues: the source's, or the whole coordination's when the source is its last item
    ("64 women and nine children died, while 27 were injured": people, not children)."""
    cls = source.subject_class if source.subject_class in PERSON_CLASSES else "people"
    whole = coordinated_class(s, mentions, source) if cls != "people" else None
    return whole or cls


def _event_noun(s: SentenceView, m: Mention) -> bool:
    """The figure counts a noun of the event itself ("eight arrests", "30 deaths", "12 penangkapan"), which names
    no group of people: ``[subjects] event_nouns``."""
    nouns, k = s.lex.subject_cues.get("event_nouns"), m.num_end
    return nouns is not None and k < len(s.words) and s.words[k] in nouns.firsts and nouns.match(s.words, k) is not None


def elliptic_source(s: SentenceView, mentions: list[Mention], m: Mention) -> Mention | None:
    """The count whose group a figure without a noun continues: the nearest valid count before it that is no part
    of another ("58 tewas, dua di antaranya WNA, dan 117 luka": the 58) and no item of a list in parentheses that
    closed before it ("38 deaths (... 12 women and 18 men), 71 injured": the 38)."""
    index = next(i for i, other in enumerate(mentions) if other is m)
    for other in reversed(mentions[:index]):
        if not other.valid or other.unit is not None:
            continue
        if other.partitive or other.inherit or other.base_of is not None or closed_before(s, other, m):
            continue
        if owned_place_count(s, mentions, other):
            continue  # "31 warga dua desa ..., lima di antaranya dirawat": the villages are the residents', no group
        return None if in_event_clause(s, other, m) else other  # "deployed 5,000 soldiers after clashes left 14 dead"
    return None


def owned_place_count(s: SentenceView, mentions: list[Mention], other: Mention) -> bool:
    """A count of things inside or right after the noun phrase of a count of people ("31 warga dua desa", "213
    siswa dari tiga sekolah": only a place preposition, ``[places] prepositions``, between them): it says where
    those people are from, so it is no group a later figure continues."""
    if other.subject_class in PERSON_CLASSES:
        return False
    for p in mentions:
        if not p.valid or p.subject_class not in PERSON_CLASSES or p.first >= other.first:
            continue
        gap = s.words[p.np_end : other.first]
        if other.first <= p.np_end or (0 < len(gap) <= 2 and all(w in s.lex.place_prepositions for w in gap)):
            return True
    return False


def coordinated_class(s: SentenceView, mentions: list[Mention], last: Mention) -> str | None:
    """The class of a coordination of counts that ends with ``last`` ("15 laki-laki dan enam perempuan": people),
    the whole that a part after it is taken from; None when ``last`` is coordinated with no count before it."""
    index = next(i for i, other in enumerate(mentions) if other is last)
    classes = [last.subject_class]
    while index > 0 and classes[-1] in PERSON_CLASSES:
        before, after = mentions[index - 1], mentions[index]
        between = s.words[max(before.np_end, before.last) : after.first]
        if not before.valid or not between or any(w != "," and w not in s.lex.list_joiners for w in between):
            break
        classes.append(before.subject_class)
        index -= 1
    if len(classes) < 2 or any(cls not in PERSON_CLASSES for cls in classes):
        return None
    return lca([cls for cls in classes if cls is not None])


def closed_before(s: SentenceView, inner: Mention, m: Mention) -> bool:
    """``inner`` stands inside parentheses that close before ``m``."""
    between = s.words[inner.last : m.first]
    return ")" in between and "(" not in between[: between.index(")")]


def _heads_before(s: SentenceView, m: Mention, head: Callable[[SentenceView, int], str | None]) -> str | None:
    """What ``head`` finds at a word of the figure's measure before it in its clause: the subject of a tally
    ("jumlah demonstran yang ditangkap menembus 500 orang": protesters) or the thing of a label ("Rumah rusak:
    146 unit": houses); past a cause inside the noun phrase ("jumlah anak yang meninggal karena campak sebanyak
    lima orang"; ``[cues] cause_breaks``)."""
    causes = s.lex.cue("cause_breaks")
    k = m.first
    while k > 0:
        k -= 1
        w = s.words[k]
        if k == m.first - 1 and boxed(s, m.first):
            continue  # a fact box ("Rumah rusak: 146 unit"); set off by dashes ("Polisi yang terluka - 12 orang")
        if w == "," and k + 1 < m.first and all(x in s.lex.cue("apposition") for x in s.words[k + 1 : m.first]):
            continue  # an apposed tally: "Rumah rusak terbanyak di Kecamatan X, yakni empat unit" (h12id_a)
        aside = relative_aside_start(s, k) if w == "," and k + 1 < m.first and s.words[k + 1] != "," else -1
        if 0 <= aside < k and not any(aside < j < k for j in s.mention_firsts):
            k = aside  # a relative clause between commas: "Anak yang meninggal ..., yang belum diimunisasi, mencapai"
            continue
        if w == "," or w in CLAUSE_PUNCT or (w in s.lex.clause_breaks and w not in causes):
            return None
        found = s.measure_at(k)
        if found is not None and found[1] == m.measure:
            subject = head(s, k)
            if subject is not None:
                return subject
    return None


def tally_noun(s: SentenceView, k: int) -> str | None:
    """The class of the specific person noun of a noun phrase that names a tally, when the measure word at token
    k ends it: "jumlah demonstran yang ditangkap", "the number of reporters held"; None for none."""
    lex, words = s.lex, s.words
    end = past_stops(s, k)  # "yang", "that"
    noun = lex.nouns.match_ending(words, end) if end > 0 else None
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    cls = closed_group(s, noun[1]) if noun[1].generic else noun[1].subject_class
    if cls is None:
        return None  # "the number of people injured": no group of its own
    start = end - noun[0]
    tally_words = lex.subject_cues.get("tally_words")
    tally = tally_words.match_ending(words, start) if start > 0 and tally_words is not None else None
    # or the noun with its relative clause opens the clause ("Polisi yang terluka sebanyak 12 orang"; idj)
    opens = (
        end < k
        and words[end] in lex.relative_words
        and (start == 0 or words[start - 1] == "," or words[start - 1] in CLAUSE_PUNCT)
    )
    return cls if tally is not None or opens else None


def _crowd_noun(s: SentenceView, m: Mention) -> str | None:
    """The class narrower than people of a crowd noun that names the figure's measure and opens its clause ("Massa
    aksi diperkirakan berjumlah sekitar 800 orang", ``[nouns] massa aksi``); None for any other clause."""
    k = m.first
    while k > 0 and s.words[k - 1] != "," and s.words[k - 1] not in CLAUSE_PUNCT and k - 1 not in s.mention_firsts:
        k -= 1
    if k == m.first or s.words[k] not in s.lex.nouns.firsts:
        return None
    noun = s.lex.nouns.match(s.words, k)
    if noun is None or noun[1].generic or noun[1].measure != m.measure or noun[1].subject_class not in PERSON_CLASSES:
        return None
    return noun[1].subject_class if noun[1].subject_class != "people" else None


def thing_named_at(s: SentenceView, k: int) -> str | None:
    """The label of the thing that heads a measure word at token k ("Rumah rusak", "Homes destroyed", "rumah yang
    dibakar"), None when no thing noun does."""
    end = past_stops(s, k)
    noun: tuple[int, NounInfo] | None = s.lex.nouns.match_ending(s.words, end) if end > 0 else None
    if noun is None or noun[1].subject_class != "thing":
        return None
    return noun[1].label
