"""The figure after a qualifier that follows a complement verb is that verb's object, with a predicate of its own
after it ("Aksi tawuran itu mengakibatkan sebanyak enam orang terluka"): the qualifier ("sebanyak") made it look
like a predicate figure of the subject before the verb ("Jumlah pasien yang dirawat mencapai 85 orang"), and the
subject's own word ("aksi tawuran") then took the count from the predicate after it (h14id, national crime desks).
Also the part of a whole of the same measure (``same_measure_whole``, moved here from ``resolution``), which now lets
a part that names a closed group keep its measure.
"""

from __future__ import annotations

from claims.extraction.figure_type import Figure
from claims.extraction.reach_before import measure_left, predicate_figure
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView, syntax_list


def subject_predicate(f: Figure) -> bool:
    """The figure is the predicate of a subject with a measure word of its own ("Jumlah pasien yang dirawat mencapai
    85 orang dan 2 orang meninggal"), so no measure word after it is its own; not the object of a complement verb."""
    s, first = f.s, f.m.first
    if not predicate_figure(s, first) or complement_object(s, first):
        return False
    return measure_left(s, first, f.cls, f.owned) is not None


def complement_object(s: SentenceView, first: int) -> bool:
    """The figure at ``first`` stands after a qualifier right after a verb that takes an object with its own
    predicate (``[syntax] complement_verbs``: "mengakibatkan sebanyak", "membuat sekitar", "menyebabkan total")."""
    verbs = syntax_list(s, "complement_verbs")
    if not verbs or verbs.isdisjoint(s.word_set):
        return False
    k = s.before_determiners(first - 1) + 1
    found = s.lex.qualifiers.match_ending(s.words, k) if k > 0 else None
    j = k - found[0] - 1 if found is not None else -1
    return j >= 0 and s.words[j] in verbs


def same_measure_whole(f: Figure) -> bool:
    """The whole of the part ``f.m`` has its measure, or is a figure before it that counts nothing by itself; a part
    that names a closed group ("enam orang terluka, satu di antaranya seorang anggota Brimob yang mengalami luka":
    police) is a breakdown by group (DESIGN 4.1), no subset its verb picks out."""
    if _own_group(f):
        return False
    if f.antecedent is not None:  # the treated are hurt: "6 dirawat, satu di antaranya mengalami patah tulang"
        return f.antecedent.measure in (f.m.measure, "hospitalized" if f.m.measure == "injured" else None)
    return any(o.num_first < f.m.first for o in f.mentions)


def _own_group(f: Figure) -> bool:
    """The part names a closed group of people of its own, narrower than its whole's ("enam orang ..., satu di
    antaranya seorang anggota Brimob"); not one that only inherits its whole's ("six officers ..., one of them")."""
    cls, whole = f.m.subject_class, f.antecedent
    if not f.m.nouns or cls not in PERSON_CLASSES or cls == "people":
        return False
    return whole is None or whole.subject_class != cls
