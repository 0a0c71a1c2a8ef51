"""Deaths picked out by their cause inside a toll (DESIGN.md 4.1 subsets; NEWS_CONSTRUCTIONS section 7).

Hajj bulletins (Kemenag, PPIH, KJRI Jeddah) give the toll and then the part that heat killed: "Sebanyak 36 jemaah
wafat, dua di antaranya karena heat stroke", "165 jemaah meninggal, termasuk 3 karena heatstroke", "hanya 16 yang
tidak termasuk risti, tiga dari jumlah tersebut meninggal karena sengatan panas". The part is a subset by cause:
``other``, with the subject the lexicon gives the cause (``[composed_labels.death_causes]``: "heatstroke deaths"),
so it never contradicts the toll. A death figure is such a part when it is a partitive or inherited part, or
follows another death figure of its sentence; a cause word (``[syntax] cause_words``) and the cause stand after it
in its clause, before any other figure.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.adjunct_increments import mark_change
from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_WHOLE_WORDS: Final = 3  # "dari jumlah tersebut"
_CAUSE_REACH: Final = 8  # tokens from the figure to its cause: "empat dari jumlah tersebut meninggal dunia karena"


def death_cause_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the deaths of the sentence that a cause picks out of its toll (module docstring)."""
    table = s.lex.composed_labels.get("death_causes")
    causes = syntax_list(s, "cause_words")
    if table is None or causes.isdisjoint(s.word_set) or table.firsts.isdisjoint(s.word_set):
        return  # most sentences: no cause word or no cause of the table
    toll_before = False
    for m in mentions:
        if not m.valid or m.measure != "killed":
            continue
        if m.partitive or m.inherit or toll_before or _of_that_number(s, m):
            label = _cause_after(s, m, causes, table)
            if label is not None:
                mark_change(m, label)  # a part of the toll: other, the cause's label
                continue
        toll_before = True


def _of_that_number(s: SentenceView, m: Mention) -> bool:
    """An anaphoric whole (``[cues] anaphoric_wholes``: "dari jumlah tersebut") follows the figure: a part of a toll
    named before ("Sebanyak tiga dari jumlah tersebut meninggal karena heatstroke", gate13id)."""
    end = m.num_end
    return end < len(s.words) and s.cue_phrase_at(end, "anaphoric_wholes", _WHOLE_WORDS) > 0


def _cause_after(s: SentenceView, m: Mention, causes: frozenset[str], table: PhraseTable[str]) -> str | None:
    """The label of the cause of ``table`` a cause word names after ``m`` in its clause, None when none does."""
    words = s.words
    for k in range(m.last, min(len(words) - 1, m.last + _CAUSE_REACH)):
        w = words[k]
        if w in CLAUSE_PUNCT or w == "," or (k > m.last and k in s.mention_firsts):
            return None
        if w in causes and words[k + 1] in table.firsts:
            found = table.match(words, k + 1)
            if found is not None:
                return found[1]
    return None
