"""Gates on a figure owned by a place or by a thing (issue 11, round 9 fourth wave, Indonesian).

On fresh Indonesian health and crime reports (COVID-19 bulletins, dengue and measles tallies, hajj deaths, gambling
and drug busts, smelter blasts; traced with :mod:`claims.extraction.measure_trace`) the wrong specific measures came,
again, from a word whose owner is not the people the figure counts:

- a verb read before the figure whose object is a place that owns the figure, as in the ranking of a bulletin
  ("penambahan kasus itu diikuti Provinsi Jawa Barat 1.127 orang, Jawa Tengah 658 orang": followed by a province,
  no one took part in anything): :func:`place_object`. A place after a preposition is the verb's adjunct and leaves
  it alone ("ditangkap di Kabupaten Garut 12 orang");
- a bare figure that is the attribute of a thing, after a noun and an attribute word with its own prefix ("sebuah
  gedung berlantai 3 yang menjadi kantor judi online ... digeruduk tim siber": three floors), which then read a
  verb far after it: :func:`thing_attribute`;
- a part ("dua di antara mereka") after its whole's predicate with no comma between, as quoted speech runs on
  ("4 pekerja mengalami luka bakar dua di antara mereka mengalami luka cukup parah"): the verb before the part is the
  whole's, the part is picked out by its own predicate: :func:`part_after_whole_predicate`.

- a figure whose own noun names its measure, picked out by a relative clause with a state of its own ("3 penonton
  yang dibopong karena pingsan": the fainted, not the crowd): :func:`relative_state`;
- a figure restating its tally subject, coordinated with a later figure whose predicate the measure word is
  ("jumlah penderita sebesar 10.560 penderita dan 97 orang meninggal"): :func:`restated_subject`.

A rank written apart ("lokasi ke dua di Ruko X") is no count at all: :func:`claims.extraction.exclusions` drops it.

Each starts from a cheap test on the figure's own tokens (the rule's name, the word right before the figure), so most
figures cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.care_sites import first_measure_after
from claims.extraction.reach import prefixes_of
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.resolution import Figure

_PREDICATE_REACH: Final = 4  # tokens after a part where its own predicate may stand: "di antara mereka mengalami luka"
_RELATIVE_REACH: Final = 5  # tokens of a relative clause where its state may stand: "yang dibopong karena pingsan"
_TALLY_REACH: Final = 5  # tokens back to the tally subject a figure restates: "jumlah penderita sebesar"
_STEM_MIN: Final = 3  # letters an attribute word has after its prefix: "berlantai", not "beri"


def figure_owner_fails(f: Figure) -> bool:
    """The figure is a thing's attribute, a part after its whole's predicate, a subset picked out by a relative state
    or a subject's restated figure, or the word that named its measure is a verb whose object is a place owning it:
    the figure is ``other``."""
    rule = f.rule_name
    if rule == "_word_before" and f.named_before is not None:
        return place_object(f.s, f.named_before) == f.m.first
    if rule == "_verb_before":
        return part_after_whole_predicate(f.s, f.m, f.mentions)
    if rule == "_noun_measure":
        return relative_state(f.s, f.m)
    return rule == "_word_after" and (thing_attribute(f.s, f.m) or restated_subject(f.s, f.m, f.mentions))


def place_object(s: SentenceView, k: int) -> int | None:
    """The measure word at token ``k`` is followed right away by a place name (a capitalised administrative word, or
    capitalised words ending with a compass word: ``[places] admin``, ``[places] suffixes``) and then, past place
    fillers, by a figure's number (no qualifier of its own): the place is the verb's object and the figure its item
    ("diikuti Kabupaten Garut 215 orang"). The figure's first token, or None."""
    found = s.measure_at(k)
    if found is None:
        return None
    noun = s.noun_at(k)
    if noun is not None and noun[0] == found[0]:
        return None  # "Jumlah pengungsi Desa A 120 jiwa, Desa B 85 jiwa": a noun of the measure, no verb's object
    words, texts, lex = s.words, s.texts, s.lex
    start = j = k + found[0]
    while j < len(words) and s.kinds[j] == "w" and texts[j][0].isupper() and j not in s.mention_firsts:
        j += 1
    if j == start or words[j - 1] in lex.place_admin:
        return None  # no name, or no name after the administrative word
    if words[start] not in lex.place_admin and words[j - 1] not in lex.place_suffixes:
        return None
    while j < len(words) and words[j] in lex.place_fillers:
        j += 1
    if j not in s.mention_firsts or (s.kinds[j] != "n" and words[j] not in lex.number_words):
        return None  # a qualifier of the figure's own ("memadati Jalan Merdeka Utara diperkirakan sekitar 5.000")
    return j


