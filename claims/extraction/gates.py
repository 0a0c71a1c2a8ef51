"""Gates on the mechanism that named a figure's measure: when the evidence a rule used is weak, the figure is
``other`` (DESIGN 4.1: a wrong specific measure is worse than ``other``; issue 11).

Each gate looks at how the measure was reached, not at which words were read:

* a part of the figure before ("11 of whom", "three of them") inherits the whole's measure, but when the part has a
  predicate of its own that names no measure ("11 of whom have been confirmed", "30 of whom were off duty"), that
  predicate picks the part out: a subset (:func:`part_with_own_predicate`);
* a measure word found after the figure that stands in the noun phrase of a later figure ("One survivor and one
  dead miner were lifted", "78,784 cases including 1,159 associated deaths") is that figure's word, not this one's
  (:func:`word_of_later_figure`).

Second wave (gate9en), each on evidence that does not hold: a sentence opened by a conditional
(:func:`conditional_sentence`); a measure noun right after the figure that is the subject of a predicate naming
another measure (:func:`noun_under_other_predicate`); the object of a verb of expectation (:func:`expected_object`);
and, in breakdowns, a list item with an other-verb of its own takes no place and no measure from the list
(:func:`own_other_verb`). The whole a part word without a figure is taken from is ``quantified_wholes.part_whole``.

They run once per figure whose rule they concern, after cheap tests on the rule's name and on the mention; they scan a
few tokens at most.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.adjunct_gates import amid_adjunct, clause_not_list
from claims.extraction.adjunct_objects import adjunct_object
from claims.extraction.care_sites import care_elsewhere
from claims.extraction.clause_owner_gates import (
    clause_owner_fails,
    copula_complement,
    counted_unit,
    place_preposition_before,
    possessed_word,
    word_of_earlier_figure,
)
from claims.extraction.clauses import named_whole_end
from claims.extraction.compound_heads import modifier_of_head
from claims.extraction.crowd_parts import crowd_part
from claims.extraction.far_objects import prepositional_object, relative_object, report_object
from claims.extraction.figure_owner_gates import figure_owner_fails
from claims.extraction.inner_figures import inside_earlier_phrase
from claims.extraction.joined_parts import joined_part
from claims.extraction.joined_subjects import word_of_joined_subject
from claims.extraction.mentions import Mention
from claims.extraction.modifier_gates import modifier_fails, past_verb_group
from claims.extraction.modifier_predicates import occasion_object
from claims.extraction.noun_measure_gates import noun_yields_to_predicate
from claims.extraction.owned_tallies import owned_tally
from claims.extraction.part_measures import part_of_other_measure
from claims.extraction.partitive_gates import part_as_place, part_by_agent, part_reads_whole_word
from claims.extraction.prison_terms import prison_term
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.value_gates import people_noun_of_thing_verb, rate_of_measure
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list
from claims.extraction.weak_evidence import weak_evidence

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def evidence_fails(f: Figure, measure: str) -> bool:
    """True when the rule that named ``measure`` for ``f`` reached it on evidence that does not hold here: the word it
    read is not the figure's (:func:`claims.extraction.weak_evidence.weak_evidence`), or one of the gates below."""
    if measure == "other" or measure.startswith("="):
        return False
    if weak_evidence(f, measure) or figure_owner_fails(f) or amid_adjunct(f, measure) or clause_not_list(f, measure):
        return True  # a word of another owner, a place object, a thing's attribute or a surrounding (gate8id-12id)
    if inside_earlier_phrase(f, measure):
        return True  # "Dua pelaku penyerangan tiga pengendara diringkus": the head figure's word (inner_figures.py)
    if care_elsewhere(f, measure):
        return True  # "19 santri lainnya dirawat di pondok oleh dokter": treated where they were, no stay (gate13id)
    if prison_term(f, measure):
        return True  # "three officers were jailed for life", "a judge jailed 14 men": sentenced, no arrest (gate16en)
    if part_of_other_measure(f, measure) or joined_part(f, measure):
        return True  # "176 patients admitted, of whom 46 succumbed"; "14 di antaranya ... dan dua terkena panah"
    s, m = f.s, f.m
    glued = m.num_end < len(s.words) and s.words[m.num_end] == "-"
    if glued and measure not in PEOPLE_MEASURES and count_of_modifier(s, m):
        return True  # people counted this way are the team's ("a 200-strong force")
    if conditional_sentence(s):
        return True  # "If the divers do not reach them, that is 31 deaths": a consequence, no count yet
    if expected_object(s, m):
        return True  # "had anticipated 20,000 farmers to march": what was expected, no count
    if rate_of_measure(s, m, measure):
        return True  # "35 to 40 deaths per month": a count per period (gate13en)
    if counted_unit(s, m):
        return True  # "hundreds of millions of dollars' worth of maize", "hundreds of metres of hillside": no count
    rule = f.rule_name
    if rule == "_noun_measure" and noun_yields_to_predicate(s, m, f.mentions, measure):
        return True  # "Three firemen were staggering on the stairs ... when rescued": no force deployed (gate14en)
    if rule == "_word_after":
        return occasion_object(f) or _word_after_fails(f, measure)  # "hurt during three clashes were admitted"
    if rule == "_word_before":
        return _word_before_fails(f)
    if rule == "_verb_before" and people_noun_of_thing_verb(s, m, measure):
        return True  # "decided to bury at least 30 abandoned corpses": no things damaged (gate13en)
    return rule == "_inherited" and (part_with_own_predicate(s, m) or part_by_agent(s, m) or part_as_place(s, m))


