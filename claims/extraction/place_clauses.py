"""Places of contrasted clauses (round 11, place16).

A sentence that sets two places side by side, each with its own figures, splits the event by place (DESIGN 4.1):
"Di Kabupaten A tercatat 338 kasus dengan 5 kematian, sedangkan Kabupaten B 190 kasus", "Di A tercatat 2.115
kasus dengan 44 kematian, B 1.064 kasus", "Enam remaja ditangkap di
Desa A, sementara sembilan lainnya ditangkap di Desa B", "Six centres in A hold 301 evacuees, while three in B
house 111 people". The sentence is cut into clauses at a contrast word (``[cues] place_clause_joiners``), a
semicolon, or a comma before a place ("..., di Kabupaten B
sebanyak 2.118 KK", "..., dan Kota C 71 kasus"). A clause holds one place: a name
after a place preposition, or a name that opens the clause and carries an administrative or compass word or comes
right before a figure. When two clauses or more hold different places and share a measure, every figure of such a
clause that no list rule placed takes its clause's place; a figure before the place in its clause only when no
comma stands between them ("Dari 58 suspek itu, terbanyak di X": the total keeps none). One place alone names
the scene, never a part: "banjir di Kabupaten Garut menewaskan 12 orang" keeps no place."""

from __future__ import annotations

import itertools
from typing import Final

from claims.extraction.item_places import place_run
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_CUTS: Final = frozenset({";"})
_COMMAS: Final = frozenset({",", ":"})


class _Clause:
    """A clause of the sentence: its token span, its place and where the place starts."""

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.place: str | None = None
        self.at = -1