def part_after_whole_predicate(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` is a part ("dua di antara mereka", "tiga di antaranya") whose measure verb before it follows, with no
    comma, the noun phrase of an earlier figure: the verb is that whole's predicate ("empat pekerja mengalami luka
    bakar dua di antara mereka mengalami luka cukup parah"), and the part, a subset of it, is picked out by its own
    predicate (a measure word after it: "tiga di antaranya anak-anak" has none, a breakdown by group that keeps it)."""
    if not m.partitive or not _own_predicate(s, m.np_end):
        return False
    for o in mentions:
        if o is m or o.first >= m.first or o.np_end > m.first:
            continue
        between = s.words[o.np_end : m.first]
        if between and "," not in between and not any(w in CLAUSE_PUNCT for w in between):
            return True
    return False


def _own_predicate(s: SentenceView, start: int) -> bool:
    """A measure word (or an other-verb) stands within ``_PREDICATE_REACH`` tokens after ``start``, in its clause."""
    return first_measure_after(s, start, _PREDICATE_REACH) is not None


def relative_state(s: SentenceView, m: Mention) -> bool:
    """A figure whose own noun names its measure ("penonton": the turnout) is picked out by a relative clause after
    that noun whose predicate names a state of its own, an other-verb (``=``): "ada 3 penonton yang dibopong karena
    pingsan" counts the fainted, not the crowd ("500 pengungsi yang ditampung di GOR" names no state, and keeps it)."""
    k, words = m.np_end, s.words
    if k >= len(words) or words[k] not in s.lex.relative_words:
        return False
    hit = first_measure_after(s, k + 1, _RELATIVE_REACH)
    return hit is not None and hit[1][1].startswith("=")


def restated_subject(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """The figure restates the noun of a tally subject before it ("jumlah penderita sebesar 10.560 penderita"), and a
    coordinator alone joins it to the next figure, whose predicate the measure word after that figure is ("... dan 97
    orang meninggal": the 97 died). Not "sebanyak 5 warga dan 3 polisi terluka": no subject, one shared predicate."""
    words, end = s.words, m.np_end
    if end <= m.num_end or end + 1 >= len(words) or words[end] not in s.lex.coordinators:
        return False
    if end + 1 not in s.mention_firsts:
        return False
    tally, noun = s.lex.subject_cues.get("tally_words"), words[m.num_end]
    if tally is None:
        return False
    for j in range(m.first - 1, max(0, m.first - _TALLY_REACH), -1):
        if words[j] == noun and tally.match_ending(words, j) is not None:
            return True
    return False


def thing_attribute(s: SentenceView, m: Mention) -> bool:
    """``m`` is a bare figure (no qualifier, no noun of its own) right after an attribute word (``[syntax]
    attribute_prefixes``) that follows a noun: "gedung berlantai 3", "kapal berbobot 30". A total word that takes the
    same prefix ("berjumlah 20") is a qualifier of the figure and is not seen here."""
    k = m.first - 1
    if k < 1 or m.nouns or m.raw_label is not None or m.first != m.num_first or s.kinds[k - 1] != "w":
        return False
    word = s.words[k]
    prefixes = prefixes_of(s.lex, "attribute_prefixes", False)
    if not word.startswith(prefixes) or s.measure_at(k) is not None or word in s.lex.change_words:
        return False  # "bertambah 3": a change, no attribute
    if m.num_end < len(s.words) and s.measure_at(m.num_end) is not None:
        return False  # "bertambah 3 jenazah": the figure's own measure noun
    return any(word.startswith(p) and len(word) - len(p) >= _STEM_MIN for p in prefixes)