def _word_after_fails(f: Figure, measure: str) -> bool:
    """The gates of a measure word read after the figure (rule ``_word_after``)."""
    s, m, mentions = f.s, f.m, f.mentions
    if m.partitive and part_reads_whole_word(s, m, mentions, measure):
        return True  # "One of 14 detained Pakistani men ... said": the whole's word, a subset (gate11en)
    if crowd_part(f, measure):
        return True  # "350 orang dari kerumunan itu yang mulai melempari": a part of the crowd (round 13)
    if noun_under_other_predicate(s, m, measure):
        return True
    if word_of_joined_subject(s, m):
        return True  # "are just over 50 and many more have been displaced": the later subject's word (gate12en)
    if clause_owner_fails(s, m, measure, mentions):
        return True  # a word of a later clause, of a possessed noun or of a future predicate (gate10en)
    if modifier_fails(s, m, mentions, measure):
        return True  # a word describing the noun, not its predicate: "five injured workers were admitted" (gate13en)
    if modifier_of_head(s, m):
        return True  # "400 evacuated in 4 refugee points": the singular noun modifies the counted head (gate15en)
    if report_object(f) or prepositional_object(f):
        return True  # "more than 900 reports of wind damage"; "opened fire on a crowd of 200 people and fled"
    if len(mentions) > 1:
        return word_of_later_figure(s, m, mentions, measure) or adjunct_of_figure(s, m, mentions)
    return part_restating_whole(s, m, measure) or disjoined_measure(s, m, measure)


def _word_before_fails(f: Figure) -> bool:
    """The gates of a measure word read before the figure (rule ``_word_before``, the word at ``f.named_before``)."""
    s, m, k = f.s, f.m, f.named_before
    if k is not None and possessed_word(s, k) and not owned_tally(s, k):
        return True  # "fifty of the riders' injuries were minor and six were serious": things of the owner
    return (
        word_of_earlier_figure(s, m, k)  # "forced the evacuation of hundreds of homes and buried 47 people"
        or adjunct_object(s, m, k)  # "were killed during more than 50 sting operations": the occasions (gate12en)
        or copula_complement(s, m, k)  # "the remains turned out to be six men": what the subject is
        or record_of_people(s, m, k)  # "sent officials a list of 6,953 people": the verb's object is the list
        or relative_object(f, k)  # "shot dead a gunman who held four firefighters hostage" (audit16_en)
    )


