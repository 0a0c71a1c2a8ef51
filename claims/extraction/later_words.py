"""Which later word a figure's measure word belongs to (final checks of measure resolution, split from
``misreads``): a subset word in or right after its noun phrase ("45 korban luka masih kritis"), a later clause's
predicate ("300 warga terserang diare dan 2 meninggal"), the relative clause of a noun that owns the figure, and a
participle right after its counted noun ("109 evacuees killed were ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction import breakdown_asides, clauses
from claims.extraction.affixes import has_suffix
from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.reach import dwellers, is_boundary
from claims.extraction.view import SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def possessed(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "Keluarga 12 nelayan yang hilang berunjuk rasa": the figure follows a noun that owns it, so the main verb
    after its relative clause is the owner's; the figure keeps no measure but its relative clause's (``other``)."""
    if m.first == 0 or s.words[m.first - 1] not in s.lex.nouns.lasts or not s.lex.nouns.match_ending(s.words, m.first):
        return False
    k, hit = next_hit(s, m, max(m.np_end, m.num_end))
    return hit is not None and hit[1] != measure and k > 0 and s.words[k - 1] in s.lex.relative_words


def subset_label(s: SentenceView, m: Mention, measure: str) -> str | None:
    """ "45 korban luka masih kritis", "12 korban tewas belum teridentifikasi", "45 injured people remain in critical
    condition", "19 korban luka berat": the figure's own noun phrase names the measure and a subset word
    (``[subjects] subset_labels``, the labels of other-verbs) overlaps it or is its predicate: a subset, ``other``
    (DESIGN 4.1), the subset's label."""
    subsets = s.lex.subject_cues.get("subset_labels")
    if subsets is None:
        return None
    # a hit at or past max(np_end, num_end + 1) is no hit of the noun phrase: the search stops there; a modifier of
    # ``[cues] subset_lead_modifiers`` may stand before the measure word ("11 other reported deaths are still being
    # validated", round 16)
    lead, mods = m.num_end, s.lex.cue("subset_lead_modifiers")
    while lead < len(s.words) and s.words[lead] in mods:
        lead += 1
    k, hit = next_hit(s, m, m.num_end, max(m.np_end, lead + 1))
    if hit is None or hit[1] != measure or not (k in (m.num_end, lead) or k < m.np_end):
        return None  # the measure word is not in the figure's own noun phrase ("nine people were admitted ...")
    for j in range(k + 1, k + hit[0]):  # "korban luka berat": "luka berat" starts inside "korban luka"
        inner = s.measure_at(j)
        if inner is not None and j + inner[0] > k + hit[0] and _is_subset(subsets, inner[1]):
            return inner[1][1:]
    at, after = next_hit(s, m, k + hit[0])
    if any(w in s.tables.joiners for w in s.words[k + hit[0] : at]):
        return None  # "22 remain in hospital and the rest were discharged": another clause's predicate
    if any(w in s.lex.relative_words for w in s.words[k + hit[0] + 1 : at]):
        return None  # "Dua kasus kematian menimpa anak ... yang hendak dirujuk": a later noun's relative clause
    return after[1][1:] if after is not None and _is_subset(subsets, after[1]) else None


def subset_between(s: SentenceView, start: int, end: int) -> str | None:
    """ "Jenazah yang sudah teridentifikasi berjumlah 98", "Korban luka yang masih kritis mencapai 5 orang": a subset
    word (``[subjects] subset_labels``) between a tally's measure word and its figure names what is counted: the
    other-verb reading ("=label"), or None."""
    subsets = s.lex.subject_cues.get("subset_labels")
    if subsets is None:
        return None
    for j in range(start, end):
        hit = s.measure_at(j)
        if hit is not None and _is_subset(subsets, hit[1]):
            return hit[1]
    return None


def next_hit(s: SentenceView, m: Mention, k: int, stop: int | None = None) -> tuple[int, tuple[int, str] | None]:
    """The first measure word or other-verb from token ``k`` before the clause or the next figure ends the search
    (or token ``stop``, if given)."""
    end = len(s.words) if stop is None else min(stop, len(s.words))
    while k < end:
        if s.words[k] == "," or is_boundary(s, k) or (k in s.mention_firsts and k != m.first):
            return k, None
        hit = s.measure_at(k)
        if hit is not None:
            return k, hit
        k += 1
    return k, None


def _is_subset(subsets: PhraseTable[bool], reading: str) -> bool:
    words = reading[1:].split()
    return reading.startswith("=") and bool(words) and subsets.match(words, 0) == (len(words), True)


