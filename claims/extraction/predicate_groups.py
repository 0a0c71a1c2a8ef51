"""The closed group that a predicate after a count of people names (DESIGN.md 4.1: a group narrower than ``people``).

Indonesian reports often name who the counted people were only after the count: in a relative clause with a copula
("menahan dua tersangka yang merupakan oknum polisi", "27 pelaku yang ditangkap merupakan anak di bawah umur") or in
a closing clause with "all" ("71 orang luka, 19 meninggal, itu sipil semua", "semua yang tewas adalah perempuan").
Both are read only where the sentence holds a cue word (``[subjects] copulas``, ``[subjects] closing_all_words``),
so most sentences pay one set test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PERSON_CLASSES, context_class, group_class
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_ENDS = frozenset({",", ".", ";", '"', "!", "?"})
_BOUNDS = _ENDS | CLAUSE_PUNCT  # where a clause ends, its punctuation included
_REACH = 8  # how far after a figure's noun phrase its relative clause's copula may stand


def predicate_group(f: Figure) -> str | None:
    """The class a relative copula or a closing "all" clause gives a count of people, None for none."""
    s = f.s
    cues = s.lex.subject_cues
    copulas, still = cues.get("copulas"), cues.get("relative_copulas")
    if any(table is not None and not table.firsts.isdisjoint(s.word_set) for table in (copulas, still)):
        found = _relative_copula(f)
        if found is not None:
            return found
    alls = cues.get("closing_all_words")
    if alls is not None and not alls.firsts.isdisjoint(s.word_set):
        found = _closing_all(f)
        if found is not None:
            return found
    duty = s.lex.cues.get("duty_death_words")
    if f.m.measure == "killed" and duty is not None and not duty.isdisjoint(s.word_set):
        return _fallen(f, duty)
    return None


_DUTY_REACH = 4  # how far after the figure the verb of dying on duty may stand ("lima di antaranya gugur")


def _fallen(f: Figure, duty: frozenset[str]) -> str | None:
    """ "1 gugur, kata Kapuspen TNI", "dua orang gugur dalam kontak tembak dengan Polres": a verb said of those who
    die on duty (``[cues] duty_death_words``) after a count of people makes them the force its sentence names
    (``[context_subjects.personnel]``), None when it names none or a civil agency."""
    s, m = f.s, f.m
    start = max(m.np_end, m.num_end)
    for k in range(start, min(len(s.words), start + _DUTY_REACH)):
        w = s.words[k]
        if w in duty:
            entries = s.lex.context_subjects.get("personnel")
            cls = context_class(entries, s.word_set) if entries is not None else None
            return cls if cls in ("police", "soldiers", "security_forces") else None
        if w in _BOUNDS or k in s.mention_firsts:
            return None
    return None


def _group_at(s: SentenceView, k: int) -> tuple[int, str] | None:
    """``(end, class)`` of a person noun of a group narrower than people at token k."""
    if k >= len(s.words) or s.words[k] not in s.lex.nouns.firsts:
        return None
    noun = s.lex.nouns.match(s.words, k)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    cls = group_class(noun[1], s.lex, s.word_set)
    return (k + noun[0], cls) if cls != "people" else None


def _skip_measure(s: SentenceView, k: int) -> tuple[int, str | None, bool]:
    """Past measure words and a "yang" at token k ("yang ditangkap", "korban jiwa yang"): the token after them, the
    measure they name (None for none) and whether a relative word was among them."""
    stops, measure, relative = s.lex.subject_cues.get("relative_words"), None, False
    for _ in range(3):
        if stops is not None and k < len(s.words) and s.words[k] in stops.firsts:
            k, relative = k + 1, True
            continue
        found = s.measure_at(k) if k < len(s.words) else None
        if found is None:
            break
        k, measure = k + found[0], found[1]
    return k, measure, relative


def _relative_copula(f: Figure) -> str | None:
    """ "dua orang tersangka yang merupakan oknum polisi", "3 korban jiwa yang merupakan anak-anak", "27 pelaku tawuran
    yang ditangkap merupakan anak di bawah umur": the copula's noun names the figure's group."""
    s, m = f.s, f.m
    k, measure, relative = _skip_measure(s, max(m.np_end, m.num_end))
    if not relative or (measure is not None and measure != m.measure):
        return None  # "Most of the 52 dead were children": no relative clause, the figure is a whole
    while k < len(s.words) and s.words[k] in syntax_list(s, "np_closers"):
        k += 1  # "Tiga pasien yang meninggal itu adalah anak": a demonstrative closes the relative clause
    copulas = s.lex.subject_cues["copulas"]
    if k < len(s.words) and s.words[k] not in copulas.firsts:
        copulas = s.lex.subject_cues.get("relative_copulas") or copulas  # "yang meninggal itu masih anak-anak"
    if k >= len(s.words) or s.words[k] not in copulas.firsts or k > max(m.np_end, m.num_end) + _REACH:
        return None
    found = copulas.match(s.words, k)
    if found is None or any(k < j < k + found[0] + 4 for j in s.mention_firsts):
        return None
    group = _group_at(s, k + found[0])
    return group[1] if group is not None else None


def _closing_all(f: Figure) -> str | None:
    """ "71 orang luka, 19 meninggal, itu sipil semua", "semua yang tewas adalah perempuan", "semuanya warga sipil":
    a clause after the sentence's last figure that says all the counted people were of one group."""
    s, m, words = f.s, f.m, f.s.words
    alls = s.lex.subject_cues["closing_all_words"]
    start = max(m.np_end, m.num_end)
    a = next((k for k in range(max(start, max(s.mention_firsts) + 1), len(words)) if words[k] in alls.firsts), None)
    if a is None:
        return None
    before = _noun_before_all(s, a, start)
    if before is not None or words[a - 1] not in _BOUNDS:
        return before
    k, measure, _ = _skip_measure(s, a + 1)
    if measure is not None and measure != m.measure:
        return None
    copulas = s.lex.subject_cues.get("copulas")
    cop = copulas.match(words, k) if copulas is not None and k < len(words) else None
    k += cop[0] if cop is not None else 0
    group = _group_at(s, k)
    if group is not None and (cop is not None or group[0] >= len(words) or words[group[0]] in _ENDS):
        return group[1]
    return None


def _noun_before_all(s: SentenceView, a: int, start: int) -> str | None:
    """ "itu sipil semua": a group noun right before a closing "all" that ends its clause."""
    words = s.words
    if a + 1 < len(words) and words[a + 1] not in _BOUNDS:
        return None
    noun = s.lex.nouns.match_ending(words, a) if words[a - 1] in s.lex.nouns.lasts else None
    if noun is None or a - noun[0] <= start or noun[1].subject_class not in PERSON_CLASSES:
        return None
    cls = group_class(noun[1], s.lex, s.word_set)
    return cls if cls != "people" else None
