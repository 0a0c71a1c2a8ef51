"""Gates on the owner of a measure word (issue 11, round 8 third wave, Indonesian).

On fresh Indonesian reports (traced with :mod:`claims.extraction.measure_trace`) the wrong specific measures that were
left came, again, from a word with another owner than the figure:

- the predicate figure of a subject that reads the noun of a coordinated figure after it, whose predicate the word
  is ("Jumlah kasus campak tercatat sebanyak 8.402 dan 57 jiwa meninggal": the 57 died, the 8.402 are the cases);
- a word in a later clause whose subject is an indefinite part of the figure ("90 Warga Keracunan Nasi Kotak, Ada
  yang Meninggal": some of them died, how many is not said);
- a measure noun that a change noun governs, read from afar before the figure (``_word_before``: "penambahan jumlah
  kematian DBD sebanyak tiga kematian"): the figure counts the change, not the measure (an increment is ``other``, the
  convention of the dev split). A measure word right before the figure (``_verb_before``: "penambahan jumlah
  pengungsi sebanyak 75 jiwa") is left to :mod:`claims.extraction.increments` and its tests (audit_id4);
- a noun phrase that ran over a verb of another measure, as the reader of a Title Case headline does ("30 Pendemo
  Ditangkap Usai Ricuh": neither "pendemo" nor a word after the phrase tells what happened to the 30);
- a figure in an occasion clause after a running total, whose clause names the total's measure ("bertambah menjadi
  5 orang setelah satu pasien yang dirawat meninggal dunia"): the increment that brought the total (``other``).

Each check starts from a set lookup on the sentence's words, from its mentions or from the figure's own noun phrase,
so most sentences cost nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.part_whole_gates import word_after
from claims.extraction.reach_before import predicate_figure
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.resolution import Figure

_CHANGE_REACH = 3  # words between a change noun and the measure noun it governs: "penambahan jumlah kasus kematian"
# tallies that never fall: a change of one, stated by a change noun, is an increment (``other``), never the tally
# ("penambahan jumlah kematian sebanyak tiga kematian"); a stock's rise alone keeps its measure (the newly displaced:
# "Ada penambahan jumlah pengungsi sebanyak 75 jiwa", test_audit_id4)
_TALLY_MEASURES: Final = frozenset({"killed", "injured", "arrested"})


def owner_fails(f: Figure, measure: str) -> bool:
    """The word that named ``measure`` for ``f`` belongs to another figure, to an indefinite part, or to a change."""
    rule = f.rule_name
    if increment_after_total(f.s, f.m, f.mentions):
        return True
    if rule == "_word_after":
        return (
            bare_before_counted(f.s, f.m, f.mentions)
            or indefinite_subject(f.s, f.m, measure)
            or predicate_in_noun_phrase(f.s, f.m, measure)
        )
    if rule == "_word_before" and f.named_before is not None:
        return governed_by_change(f.s, f.named_before, f.m)
    if rule == "_verb_before" and measure in _TALLY_MEASURES:
        return change_before_verb(f.s, f.m)
    if rule == "_noun_measure":
        return predicate_in_noun_phrase(f.s, f.m, measure)
    return False


def bare_before_counted(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` is the predicate of a subject before it ("Jumlah kasus campak sebanyak 8.402"), and it reads the noun of
    the next figure, joined to it by a coordinator alone ("sebanyak 8.402 dan 57 jiwa meninggal"): its own noun is the
    subject's, and the measure word after that noun is the next figure's predicate (not "lima warga dan tiga polisi
    terluka", where each figure has its own noun, nor "tiga dan dua orang terluka" with no subject before)."""
    if len(mentions) < 2 or m.np_end <= m.num_end:
        return False
    words, coordinators = s.words, s.lex.coordinators
    for o in mentions:
        if o.first <= m.last:
            continue
        between = words[m.num_end : o.first]
        if o.first >= m.np_end or len(between) != 1 or between[0] not in coordinators:
            return False  # most figures: the next one does not lend its noun
        return predicate_figure(s, m.first)
    return False


