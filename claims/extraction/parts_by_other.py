"""A figure of people picked out by something else than the people measure named for it (split from ``misreads``):
a part by age, origin, role or a predicate's group, a size per item, a population, a thing after a participle, or
people whose owners' verb it is: ``other`` (DESIGN 4.1: a subset is ``other``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction import clauses
from claims.extraction.each_places import places_after_each
from claims.extraction.occasions import population_of
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def part_by_other_than_measure(f: Figure, measure: str) -> bool:
    """A figure of people picked out by something else than the people measure named for it (DESIGN 4.1: a subset
    is ``other``), or no count of the event at all; may set the subset's label."""
    if _age_group(f):
        f.label, f.other_verb = "age group", True  # "jemaah wafat berusia 60 tahun ke atas sebanyak 297 orang"
        return True
    return (
        _per_item(f)  # "seven teams of six rescuers each": a size per item, not a count of the event
        or (measure == "participants" and f.m.value == 1)  # "One protester lost three fingers": no crowd
        or _thing_after_participle(f)  # "30 displaced families", "12 injured horses": the noun is no person
        # "five of those killed were students": a part by a group narrower than the closed set
        or (f.m.partitive and f.m.base_of is None and _predicate_group(f))
        or _origin_part(f)  # "As many as 86 of the dead came from Pakistan": one country's share of the toll
        or _age_part(f)  # "nine of the dead were over 65": a share of the toll by age
        or _among_whole(f, measure)  # "Three railway employees were among nine people killed": a part by role
        or _population(f)  # "many of the area's population of 30,000 were left homeless": who lives there
        or _owned_by_people(f)  # "relatives of all five firefighters gathered": the verb is the relatives'
    )


def _owned_by_people(f: Figure) -> bool:
    """A figure after "of" (and determiners: "the", "all") that follows a noun of people who belong to it (``[cues]
    owner_nouns``: "families of 12 miners", "relatives of the 40 victims"): the clause's verb is theirs: ``other``;
    a measure word in the figure's own noun phrase stays ("families of 12 missing fishermen")."""
    s, k = f.s, f.s.before_determiners(f.m.first - 1)
    while k >= 0 and s.words[k] in s.lex.cue("part_quantifiers"):
        k = s.before_determiners(k - 1)  # "of all five"
    owners = s.lex.cue("owner_nouns")
    if k < 1 or s.words[k] not in s.lex.of_words or s.words[k - 1] not in owners:
        return False
    own = (s.measure_at(j) for j in range(f.m.num_end, max(f.m.np_end, f.m.num_end + 1)))
    return not any(hit is not None and not hit[1].startswith("=") for hit in own)  # "of 12 missing fishermen"


def _population(f: Figure) -> bool:
    """A figure right after a population noun and "of" (``[cues] population_nouns``: "a population of 30,000")
    counts who lives in a place, not people of the event's measure: ``other``, labelled ``population``."""
    if population_of(f) is None:
        return False
    f.label, f.other_verb = "population", True
    return True


def _age_group(f: Figure) -> bool:
    """An age group (``[cues] age_group_words``) between the figure and the measure word or clause break before it:
    "jemaah wafat berusia 60 tahun ke atas sebanyak 297 orang", "usia 50-59 tahun 88 orang": a part by age."""
    s, first = f.s, f.m.first
    ages = s.lex.cue("age_group_words")
    for k in range(first - 1, max(-1, first - 8), -1):
        w = s.words[k]
        if w in ages:
            return True
        if w == "," or w in CLAUSE_PUNCT or w in s.lex.clause_breaks or s.measure_at(k) is not None:
            return False
        if w in s.lex.list_joiners:
            return False  # "17 di antaranya masih usia anak dan 7 anak lainnya ...": the age is the item before's
    return False


def _per_item(f: Figure) -> bool:
    """A distributive word right after the counted noun (``[cues] distributive``: "six rescuers each")."""
    k = f.m.np_end
    return k < len(f.s.words) and f.s.words[k] in f.s.lex.cue("distributive") and not places_after_each(f.s, k + 1)


def _thing_after_participle(f: Figure) -> bool:
    """Where modifiers come first, a measure word right after the figure whose noun phrase stops at it, followed by
    a noun of a thing or an animal ("30 displaced families", "12 injured horses"): that noun is what is counted."""
    s, m = f.s, f.m
    if s.lex.modifiers_follow or f.head is not None or m.np_end != m.num_end:
        return False
    found = s.measure_at(m.np_end) if m.np_end < len(s.words) else None
    k = m.np_end + found[0] if found is not None else len(s.words)
    noun = s.lex.nouns.match(s.words, k) if k < len(s.words) and s.words[k] in s.lex.nouns.firsts else None
    if noun is None or noun[1].subject_class in PERSON_CLASSES:
        return False
    f.label, f.cls, f.head = noun[1].label, noun[1].subject_class, noun[1]
    return True


