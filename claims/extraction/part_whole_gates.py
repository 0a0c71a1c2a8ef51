"""Gates on a measure word shared by a part and its whole (issue 11, round 8 second wave, Indonesian).

On fresh Indonesian reports (traced with :mod:`claims.extraction.measure_trace`) most wrong specific measures of
``_word_after`` came from a sentence with a part and its whole, where the rule gave the one the other's word:

- the whole read the part's predicate past the part ("jumlah warga yang terdata sebanyak 75 orang dan 49 di
  antaranya telah dievakuasi": the 49 were evacuated, not the 75);
- the whole read the part's predicate past its own relative clause ("103 orang dari 154 orang yang kabur
  tertangkap kembali": the 103 were caught, the 154 escaped);
- the part read the whole's relative clause ("60 orang di antara 103 napi yang telah diamankan, dititipkan di
  Rutan": the 103 were caught, the 60 are placed somewhere);
- a part inherited the whole's measure though it has a predicate of its own ("Untuk delapan tewas di Depok, enam
  diantaranya membeli minuman keras di Srengseng Sawah": a subset picked out by what they did, DESIGN 4.1).

Each check starts from the sentence's mentions (a part is marked on them), so a sentence without a part costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.escaped_wholes import label_escaped_whole
from claims.extraction.mentions import Mention
from claims.extraction.reach import active_verb, prefixes_of
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_PLACE_ADJUNCT: Final = 3  # tokens of a place adjunct closing a clause: "ke balai desa", "dari lubang tambang"
_CLAUSE_ENDS: Final = CLAUSE_PUNCT | {",", "."}
_RELATIVE_REACH = 4  # tokens between a whole's figure and the relative word of its noun: "103 napi dan tahanan yang"


def part_whole_fails(f: Figure, measure: str) -> bool:
    """The word that named ``measure`` for ``f`` is its part's or its whole's: the figure is ``other``."""
    rule, m, mentions = f.rule_name, f.m, f.mentions
    if rule == "_inherited":
        return m.partitive and own_active_predicate(f.s, m)
    if rule != "_word_after" or len(mentions) < 2:
        return False
    whole = whole_of(f.s, m, mentions)
    if whole is not None:
        return in_relative_of_whole(f.s, whole, measure)
    if whole_reads_part_predicate(f.s, m, mentions, measure):
        label_escaped_whole(f)  # "121 of the 208 prisoners who fled ... had been recaptured": escaped prisoners
        return True
    return False


def _joins_part(s: SentenceView, part: Mention, whole: Mention) -> bool:
    """Only a partitive or a source preposition lies between the part and its whole ("45 orang dari 70 orang",
    "30 orang di antara 90 tahanan")."""
    between = s.words[part.num_end if part.partitive else part.np_end : whole.first]
    if part.base_of is not None or (part.partitive and between):
        return True
    return len(between) == 1 and between[0] in syntax_list(s, "source_prepositions")


def whole_of(s: SentenceView, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The whole right after the part ``m``, if ``m`` is one."""
    if m.base_of is not None:
        return mentions[m.base_of]
    if not m.partitive and syntax_list(s, "source_prepositions").isdisjoint(s.word_set):
        return None
    for o in mentions:
        if o.first > m.first:
            return o if _joins_part(s, m, o) else None
    return None


def word_after(s: SentenceView, start: int, measure: str) -> int | None:
    """The first token at or after ``start`` in the clause whose measure word names ``measure``."""
    words = s.words
    for k in range(start, len(words)):
        if words[k] in CLAUSE_PUNCT:
            return None
        found = s.measure_at(k)
        if found is not None and found[1] == measure:
            return k
    return None


