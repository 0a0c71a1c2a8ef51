"""The group of a death noun that opens a figure's clause (round 16, subject accuracy on health copy).

Health copy names the group of a death tally in the noun that opens the clause and gives the figure as its
predicate: "Kematian anak akibat campak bertambah jadi 13 orang", "Angka kematian ibu di kabupaten itu tercatat 38
kasus, turun dari 47 kasus", "Jumlah kematian balita karena diare mencapai sembilan orang" (Dinkes and Kemenkes
measles, diarrhoea and maternal-death reports). The noun (``[nouns]`` with a measure of its own and a class
narrower than people: *kematian anak*, *kematian ibu*) counts the figure's group when its measure is the figure's;
words may stand before it (a tally word, *angka*, *jumlah*; a speaker, "Kemenkes menyebut angka kematian ibu
mencapai 4.100 kasus"), no measure word stands between it and the figure ("Kematian anak itu memicu bentrokan yang
menewaskan 3 orang": the verb's own figure), and no other figure stands before it in the clause unless a change
opens the figure's part ("..., naik dari 11 kasus": the tally's earlier value).
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def opening_group(s: SentenceView, m: Mention) -> str | None:
    """The class narrower than people of a noun carrying the figure's own measure that opens its clause, perhaps
    after a tally word; None for any other clause."""
    words = s.words
    k = m.first
    changed = False  # a comma passed before a change ("..., naik dari 11 kasus"): the earlier value of the tally
    while k > 0 and words[k - 1] not in CLAUSE_PUNCT and words[k - 1] not in s.lex.clause_breaks:
        if words[k - 1] == ",":
            if not _change_after(s, k):
                break  # a comma ends the clause unless a change opens the part after it
            changed = True
        k -= 1
    if not changed and any(j in s.mention_firsts for j in range(k, m.first)):
        return None  # another figure stands between the opening and the figure
    for j in range(k, m.first):  # the clause's subject may follow a speaker ("Kemenkes menyebut kematian ibu ...")
        noun = s.noun_at(j)
        if noun is None or noun[1].generic or noun[1].measure != m.measure:
            continue
        if any(s.measure_at(i) is not None for i in range(j + noun[0], m.first)):
            return None  # "Kematian anak itu memicu bentrokan yang menewaskan 3 orang": the verb's own figure
        cls = noun[1].subject_class
        return cls if cls in PERSON_CLASSES and cls != "people" else None
    return None


def count_people(s: SentenceView, m: Mention, measure: str) -> None:
    """Read ``m`` as a count of people in ``measure``, of the group of a death noun that opens its clause when there
    is one ("Kematian ibu ... mencapai 17 kasus": women), else people."""
    m.measure = measure
    group = opening_group(s, m) or "people"
    m.subject, m.subject_class = group, group


def _change_after(s: SentenceView, k: int) -> bool:
    """A change opens at token ``k`` ("naik dari", "turun dari", "bertambah"): the figure after it is an earlier
    or later value of the same tally."""
    while k < len(s.words) and s.words[k] == ",":
        k += 1
    if k >= len(s.words):
        return False
    w = s.words[k]
    return w in s.lex.increase_before.firsts or w in s.lex.decrease_before.firsts
