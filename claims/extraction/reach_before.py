"""What reaches a figure from before it: the measure word before it in its clause, and the words that show the figure
is another word's (issue 11: prefer `other` to a wrong measure; see :mod:`claims.extraction.reach`).

- a figure that is a preposition's object is an adjunct (*dirawat oleh 40 dokter*, *buried in 3 cemeteries*), unless
  the preposition ends a qualifier, a total cue, a measure phrase or an estimate (*rose to 58*, *the search
  continued for the remaining eight*, *police put the crowd at 60,000*) or follows a turnout verb (*attended by*);
- a verb between a measure word and a figure that is no predicate of it takes the figure (*Warga yang mengungsi
  mendapat bantuan 300 relawan*, *Volunteers who were deployed helped 300 residents*);
- a subject before a change verb shares no verb with the next clause (*The death toll stood at 12, and ...*); a
  joined figure with a predicate of its own shares none either (*menangkap 12 orang, 30 orang lainnya kabur*);
- a part after a contrasting clause with a person noun of its own inherits nothing (*..., sementara warga lainnya,
  termasuk 12 anak, ...*).
"""

from __future__ import annotations

from functools import cache
from typing import Final

from claims.extraction.adjunct_measures import adjunct_before_item
from claims.extraction.brought_values import brought_value
from claims.extraction.clauses import aux_at
from claims.extraction.comma_asides import aside_opening
from claims.extraction.event_adjuncts import change_value, event_adjunct, occasion_adjunct
from claims.extraction.household_commas import households_restated
from claims.extraction.left_guards import figure_after, names_body, opens_coordinated_subject, relative_with_object
from claims.extraction.lexicon import Lexicon
from claims.extraction.measure_objects import object_of_another
from claims.extraction.mentions import Mention
from claims.extraction.phrase_cover import measure_over
from claims.extraction.ranked_tallies import superlative_tally
from claims.extraction.reach import (
    active_verb,
    is_boundary,
    nominal,
    phrase_start,
    prefixes_of,
    takes_object,
)
from claims.extraction.relative_asides import bracket_aside
from claims.extraction.subjects import PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


def heads_subject(s: SentenceView, k: int) -> bool:
    """The measure word at token k heads a noun phrase (at the start, after an article, or a noun by its form:
    "The death toll stood at 12", "Korban tewas berjumlah 9 orang"), not a verb before its object."""
    return k == 0 or s.words[k - 1] in s.lex.determiners or nominal(s, k)


def verb_between(s: SentenceView, start: int, end: int) -> bool:
    """A verb by its form (``[syntax] predicate_prefixes``: "mendapat", "dievakuasi") that is no measure word,
    qualifier or function word lies between tokens start and end: a figure after it is that verb's object or
    agent, not a count of a measure word before the verb. Where modifiers come before the noun (English), a
    content word right before the figure is such a verb ("Volunteers who were deployed helped 300 residents")."""
    lex, words = s.lex, s.words
    k = end - 1
    if (
        not lex.modifiers_follow
        and k >= start
        and _content_word(s, k)
        and not (k > 0 and words[k - 1] in lex.determiners)
    ):
        return True  # not an adjective after an article: "the remaining eight"
    prefixes = prefixes_of(s.lex, "predicate_prefixes", False)
    return bool(prefixes) and any(verb_form_at(s, k, prefixes) for k in range(start, end))


def verb_form_at(s: SentenceView, k: int, prefixes: tuple[str, ...]) -> bool:
    """Token k is a verb by its form (one of ``prefixes``) that is no measure word, qualifier or function word."""
    lex, w = s.lex, s.words[k]
    if s.kinds[k] != "w" or not w.startswith(prefixes) or w in lex.stops or w in lex.breakdown_cues:
        return False
    if s.texts[k][0].isupper() or w in syntax_list(s, "not_verbs"):
        return False  # a name ("Desa Dimulyo", "Merauke") or a word of another kind ("mereka", "diri")
    if w in lex.qualifiers.firsts or w in lex.qualifiers.lasts or s.measure_at(k) is not None:
        return False
    return w not in lex.change_words  # "Jumlah pengungsi menurun dari 1.164 menjadi 712 orang": the tally's own verb