def place_clauses(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the figures of contrasted clauses their clause's place (module docstring)."""
    if len(mentions) < 2:
        return
    clauses = _clauses(s)
    if len(clauses) < 2:
        return  # most sentences: one clause, nothing to contrast (and the place search of each clause is skipped)
    placed = [c for c in clauses if _find_place(s, c)]
    if len(placed) < 2:
        return
    owned = [(c, [m for m in mentions if c.start <= m.first < c.end and _owns(s, c, m, mentions)]) for c in placed]
    owned = [(c, ms) for c, ms in owned if ms]
    if len(owned) < 2 or len({c.place.lower() for c, _ in owned if c.place}) < 2:
        return
    seen: dict[str, int] = {}
    for _, ms in owned:
        for measure in {m.measure for m in ms if m.valid}:
            seen[measure] = seen.get(measure, 0) + 1
    if not any(n >= 2 for n in seen.values()):
        return  # "12 tewas di X, sementara polisi di Y menangkap 3": two stories, no split of one measure
    for c, ms in owned:
        for m in ms:
            if m.place is None and m.valid and m.unit is None:  # "3 km", "13,9 persen": a measurement
                m.place = c.place


def _clauses(s: SentenceView) -> list[_Clause]:
    words, texts, lex = s.words, s.texts, s.lex
    joiners = lex.cue("place_clause_joiners")
    cuts = [0]
    for k, w in enumerate(words):
        comma_place = w == "," and k + 2 < len(words) and words[k + 1] in lex.place_prepositions
        if w in joiners or w in _CUTS or (comma_place and texts[k + 2][0].isupper()) or _comma_name(s, k):
            cuts.append(k)
    cuts.append(len(words))
    return [_Clause(a, b) for a, b in itertools.pairwise(cuts) if a < b]


def _comma_name(s: SentenceView, k: int) -> bool:
    """A comma, perhaps with a joiner, before a name that opens a clause of its own place: "..., Jateng 1.064 kasus",
    "..., dan Kota C 71 kasus"."""
    if s.words[k] != ",":
        return False
    j = k + 1
    if j < len(s.words) and s.words[j] in s.lex.list_joiners:
        j += 1
    return (
        j < len(s.words)
        and s.kinds[j] == "w"
        and s.texts[j][0].isupper()
        and _opening_name(s, j, len(s.words)) is not None
    )


def _find_place(s: SentenceView, c: _Clause) -> bool:
    """Set the clause's one place; False when it has none, or two."""
    words, texts, lex = s.words, s.texts, s.lex
    joiners = lex.cue("place_clause_joiners")
    k = c.start
    while k < c.end and (words[k] in joiners or words[k] in _CUTS or words[k] == "," or words[k] in lex.list_joiners):
        k += 1
    opener = k
    found: list[tuple[str, int]] = []
    for j in range(opener, c.end):
        name: str | None = None
        if words[j] in lex.place_prepositions and j + 1 < c.end and texts[j + 1][0].isupper():
            name = _name_at(s, j + 1, c.end)
        elif j == opener and s.kinds[j] == "w" and texts[j][0].isupper():
            name = _opening_name(s, j, c.end)
        if name is not None and not _not_place(s, j, name):
            found.append((name, j))
    names = {n.lower() for n, _ in found}
    if len(names) != 1:
        return False
    c.place, c.at = found[0]
    return True


def _name_at(s: SentenceView, k: int, end: int) -> str | None:
    """The place name at token k, cut before a figure with its counted noun ("di Kota A 380 KK atau 1.210 jiwa")."""
    found = _name_before_count(s, k, end)
    return found[0] if found is not None else None


def _name_before_count(s: SentenceView, k: int, end: int) -> tuple[str, int] | None:
    """The place run at token k up to its first figure with a counted noun, and the token after the name."""
    run = place_run(s, k)
    if run is None or run[1] > end:
        return None
    stop = next((j for j in range(k, run[1]) if s.kinds[j] == "n" and _counted_after(s, j)), run[1])
    return (s.text[s.starts[k] : s.ends[stop - 1]], stop) if stop > k else None


def _counted_after(s: SentenceView, j: int) -> bool:
    """The word after figure j is a counted noun or a measure word: the figure counts, it names no place."""
    return j + 1 < len(s.words) and (s.words[j + 1] in s.lex.nouns.firsts or s.measure_at(j + 1) is not None)


def _opening_name(s: SentenceView, k: int, end: int) -> str | None:
    """A name opening a clause is a place when it holds an administrative or compass word, or a figure follows
    it ("Jateng 1.064 kasus", "Kabupaten Sintang 190 kasus")."""
    found = _name_before_count(s, k, end)
    if found is None:
        return None
    (name, after), lex = found, s.lex  # "Kelurahan B 27 KK": the name stops at 27
    low = [w.lower() for w in name.split()]
    if low[0] in lex.place_admin or low[-1] in lex.place_suffixes:
        return name
    j = after
    if j < end and s.words[j] in lex.cue("place_opening_fillers"):
        j += 1  # "Gunungkidul dengan 9 suspek"; not a verb ("sedangkan AIDS mencapai 10.215": a disease)
    return name if j < end and s.kinds[j] == "n" and k > 0 else None


def _not_place(s: SentenceView, k: int, name: str) -> bool:
    """A counted noun, a measure word, a month or a weekday is no place."""
    lex = s.lex
    first = name.split()[0].lower()
    j = k + 1 if s.words[k] in lex.place_prepositions else k
    if first in lex.place_admin:
        return False  # "Kabupaten Sungai X": an administrative word opens a place, whatever noun it is too
    return (
        first in lex.months
        or first in lex.weekdays
        or first in lex.nouns.firsts
        or first in lex.place_prepositions
        or s.measure_at(j) is not None
    )


def _owns(s: SentenceView, c: _Clause, m: Mention, mentions: list[Mention]) -> bool:
    """The figure belongs to its clause's place: after it, or before it with no comma between and no figure of its
    measure in the clause after the place ("Lima kasus ... dari Kabupaten A dua kasus": the total keeps none). A
    figure after "each" counts every place before it ("Lenteng dan Bluto masing-masing 4"): none."""
    if m.first > 0 and s.words[m.first - 1] in s.lex.cue("each_words"):
        return False
    if m.first > c.at:
        return True
    if any(c.at < o.first < c.end and o.measure == m.measure for o in mentions):
        return False
    return not any(s.words[j] in _COMMAS for j in range(m.last + 1, c.at))