def later_subject(f: Figure, measure: str) -> bool:
    """ "3,000 pilgrims were treated for heatstroke and 19 died", "300 warga terserang diare dan 2 meninggal": the
    measure word after the figure follows a later figure of a new clause (a joiner before it, and the first figure
    has a verb of its own before that joiner), so it is that figure's predicate, not this one's."""
    s, m = f.s, f.m
    start = max(m.np_end, m.num_end)
    if f.mentions[-1].num_first < start:
        return False  # the figures come in order and none starts at or after ``start`` (first <= num_first)
    # a part of it after a new clause ("900 warga terpapar asap dan 45 di antaranya dirawat"), not in an aside
    later = [o for o in f.mentions if o.first >= start and o.base_of is None and not (o.partitive and _in_aside(s, o))]
    if not later:
        return False
    position = next(
        (k for k in range(start, len(s.words)) if k not in f.owned and (hit := s.measure_at(k)) and hit[1] == measure),
        None,
    )
    for o in later:
        if position is None or o.first > position:
            return False
        joiner = o.first - 1
        if joiner <= m.num_end or not _joins_clause(s, joiner) or dwellers(s, m.num_end, o.first):
            continue  # no new clause; nor "64 rumah yang dihuni 95 KK atau 430 jiwa terbakar" (who live there)
        if breakdown_asides.holds(s, start, o.first):
            continue  # "660 personel, terdiri atas 420 polisi dan 240 prajurit, disiagakan": an item of its aside
        # the noun phrase may run on past a modifier ("300 warga terserang diare"): from the number on
        # a word of a figure's noun is no verb of its own ("dua mobil bak terbuka dan ...")
        nouns = {k for x in [m, *later] for k in range(x.num_end, _noun_end(s, x.num_end))}
        if any(
            _own_verb(s, k)
            for k in range(m.num_end, joiner)
            if k not in nouns and not any(x.first <= k < x.last for x in later)
        ):
            return True
        if not s.lex.modifiers_follow and _word_after_noun(s, m.num_end, joiner):
            return True
    return False


def _in_aside(s: SentenceView, o: Mention) -> bool:
    """ "3 tersangka (2 di antaranya residivis) ditangkap": the figure opens a bracketed aside."""
    return o.first > 0 and s.words[o.first - 1] in clauses.ASIDES


def _joins_clause(s: SentenceView, k: int) -> bool:
    w = s.words[k]
    return w == "," or w in s.lex.coordinators or w in s.lex.list_joiners or is_boundary(s, k)


def _noun_end(s: SentenceView, k: int) -> int:
    """The token after a lexicon noun of more than one word at ``k`` ("mobil bak terbuka"), else ``k``."""
    noun = s.lex.nouns.match(s.words, k) if k < len(s.words) and s.words[k] in s.lex.nouns.firsts else None
    return k + noun[0] if noun is not None and noun[0] > 1 else k


def _own_verb(s: SentenceView, k: int) -> bool:
    """Token ``k`` is a verb: an auxiliary, an other-verb, or a word with a verb affix (``[syntax] verb_prefixes``
    the stemmer takes off: *terserang*; ``[cues] participle_suffixes``: *suffered*)."""
    w = s.words[k]
    if clauses.aux_at(s, k) or ((hit := s.measure_at(k)) is not None and hit[1].startswith("=")):
        return True
    prefixes, suffixes = syntax_list(s, "verb_prefixes"), s.lex.cue("participle_suffixes")
    if any(w.startswith(p) for p in prefixes) and bool(s.lex.stems(w)):
        return True
    return len(w) > 4 and has_suffix(w, suffixes)


def _word_after_noun(s: SentenceView, k: int, joiner: int) -> bool:
    """The first word after the counted noun (and any name) before ``joiner`` is no preposition, relative word or
    joiner: a verb the lexicon does not know ("200 pilgrims fell ill and 12 died"). Only where modifiers come before
    the noun: in Indonesian the word after it is as often a modifier ("1.400 personel gabungan dan 300 relawan")."""
    lex, words = s.lex, s.words
    while k < joiner and words[k] in lex.fillers:
        k += 1
    noun = lex.nouns.match(words, k) if k < joiner and words[k] in lex.nouns.firsts else None
    k += noun[0] if noun is not None else 0
    while k < joiner and s.kinds[k] == "w" and s.texts[k][:1].isupper():
        k += 1  # "12 polisi Brimob dan 3 tentara"
    if k >= joiner or s.kinds[k] != "w" or noun is None:
        return False
    w = words[k]
    adjunct = (lex.place_prepositions, lex.of_words, lex.relative_words, lex.determiners, lex.coordinators)
    return not any(w in words_ for words_ in adjunct) and w not in lex.list_joiners and w not in lex.nouns.firsts


def participle_after(s: SentenceView, m: Mention) -> str | None:
    """ "109 evacuees killed were ...", "40 pengungsi tewas adalah ...": a measure word right after a counted noun
    that implies another measure, before the predicate's copula, is the noun's participle: it says what happened to
    them, and wins over the noun."""
    k = m.np_end
    if not m.nouns or k >= len(s.words) or k <= m.num_end or clauses.aux_at(s, k):
        return None  # "1,200 protesters were arrested": a predicate, the whole of a part keeps its noun's measure
    hit = s.measure_at(k)
    if hit is None or hit[1].startswith("=") or hit[1] == "other":
        return None
    # "109 evacuees killed were children", "40 pengungsi tewas adalah anak-anak"; not the predicate itself:
    # "separuh dari 5.000 demonstran ditangkap di ..."
    return hit[1] if clauses.copula_after(s, k + hit[0]) is not None else None