def indefinite_subject(s: SentenceView, m: Mention, measure: str) -> bool:
    """The measure word after the figure follows a comma and an indefinite subject of its own (``[syntax]
    indefinite_subjects``: "..., ada yang meninggal", "..., sebagian mengungsi"): it tells what some of them did."""
    subjects = syntax_list(s, "indefinite_subjects")
    if subjects.isdisjoint(s.word_set) or "," not in s.word_set:
        return False
    start = max(m.np_end, m.last + 1)
    k = word_after(s, start, measure)
    if k is None:
        return False
    words, skips = s.words, s.lex.cue("verb_auxiliaries")
    j = k - 1
    while j > start and words[j] in skips:
        j -= 1
    tails = syntax_list(s, "indefinite_tails")  # "ada yang", "beberapa di antaranya": the words after the quantifier
    while j > start and words[j] in tails:
        j -= 1
    return j > start and words[j] in subjects and words[j - 1] == ","


def governed_by_change(s: SentenceView, k: int, m: Mention) -> bool:
    """The measure noun at ``k`` before the figure is the object of a change noun ("penambahan jumlah kematian DBD
    sebanyak empat kematian", "kenaikan kasus kematian 12"), and no total cue ("menjadi") stands between it and the
    figure: the figure is the change."""
    lex, words = s.lex, s.words
    changes = syntax_list(s, "change_nouns_before")
    if changes.isdisjoint(s.word_set):
        return False
    if any(w in lex.total_cues for w in words[k : m.first]):
        return False  # "kenaikan jumlah korban meninggal menjadi 12 orang": the new total
    for j in range(k - 1, max(-1, k - 1 - _CHANGE_REACH), -1):
        if words[j] in changes:
            return True
        if words[j] in CLAUSE_PUNCT or words[j] == "," or j in s.mention_firsts:
            return False
    return False


def change_before_verb(s: SentenceView, m: Mention) -> bool:
    """The measure word right before the figure (past a quantifier: "sebanyak", "sebesar") is the object of a change
    noun ("penambahan jumlah kematian sebanyak tiga kematian", "ada penambahan korban meninggal sebanyak lima
    orang"): the figure is the change (r13cid: Kemenkes dengue bulletins, BNPB flood rundowns)."""
    j, qualifiers = m.first - 1, s.lex.qualifiers
    while j >= 0:
        j = s.before_determiners(j)
        exact = qualifiers.match_ending(s.words, j + 1) if j >= 0 and s.words[j] in qualifiers.lasts else None
        if exact is None or exact[1] != "exact":
            break
        j -= exact[0]  # "sebanyak", "sebesar": the exact qualifier before the figure
    found = s.measure_ending_at(j) if j >= 0 else None
    return found is not None and governed_by_change(s, found[0], m)


def predicate_in_noun_phrase(s: SentenceView, m: Mention, measure: str) -> bool:
    """The figure's noun phrase ran over a verb of another measure, as in a Title Case headline ("30 Pendemo Ditangkap
    Usai Ricuh", "650 Personel Gabungan Amankan Aksi Unjuk Rasa"): neither the noun's own measure nor a word after the
    phrase is what the sentence says of the figure. The verb is a capitalised measure word that starts no noun."""
    if m.np_end - m.num_end < 2:
        return False
    words, texts, nouns = s.words, s.texts, s.lex.nouns
    for k in range(m.num_end + 1, min(m.np_end, len(words))):
        if not texts[k][:1].isupper() or words[k] in nouns.firsts:
            continue
        found = s.measure_at(k)
        if found is not None and found[1] != measure:
            return True
    return False


def _total_before(s: SentenceView, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The running total stated before ``m`` ("bertambah menjadi 5 orang"), with an occasion word ("setelah") between
    it and ``m`` and no other figure."""
    occasions = syntax_list(s, "occasion_prepositions")
    before = [o for o in mentions if o.last < m.first]
    if not before:
        return None
    o = before[-1]
    if not any(w in occasions for w in s.words[o.last + 1 : m.first]) or not predicate_figure(s, o.first):
        return None
    return o


def increment_after_total(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` stands in an occasion clause ("setelah ...") after a running total, and its clause has a word of the
    total's measure ("Korban meninggal bertambah menjadi 5 orang setelah satu pasien yang dirawat meninggal dunia"):
    it counts the change that brought the total (an increment, ``other``), whatever its own noun says ("dua korban
    luka yang dirawat ... meninggal"). Not a cause of another measure ("menjadi 300 jiwa setelah 50 rumah rusak")."""
    if len(mentions) < 2 or syntax_list(s, "occasion_prepositions").isdisjoint(s.word_set):
        return False
    o = _total_before(s, m, mentions)
    if o is None:
        return False
    for j in range(o.first - 1, -1, -1):
        found = s.measure_ending_at(j)  # the total's measure word, the nearest before it
        if found is not None:
            return word_after(s, max(m.np_end, m.last + 1), found[1]) is not None
    return False