def _predicate_group(f: Figure) -> bool:
    """A part ("five of those killed") whose predicate after the measure word and a copula is a specific person
    noun of no closed group ("were students"): ``other``, that noun's label."""
    s, k = f.s, f.m.np_end
    hit = s.measure_at(k) if k < len(s.words) else None
    copula = clauses.copula_after(s, k + hit[0]) if hit is not None and not hit[1].startswith("=") else None
    if copula is None or copula + 1 >= len(s.words):
        return False
    j = s.after_determiners(copula + 1)
    noun = s.lex.nouns.match(s.words, j) if j < len(s.words) and s.words[j] in s.lex.nouns.firsts else None
    if noun is None or noun[1].generic or noun[1].subject_class != "people":
        return False
    f.label = noun[1].label
    return True


def _origin_part(f: Figure) -> bool:
    """A part of a measured whole ("86 of the dead", "12 of those injured") whose predicate says where its people
    come from (``[cues] origin_verbs`` + "from" + a name: "came from Pakistan", "were from Jordan"): a share of
    the toll by origin, ``other`` (as the measure it would contradict the whole), labelled by the origin."""
    s, words = f.s, f.s.words
    k, n = f.m.num_end, len(words)
    origin = s.lex.cue("origin_verbs")
    if not origin or k + 1 >= n:
        return False
    if words[k] not in s.lex.of_words:
        return False
    for j in range(k + 1, min(k + 5, n)):
        hit = s.measure_at(j)
        if hit is not None and not hit[1].startswith("="):
            return _from_name(f, j + hit[0], hit[1], origin)
    return False


def _age_part(f: Figure) -> bool:
    """A part of a measured whole ("nine of the dead", "12 of those injured") whose predicate is a copula and an age
    bound (``[cues] existentials`` + ``[cues] age_predicates`` + a number: "were over 65", "were under 18"): a share
    by age, ``other`` (as the measure it would contradict the whole), labelled by the measure and the age."""
    s, words = f.s, f.s.words
    k, n = f.m.num_end, len(words)
    ages = s.lex.cue("age_predicates")
    if not ages or k + 1 >= n or words[k] not in s.lex.of_words:
        return False
    existentials = s.lex.cue("existentials")
    for j in range(k + 1, min(k + 5, n)):
        hit = s.measure_at(j)
        if hit is not None and not hit[1].startswith("="):
            v = j + hit[0]
            if v + 2 < n and words[v] in existentials and words[v + 1] in ages:
                age = words[v + 2]
                if age[:1].isdigit() or age in s.lex.number_words or age in s.lex.teens:
                    f.label, f.other_verb = f"{hit[1]} {words[v + 1]} {s.texts[v + 2]}", True
                    for age_figure in f.mentions:
                        if age_figure.first in (v + 1, v + 2):
                            age_figure.valid = False  # the age itself is no count
                    return True
            return False
    return False


def _from_name(f: Figure, v: int, measure: str, origin: frozenset[str]) -> bool:
    """An origin verb, "from" and a name at token ``v`` ("came from Pakistan"): the figure's label, True."""
    s, words, froms = f.s, f.s.words, f.s.lex.cue("origin_prepositions")
    if v + 2 < len(words) and words[v] in origin and words[v + 1] in froms and s.is_capitalised_name(v + 2):
        f.label, f.other_verb = f"{measure} from {s.texts[v + 2]}", True
        return True
    return False


def _among_whole(f: Figure, measure: str) -> bool:
    """The figure's noun phrase is followed by a copula and ``[syntax] among_words`` ("Three railway employees were
    among nine people killed", "two guards were among the dead"): a part of the measured whole. A closed group keeps
    the measure ("four children were among the dead"); a group narrower than those is ``other`` naming the part."""
    s, k = f.s, f.m.np_end
    if k + 1 >= len(s.words) or s.words[k + 1] not in syntax_list(s, "among_words"):
        return False
    if s.words[k] not in s.lex.cue("existentials"):
        return False
    if f.head is None or f.head.generic or f.cls not in (None, "people"):
        return False
    f.label = f"{f.head.label} among the {measure}"
    return True