def own_predicate(s: SentenceView, start: int, owned: set[int]) -> bool:
    """A word from token ``start`` (after a figure's number) up to the next separator, preposition or clause end is
    a predicate of the figure's own ("Polisi menangkap 12 orang, 30 orang lainnya kabur", "30 others escaped"): no
    verb before the figure is shared with it."""
    lex, words = s.lex, s.words
    light = syntax_list(s, "light_verbs")
    for k in range(start, len(words)):
        w = words[k]
        if w in light and k > start and w in lex.stops and k not in owned:
            return True  # "arrested 12 people, and 3,000 protesters remained in the square"
        if w in lex.stops or w in lex.list_joiners or s.kinds[k] == "p" or is_boundary(s, k):
            return False
        if k not in owned and w not in lex.others and (_content_word(s, k) or active_verb(s, k)):
            return True
    return False


def _content_word(s: SentenceView, k: int) -> bool:
    """Token k is a lower-case word of no function the lexicon knows (no stop, article, filler, qualifier, cue,
    place preposition, measure or counted noun)."""
    return (
        s.kinds[k] == "w"
        and not s.texts[k][0].isupper()
        and s.words[k] not in function_words(s.lex)
        and s.measure_at(k) is None
    )


@cache
def function_words(lex: Lexicon) -> frozenset[str]:
    """The words :func:`_content_word` rules out by their function, in one set: stops, articles, fillers, the last
    words of qualifiers and inheritance cues, total cues, place prepositions, breakdown cues, the last words of
    counted nouns, ``[syntax] among_words`` and ``light_verbs``."""
    syntax = lex.syntax_words
    return frozenset().union(
        lex.stops,
        lex.determiners,
        lex.fillers,
        lex.qualifiers.lasts,
        lex.total_cues,
        lex.inherit_before.lasts,
        lex.place_prepositions,
        lex.breakdown_cues,
        lex.nouns.lasts,
        syntax.get("among_words", frozenset()),
        syntax.get("light_verbs", frozenset()),
    )


def part_of_another(s: SentenceView, start: int, end: int, owned: set[int]) -> bool:
    """Between a figure's noun phrase (ending at ``start``) and a part after it (at ``end``: "termasuk 12 anak") a
    contrasting clause starts (``[syntax] contrast_words``) with a person noun of its own, no counted noun of a
    figure: the part is that noun's ("Tiga orang tewas, sementara warga lainnya, termasuk 12 anak, mengungsi")."""
    lex, words = s.lex, s.words
    contrast = syntax_list(s, "contrast_words")
    opened = False
    for k in range(start, end):
        w = words[k]
        opened = opened or w in contrast
        if not opened or k in owned or w not in lex.nouns.firsts:
            continue
        noun = lex.nouns.match(words, k)
        if noun is not None and noun[1].subject_class in PERSON_CLASSES:
            return True
    return False


def np_closed(s: SentenceView, k: int) -> bool:
    """A word that closes a noun phrase (``[syntax] np_closers``: "itu", "tersebut") stands at token k and a word
    other than a joiner follows it: the predicate of the clause ("5.000 buruh itu dijaga ...")."""
    words = s.words
    if words[k] not in syntax_list(s, "np_closers") or k + 1 >= len(words):
        return False
    following = words[k + 1]
    return following != "," and following not in s.lex.list_joiners and following not in s.lex.coordinators


