"""Final checks of measure resolution for a turnout or a force (split from ``misreads``): a ``participants`` or
``deployed`` reading that counts no crowd turning out and no force sent: list items, the force guarding a crowd,
visitors in an adjunct, pupils of a school, counts of the gatherings themselves, people merely involved, a force
that secures an event or with a passive predicate of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction import clauses
from claims.extraction.mentions import Mention
from claims.extraction.name_lists import names_go_on
from claims.extraction.placements import placed
from claims.extraction.reach import is_boundary
from claims.extraction.reach_before import after_preposition
from claims.extraction.subjects import FORCE_CLASSES, group_class
from claims.extraction.view import SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_ENROL_REACH = 6  # how far before its turnout verb the school or house of worship it attends may stand


_OWNER_REACH = 8  # the longest dashed aside between a force noun and "whose" ("— and many residents —")
_DASHES: Final = frozenset(mark for mark, close in clauses.ASIDES.items() if mark == close)  # the dashes of an aside


def _owners(s: SentenceView, end: int) -> bool:
    """A possessive relative (``[cues] possessive_relatives``: "whose") right after the noun phrase ending at ``end``,
    or after a dashed aside there ("the eight firefighters — and many residents — whose homes ...")."""
    owners = s.lex.cue("possessive_relatives")
    words, n = s.words, len(s.words)
    if end < n and words[end] in _DASHES:
        close = next((k for k in range(end + 1, min(n, end + _OWNER_REACH)) if words[k] in _DASHES), None)
        end = n if close is None else close + 1
    return end < n and words[end] in owners


def force_with_own_predicate(f: Figure) -> bool:
    """A force noun alone implies its deployment ("2,000 police officers at the stadium"); a passive predicate of its
    own (``[cues] passive_auxiliaries``) that is no measure word (clauses.own_part_predicate: "were treated for burns",
    "had been trapped") says something else of them: ``other``."""
    if f.rule_name != "_noun_measure" or f.head is None:
        return False
    end = max(f.m.np_end, f.m.num_end)
    if _owners(f.s, end):
        return True  # "the eight firefighters whose homes were incinerated": owners, no force at work
    k = clauses.own_predicate_word(f.s, end)
    if k is None or not any(w in f.s.lex.cue("passive_auxiliaries") for w in f.s.words[end:k]):
        return False  # "hundreds of rescuers have recovered 27 bodies": an active verb of the force at work
    progressive = f.s.lex.cue("progressive_suffixes")
    return not any(f.s.words[k].endswith(suffix) for suffix in progressive)  # "were guarding"


def not_a_turnout(f: Figure) -> bool:
    """People a turnout word counts who are no crowd turning out."""
    return (
        _listed_turnout(f)  # "The dead included 4 police officers and 9 protesters": a list item
        or force(f)  # "800 police officers were at the rally": the force guarding a crowd
        or _object_of_preposition(f)  # "tes urine terhadap 53 pengunjung": visitors in an adjunct
        or _enrolled(f)  # "The school, attended by 600 students": its pupils
        or _counted_events(f)  # "there were 12 protests across the country": events, not people
    )


def _counted_events(f: Figure) -> bool:
    """A figure right before a noun of gatherings counts the events, not who turned out: a plural naming them
    (``[cues] gathering_plurals``: "12 protests", "the two rallies") labels it; an event noun before the event's own
    name (``turnout_events``: "dua aksi unjuk rasa", "37 aksi demonstrasi") leaves a figure with no noun of its own
    without one."""
    s, k = f.s, f.m.num_end
    if k >= len(s.words):
        return False
    if s.words[k] in s.lex.cue("gathering_plurals"):
        f.label, f.other_verb = s.words[k], True
        return True
    return f.head is None and s.words[k] in s.lex.cue("turnout_events")


def _object_of_preposition(f: Figure) -> bool:
    """A turnout implied by the noun alone of a figure that is the object of a preposition (``[syntax]
    object_prepositions``, not after a turnout verb: "dihadiri oleh 500 peserta" stays a turnout)."""
    s, first = f.s, f.m.first
    if f.rule_name != "_noun_measure" or first == 0:
        return False
    before = s.before_determiners(first - 1)
    objects = syntax_list(s, "object_prepositions")
    return before >= 0 and s.words[before] in objects and after_preposition(s, first)


def secures_event(s: SentenceView, m: Mention, events: frozenset[str]) -> bool:
    """A securing verb (``[cues] securing_verbs``) after the figure, before no other figure, whose object is an event
    (``[cues] guarded_events``): the figure is the agent that secures it."""
    verbs = s.lex.cue("securing_verbs")
    words, n = s.words, len(s.words)
    limit, k = m.last + 6, m.last
    while k < min(n - 1, limit):
        if words[k] in verbs:
            return words[k + 1] in events or (k + 2 < n and f"{words[k + 1]} {words[k + 2]}" in events)
        if words[k] == "," and (after := names_go_on(s, k, k == m.np_end)) > 0:
            limit, k = after + 6, after  # a list of units ("personel gabungan dari A, B dan C mengamankan ...")
            continue
        if s.kinds[k] != "w":
            return False
        k += 1
    return False


def involved_not_sent(f: Figure) -> bool:
    """A verb of involvement right before the figure ("melibatkan 45 personel") counts a force or a crew only
    (``[cues] involvement_verbs``, ``involved_labels``)."""
    verbs, s = f.s.lex.cue("involvement_verbs"), f.s
    start = max(0, f.m.first - _INVOLVED_REACH)
    verb = next((k for k in range(start, f.m.first) if s.words[k] in verbs), -1)
    if verb < 0:
        return False
    return not (force(f) or f.label in s.lex.cue("involved_labels") or _involved_head(s, verb))


def _involved_head(s: SentenceView, verb: int) -> bool:
    """ "Personel yang dilibatkan berjumlah 3.200 orang": the noun before the relative clause of the verb of
    involvement is a force or crew (``[cues] involved_labels``), though the figure's own noun is a classifier."""
    k = verb - 1
    if k < 1 or s.words[k] not in s.lex.relative_words:
        return False
    noun = s.lex.nouns.match_ending(s.words, k) if s.words[k - 1] in s.lex.nouns.lasts else None
    return noun is not None and noun[1].label in s.lex.cue("involved_labels")


