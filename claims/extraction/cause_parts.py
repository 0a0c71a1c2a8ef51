"""Parts of a toll picked out by their cause (DESIGN 4.1 subsets: "by cause (17 terbawa arus)"; issue 11, round 14).

Copy splits a toll by what caused each part: "Police made 11 arrests, eight of them for looting", "Banjir
menewaskan 12 orang, delapan di antaranya karena terseret arus dan empat lainnya tertimbun longsor", "warga yang
meninggal karena terseret arus sebanyak 14 orang, tertimpa pohon tiga orang dan tersengat listrik dua orang". Each
part is ``other`` (it must not be set against the toll):

- a part ("n of them", "n di antaranya") right before a word of cause (``[cues] cause_prepositions``) is ``other``,
  labelled by the other-verb of its cause when the lexicon knows one ("people swept away"), else by its whole's
  measure; the parallel part after it ("empat lainnya", "satu lainnya") with the whole's measure is ``other`` too,
  as after any part its own predicate made ``other`` ("tujuh di antaranya terkena lemparan batu dan dua lainnya
  terkena senjata tajam");
- the first item of a breakdown by cause, whose measure word is followed by a word of cause and a verb (a word
  with a ``[syntax] verb_prefixes`` prefix the stemmer takes off: "karena terseret arus") before the figure, is
  ``other`` when a later figure of the sentence counts people under ``other`` (the next items of the breakdown):
  "Korban meninggal akibat banjir mencapai 14 orang" alone stays the toll.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_REASON_REACH: Final = 5  # tokens of a cause read for the label of its other-verb
_SPAN_REACH: Final = 3  # a figure this close after the cause word makes it a span ("for more than 3 days")
_NO_GROUP: Final = (None, "thing", "animal")


def cause_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the parts of the sentence that a cause picks out of their whole (module docstring)."""
    causes = s.lex.cue("cause_prepositions")
    no_cause = causes.isdisjoint(s.word_set)
    for i, m in enumerate(mentions):
        if m.valid and m.partitive and m.measure == "other" and i > 0:
            _parallel_others(mentions[i + 1 :], mentions[i - 1].measure)  # "tujuh di antaranya terkena batu dan ..."
        if no_cause or not m.valid or m.measure in ("other", "damaged"):
            continue
        if m.partitive and _cause_after(s, m, causes):
            whole = m.measure
            m.measure, m.subject, m.subject_class = "other", _label(s, max(m.np_end, m.num_end) + 1, whole), None
            _parallel_others(mentions[i + 1 :], whole)
        elif not m.partitive and _cause_before(s, m, causes) and _items_after(mentions[i + 1 :]):
            m.measure, m.subject, m.subject_class = "other", m.subject if m.subject else "people", None


def _cause_after(s: SentenceView, m: Mention, causes: frozenset[str]) -> bool:
    k = max(m.np_end, m.num_end)
    if k >= len(s.words) or s.words[k] not in causes:
        return False
    return not any(k < o < k + 1 + _SPAN_REACH for o in s.mention_firsts)


def _label(s: SentenceView, k: int, whole: str) -> str:
    """The label of the other-verb of the cause from ``k``, else the whole's measure."""
    words = s.words
    for j in range(k, min(len(words), k + _REASON_REACH)):
        if words[j] in CLAUSE_PUNCT or words[j] == "," or j in s.mention_firsts:
            break
        found = s.measure_at(j)
        if found is not None and found[1].startswith("="):
            return found[1][1:]
    return whole


def _parallel_others(after: list[Mention], whole: str) -> None:
    o = after[0] if after and whole not in ("other", "damaged") else None  # only the next figure: the other part
    if o is not None and o.valid and o.anaphoric and o.measure == whole:
        o.measure, o.subject, o.subject_class = "other", "people", None


def _cause_before(s: SentenceView, m: Mention, causes: frozenset[str]) -> bool:
    """Whether the measure word of ``m`` stands before it in its clause with a word of cause between."""
    words = s.words
    cause_seen = False
    k = m.first - 1
    while k >= 0 and words[k] not in CLAUSE_PUNCT and words[k] != "," and k not in s.mention_firsts:
        if words[k] in causes and k + 1 < len(words) and _verb_form(s, words[k + 1]):
            cause_seen = True  # "meninggal karena terseret arus": a cause by a verb; "akibat banjir" is the event
        found = s.measure_at(k)
        if found is not None and found[1] == m.measure:
            return cause_seen
        k -= 1
    return False


def _verb_form(s: SentenceView, word: str) -> bool:
    """A word with a verb prefix the stemmer takes off ("terseret", "tertimbun"); English marks none."""
    return any(word.startswith(p) and word[len(p) :] in s.lex.stems(word) for p in syntax_list(s, "verb_prefixes"))


def _items_after(after: list[Mention]) -> bool:
    return any(o.valid and o.measure == "other" and o.subject_class not in _NO_GROUP for o in after)