def after_preposition(s: SentenceView, first: int) -> bool:
    """The figure at token ``first`` is the object of a preposition ("dirawat oleh 40 dokter", "buried in 3
    cemeteries", "ditangkap di 3 lokasi"): an adjunct that no measure word before it governs. Not when the
    preposition ends a qualifier or a total cue ("rose to 58", "bringing the toll to 64")."""
    lex, words = s.lex, s.words
    k = s.before_determiners(first - 1) + 1
    if k == 0 or words[k - 1] not in syntax_list(s, "figure_prepositions"):
        return False
    if k > 1 and words[k - 1] in lex.range_from and words[k - 2] in syntax_list(s, "change_from_verbs"):
        return False  # "the toll had climbed from 61": the tally's earlier value, no adjunct
    if words[k - 1] in syntax_list(s, "superlative_prepositions") and _superlative_before(s, k - 1):
        return False  # "Bicol recorded the most cases at 16,210", "the highest number of deaths with 31"
    if words[k - 1] in lex.total_cues or _ends_measure_phrase(s, k):
        return False  # "the search continued for the remaining eight"
    changes = (lex.increase_before, lex.decrease_before)
    if any(words[k - 1] in c.lasts and c.match_ending(words, k) is not None for c in changes):
        return False  # "the toll rose by 3 to 41": the change, no adjunct
    estimates = syntax_list(s, "estimate_verbs")
    estimate = next((j for j in range(k - 2, max(0, k - 7) - 1, -1) if words[j] in estimates), -1)
    if estimate >= 0 and not any(estimate < x < k for x in s.mention_firsts):  # not "estimated 160 people ... in 80"
        return False  # "police put the crowd at 60,000": the estimate, no adjunct
    if words[k - 1] in syntax_list(s, "copula_prepositions") and _copula_before(s, k - 1):
        return False  # "the death toll was at 82", "is now at 64": the subject's value, no adjunct
    start = phrase_start(s, k - 2) if k > 1 else k
    verb = s.measure_at(start) if k > 1 else None
    of_phrase = start > 0 and (words[start - 1] in lex.determiners or words[start - 1] in lex.of_words)
    if verb is not None and of_phrase and words[k - 1] not in syntax_list(s, "source_prepositions"):
        return False  # the value of a measure's noun phrase: "confirmed the death toll at 58", "the number of dead at"
    if verb is not None and verb[1] == "participants":
        return False  # the agent of a turnout verb is its turnout: "dihadiri oleh 300 orang", "attended by 250"
    return not (words[k - 1] in lex.qualifiers.lasts and lex.qualifiers.match_ending(words, k) is not None)


def _superlative_before(s: SentenceView, k: int) -> bool:
    """ "the most" or a superlative (``[syntax] superlative_words``) within four words before token ``k`` in its
    clause: the preposition at ``k`` opens the value of that superlative tally, no adjunct."""
    words = s.words
    superlatives = syntax_list(s, "superlative_words")
    for j in range(k - 1, max(-1, k - 5), -1):
        if words[j] in CLAUSE_PUNCT or words[j] == ",":
            break
        if words[j] in superlatives and j > 0 and words[j - 1] in s.lex.determiners:
            return True
    return superlative_tally(s, k) is not None  # "the most reported cases, with", "the most cases was X with"


def _copula_before(s: SentenceView, k: int) -> bool:
    """A copula right before token ``k``, or one word before it across a word that is no measure ("is now")."""
    if k > 0 and aux_at(s, k - 1):
        return True
    return k > 1 and aux_at(s, k - 2) and s.measure_at(k - 1) is None and s.kinds[k - 1] == "w"


def _ends_measure_phrase(s: SentenceView, k: int) -> bool:
    """A measure phrase of two words or more ends right before token k ("search continued for")."""
    for p in range(max(0, k - s.tables.longest_measure), k - 1):
        found = s.measure_at(p)
        if found is not None and p + found[0] == k:
            return True
    return False


