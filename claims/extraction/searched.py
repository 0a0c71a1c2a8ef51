"""People a search is for are missing: "Tim SAR masih berusaha mencari 11 penambang", "Pencarian dua orang anak yang
hanyut di Kali Ciliwung dihentikan sementara", "pencarian terhadap tiga nelayan". The search word stands right
before the figure (``[cues] search_words``); fugitives the police hunt are no missing people (``[cues]
search_fugitives``: "polisi mencari dua pelaku lain")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.clause_scans import word_in_clause
from claims.extraction.lost_homes import lost_homes
from claims.extraction.shelter_stays import hosted, sheltered
from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def searched_for(f: Figure) -> str | None:
    """``missing`` for a count of people right after a search word, else ``displaced`` for people staying in
    evacuation centres or taken in by them (``shelter_stays``) or ``damaged`` for homes said to be lost
    (``lost_homes.lost_homes``), else None.

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure) for c in extract("Tim SAR masih mencari 11 penambang.", "id")]
    [('11', 'missing')]
    >>> [(c.text, c.measure) for c in extract("Polisi masih mencari dua pelaku lain.", "id")]
    [('dua', 'other')]
    """
    s, m = f.s, f.m
    search = s.lex.cue("search_words")
    k = s.before_determiners(m.first - 1)
    if k > 0 and s.words[k] in s.lex.cue("search_objects"):
        k -= 1  # "pencarian terhadap tiga nelayan"
    if k < 0 or s.words[k] not in search or f.cls not in PERSON_CLASSES:
        return sheltered(f) or hosted(f) or lost_homes(f)
    if m.np_end < len(s.words) and s.words[m.np_end] in s.lex.cue("part_auxiliaries"):
        return None  # "during door-to-door search 656 people were checked": the figure's own clause (a19en)
    if word_in_clause(s.words, range(k - 1, -1, -1), s.lex.cue("search_hunters")):
        return None  # "police are searching for two men who fled": a manhunt, not a rescue
    after = m.num_end
    fugitives = s.lex.cue("search_fugitives")
    if any(w in fugitives for w in s.words[after : max(after, m.np_end) + 1]):
        return None
    return "missing"
