"""A status said of people counted by their role names them (NEWS_CONSTRUCTIONS.md 1 and 7): "Panitia mencatat 14
penonton pingsan" (fainted), "12 siswa diperbolehkan pulang" (discharged), "49 siswa menjalani rawat jalan"
(outpatients), "98 pelajar diduga keracunan" (poisoned). The other-verb right after the figure picks the people out by
what befell them; the role noun (pupils, spectators, visitors, supporters, as health and crowd desks count them:
``[cues] status_role_nouns``) only says who they are, as "orang" does. The statuses that do so are ``[cues]
status_role_labels`` ("35 siswa mengikuti ujian susulan" stay students: what they do, not what befell them). A
closed group keeps its subject ("12 polisi diperbolehkan pulang": police), and a verb before the figure ("kapal yang
mengangkut 52 penumpang") or in a relative clause ("2.100 jemaah yang belum diberangkatkan") labels nothing over
its noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import NEGATED

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure, MeasureRule
    from claims.extraction.view import SentenceView


def status_of_role(f: Figure, after: MeasureRule, measure: str) -> bool:
    """True when the other-verb that named ``f`` by rule ``after`` (the word after the figure) labels it (``measure``,
    "=" and the label) over its role noun (module docstring)."""
    head, s, m = f.head, f.s, f.m
    if measure.startswith(NEGATED):
        return False  # a negated measure ("13 penambang ... belum bisa dievakuasi") says what did not befall them
    if f.rule is not after or head is None or head.generic:
        return False
    if measure[1:] not in s.lex.cue("status_role_labels"):
        return False  # "35 siswa mengikuti ujian susulan": what they do, not what befell them
    if head.subject_class != "people":
        return _case_noun(f)  # "42 kasus sembuh": the cases that recovered (Kemenkes and Dinkes bulletins)
    end = max(m.np_end, m.num_end)
    roles = s.lex.cue("status_role_nouns")
    if not any(w in roles for w in s.words[m.num_end : end]):
        return False  # "158 passengers and 14 crew on board", "6,980 inmates released": the noun names them
    if end < len(s.words) and s.words[end] in s.lex.relative_words:
        return False  # "2.100 jemaah yang belum diberangkatkan": a relative clause says which of them, not what
    k, whole = m.first, s.lex.whole_before  # "Empat dari lima wisatawan ... hanyut": the whole is only tourists
    tally = s.lex.subject_cues.get("tally_words")
    if tally is not None and tally.match_ending(s.words, k) is not None:
        return True  # "A total of 77 patients have recovered": a tally's "of", no whole
    return not (k > 0 and s.words[k - 1] in whole.lasts and whole.match_ending(s.words, k) is not None)


def _case_noun(f: Figure) -> bool:
    """The figure counts cases (``[composed_labels.lists] case_nouns`` right after it: "42 kasus sembuh", "12 kasus
    dirawat jalan"): a status after it names the cases it befell, as it does for people counted by their role."""
    return case_noun_at(f.s, f.m.num_end)


def case_noun_at(s: SentenceView, k: int) -> bool:
    """A case noun (``[composed_labels.lists] case_nouns``: "kasus", "cases") starts at token ``k``."""
    lists = s.lex.composed_labels.get("lists")
    if lists is None or k >= len(s.words) or s.words[k] not in lists.firsts:
        return False
    hit = lists.match(s.words, k)
    return hit is not None and hit[1] == "case_nouns"