def measure_left(s: SentenceView, end: int, cls: str | None, skip: set[int]) -> tuple[int, str] | None:
    """``(position, measure)`` of a compatible measure word before token ``end`` in its clause: the nearest one,
    or, when the figure is the predicate of its clause ("... rose to 58", "... bertambah menjadi 21"), the first
    one, which heads the subject ("the death toll from the attack on the rally", "korban meninggal akibat
    ambruknya gedung"). A measure word that names another noun ("Relawan untuk korban luka mencapai 300 orang")
    or takes a person as its object ("Relawan yang mengevakuasi korban tewas berjumlah 40 orang") is none."""
    leftmost = predicate_figure(s, end)
    found: tuple[int, str] | None = None
    speech = syntax_list(s, "speech_verbs")
    j = end - 1
    while j >= 0:
        if s.words[j] in speech:
            break  # "Seorang pengungsi mengatakan ada 18 orang yang meninggal": the speaker names no measure
        if s.words[j] == ")" and (opening := dated_aside(s, j) or bracket_aside(s, j)) is not None:
            j = opening - 1  # "korban meninggal ... per Rabu (8/2) bertambah menjadi 41 orang": a date, no clause
            continue
        if s.words[j] == "," and found is None and _continued_change(s, j, end):
            j -= 1  # "sebanyak enam orang pada Maret, kemudian bertambah satu menjadi tujuh orang": one tally
            continue
        if s.words[j] == "," and households_restated(s, j, end):
            j -= 1  # "Total pengungsi ada 600 KK, 1.800 jiwa": the same count in persons
            continue
        if (s.words[j] == "," and not _restated_change(s, j)) or is_boundary(s, j):
            if _cause_adjunct(s, j) or (found is None and _dated_adjunct(s, j)):
                found, j = None, j - 1  # "Warga yang meninggal karena antraks (sejak Januari) berjumlah tiga orang",
                continue  # "yang dirawat karena keracunan berjumlah 30 orang": no clause, the cause's word yields
            if leftmost and found is None and _time_adjunct(s, j, end):
                j -= 1  # "Korban meninggal dunia selama operasi sebanyak 171 jiwa": a time adjunct, no clause
                continue
            if leftmost and ((found is not None and occasion_adjunct(s, j, found)) or event_adjunct(s, j)):
                # the event's word yields, an adjunct with a measure word found after it or none: "Korban tewas
                # akibat bentrokan saat unjuk rasa berjumlah tiga orang", "Korban tewas saat aksi unjuk rasa ..."
                found, j = None, j - 1
                continue
            opening = aside_opening(s, j, leftmost) if found is None else None
            if opening is None:
                break
            j = opening - 1  # "The death toll, which stood at 19 on Friday, rose to 26": the subject before the aside
            continue
        if leftmost and found is not None and opens_coordinated_subject(s, j, found[0]):
            break  # "Police arrested 40 people and the death toll rose to 12": the clause after "and" is its own
        if j not in skip:
            hit = measure_over(s, j)  # "temukan dalam pencarian": found, not "dalam pencarian"
            if hit is not None and _tail_of_phrase(s, j):
                hit = None  # "hukuman mati": the phrase is read at its first word, not its last
            if (
                hit is not None
                and compatible(hit[1], cls)
                and (not object_of_another(s, j) or figure_after(s, j, hit[0], with_word=True) == end)
                and not takes_object(s, j, hit[0])
                and not (leftmost and relative_with_object(s, j, hit[0]))
                and not (leftmost and figure_after(s, j, hit[0]) not in (-1, end))
                and not (names_body(s, j + hit[0]) or adjunct_before_item(s, j, hit[0], end))
            ):
                found = (j, hit[1])
                if not leftmost or _relative_on_crowd(s, j):
                    break  # "Pendemo yang diamankan sebanyak 41 orang": the relative clause's verb, not its head
        j -= 1
    return found


def cause_thing(s: SentenceView, other: Mention, position: int, first: int) -> bool:
    """ "Jumlah korban tewas akibat tabrakan dua bus itu mencapai 11 orang": a figure of things inside a cause
    adjunct (``[syntax] cause_words``) of the tally that heads a predicate figure governs nothing."""
    causes = syntax_list(s, "cause_words")
    return (
        bool(causes)
        and predicate_figure(s, first)
        and bool(other.nouns)
        and all(noun.subject_class not in PERSON_CLASSES for noun in other.nouns)
        and any(w in causes for w in s.words[position + 1 : other.first])
    )


def _cause_adjunct(s: SentenceView, j: int) -> bool:
    """A cause word (``[syntax] cause_words``) right after a measure word opens the cause of that measure
    ("meninggal dunia karena DBD"), not a new clause."""
    if s.words[j] not in syntax_list(s, "cause_words"):
        return False
    return any(s.measure_at(k) is not None for k in range(max(0, j - 2), j))