def record_of_people(s: SentenceView, m: Mention, word: int | None) -> bool:
    """ "The militia sent officials a list of 6,953 people from 26 countries": the figure stands right after a
    document noun (``[cues] record_nouns``) and "of", after the measure word at token ``word``; the verb governs the
    document, and the figure counts the names it holds."""
    records = s.lex.cue("record_nouns")
    if word is None or not records or records.isdisjoint(s.word_set):
        return False
    k = s.before_determiners(m.first - 1)
    if k < 1 or s.words[k] not in s.lex.of_words:
        return False
    j = s.before_determiners(k - 1)
    return j > word and s.words[j] in records


def conditional_sentence(s: SentenceView) -> bool:
    """ "If the divers do not reach the trapped crew, that is 31 deaths": a sentence that opens with a
    conditional (``[cues] conditionals``, past quotation marks) states what would follow, a projection, no count."""
    conditionals = s.lex.cue("conditionals")
    if not conditionals or conditionals.isdisjoint(s.word_set):
        return False
    words, k = s.words, 0
    while k < len(words) and s.kinds[k] != "w":
        k += 1  # an opening quotation mark
    return k < len(words) and words[k] in conditionals


def expected_object(s: SentenceView, m: Mention) -> bool:
    """ "Organisers had anticipated 20,000 farmers to march on the capital": the figure is the object of a verb
    of expectation (``[cues] expectation_verbs``) right before it, or of an infinitive right after one ("we
    expect to find 40 more bodies"); what it counts has not happened."""
    expectations = s.lex.cue("expectation_verbs")
    if not expectations or expectations.isdisjoint(s.word_set):
        return False
    k = s.before_determiners(m.first - 1)
    if k >= 0 and s.words[k] in expectations:
        return True
    # the object of an infinitive after the expectation (h17en_a): "we expect to find 40 more bodies"
    return k >= 2 and s.words[k - 1] in s.lex.cue("relative_infinitives") and s.words[k - 2] in expectations


