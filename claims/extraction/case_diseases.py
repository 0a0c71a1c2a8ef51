"""A bare case count after a disease's case count in its sentence counts the same disease (issue 11, round 11).

Kemenkes and Dinkes tallies name the disease once and then list the cases by place or period with the bare case noun
(``[composed_labels.lists] case_nouns``): "118 kasus DBD di Aceh, Sumatera Barat 146 kasus, Riau 160 kasus";
"Kasus DBD terbanyak ada di Kota Cimahi yang memiliki 1.702 kasus, disusul Kota Palu dengan 1.180 kasus"; "Kasus
campak bertambah 36 menjadi 512 kasus". A figure labelled bare ``cases`` takes the disease of the nearest case noun
before it in the sentence that is followed by a disease name (``[composed_labels.diseases]``), or of the nearest
figure before it counting a disease's cases ("bite cases" too: "kasus gigitan ... mencapai 812 kasus"). Only an item
by place is relabelled: its place tells it from the total; a part ("enam di antaranya positif") or an item by month
("yaitu Maret sebanyak 1.204 kasus") keeps its own label, so that no subset reads as the total.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.case_kinds import kind_cases
from claims.extraction.mentions import Mention
from claims.extraction.phrase_table import PhraseTable
from claims.extraction.view import SentenceView

BARE: Final = "cases"


def disease_cases(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the bare case counts of the sentence (module docstring)."""
    lists, diseases = s.lex.composed_labels.get("lists"), s.lex.composed_labels.get("diseases")
    if lists is None or diseases is None:
        return
    for index, m in enumerate(mentions):
        if not m.valid or m.subject != BARE or m.measure != "other" or m.unit is not None:
            continue
        if m.partitive or m.base_of is not None or m.place is None:
            continue  # a subset ("enam di antaranya positif") or an item by month keeps its own label: only a
            # place tells the item from the total (DESIGN 4.1)
        named = _named_before(s, m.first, lists, diseases)
        counted = _counted_before(mentions[:index])
        if named is not None and (counted is None or named[0] > counted[0]):
            m.subject = named[1]
        elif counted is not None:
            m.subject = counted[1]


def _named_before(
    s: SentenceView, first: int, lists: PhraseTable[str], diseases: PhraseTable[str]
) -> tuple[int, str] | None:
    """The nearest "kasus <disease>" before token ``first``: its position and "<disease> cases"."""
    words = s.words
    for k in range(first - 1, -1, -1):
        role = lists.match(words, k) if words[k] in lists.firsts else None
        if role is None or role[1] != "case_nouns":
            continue
        j = k + role[0]
        named = diseases.match(words, j) if j < len(words) and words[j] in diseases.firsts else None
        if named is not None:
            return k, kind_cases(s.lex, named[1])
    return None


def _counted_before(before: list[Mention]) -> tuple[int, str] | None:
    """The nearest valid figure before counting some kind of cases ("dengue cases", "bite cases")."""
    for m in reversed(before):
        subject = m.subject
        if m.valid and m.measure == "other" and subject is not None and subject.endswith(" " + BARE):
            return m.first, subject  # "dengue cases", never bare "cases" itself
    return None