def _dated_adjunct(s: SentenceView, j: int) -> bool:
    """A clause word before a month or a weekday ("sejak Januari", "sejak Senin") opens a time adverb, no clause;
    so does a comma before a clock time ("tercatat per 5 Februari, pukul 09.00 WIB, menjadi 47 orang"), and a word
    of ``[syntax] provisional_words`` right before the tally's verb (``sementara`` = for now, not "while")."""
    lex = s.lex
    if (
        j + 1 < len(s.words)
        and s.words[j] == ","
        and (s.words[j + 1] in lex.time_words or s.words[j - 1] in lex.time_zones)
    ):
        return True
    if s.words[j] not in lex.clause_breaks or j + 1 >= len(s.words):
        return False
    after = s.words[j + 1]
    if s.words[j] in syntax_list(s, "provisional_words"):  # "korban meninggal sementara menjadi tujuh orang": for now
        if after in syntax_list(s, "provisional_tails") and j + 2 < len(s.words):
            after = s.words[j + 2]  # "Korban tewas sementara ini berjumlah 31 orang"
        return after in lex.total_cues or after in lex.qualifiers.firsts
    return after in lex.months or after in lex.weekdays


def _continued_change(s: SentenceView, comma: int, end: int) -> bool:
    """The words between a comma and the figure at ``end`` are a sequence word, then a change verb with perhaps its
    increment ("kemudian kini bertambah satu menjadi"): the clause carries on the tally before the comma."""
    lex, words = s.lex, s.words
    if comma + 1 >= end or words[comma + 1] not in syntax_list(s, "sequence_words"):
        return False
    changed = False
    for k in range(comma + 2, end):
        w = words[k]
        if w in lex.change_words or w in lex.qualifiers.lasts:
            changed = changed or w in lex.change_words
        elif not (s.kinds[k] == "n" or w in lex.number_words or w in syntax_list(s, "sequence_words")):
            return False
    return changed


def _restated_change(s: SentenceView, comma: int) -> bool:
    """ "Jumlah korban meninggal turun 14 persen, dari 463 menjadi 398 orang": a comma between a change by a share
    (a change word, a figure, a unit) and the "dari A menjadi B" that restates it keeps the tally's clause going."""
    lex, words = s.lex, s.words
    if comma + 1 < len(words) and words[comma + 1] in lex.change_words:
        return _compared_after(s, comma + 2)
    origin = comma + 1 < len(words) and words[comma + 1] in syntax_list(s, "change_origins")  # ", semula 36.419"
    if comma + 1 >= len(words) or not (words[comma + 1] in lex.range_from or origin) or comma < 3:
        return False
    unit = lex.units.match_ending(words, comma) if words[comma - 1] in lex.units.lasts else None
    if unit is None:
        return _bare_change(s, comma)
    k = comma - unit[0] - 1  # the figure's last token
    return any(words[i] in lex.change_words for i in range(max(0, k - 3), k))


def _relative_on_crowd(s: SentenceView, j: int) -> bool:
    """The measure word at j opens a relative clause on a crowd noun ("Pendemo yang diamankan sebanyak 41 orang",
    "peserta aksi yang terluka"): those of the crowd it picks out are counted by it, not by the crowd's turnout. A
    casualty head keeps its measure ("Korban tewas yang dievakuasi ... bertambah menjadi 15 orang")."""
    if j < 2 or s.words[j - 1] not in s.lex.relative_words:
        return False
    head = s.measure_ending_at(j - 2)
    return head is not None and head[1] == "participants"


_TIME_ADJUNCT_REACH: Final = 5  # how many tokens a time adjunct before a figure's qualifier may hold


def _time_adjunct(s: SentenceView, j: int, end: int) -> bool:
    """Token j opens a time adjunct, not a clause (``[syntax] time_prepositions``: "selama operasi", "selama enam
    hari", "sejak Senin"), that runs, verbless, up to the qualifier of the figure at ``end`` ("sebanyak 171")."""
    lex, words = s.lex, s.words
    if words[j] not in syntax_list(s, "time_prepositions"):
        return False
    k = j + 1
    while k < end and words[k] not in lex.qualifiers.firsts:
        if k - j > _TIME_ADJUNCT_REACH or s.measure_at(k) is not None or is_boundary(s, k) or words[k] == ",":
            return False
        if s.kinds[k] == "n" and not (k + 1 < end and words[k + 1] in lex.time_units):
            return False  # a figure of its own, not a span ("selama enam hari")
        k += 1
    return k < end and k > j + 1 and not verb_between(s, j + 1, k)