def whole_reads_part_predicate(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """``m`` is the whole of a part, and the measure word it read is the part's predicate: it stands after the part
    ("75 orang dan 49 di antaranya telah dievakuasi"; not "six people, three of them teenagers, were injured", an
    aside of the whole), or, the part before the whole, after a relative clause of the
    whole's own ("103 orang dari 154 orang yang kabur tertangkap kembali"; not "Tiga dari 15 korban meninggal",
    nor "3 dari 20 warga yang tertimbun", where the word is the whole's)."""
    start = max(m.np_end, m.last)
    for o in mentions:
        if o.first >= start and o.partitive and o.base_of is None:
            k = word_after(s, start, measure)  # after the part, with no comma closing an aside of the whole first
            return k is not None and k > o.first and "," not in s.words[o.first : k]
        if o.first < m.first and whole_of(s, o, mentions) is m:
            return _past_own_relative(s, start, measure) or _focused_part_relative(s, o, start, measure)
    return False


def _focused_part_relative(s: SentenceView, part: Mention, start: int, measure: str) -> bool:
    """A focus word (``[cues] part_focus_words``: "baru", "hanya") opens the part, and the measure word stands in a
    relative clause right after the whole: the clause is the part's predicate ("baru 40 ribu dari 100 ribu warga yang
    mengungsi": 40 thousand of the 100 thousand residents fled; not "hanya 2 dari 40 warga yang luka berat dirujuk",
    where a predicate after the clause makes it the whole's)."""
    words = s.words
    if part.first == 0 or words[part.first - 1] not in s.lex.cue("part_focus_words"):
        return False
    if start >= len(words) or words[start] not in s.lex.relative_words:
        return False
    k = past_auxiliaries(s, start + 1)
    found = s.measure_at(k) if k < len(words) else None
    if found is None or found[1] != measure:
        return False
    return _clause_ends(s, k + found[0])


def _clause_ends(s: SentenceView, k: int) -> bool:
    """The clause ends at token ``k``, or after a short place adjunct ("ke balai desa"): no predicate of the whole
    follows ("yang luka berat dirujuk ke RSUD", "yang mengungsi ke masjid jatuh sakit")."""
    words = s.words
    end = k
    while end < len(words) and words[end] not in _CLAUSE_ENDS:
        end += 1
    if end == k:
        return True
    places = syntax_list(s, "figure_prepositions") | syntax_list(s, "source_prepositions")
    return end - k <= _PLACE_ADJUNCT and words[k] in places


def _past_own_relative(s: SentenceView, start: int, measure: str) -> bool:
    """A relative clause opens at ``start`` and a word of its own precedes the measure word ("yang kabur
    tertangkap"; not "yang sudah ditangkap", where auxiliaries only lead to the word)."""
    words = s.words
    if start >= len(words) or words[start] not in s.lex.relative_words:
        return False
    k = word_after(s, start + 1, measure)
    if k is None:
        return False
    skips = s.lex.cue("verb_auxiliaries")
    return any(w not in skips for w in words[start + 1 : k])


def in_relative_of_whole(s: SentenceView, whole: Mention, measure: str) -> bool:
    """The measure word stands in a relative clause after the whole ("di antara 103 napi dan tahanan yang telah
    diamankan, dititipkan ..."), and the part goes on with a predicate of its own after it."""
    words, lex = s.words, s.lex
    j = max(whole.np_end, whole.last)
    end = min(len(words), j + _RELATIVE_REACH)
    while j < end and words[j] not in lex.relative_words:
        if words[j] in CLAUSE_PUNCT or words[j] == "," or j in s.mention_firsts:
            return False
        j += 1
    if j >= end:
        return False
    k = past_auxiliaries(s, j + 1)
    found = s.measure_at(k) if k < len(words) else None
    if found is None or found[1] != measure:
        return False
    after = k + found[0]
    if after < len(words) and words[after] == ",":
        after += 1
    return after < len(words) and (active_verb(s, after) or _passive(s, after))


def _passive(s: SentenceView, k: int) -> bool:
    """A passive verb at ``k`` (``[syntax] passive_prefixes``: "dipindahkan", "dititipkan"; not the preposition
    "di")."""
    w = s.words[k]
    passive = w.startswith(prefixes_of(s.lex, "passive_prefixes", False))
    return s.kinds[k] == "w" and passive and len(w) > 5 and not s.texts[k][:1].isupper()


def own_active_predicate(s: SentenceView, m: Mention) -> bool:
    """A part ("enam di antaranya") goes on with an active verb of its own ("membeli minuman keras"): a subset
    picked out by what it did, not by the whole's measure ("4 di antaranya adalah perempuan" keeps it)."""
    k = predicate_start(s, m.num_end)  # the noun phrase may run over the verb ("enam diantaranya membeli ...")
    return k < len(s.words) and active_verb(s, k)


def predicate_start(s: SentenceView, k: int) -> int:
    """The token where a predicate from token ``k`` starts: past a partitive ("di antaranya") and auxiliaries
    (``[cues] verb_auxiliaries``: "telah", "sudah")."""
    return past_auxiliaries(s, s.past_partitive(k))


def past_auxiliaries(s: SentenceView, k: int) -> int:
    """The first token at or after ``k`` that is no auxiliary (``[cues] verb_auxiliaries``: "telah", "sudah")."""
    words, skips = s.words, s.lex.cue("verb_auxiliaries")
    while k < len(words) and words[k] in skips:
        k += 1
    return k
