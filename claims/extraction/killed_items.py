"""Items of a breakdown of the killed named by their group (issue 11, round 13 subject naming; DESIGN.md 4.1).

"Ledakan itu menewaskan 16 pekerja, terdiri dari 10 tenaga kerja Indonesia dan 6 ...": an item of a breakdown of a
killed figure that keeps no measure of its own (``other``: no class of the hierarchy) but is counted by a group of
its own is named by both, the group and that they were killed (gold: "Indonesian workers killed", "PPK members
killed", "Palestinian journalists killed"); the group's noun alone would lose that the figure counts dead. An item
with a measure keeps it ("6 tenaga kerja asing": killed foreigners), and a generic noun is no group ("12 orang").
The items follow the whole right after a lead of ``[cues] killed_item_leads`` among the ``[breakdowns] cues`` (perhaps
with ``of_words``: "terdiri dari") and are joined by commas and ``list_joiners``; nothing else may stand between them.
Round 17 (the judge's rows: "migrant residents killed", "migrants killed", "adults killed"): a part of the killed
("31 orang tewas; 26 di antaranya warga pendatang dan lima warga asli", "33 people had died, 28 of them migrants")
opens such items without a lead, as does a whole opened by an of-word ("Dari 83 petugas pemilu yang meninggal, dua
orang merupakan anggota PPK, enam anggota PPS ..."), and a group item joined right before a killed item of its own
list is one too ("recovered the bodies of 41 adults and 19 children": the children are killed, the adults
``other``).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

KILLED: Final = "killed"
PEOPLE: Final = "people"
GAP_PUNCT: Final = frozenset({",", ":", ";"})
LEADS: Final = "killed_item_leads"
"""``[cues]``: the breakdown cues that open a breakdown of the killed ("terdiri", "yakni", "including")."""
COPULAS: Final = "group_copulas"
"""``[cues]``: the copulas between an item's figure and the group it names ("dua orang merupakan anggota PPK")."""
ITEM_GAP: Final = 6  # tokens between two items: a comma or joiner after the first item's copula complement
GAP_REACH: Final = 4
"""Tokens a breakdown lead may span between the whole's noun and its first item ("pekerja , terdiri dari")."""


def name_killed_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the group items of a breakdown after a killed figure (module docstring)."""
    for i, whole in enumerate(mentions):
        if whole.measure != KILLED or not whole.valid:
            continue
        if i > 0 and _group_item(mentions[i - 1]) and _group_pair(s, mentions[i - 1], whole):
            mentions[i - 1].subject = f"{mentions[i - 1].subject} {KILLED}"  # "bodies of 41 adults and 19 children"
        if i + 1 >= len(mentions):
            continue
        opened = of_opened(s, whole)  # "Dari 83 petugas pemilu yang meninggal, dua orang merupakan anggota PPK"
        if not mentions[i + 1].partitive and not _lead(s, _end(whole), mentions[i + 1].first, not opened):
            continue  # a part ("26 di antaranya warga pendatang", "28 of them migrants") needs no lead
        previous = whole
        for m in mentions[i + 1 :]:
            if previous is not whole and not _joined(s, _end(previous), m.first):
                break
            if _group_item(m) or _copula_group(s, m):
                m.subject = f"{m.subject} {KILLED}"
            previous = m


def _group_pair(s: SentenceView, item: Mention, whole: Mention) -> bool:
    """``item`` and the killed ``whole`` are a pair of groups joined by a list joiner alone, the killed one counted
    by a group noun of its own ("the bodies of 41 adults and 19 children"; not "17 survivors and four deaths")."""
    gap = s.words[_end(item) : whole.first]
    own = [n for n in whole.nouns if n.subject_class is not None and n.subject_class != "thing" and not n.generic]
    return len(gap) == 1 and gap[0] in s.lex.list_joiners and bool(own) and whole.subject == own[-1].label


def _copula_group(s: SentenceView, m: Mention) -> bool:
    """The item names its group after a copula (``[cues] group_copulas``), its own nouns generic or none ("dua orang
    merupakan anggota PPK", "25 adalah pedagang"): the subject the complement gave it is the group."""
    if m.measure != "other" or not m.valid or m.unit is not None or m.subject is None:
        return False
    if m.subject == PEOPLE or KILLED in m.subject:
        return False
    if any(not n.generic for n in m.nouns) or m.subject in {n.label for n in m.nouns}:
        return False
    k = m.num_end + sum(1 for n in m.nouns if n.generic)  # past "orang"
    return k < len(s.words) and s.words[k] in s.lex.cue(COPULAS)


def _end(m: Mention) -> int:
    return max(m.np_end, m.num_end)


def _group_item(m: Mention) -> bool:
    return m.measure == "other" and m.valid and m.unit is None and _group(m)


def _group(m: Mention) -> bool:
    """The item is counted by a people noun of its own whose label ends its subject ("Indonesian workers"; no generic
    noun)."""
    own = [n for n in m.nouns if n.subject_class == PEOPLE and not n.generic]
    return bool(own) and m.subject is not None and m.subject.endswith(own[-1].label) and KILLED not in m.subject


def of_opened(s: SentenceView, whole: Mention) -> bool:
    """The whole opens with an of-word: its figures after it are its parts ("Dari 83 petugas ...", "Of the 40 ...")."""
    opener = s.words[max(0, whole.first - 2) : whole.first]
    return bool(opener) and (opener[-1] in s.lex.of_words or opener[0] in s.lex.of_words)


def _lead(s: SentenceView, start: int, end: int, need_cue: bool = True) -> bool:
    """Tokens ``start`` to ``end`` hold a breakdown cue and nothing but cues, ``of_words``, punctuation and the
    whole's own verb of death, perhaps in a relative clause ("23 jemaah wafat, terdiri atas ...", "empat orang yang
    meninggal yaitu ...")."""
    k, cue = start, False
    if k >= end or end - k > GAP_REACH + 2:
        return False
    while k < end:
        w = s.words[k]
        found = s.measure_at(k) if s.kinds[k] == "w" and w not in s.lex.breakdown_cues else None
        if found is not None and found[1] == KILLED and k + found[0] <= end:
            k += found[0]
            continue
        if not (w in s.lex.breakdown_cues or w in s.lex.of_words or w in GAP_PUNCT or w in s.lex.relative_words):
            return False
        cue, k = cue or w in s.lex.cue(LEADS), k + 1  # "one of 40 workers", "with": no breakdown of the dead
    return cue or not need_cue


def _joined(s: SentenceView, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` join two items: a comma or a list joiner, nothing else, perhaps after the first
    item's copula and its complement ("dua orang merupakan anggota PPK , enam anggota PPS")."""
    gap = s.words[start:end]
    if gap and gap[0] in s.lex.cue(COPULAS) and len(gap) <= ITEM_GAP:
        ends = [j for j, w in enumerate(gap) if w == "," or w in s.lex.list_joiners]
        gap = gap[ends[0] :] if ends else gap  # the complement ends at its comma or joiner
    return bool(gap) and len(gap) <= 2 and all(w == "," or w in s.lex.list_joiners for w in gap)


__all__ = ["name_killed_items", "of_opened"]