def _compared_after(s: SentenceView, start: int) -> bool:
    """ "Korban meninggal sebanyak 171 jiwa, turun 39 persen dari tahun sebelumnya yang mencapai 281 jiwa": after a
    comma, a change word and a comparison with an earlier period ("dari", "dibanding", ``[syntax] not_verbs``
    comparison words) restate the tally before; its figure there is the earlier value of that tally."""
    words, comparisons = s.words, syntax_list(s, "comparison_words")
    for k in range(start, min(len(words), start + 4)):
        if words[k] in s.lex.range_from or words[k] in comparisons:
            return k + 1 < len(words) and words[k + 1] in s.lex.time_units | syntax_list(s, "period_words")
        if is_boundary(s, k) or words[k] == ",":
            return False
    return False


def _bare_change(s: SentenceView, comma: int) -> bool:
    """ "Jumlah korban tewas turun dibanding tahun lalu, dari 31 menjadi 24 orang": a change word with no figure,
    perhaps with what it compares to, before the comma of the "dari A menjadi B" that states it."""
    nouns = syntax_list(s, "change_nouns")  # "mengalami penurunan dibanding tahun lalu, dari 26 menjadi 19 orang"
    for i in range(comma - 1, max(-1, comma - 6), -1):
        if s.kinds[i] != "w" or s.words[i] == ",":
            return False
        if s.words[i] in s.lex.change_words or s.words[i] in nouns:
            return True
    return False


def _tail_of_phrase(s: SentenceView, j: int) -> bool:
    """Token j ends a longer measure or other-verb phrase ("dijatuhi hukuman mati"): read backwards, the word alone
    ("mati") is not the reading."""
    found = s.measure_ending_at(j) if s.words[j] in s.tables.measure_lasts else None
    return found is not None and found[0] < j


_DATE_ASIDE_REACH: Final = 6  # tokens a date in brackets may hold: "(8/2)", "(4/1/2020)"


def dated_aside(s: SentenceView, close: int) -> int | None:
    """The "(" of a bracketed day and month that ends at token ``close`` after a weekday ("Rabu (8/2)", the usual way
    Indonesian reports date an update), else None."""
    if not s.date_spans:
        return None
    for k in range(close - 1, max(0, close - _DATE_ASIDE_REACH), -1):
        if s.words[k] == "(":
            inside = range(k + 1, close)
            if "/" not in s.words[k + 1 : close] or any(s.kinds[i] != "n" and s.words[i] != "/" for i in inside):
                return None
            weekday = s.ends[k - 1]
            return k if any(d.start < weekday <= d.end for d in s.date_spans) else None
    return None


def predicate_figure(s: SentenceView, first: int) -> bool:
    """The figure at ``first`` follows an exact qualifier or change verb ("rose to", "stood at", "menjadi")."""
    lex = s.lex
    if s.words[first] in syntax_list(s, "passing_verbs"):
        return True  # the figure's own qualifier is a change verb: "Jumlah pengungsi, menurut IOM, menembus 2 juta"
    k = s.before_determiners(first - 1) + 1
    if k > 0 and s.words[k - 1] in lex.qualifiers.lasts and not change_value(s, k):
        found = lex.qualifiers.match_ending(s.words, k)
        if found is None and brought_value(s, k):
            return True  # "bringing the death toll since the war began to 31,806": the tally's new value
        return found is not None or s.words[k - 1] in syntax_list(s, "bare_change_verbs")  # a bare "menjadi"
    return k > 0 and (s.words[k - 1] in lex.total_cues or change_value(s, k))


def verb_object(s: SentenceView, first: int) -> bool:
    """The figure at ``first`` is the object of a verb that is no measure word ("melibatkan 30 pemudik", "involved
    30 travellers"): an active verb form, or where modifiers come before the noun, a content word."""
    lex = s.lex
    k = s.before_determiners(first - 1)
    if k < 0 or s.measure_at(k) is not None:
        return False
    return active_verb(s, k) or (not lex.modifiers_follow and _content_word(s, k))
