"""Deaths counted by the case classifier in the predicate of a clause of deaths (round 12, health desk).

Health copy counts the deaths a clause opens with in cases: "Kematian ibu di Kabupaten X tahun ini mencapai 17
kasus, naik dari 11 kasus" (Dinkes maternal-death reports), "Angka kematian akibat kecelakaan ... meningkat 13
persen, dari 88 kasus pada 2024 menjadi 99 kasus" (road-toll recaps), "Sudah terjadi kematian juga 15 kasus"
(Dinkes quotes). The figure is a bare case count (``[nouns] kasus``, a thing), so no people measure reaches it by the
ordinary rules; here the clause's subject, opening with a death word (a ``killed`` measure word: *kematian*, *angka
kematian*), is what it counts: killed. The clause runs back from the figure over earlier figures of the same tally
and figures with a unit ("13 persen"), and over a comma only when a change opens the part after it ("..., naik dari
11 kasus", "..., dari 88 kasus"). Not a case count after "dari" that follows a count of its own ("Kematian lima
orang dari 300 kasus DBD": the whole of the cases), nor a clause opened by anything else ("..., sedangkan kasus
DBD mencapai 1.200 kasus"), nor a figure after a verb of cause (``[syntax] complement_verbs``: "Kematian bocah itu
membuat Dinkes mencatat 120 kasus baru").

(round 15) The death word may also head a tally inside the clause (``[subjects] tally_words`` before it: "jumlah
kematian", "total kematian", "angka kematiannya"), after a with-phrase or a figure of its own: "tercatat 204.171
penderita dengan jumlah kematian mencapai 1.598 kasus", "68.407 kasus dengan jumlah kematian 493 kasus", "Pada tahun
yang sama, total kematian mencapai 270 kasus" (Kemenkes DBD recaps as Harian Jogja and Kompas print them): the tally
names what the figure counts, so the earlier figure is no part of its clause. Not across a coordinator ("jumlah
kematian dan kasus baru mencapai 300 kasus": the cases are counted too), nor a death word of a group ("angka
kematian ibu": maternal deaths, a narrower group), nor a source preposition that opens no change ("angka kematian
mencapai 2 persen dari total 5.000 kasus": the whole the deaths are a share of; nor for a clause opened by the death
word).
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


def death_clause(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the bare case count ``m`` is the predicate of a clause whose subject opens with a death word."""
    words, lex = s.words, s.lex
    if m.first > 0 and words[m.first - 1] in lex.range_from and not _change_opens(s, m.first - 1):
        return False  # "Kematian lima orang dari 300 kasus DBD": the whole the deaths are part of
    by_first = {o.first: o for o in mentions}
    causes = syntax_list(s, "complement_verbs")
    tallies = s.lex.subject_cues.get("tally_words")
    joined = sourced = False  # a coordinator; a source preposition opening no change (between figure and tally)
    k = m.first - 1
    while k >= 0:
        w = words[k]
        if w in CLAUSE_PUNCT or (w == "," and not _change_opens(s, k + 1)):
            break
        sourced = sourced or (w in lex.range_from and not _change_opens(s, k))
        joined = joined or sourced or w in lex.coordinators
        if w in causes:
            return False  # "Kematian bocah itu membuat Dinkes mencatat 120 kasus baru": what the deaths made happen
        if not joined and k > 0 and tallies is not None and words[k - 1] in tallies and _killed_at(s, k):
            return True  # "dengan jumlah kematian mencapai 1.598 kasus": the tally's head names the figure
        o = by_first.get(k)
        if o is not None and o.unit is None and o.measure != "killed":
            return False  # a count of something else stands in the clause
        k -= 1
    found = s.measure_at(k + 1) if k + 1 < m.first and not sourced else None
    return found is not None and found[1] == "killed"


def _killed_at(s: SentenceView, k: int) -> bool:
    """Whether a bare ``killed`` word stands at token ``k`` ("kematian", "kematiannya"), no group of people after it
    ("angka kematian ibu mencapai 4.100 kasus": maternal deaths, a group narrower than the closed set)."""
    found = s.measure_at(k)
    if found is None or found[1] != "killed" or found[0] != 1:
        return False
    noun = s.noun_at(k + 1)
    return noun is None or noun[1].subject_class not in PERSON_CLASSES


def _change_opens(s: SentenceView, k: int) -> bool:
    """Token ``k`` opens a change: "dari" right after a comma or a change verb, or the change verb itself."""
    words, lex = s.words, s.lex
    if words[k] in lex.increase_before.firsts or words[k] in lex.decrease_before.firsts:
        return True
    if words[k] not in lex.range_from or k == 0:
        return False
    before = words[k - 1]
    return before == "," or before in lex.increase_before.lasts or before in lex.decrease_before.lasts
