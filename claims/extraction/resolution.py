"""Stage 3: the measure and subject of each figure."""

from __future__ import annotations

from claims.extraction.mentions import FRACTION_UNIT, Mention
from claims.extraction.noun_phrase import (
    noun_named_before,
    noun_subject,
    person_before,
    scan_noun_phrase,
    share_coordinated_nouns,
)
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.view import ARTICLES, CLAUSE_PUNCT, COORDINATORS, LIST_JOINERS, SentenceView


def _is_boundary(s: SentenceView, j: int) -> bool:
    w = s.words[j]
    return w in CLAUSE_PUNCT or w in s.lex.clause_breaks


def _search_right(s: SentenceView, start: int, cls: str | None, skip: set[int]) -> str | None:
    n = len(s.texts)
    j = start
    lex = s.lex
    while j < n:
        w = s.words[j]
        if w == ",":
            cue = lex.inherit_before.match(s.words, j + 1)
            if cue is None:
                return None
            # a parenthetical ", including ...," does not end the clause
            k = j + 1
            while k < n and s.words[k] not in {",", ";"} and s.words[k] not in CLAUSE_PUNCT:
                k += 1
            if k >= n or s.words[k] != ",":
                return None
            j = k + 1
            continue
        if w in CLAUSE_PUNCT or w in lex.clause_breaks:  # _is_boundary(s, j)
            return None
        if j not in skip:
            noun = lex.nouns.match(s.words, j) if w in lex.nouns.firsts else None
            if noun is not None and noun[1].force:
                return "=" + noun[1].label  # "87 of them in intensive care": a tally of its own
            found = s.measure_at(j)
            if found is not None and _governs_later_figure(s, j + found[0]):
                return None  # "3 blok ... dan menghanguskan 120 rumah": the verb takes the later figure
            if found is not None and compatible(found[1], cls):
                return found[1]
            if found is not None:
                j += found[0]
                continue
        j += 1
    return None


def _governs_later_figure(s: SentenceView, k: int) -> bool:
    """True when a figure starts at token k (after articles): the verb before it is that figure's."""
    n = len(s.texts)
    while k < n and s.words[k] in ARTICLES:
        k += 1
    return k < n and k in s.mention_firsts


def _search_left(s: SentenceView, end: int, cls: str | None, skip: set[int], stop_at: int) -> str | None:
    j = end - 1
    while j >= stop_at:
        w = s.words[j]
        if w == "," or _is_boundary(s, j):
            return None
        if j not in skip:
            found = s.measure_at(j)
            if found is not None and compatible(found[1], cls):
                return found[1]
        j -= 1
    return None


def _left_adjacent(s: SentenceView, m: Mention, cls: str | None) -> str | None:
    j = m.first - 1
    while j >= 0:
        if s.words[j] in {"the", "a", "an", "para", "only", "hanya", "another"}:
            j -= 1
            continue
        exact = s.lex.qualifiers.match_ending(s.words, j + 1) if s.words[j] in s.lex.qualifiers.lasts else None
        if exact is not None and exact[1] == "exact":  # "peserta aksi mencapai 25.000"
            j -= exact[0]
            continue
        break
    if j < 0:
        return None
    # a measure word ending at j
    measure_firsts = s.tables.measure_firsts
    for length in (3, 2, 1):
        k = j - length + 1
        if k < 0:
            continue
        if length > 1 and s.words[k] not in measure_firsts:
            continue  # only a phrase is longer than one word, and no phrase starts at k
        found = s.measure_at(k)
        if found is not None and found[0] == length:
            return found[1] if compatible(found[1], cls) else None
    return None