_INVOLVED_REACH = 4  # words between the verb of involvement and its figure: "melibatkan kurang lebih 45"


def present_not_sent(f: Figure) -> bool:
    """People who merely "were at the site" are no force sent unless their noun names one ("140 police and soldiers
    were at the scene"): "at least 30,000 people were at the site when the crush happened" (round 7): a copula and a
    place preposition right after the noun phrase of a figure that counts no force."""
    s, m = f.s, f.m
    own = f.head is not None and f.head.measure is not None  # "300 pengungsi ditempatkan di GOR": evacuees
    if placed(s, m) and not (own or force(f) or f.label in s.lex.cue("involved_labels")):
        return True  # "31 WNI ... ditempatkan di rumah perlindungan": housed, not sent (placements)
    k = max(m.np_end, m.num_end)
    copulas = s.lex.subject_cues.get("copulas")
    if copulas is None or k + 1 >= len(s.words) or s.words[k] not in copulas.firsts:
        return False
    crew = f.head is not None and f.head.measure == "deployed"  # "300 rescuers were at the site": a crew at work
    return (s.words[k + 1] in s.lex.place_prepositions or _on_duty(f, k + 1)) and not (crew or force(f))


_DUTY_WORDS: Final = 3  # "on duty", "at work": the longest of [cues] duty_states


def _on_duty(f: Figure, k: int) -> bool:
    """ "About 150 to 200 people were on duty at the time" (foundry blast copy, round 9): people or workers merely
    working when it happened (``[cues] duty_states`` after the copula) are no force sent; a noun that may name a
    force in its sentence ("17 officers were on duty") is left to it."""
    s, head = f.s, f.head
    if head is None or (head.generic and head.label != head.subject_class):
        return False
    return s.cue_phrase_at(k, "duty_states", _DUTY_WORDS) > 0


def force(f: Figure) -> bool:
    """The figure counts a force, by its noun's class in the sentence ("800 officers ..." after "Police said")."""
    if f.cls in FORCE_CLASSES:
        return True
    return f.head is not None and group_class(f.head, f.s.lex, set(f.s.words)) in FORCE_CLASSES


def _listed_turnout(f: Figure) -> bool:
    """Only the counted noun says turnout ("9 protesters"), and the figure is an item coordinated with a figure of
    another measure before it: the list counts that measure's group or something else, not a crowd."""
    a = f.antecedent
    if f.rule_name != "_noun_measure" or a is None or a.measure == "participants":
        return False
    joiners = f.s.tables.joiners
    return all(w in joiners or w == "," for w in f.s.words[a.np_end : f.m.first])


def _enrolled(f: Figure) -> bool:
    """ "The school, attended by 600 students, was flattened", "Sekolah yang dihadiri 600 siswa": a turnout verb
    ("attended", "dihadiri") whose subject is a place people belong to (``[subjects] enrolment_places``: a school,
    a house of worship) counts its members, not a turnout: ``other``."""
    places = f.s.lex.subject_cues.get("enrolment_places")
    s, m = f.s, f.m
    if places is None or m.first == 0:
        return False
    verb = next((k for k in range(m.first - 1, max(-1, m.first - 4), -1) if s.measure_at(k) is not None), None)
    if verb is None or (hit := s.measure_at(verb)) is None or hit[1] != "participants":
        return False
    for k in range(verb - 1, max(-1, verb - 1 - _ENROL_REACH), -1):
        w = s.words[k]
        aside = w in s.lex.relative_words or (w in s.lex.clause_breaks and k > 0 and s.words[k - 1] == ",")
        if (is_boundary(s, k) and not aside) or k in s.mention_firsts:  # ", which was attended by"
            return False
        found = places.match_ending(s.words, k + 1) if w in places.lasts else None
        if found is not None:  # the verb's subject, not an adjunct ("Misa di gereja itu dihadiri 1.500 umat")
            j = s.before_determiners(k - found[0])
            return j < 0 or s.words[j] not in s.lex.place_prepositions
    return False
