"""Measure words that belong to another figure or another noun in the tallies of official releases (issue 11,
audit_id4: Kemenkes/Dinkes bulletins and Basarnas reports as outlets reprint them; DESIGN 4.1: prefer ``other``
to a wrong measure).

- a tally of cases beside a tally of deaths: the death word after a joiner opens the later figure's noun phrase
  ("pasien terkena DBD hingga 204.171 orang dengan pasien meninggal sebanyak 1.598 orang", "53.075 pasien DBD dan
  pasien meninggal karena DBD dengan jumlah 344 orang"): a linker word (``[cues] figure_linkers``: "sebanyak",
  "jumlah") puts the later figure right after it, so the first figure keeps no measure;
- two figures of the same generic noun joined and then a measure word ("sebanyak 15.132 orang dan 145 orang
  meninggal dunia"): nobody splits one toll that way, so the first figure counts a larger group (the cases) and
  the measure word is the second's ("12 polisi dan 3 wartawan terluka" keeps both: two groups);
- a relative of the counted ones (``[cues] relation_nouns``: "kerabat") before a generic noun with its own measure
  word ("Dua orang kerabat para korban hilang ini juga telah meninggal"), or right before the measure word with
  "-nya" ("128 orang yang melaporkan keluarganya hilang"): the word says what happened to the victims or the
  relatives, not to those counted;
- people crowding to watch the scene of a disaster ("ratusan warga masih berkerumun menyaksikan puing-puing
  kebakaran") are onlookers, no turnout;
- a figure after a word of supposition ("kalau misalkan ... asumsi satu rumah dihuni 5 anggota keluarga, harusnya
  tidak lebih dari 10.000 jiwa yang mengungsi") is a reckoning, no count of the event.

    >>> from claims.extraction import extract
    >>> text = "Tercatat 8.210 pasien demam berdarah dan pasien meninggal sebanyak 61 orang."
    >>> [(c.text, c.measure) for c in extract(text, "id")]
    [('8.210', 'other'), ('61', 'killed')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.affixes import strip_suffix
from claims.extraction.later_words import next_hit
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_LINK_REACH = 6  # words between the measure word and the later figure it opens: "meninggal karena DBD dengan jumlah"


def measure_of_another(f: Figure) -> bool:
    """True when the measure word the figure reads belongs to a later figure or to another noun (see above)."""
    several = len(f.s.mention_firsts) > 1  # the first two need a later figure
    return (several and (_opens_later_figure(f) or _same_noun_pair(f))) or _relatives_of(f)


def supposed(f: Figure) -> bool:
    """A word of supposition (``[cues] supposition_words``: "kalau misalkan", "asumsi") before the figure in its
    sentence: the figure is a reckoning, no count of the event."""
    lex = f.s.lex
    words = lex.cue("supposition_words")
    if words.isdisjoint(f.s.word_set):
        return False
    examples, conditions = lex.cue("example_suppositions"), lex.cue("condition_words")
    before = f.s.words[: f.m.first]
    # "misalkan" after no word of condition says "for example": "Di Tasikmalaya misalkan ada 287 rumah rusak"
    return any(
        w in words and (w not in examples or (k > 0 and before[k - 1] in conditions)) for k, w in enumerate(before)
    )


def onlookers(f: Figure) -> bool:
    """The crowding word after the figure is followed, in its clause, by a verb of watching (``[cues]
    onlooker_verbs``) and a sight of disaster (``onlooker_sights``): people watching the scene, no turnout; sets the
    label."""
    s, m = f.s, f.m
    k, hit = next_hit(s, m, max(m.np_end, m.num_end))
    if hit is None:
        return False
    verbs, sights = s.lex.cue("onlooker_verbs"), s.lex.cue("onlooker_sights")
    j = k + hit[0]
    if j >= len(s.words) or s.words[j] not in verbs:
        return False
    for w in s.words[j + 1 : j + 1 + _LINK_REACH]:
        if w == "," or w in CLAUSE_PUNCT:
            return False
        if w in sights:
            f.label, f.other_verb = "spectators", True
            return True
    return False


def _opens_later_figure(f: Figure) -> bool:
    s, m = f.s, f.m
    coordinators, tally_joiners = s.lex.coordinators, s.lex.cue("tally_joiners")
    k, hit, joined = m.num_end, None, False
    while k < len(s.words) and hit is None:  # a joiner may open a clause: "31 orang sehingga sisa korban hilang"
        if s.words[k] == "," or s.words[k] in CLAUSE_PUNCT or (k in s.mention_firsts and k != m.first):
            return False
        joined = joined or s.words[k] in coordinators or s.words[k] in tally_joiners  # no set built per figure
        hit = s.measure_at(k)
        k += 1 if hit is None else 0
    if hit is None or hit[1].startswith("=") or not joined:
        return False  # "2.006 kasus DBD dengan jumlah meninggal 41 orang" never reaches here: no joiner, no hit
    linkers = s.lex.cue("figure_linkers")
    for j in range(k + hit[0], min(len(s.words), k + hit[0] + _LINK_REACH)):
        if s.words[j] == "," or s.words[j] in CLAUSE_PUNCT:
            return False  # a cause may stand between: "meninggal karena DBD dengan jumlah 344 orang"
        if j in s.mention_firsts:
            later = next(x for x in f.mentions if x.first == j)
            return s.words[later.num_first - 1] in linkers if later.num_first > 0 else False
    return False


def _same_noun_pair(f: Figure) -> bool:
    s, m = f.s, f.m
    if f.head is None or not f.head.generic or not m.nouns or m.np_end != m.num_end + 1:
        return False  # "15.132 orang": the figure and one generic noun
    j = m.np_end
    if j + 1 >= len(s.words) or s.words[j] not in s.lex.coordinators or j + 1 not in s.mention_firsts:
        return False
    later = next(x for x in f.mentions if x.first == j + 1)
    same = bool(later.nouns) and later.nouns[0] is m.nouns[0] and later.np_end == later.num_end + 1
    k, hit = next_hit(s, later, later.np_end)
    return same and hit is not None and k == later.np_end and not hit[1].startswith("=")


def _relatives_of(f: Figure) -> bool:
    s, m = f.s, f.m
    relations = s.lex.cue("relation_nouns")
    start = max(m.np_end, m.num_end)
    k, hit = next_hit(s, m, start)
    if hit is None or k < 2 or k - 1 < m.num_end:
        return False
    before = s.words[k - 1]
    if strip_suffix(before, s.lex.cue("possessed_suffixes")) in relations:
        return True  # "128 orang yang melaporkan keluarganya hilang": their relatives are missing
    if not any(s.words[j] in relations for j in range(m.num_end, k - 1)):
        return False
    noun = s.lex.nouns.match_ending(s.words, k) if s.words[k - 1] in s.lex.nouns.lasts else None
    return noun is not None and noun[1].generic and k - noun[0] > m.num_end