def resolve(s: SentenceView, mentions: list[Mention]) -> None:
    lex = s.lex
    owned: set[int] = set()
    s.mention_firsts = frozenset(m.first for m in mentions)
    for idx, m in enumerate(mentions):
        for k in range(m.first, m.last):
            owned.add(k)
        scan_noun_phrase(s, m, idx, mentions, owned)
    share_coordinated_nouns(s, mentions)
    previous_count: Mention | None = None
    for m in mentions:
        if m.unit is not None and m.qualifier != "vague":
            m.measure, m.subject = "other", m.unit
            if m.unit == FRACTION_UNIT:
                # a share of something counted ("dua pertiga dari 2.000 pengungsi", "two thirds of them", "of
                # the cake"); a bare fraction ("exactly one sixth") is no claim, like a bare number
                of_follows = m.num_end < len(s.words) and s.words[m.num_end] in lex.whole_before.firsts
                counted = bool(m.nouns or m.partitive or m.base_of is not None)
                m.valid = counted or (m.raw_label is not None and of_follows)
            continue
        if m.unit is not None:  # "ribuan hektare": a vague quantity of a unit
            m.measure, m.subject = "other", m.unit
            continue
        cls, label, head = noun_subject(m)
        if head is None or head.generic:
            named = noun_named_before(s, m)
            if named is not None:
                cls, label, head = named.subject_class, named.label, named
        antecedent = previous_count
        if m.base_of is not None:
            base = mentions[m.base_of]
            base_cls, base_label, base_head = noun_subject(base)
            cls, label, head = cls or base_cls, label or base_label, head or base_head
        if m.partitive and antecedent is not None and not m.nouns and m.base_of is None:
            cls, label = antecedent.subject_class, antecedent.subject
        cue = (
            lex.inherit_before.match_ending(s.words, m.first)
            if m.first > 0 and s.words[m.first - 1] in lex.inherit_before.lasts
            else None
        )
        m.inherit = cue is not None
        measure: str | None = None
        if head is not None and head.force:
            measure = head.measure or "other"
        if measure is None:
            measure = _left_adjacent(s, m, cls)
            m.from_left = measure is not None
        if measure is None:
            measure = _search_right(s, m.np_end, cls, owned)
        if (
            measure is None
            and antecedent is not None
            and antecedent.from_left
            and all(w in COORDINATORS or w in LIST_JOINERS or w == "," for w in s.words[antecedent.np_end : m.first])
            and compatible(antecedent.measure, cls)
        ):
            # "deployed 5,000 police officers and 2,000 soldiers": one verb, two objects
            measure, m.from_left = antecedent.measure, True
        if measure is None and m.inherit and antecedent is not None:
            measure = antecedent.measure
        if measure is None and m.partitive and antecedent is not None and m.base_of is None:
            measure = antecedent.measure
        same_clause = antecedent is not None and not any(
            w in CLAUSE_PUNCT or w == "," for w in s.words[antecedent.last : m.first]
        )
        if measure is None and not same_clause:
            # a measure word before the figure ("korban tewas bertambah menjadi 11") counts only when no
            # earlier figure in the sentence could be the one it governs
            measure = _search_left(s, m.first, cls, owned, 0)
        if measure is None and head is not None and head.measure:
            measure = head.measure
        if measure is None and m.base_of is not None:
            measure = None
        # the part of a set measured by its own predicate; the set itself ("of the 1,800") is not
        if measure is None:
            measure = "other"
        if measure.startswith("="):
            other_label = measure[1:]
            measure = "other"
            if head is None or head.generic:
                label = other_label
        if measure in PEOPLE_MEASURES and not compatible(measure, cls):
            measure = "other"
        m.measure = measure
        if measure in PEOPLE_MEASURES:
            if cls is None or cls not in PERSON_CLASSES:
                if (
                    (m.anaphoric or (not m.nouns and m.raw_label is None))
                    and antecedent is not None
                    and (antecedent.subject_class in PERSON_CLASSES)
                ):
                    cls = antecedent.subject_class
                elif m.anaphoric and antecedent is None:
                    # "seorang demonstran tewas dan puluhan lainnya": the noun counted before, unnumbered
                    cls = person_before(s, m.first) or "people"
                else:
                    cls = "people"
            m.subject, m.subject_class = cls, cls
        else:
            if label is None and not m.partitive and antecedent is not None:
                label, cls = antecedent.subject, antecedent.subject_class
            if m.partitive and antecedent is None and m.base_of is None:
                label = cls = None  # "Tiga di antara korban itu": part of a set named in another sentence
            m.subject, m.subject_class = label, cls
        # validity: a bare number needs something that makes it a count
        if m.qualifier != "vague":
            has_noun = bool(m.nouns) or m.raw_label is not None
            if not (has_noun or measure != "other" or m.partitive or m.inherit or m.anaphoric):
                m.valid = antecedent is not None and antecedent.measure == "other" and label is not None
        if m.valid and m.unit is None:
            previous_count = m
    # "a third of the 90 buildings were destroyed": the whole set is not itself destroyed
    for m in mentions:
        whole = (
            lex.whole_before.match_ending(s.words, m.first)
            if m.first > 0 and s.words[m.first - 1] in lex.whole_before.lasts
            else None
        )
        if whole is not None and m.measure != "other" and m.first - whole[0] > 0:
            before = s.words[m.first - whole[0] - 1]
            if before in lex.fractions and m.first - whole[0] - 1 not in s.mention_firsts:
                own = own_measure(s, m)
                m.measure, m.subject = own or ("other", noun_subject(m)[1] or m.subject)
    # the whole of "200 of the 1,800 residents ... evacuated" is not itself evacuated; the whole of a share
    # ("40 persen dari 2.000 pengungsi", "half of the 300 detainees") is measured by its own noun, if any
    for m in mentions:
        if m.base_of is not None:
            base = mentions[m.base_of]
            own = own_measure(s, base) if m.unit is not None else None
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
    if head is not None:
        if head.measure is not None and not head.force:
            measure = head.measure
    elif m.num_end < len(s.words):
        found = s.measure_at(m.num_end)
        if found is not None and not found[1].startswith("="):
            measure = found[1]
    if measure is None or measure == "other" or not compatible(measure, cls):
        return None
    if measure in PEOPLE_MEASURES:
        return measure, cls if cls in PERSON_CLASSES else "people"
    return measure, label or m.subject
