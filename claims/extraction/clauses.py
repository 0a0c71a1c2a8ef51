"""Clause helpers of measure resolution: where a noun phrase's own modifier ends and the main verb begins."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from claims.extraction.inclusion_lists import inside_inclusion_list
from claims.extraction.mentions import Mention
from claims.extraction.modifier_predicates import own_figures_between, passive_before
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def modifier_at(s: SentenceView, start: int, position: int, measure: str) -> bool:
    """A relative word ("who", "yang") before a measure word or an other-verb ("31 tahanan yang kabur telah diamankan
    kembali"), or a participle or an other-verb with no auxiliary right after the noun phrase ("70 people injured in
    the crush were admitted to hospital", "the 9 people on board were killed"), opens a modifier of the noun: not the
    figure's predicate (``measure`` is at ``position``)."""
    start = past_aside(s, start)  # "30 people - most of them students - who were detained ..."
    if start >= len(s.words) or s.words[start] in s.lex.relative_words:
        return start < len(s.words)
    noun_before = start > 0 and s.words[start - 1] in s.lex.nouns.lasts  # "117 wounded were ...": no noun to modify
    if start > 0 and not s.lex.modifiers_follow and s.words[start - 1] in s.lex.others:
        noun_before = True  # "two others injured are in critical condition": the anaphor is the noun modified
    if position == start and noun_before and s.lex.modifiers_follow:
        return _other_modifier(s, position)  # "150 warga terdampak longsor ... dievakuasi"
    return position == start and noun_before and not s.lex.modifiers_follow and not aux_at(s, start)


def _other_modifier(s: SentenceView, position: int) -> bool:
    """Where modifiers follow the noun, an other-verb right after it ("warga terdampak", "warga terkena dampak") is
    the noun's modifier when a people measure follows it in the clause (the main verb: ``main_verb``)."""
    hit = s.measure_at(position)
    return hit is not None and hit[1].startswith("=")


def died_after(s: SentenceView, position: int, later: tuple[int, str] | None) -> bool:
    """
    "Twelve detainees were killed in the fire", "Five missing were found dead", "Lima korban hilang ditemukan
    tewas": a measure word (not ``killed``) that heads the figure (a group by its state) at ``position``, then
    ``later``, a predicate of death after an auxiliary or right after it: the figure counts the dead. Only
    ``killed``, the one change of state that ends every other; and survivors found (``=survivors``), which end the
    missing state ("Two missing hikers were found alive": no longer missing, other)."""
    first = s.measure_at(position)
    if first is None or later is None or later[1] not in ("killed", "=survivors") or position == 0:
        return False
    if later[1] == "=survivors" and first[1] != "missing":
        return False
    if any(position < k < later[0] for k in s.mention_firsts):
        return False
    k = later[0]
    while k > position + first[0] and s.words[k - 1] in syntax_list(s, "then_words"):
        k -= 1  # "Satu korban luka akhirnya meninggal dunia": an adverb of sequence before the predicate
    return k == position + first[0] or aux_at(s, later[0] - 1) or aux_at(s, later[0] - 2)


def symptom_then_measure(s: SentenceView, position: int, later: tuple[int, str] | None) -> bool:
    """ "13 fell ill and were taken to hospital": an other-verb of a symptom (label ``sick``) right after the figure,
    then a coordinator, an auxiliary at most and a people measure: the later predicate names what was done to those
    who fell ill, the figure's measure."""
    first = s.measure_at(position)
    if first is None or first[1] not in ("=sick", "=sick people") or later is None or later[1] not in PEOPLE_MEASURES:
        return False
    k = position + first[0]
    if k >= len(s.words) or s.words[k] not in s.tables.joiners:
        return False
    return later[0] == k + 1 or (later[0] == k + 2 and aux_at(s, k + 1))


def aux_at(s: SentenceView, k: int) -> bool:
    """Token ``k`` is an auxiliary of a main verb ("were", "was": the lexicon's copulas)."""
    aux = s.lex.subject_cues.get("copulas")
    return aux is not None and 0 <= k < len(s.words) and s.words[k] in aux.firsts


_COPULA_REACH = 6  # how far after a modifier (a participle and its adjunct) the copula of the predicate may stand


def copula_after(s: SentenceView, k: int) -> int | None:
    """The copula that opens the predicate after token ``k``, across an adjunct ("killed in the attack were",
    "tewas dalam serangan itu adalah"); None at punctuation, a figure or a measure word first."""
    for j in range(k, min(len(s.words), k + _COPULA_REACH)):
        if aux_at(s, j):
            return j
        if s.words[j] in CLAUSE_PUNCT or s.words[j] == "," or j in s.mention_firsts or s.measure_at(j) is not None:
            return None
    return None


def moved_measure(s: SentenceView, m: Mention, verb: str | None) -> str | None:
    """A verb of moving people whose objects the words after them name otherwise: "evacuated 12 bodies" are the
    dead (DESIGN 4.1), "sent 30 people to hospital" are admissions, not a deployment ("sent 40 doctors to
    hospitals", a group of its own, stays one)."""
    plain = m.raw_label is None and all(noun.generic for noun in m.nouns)  # "30 people", "two"; not "500 blood bags"
    k = m.num_end if verb == "displaced" else max(m.np_end, m.num_end) if verb == "deployed" and plain else -1
    after = s.measure_at(k) if 0 <= k < len(s.words) else None
    # Two comparisons, not ``(verb, after[1]) in ((..., ...), ...)``: mypyc miscompiles that test (a reference to an
    # unset tuple item is released: a crash of the compiled build, docs/performance.md).
    if after is not None and (
        (verb == "displaced" and after[1] == "killed") or (verb == "deployed" and after[1] == "hospitalized")
    ):
        return after[1]
    destination = s.words[k] in syntax_list(s, "article_prepositions") if after is not None else False
    if after is not None and verb == "deployed" and after[1].startswith("=") and destination:
        return after[1]  # "sent 4,500 people to emergency rooms": visits, no deployment
    thing = s.measure_at(m.num_end) if verb == "deployed" and m.num_end < len(s.words) else None
    return thing[1] if thing is not None and thing[1].startswith("=") else None  # "sent 40 rescue boats": a thing


def named_whole_end(s: SentenceView, start: int) -> tuple[int, str] | None:
    """ "five of the wounded succumbed", "31 of the injured were hospitalized", "Eight of those rescued were rushed to
    hospital": a part of a whole that a measure word (or an other-verb: "=survivors") names with no figure of its
    own; ``(end of that word, its measure)``, so the part's own verb can follow."""
    before, words = s.lex.whole_before, s.words
    ended = start > 0 and words[start - 1] in before.lasts and before.match_ending(words, start) is not None
    found = before.match(words, start) if not ended and start < len(words) and words[start] in before.firsts else None
    k = start if ended else start + found[0] if found is not None else len(words)  # the noun phrase took "of the"
    hit = s.measure_at(k) if k < len(s.words) and k not in s.mention_firsts else None
    return (k + hit[0], hit[1]) if hit is not None else None


def own_part_predicate(s: SentenceView, k: int) -> bool:
    """ "Fifteen of the injured were taken to Parkland Memorial Hospital", "five of the wounded were flown to X": a
    part of a named whole whose own predicate (``[cues] part_auxiliaries`` and a word that names no group; no measure
    word, searched before) picks it out: a subset, not the whole's measure ("25 of the dead were women" keeps it)."""
    return own_predicate_word(s, k) is not None


def own_predicate_word(s: SentenceView, k: int) -> int | None:
    """The token of the predicate that :func:`own_part_predicate` finds after token ``k``, or None."""
    cues, words, n = s.lex.cues, s.words, len(s.words)
    if k >= n or words[k] not in cues.get("part_auxiliaries", frozenset()):
        return None
    k += 1
    while k < n and (words[k] in cues.get("part_adverbs", frozenset()) or words[k] in s.lex.determiners):
        k += 1  # "were later", "was a child"
    where = s.lex.place_prepositions | cues.get("part_place_words", frozenset())
    if k >= n or s.kinds[k] != "w" or k in s.mention_firsts or words[k] in where:
        return None  # "17 of the dead were in Pembrook County", "134 were on Bohol": a part by place keeps it
    return None if words[k] in s.lex.nouns.firsts else k


def unknown_object(m: Mention, measure: str, cls: str | None) -> bool:
    """ "sent 200 samples", "sent 2,000 vaccine doses": a deployment needs people; a counted noun the lexicon does not
    know (a raw label, no class) is more often a thing sent than a force."""
    return measure == "deployed" and cls is None and m.raw_label is not None


def past_relative_object(s: SentenceView, position: int, hits: Iterator[tuple[int, str]]) -> tuple[int, str] | None:
    """The measure word after the relative clause's verb at ``position``: not the noun right after that verb (past
    determiners) when it names the same measure, for it is the verb's object, owned by the relative clause ("tiga
    mahasiswa yang mengikuti demo di Palembang dilarikan ke rumah sakit": the rally is what they joined, the main verb
    the one after it), but the word after that (gate12id)."""
    later = next(hits, None)
    verb = s.measure_at(position)
    if later is None or verb is None or position < 1 or s.words[position - 1] not in s.lex.relative_words:
        return later
    if later[0] == s.after_determiners(position + verb[0]) and later[1] == verb[1]:
        return next(hits, None)
    return later


def main_verb(s: SentenceView, start: int, position: int, later: tuple[int, str], whole: bool = False) -> bool:
    """The measure word ``later`` after a modifier (at ``position``) is the figure's main verb: no figure between
    them ("12 orang yang tewas dan 5 luka"), after a participle an auxiliary before it, and a real measure, or an
    other-verb after a relative clause of a figure that is no whole ("45 pasien yang dirawat telah sembuh")."""
    k, measure = later
    if aux_at(s, k):
        k += 1  # a measure phrase that opens with its auxiliary ("are being treated at"): the verb after it
    after_aside = past_aside(s, start)
    relative = after_aside < len(s.words) and s.words[after_aside] in s.lex.relative_words
    if relative and k > 0 and s.words[k - 1] in s.lex.coordinators:
        return False  # "45 orang yang mengalami luka-luka dan dirawat di rumah sakit": a second verb of the clause
    if not relative and joined_clause_subject(s, position, k):
        return False  # "60 people died and many more were injured": the later verb has a subject of its own
    modifier = measure in PEOPLE_MEASURES and s.lex.modifiers_follow and position == start  # needs no auxiliary
    modifier = modifier and _other_modifier(s, position)
    return (
        (not measure.startswith("=") or (not whole and (relative or _grade_after_injured(s, position, k))))
        and not own_figures_between(s, position, k)  # not "12 who died and 5 injured"; "following two blasts" is
        and (relative or modifier or aux_at(s, k - 2) or aux_at(s, k - 1) or passive_before(s, k))
    )


def next_predicate(s: SentenceView, hits: Iterator[tuple[int, str]]) -> tuple[int, str] | None:
    """The next measure word of ``hits`` after a participle of the noun, past those that stand in the participle's
    prepositional adjunct, a place preposition and articles before them ("16 pilgrims injured in the crowd surge are
    being treated at a local hospital": "crowd" is the surge's, the predicate follows; gate12en). Where modifiers
    follow the noun, the next word as it is."""
    for hit in hits:
        k = s.before_determiners(hit[0] - 1)
        if s.lex.modifiers_follow or k < 0 or s.words[k] not in s.lex.place_prepositions:
            return hit
    return None


def joined_clause_subject(s: SentenceView, position: int, k: int) -> bool:
    """ "Sixty people died and many more were injured", "40 villagers drowned and others were swept away": between
    the word at ``position`` right after the noun phrase and the later measure word at ``k`` a coordinator opens a
    clause whose subject is a quantity word of its own (``others``, ``[cues] part_nouns``) before the later verb's
    auxiliary: the word at ``position`` was the figure's predicate, not a modifier of its noun (gate12en). A second
    participle of the noun ("injured in the crush and taken to hospital were ...") has no such subject."""
    if s.lex.modifiers_follow or not (aux_at(s, k - 1) or aux_at(s, k - 2)):
        return False
    words, parts = s.words, s.lex.cue("part_nouns")
    for j in range(position + 1, k - 2):
        if words[j] in s.lex.coordinators and j + 1 not in s.mention_firsts:
            subject = words[j + 1 : k - 1]
            return any(w in s.lex.others or w in parts for w in subject) and not aux_at(s, j + 1)
    return False


def _grade_after_injured(s: SentenceView, position: int, k: int) -> bool:
    """Where modifiers come before the noun, an other-verb right after an auxiliary is the predicate after the
    participle "injured" ("two others injured are in critical condition": a grade, a subset of the injured, DESIGN
    4.1); after others it may be a status of the whole ("Four men held over the killing were freed on bail")."""
    if s.lex.modifiers_follow or not aux_at(s, k - 1):
        return False
    first = s.measure_at(position)
    return first is not None and first[1] == "injured"


def predicate_after(s: SentenceView, k: int) -> bool:
    """An auxiliary or a measure word from token ``k`` to the end of its clause: the participle before ``k``
    ("Fourteen of the 52 people admitted to hospital were children") modifies a noun; with none, the word was the
    predicate ("60 of the 400 workers died")."""
    for j in range(k, len(s.words)):
        if s.words[j] in CLAUSE_PUNCT or s.words[j] in s.lex.clause_breaks:
            return False
        if aux_at(s, j) or s.measure_at(j) is not None:
            return True
    return False


DASHES: Final = frozenset({"\u2014", "\u2013"})  # em and en dash: a pair of them sets off an aside
ASIDE_CLOSERS: Final = {"(": ")", "\u2014": "\u2014", "\u2013": "\u2013"}
"""Marks that open an aside inside a clause, and the mark that closes each: brackets, and a pair of dashes ("64 kios
di Blok C—sebagian besar milik pedagang pakaian—ludes terbakar": reach.py)."""
ASIDES: Final = {**ASIDE_CLOSERS, "-": "-"}
"""An aside between a counted noun and its verb: "12 people (five men, ...) died", "12 people - five men ... - died"
(a spaced hyphen too, right after the noun)."""


_SENTENCE_ENDS: Final = frozenset({";", ".", "!", "?"})


def aside_end(
    s: SentenceView,
    j: int,
    closers: dict[str, str] = ASIDES,
    stops: frozenset[str] = _SENTENCE_ENDS,
    reach: int | None = None,
) -> int | None:
    """The token after the closing mark of an aside opening at ``j`` (a mark of ``closers``), when it closes before
    any token of ``stops`` (the sentence's end, by default) and within ``reach`` tokens (the sentence, by default)."""
    close = closers.get(s.words[j])
    if close is None:
        return None
    end = len(s.words) if reach is None else min(len(s.words), j + reach)
    for k in range(j + 1, end):
        if s.words[k] == close:
            return k + 1
        if s.words[k] in stops:
            return None
    return None


def aside_start(s: SentenceView, close: int, opener: str, stops: frozenset[str], reach: int) -> int | None:
    """The token of the mark ``opener`` before token ``close`` (the aside's closing mark), fewer than ``reach``
    tokens back, with no token of ``stops`` between; else None."""
    for k in range(close - 1, max(0, close - reach), -1):
        if s.words[k] == opener:
            return k
        if s.words[k] in stops:
            return None
    return None


def past_aside(s: SentenceView, start: int) -> int:
    """The token after an aside set off by dashes or brackets that opens at ``start`` (after a figure's noun) and
    closes in the sentence, else ``start``."""
    after = aside_end(s, start) if start < len(s.words) else None
    return start if after is None else after


def aside_span(s: SentenceView, start: int, j: int) -> range:
    """The tokens of an aside set off by dashes or brackets right at ``start`` (after a figure's noun) that closes
    before token ``j``: "the 14 villagers \u2014 most of them women \u2014 who are still missing"; empty when none."""
    after = aside_end(s, start) if start < j else None
    return range(start, after) if after is not None and after <= j else range(0)


_ASIDE_REACH: Final = 9  # the aside and its closing comma within eight tokens ("some in critical condition")
_LONG_ASIDE_REACH: Final = 11  # a longer aside holds no figure: ", all believed to be in their 20s,"
_NAMES_REACH: Final = 30
"""How long a list of names with their ages may be: ", masing-masing berinisial AS (31), RN (27), ... dan TS (29),"."""


def comma_aside_end(s: SentenceView, j: int, groups: bool = False) -> int:
    """ "About 75 others, some in critical condition, were hospitalized", "About 280 people, mostly women and
    children, died": the token after an aside between commas (no figure in it, a few words, an auxiliary or a measure
    word right after it) that opens at the comma ``j``; -1 when there is none. With ``groups`` (the comma right after
    the figure's noun phrase) the aside may be a breakdown by group ("Seven people, five men and two women, died")
    or a restatement (``[cues] restatements``: "1.9 million people, or about 90% of the population, have fled") or
    name who lives in the noun (``[cues] occupant_asides``: "700 shanties, home to 6,100 refugees, were gutted"); an
    aside longer than ``_ASIDE_REACH`` may hold no figure at all."""
    words = s.words
    if inside_inclusion_list(s, j):
        return j + 1  # "45 people including police, commandos and journalists were hospitalised"
    opener = words[j + 1] if groups and j + 1 < len(words) else ""
    restating = opener in s.lex.cue("restatements") or opener in s.lex.cue("occupant_asides")
    naming = j + 1 < len(words) and words[j + 1] in s.lex.cue("name_lists")  # "masing-masing RS (23), TW (31),"
    counted = False
    for k in range(j + 1, min(len(words), j + (_NAMES_REACH if naming else _LONG_ASIDE_REACH))):
        if k in s.mention_firsts:
            if not (groups and _group_count_at(s, k)) and not restating:
                return -1
            counted = True
        if words[k] in ("(", ")") and (naming or _bracketed_no_figure(s, k)):
            continue  # the bracketed age after a name ("termasuk seorang bocah (7),": id_vary11_2)
        if words[k] in CLAUSE_PUNCT or words[k] in {".", ";"} or (counted and k >= j + _ASIDE_REACH):
            return -1
        if words[k] == ",":
            after = k + 1
            if s.kinds[k - 1] == "n" and after < len(words) and s.kinds[after] == "n" and after not in s.mention_firsts:
                continue  # ", aged 24, 31 and 45,": a list of numbers that are no figures (ages) goes on
            if _names_either_side(s, k):
                continue  # ", drawn from Kenya, Rwanda and Burundi,": a list of names goes on
            if after < len(words) and words[after] in s.lex.relative_words:
                after += 1  # "120 rumah, baik permanen maupun semi permanen, yang hangus": the noun's relative clause
            if k > j + 1 and verb_soon(s, after):
                return after
            if not naming:
                return -1
    return -1


def _bracketed_no_figure(s: SentenceView, k: int) -> bool:
    """The bracket at ``k`` opens or closes a single number that is no figure (an age: "seorang bocah (7)")."""
    number = k + 1 if s.words[k] == "(" else k - 1
    close = number + 1 if s.words[k] == "(" else number - 1
    if not (0 <= close < len(s.words) and 0 <= number < len(s.words)):
        return False
    pair = s.words[close] == (")" if s.words[k] == "(" else "(")
    return pair and s.kinds[number] == "n" and number not in s.mention_firsts


def _names_either_side(s: SentenceView, comma: int) -> bool:
    """A capitalised word (not the sentence's first) on either side of the comma at ``comma``."""
    texts, kinds, after = s.texts, s.kinds, comma + 1
    return (
        comma > 1
        and after < len(texts)
        and kinds[comma - 1] == kinds[after] == "w"
        and texts[comma - 1][0].isupper()
        and texts[after][0].isupper()
    )


_VERB_REACH: Final = 3  # "..., have now died": the predicate after an aside starts within a few words


def relative_closed(s: SentenceView, comma: int) -> bool:
    """The comma at ``comma`` closes the relative clause of a figure's noun and its predicate follows at once, as
    fast copy punctuates ("5 orang yang sebelumnya hilang, ditemukan selamat"): a verb soon after it, no figure."""
    return s.words[comma] == "," and verb_soon(s, comma + 1)


def verb_soon(s: SentenceView, k: int) -> bool:
    """An auxiliary or a measure word within a few words of token ``k``, with no punctuation or figure before it."""
    for i in range(k, min(len(s.words), k + _VERB_REACH)):
        if s.kinds[i] != "w" or i in s.mention_firsts:
            return False
        if aux_at(s, i) or s.measure_at(i) is not None:
            return True
    return False


def _group_count_at(s: SentenceView, k: int) -> bool:
    """A figure at token ``k`` whose next word is a noun of a closed group of people ("five men", "two women"), perhaps
    after a partitive ("empat penumpang, dua di antaranya bocah, ... tewas": idf)."""
    after = k + 1
    part = s.lex.partitive_after.match(s.words, after) if after < len(s.words) else None
    after += part[0] if part is not None else 0
    if part is not None and after + 1 < len(s.words) and s.words[after] in s.lex.articles:
        after += s.words[after] not in s.lex.number_words  # "one of them a police officer"
    if after >= len(s.words):
        return False
    if part is not None and s.measure_at(after) is None and after not in s.mention_firsts:
        # "12 anggota Polri, tiga di antaranya perwira,": a part by a group the lexicon lacks, no verb; a part by
        # origin ("tiga di antaranya asal Sulawesi") is a subset its verb would misread
        return s.words[after] not in s.lex.place_prepositions and s.kinds[after] == "w"
    if s.words[after] not in s.lex.nouns.firsts:
        return False
    noun = s.lex.nouns.match(s.words, after)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return False
    # a closed group, or a narrower group of its own label ("three of them teenagers", "two of them students")
    return noun[1].subject_class != "people" or not noun[1].generic


def opening_whole(f: Figure) -> str | None:
    """ "Of the dead, 12 were children", "Dari korban tewas itu, 12 di antaranya anak-anak", "Among the dead, 12
    were children": a sentence that opens with a whole named by a measure word; a figure after the comma that a
    copula (or, for a part, its own noun) gives a closed group of people takes the whole's measure (a rule of
    ``MEASURE_RULES``; any other part is a subset, ``other``)."""
    s, m, words = f.s, f.m, f.s.words
    start = _opening_end(s)
    hit = s.measure_at(start) if start is not None and start < len(words) else None
    if start is None or hit is None or hit[1].startswith("="):
        return None
    end = start + hit[0]
    while end < len(words) and words[end] in syntax_list(s, "np_closers"):
        end += 1  # "korban tewas itu,"
    if end >= len(words) or words[end] != "," or m.first <= end:
        return None
    own = f.head is not None and m.partitive and f.head.subject_class in PERSON_CLASSES  # "12 di antaranya anak-anak"
    if own and f.head is not None and f.head.subject_class != "people":
        return hit[1]
    if not aux_at(s, max(m.np_end, m.num_end)):
        return None
    k = max(m.np_end, m.num_end) + 1
    if _place_next(s, k):
        return hit[1]  # "Of the dead, 43 were in Kordal prefecture and 36 in Yashan": a part by place keeps it
    noun = s.lex.nouns.match(words, k) if k < len(words) and words[k] in s.lex.nouns.firsts else None
    if noun is None or noun[1].subject_class not in PERSON_CLASSES or noun[1].subject_class == "people":
        return None
    return hit[1]


def _place_next(s: SentenceView, k: int) -> bool:
    """A place name starts after token ``k``: a preposition ("in", perhaps after a filler: "reported in"), its
    modifiers ("neighbouring") and a capitalised word."""
    words, lex, n = s.words, s.lex, len(s.words)
    while k < n and words[k] in lex.place_fillers:
        k += 1
    if k >= n or words[k] not in lex.place_prepositions:
        return False
    k += 1
    while k < n and words[k] in lex.place_modifiers:
        k += 1
    return k < n and s.kinds[k] == "w" and s.texts[k][0].isupper()


def _opening_end(s: SentenceView) -> int | None:
    """Where the measure word of an opening whole starts: after "Of the", "Dari (jumlah)", "Among", "Di antara"."""
    words = s.words
    found = s.lex.whole_before.match(words, 0) if words and words[0] in s.lex.whole_before.firsts else None
    if found is not None:
        k = found[0]
        tally = s.lex.subject_cues.get("tally_words")
        hit = tally.match(words, k) if tally is not None and k < len(words) and words[k] in tally.firsts else None
        return k + hit[0] if hit is not None else k  # "Dari jumlah korban tewas itu,"
    among = s.lex.cue("among")
    k = 0
    while k < len(words) and (words[k] in among or words[k] in s.lex.determiners):
        k += 1
    return k if k > 0 and words[0] in among else None


_RESULT_REACH: Final = 16  # how far after the figure's noun phrase its injury word may stand ("dari Yonif R 408/SBH")
_RESULT_GAP = 3  # how many words ("tembak", "parah") may stand between the injury word and the conjunction of result


def fatal_result(s: SentenceView, start: int) -> bool:
    """An injury that ends in death: "dua pemuda dibacok hingga tewas", "mengalami luka tembak hingga gugur",
    "terluka hingga akhirnya meninggal". The first measure word after the figure's noun phrase (``start``), in its
    clause, is an injury; a few words on, a result conjunction (``[cues] result_conjunctions``), perhaps an adverb
    (``[cues] result_adverbs``: *akhirnya*), then a word of the killed measure: the figure counts the dead."""
    n = len(s.words)
    for j in range(start, min(n, start + _RESULT_REACH)):
        if s.words[j] in CLAUSE_PUNCT or s.words[j] in s.lex.clause_breaks:
            return False
        found = s.measure_at(j)
        if found is not None:
            return found[1] == "injured" and _killed_after(s, j + found[0])
    return False


def _killed_after(s: SentenceView, start: int) -> bool:
    """A conjunction of result within a few words of ``start``, then (after its adverbs) a word of killing."""
    conjunctions = s.lex.cue("result_conjunctions")
    adverbs = s.lex.cue("result_adverbs")
    n = len(s.words)
    for j in range(start, min(n - 1, start + _RESULT_GAP)):
        if s.words[j] in CLAUSE_PUNCT or s.words[j] in s.lex.clause_breaks or s.kinds[j] == "n":
            return False
        if s.words[j] in conjunctions:
            k = j + 1
            while k < n - 1 and s.words[k] in adverbs:
                k += 1
            found = s.measure_at(k)
            return found is not None and found[1] == "killed"
    return False