def noun_under_other_predicate(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "nine detainees have died of typhoid", "22 detainees were injured": the measure word found right after
    the figure is its head noun, and the predicate that noun is the subject of (past auxiliaries and adverbs) names
    another measure; the figure's noun and its predicate disagree, no single measure."""
    k = m.np_end if m.np_end > m.num_end else m.num_end
    found = s.measure_at(k) if k < len(s.words) else None
    if found is None or found[1] != measure:
        return False
    words, n = s.words, len(s.words)
    k += found[0]
    if k >= n or words[k] not in s.lex.cue("part_auxiliaries"):
        return False  # no predicate of the noun: "14 detainees in the camp"
    k = past_verb_group(s, k)
    after = s.measure_at(k) if k < n else None
    if after is None or after[1] not in PEOPLE_MEASURES or after[1] == measure:
        return False
    if measure == "killed" and after[1] in MOVED_MEASURES:
        return False  # "118 bodies were brought in", "12 dead were rushed to hospital": the dead, moved
    return not (measure == "injured" and after[1] == "hospitalized")  # "117 wounded were still being treated"


def own_other_verb(s: SentenceView, m: Mention) -> bool:
    """ "At least 14 people have died and more than 90,000 affected by the floods": an other-verb (``=label``)
    right after the figure is the figure's own predicate; the figure is no item of the list before it."""
    k = m.num_end
    found = s.measure_at(k) if k < len(s.words) else None
    return found is not None and found[1].startswith("=")


MOVED_MEASURES: Final = frozenset({"deployed", "hospitalized", "displaced"})
"""People measures a verb of moving names ("brought in", "taken to hospital", "evacuated"): the dead a noun of death
counts ("bodies", "the dead") are moved by them, never sent as a force, admitted or displaced (DESIGN 4.1: bodies
recovered or brought to a morgue are the dead)."""

_SHARED_VERB_REACH: Final = 14  # tokens from an item to the verb its coordination shares (", all from Peru, were")


def verb_after_items(s: SentenceView, head: Mention, gap: range, m: Mention) -> bool:
    """ "Two men were arrested and seven women and three girls were rescued": the head's own measure word stands in
    ``gap`` (between the figure before and ``m``) after a joiner, and after ``m`` and the figures coordinated with it
    a measure word or other-verb of another reading ends the new clause: ``m`` is no item of a list after the head
    (DESIGN 4.1, the measure word belongs to another clause); not "19 killed in X, 15 in Y" (no verb after)."""
    words, lex = s.words, s.lex
    if not any(words[k] in lex.list_joiners for k in gap):
        return False
    if not any(_measure_is(s, k, head.measure) for k in gap):
        return False
    for k in range(max(m.np_end, m.last), min(len(words), m.last + _SHARED_VERB_REACH)):
        w = words[k]
        if w in (".", ";") or w in CLAUSE_PUNCT or w in lex.clause_breaks or w in lex.relative_words:
            return False  # "... and 23 women, who were later released": a relative clause, no shared verb
        found = s.measure_at(k)
        if found is not None:
            return found[1] != head.measure
    return False


def _measure_is(s: SentenceView, k: int, measure: str) -> bool:
    """A measure word naming ``measure`` opens at token k."""
    found = s.measure_at(k)
    return found is not None and found[1] == measure


def disjoined_measure(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "Hundreds of others were killed by the typhoon or remained missing": the measure word found after the figure
    is one of two predicates joined by a disjunction (``[cues] disjunctions``) that name different measures; the figure
    counts them together, no single measure (as "killed or missing" does, [other_verbs])."""
    disjunctions = s.lex.cue("disjunctions")
    if not disjunctions or disjunctions.isdisjoint(s.word_set):
        return False
    words, n = s.words, len(s.words)
    k, seen_or = m.np_end, False
    while k < n and words[k] != "," and words[k] not in CLAUSE_PUNCT and k not in s.mention_firsts:
        if words[k] in disjunctions:
            seen_or = True
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            if seen_or:
                return found[1] != measure
            k += found[0]
            continue
        k += 1
    return False


def part_restating_whole(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "Three of the injured have gunshot wounds", "two of the wounded had burn injuries": a part of a whole named by
    a measure word whose own predicate names that measure again, with what sets the part apart (the kind of wound):
    a subset, not a count of the measure ("five of the wounded died" names another measure and keeps it)."""
    if m.nouns or m.raw_label is not None or m.base_of is not None:
        return False
    whole = named_whole_end(s, m.np_end)
    if whole is None or whole[1] != measure:
        return False
    words, k = s.words, whole[0]
    while k < len(words) and words[k] != "," and words[k] not in CLAUSE_PUNCT:
        found = s.measure_at(k)
        if found is not None:
            return found[1] == measure
        k += 1
    return False


def count_of_modifier(s: SentenceView, m: Mention) -> bool:
    """ "The 11-unit building was engulfed", "a 28-seat bus was destroyed": a figure glued by a hyphen to a noun that
    another noun follows counts a part of one thing, not things the predicate names (damage). Not when the glued noun
    counts people ("a 30-member team", "a 12-man crew")."""
    k = m.num_end + 1
    if k >= m.np_end - 1 or s.ends[m.num_end - 1] != s.starts[m.num_end] or s.ends[m.num_end] != s.starts[k]:
        return False
    nouns = s.lex.nouns
    found = nouns.match(s.words, k)
    for suffix in s.lex.cue("plural_suffixes"):  # "28-seat" -> "seats"
        found = found or nouns.match([s.words[k] + suffix], 0)
    return found is None or found[1].subject_class not in PERSON_CLASSES


def adjunct_of_figure(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """ "about 200 people in 120 houses buried in the mud": a figure after a preposition that closes another figure's
    noun phrase is that noun phrase's adjunct; the predicate after it is the other figure's."""
    k = place_preposition_before(s, m)
    if k is None:
        return False  # "Dua dari 12 korban tewas": the whole of a part, no adjunct
    return any(o.np_end == k and o.valid for o in mentions if o is not m)


def part_with_own_predicate(s: SentenceView, m: Mention) -> bool:
    """ "15 persons were reported injured, 11 of whom have already been confirmed", "three of them were serious": a
    part of the figure before whose own predicate (``[cues] part_auxiliaries`` and a word that is no group noun and
    no place, :func:`_predicate_word`) holds no measure word up to the end of its clause. Not a part that
    names a group ("three of whom were children") or a place, nor one whose predicate is a measure ("18 of whom were
    still in hospital")."""
    if not m.partitive or m.base_of is not None:
        return False
    k = _predicate_word(s, m.np_end)
    if k is None:
        return False
    words, n = s.words, len(s.words)
    coordinators = s.lex.coordinators
    while k < n and words[k] != "," and words[k] not in CLAUSE_PUNCT and words[k] not in coordinators:
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            return False
        k += 1
    return True


def word_of_later_figure(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """The first measure word after ``m`` stands in the noun phrase of a later figure, right after its number or as
    the head of a noun phrase with no other noun ("One survivor and one dead miner were lifted": "dead" is the
    miner's; "78 784 including 1 159 associated deaths", "In the three storms, 310, 212 and 97 deaths": the deaths
    are the later figures'). Not for a part taken out of that figure ("Eleven among the 24 deaths", "155 of the 162
    deaths"), nor for figures of a list that share the noun after the last ("1,520, 498 and 431 deaths")."""
    if m.base_of is not None:
        return False
    later = [o for o in mentions if o.first >= m.np_end and o.unit is None]
    if not later:
        return False
    words, k, end = s.words, m.np_end, later[-1].np_end
    while k <= end and k < len(words) and words[k] not in CLAUSE_PUNCT:
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            owner = next((o for o in later if o.num_end <= k <= o.np_end), None)
            if owner is None or found[1] != measure:
                return False  # a word of this figure's own clause, or another measure
            if _partitive_link(s, m.np_end, owner.first) or _shared_noun(s, m, owner, later):
                return False
            head = k == owner.np_end and not owner.nouns and not _auxiliary(s, k)  # not "four pedestrians were hurt"
            return k == owner.num_end or head  # its modifier, or the head of a noun phrase with no other noun
        k += 1
    return False


def _partitive_link(s: SentenceView, start: int, end: int) -> bool:
    """Only "of", "among" and determiners lie between tokens ``start`` and ``end``: the next figure is this one's
    whole."""
    if start >= end:
        return False
    links = s.lex.of_words | syntax_list(s, "among_words")
    return all(w in links or w in s.lex.determiners for w in s.words[start:end])


def _shared_noun(s: SentenceView, m: Mention, owner: Mention, later: list[Mention]) -> bool:
    """ "1,520, 498 and 431 deaths": figures joined by commas and joiners, the first with no noun of its own, share the
    noun after the last one."""
    if m.nouns or m.raw_label is not None:
        return False
    joiners, k = s.tables.joiners, m.np_end
    for o in later:
        if o is owner:
            break
        if any(w != "," and w not in joiners for w in s.words[k : o.first]):
            return False
        k = o.last
    return all(w == "," or w in joiners for w in s.words[k : owner.first])


def _auxiliary(s: SentenceView, k: int) -> bool:
    """Token ``k`` is an auxiliary or a light verb (``[cues] part_auxiliaries``, ``[syntax] light_verbs``: "were",
    "had", "remain"): the measure word it opens is a predicate, no noun."""
    w = s.words[k]
    return w in s.lex.cue("part_auxiliaries") or w in syntax_list(s, "light_verbs")


def _predicate_word(s: SentenceView, k: int) -> int | None:
    """The first word of a predicate that opens at token ``k`` with a part auxiliary ("have", "were"), past adverbs,
    determiners and passive auxiliaries ("have since been discharged"), when it is a word that is no noun of the
    lexicon ("were children", "were confirmed cases") and no place ("were in Bicol"); else None. As
    ``clauses.own_predicate_word`` but a noun must match whole ("confirmed" alone is no "confirmed cases")."""
    words, n = s.words, len(s.words)
    if k >= n or words[k] not in s.lex.cue("part_auxiliaries"):
        return None
    skip = s.lex.cue("part_adverbs") | s.lex.determiners | s.lex.cue("passive_auxiliaries")
    k += 1
    while k < n and words[k] in skip:
        k += 1
    where = s.lex.place_prepositions | s.lex.cue("part_place_words")
    if k >= n or s.kinds[k] != "w" or k in s.mention_firsts or words[k] in where:
        return None
    return None if s.lex.nouns.match(words, k) is not None else k
