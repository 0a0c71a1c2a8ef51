"""Tallies by place after a topic phrase (round 16, disaster recaps).

BNPB and BPBD recaps give a toll by place after a phrase that names the measure and its cause: "Korban meninggal
akibat banjir: Kabupaten A 12, Kabupaten B 7", "Sebaran korban meninggal: Kota A 1, Kota B 3", "Korban meninggal
dunia karena banjir dan longsor, Kabupaten A 12 orang, Kabupaten B 7 orang". Two things kept such lists from their
measure:

- the first item, a bare figure right after a place name, read as part of the name ("Flight 4417"): it is a count
  when it opens a list of the same shape, a place name and digits again after a comma or a joiner
  (:func:`opens_place_list`; the place holds ``[places] admin``);
- a word of cause after the measure word (``[cues] topic_causes``: *karena*, *akibat*) is a clause break in
  ``[clauses] breaks`` ("karena" opens a clause of reason), which ended the search for the list's head
  (:func:`cause_after_measure`): after a measure word it names what the people died of, no clause.
"""

from __future__ import annotations

from claims.extraction.view import SentenceView


def digits_end(s: SentenceView, k: int) -> int:
    """The token after the digits that start at ``k`` ("3.954" runs over its dot)."""
    n = len(s.words)
    end = k + 1
    while end + 1 < n and s.texts[end] in ".," and s.glue[end] and s.glue[end + 1] and s.kinds[end + 1] == "n":
        end += 2
    return end


def name_start(s: SentenceView, end: int) -> int:
    """The first token of the capitalised run that ends before ``end`` (``end`` when there is none)."""
    k = end
    while k > 0 and s.kinds[k - 1] == "w" and s.texts[k - 1][0].isupper():
        k -= 1
    return k


def opens_place_list(s: SentenceView, start: int) -> bool:
    """The digits at ``start`` follow a place name (one with an administrative word) that opens the sentence's list
    after a colon, a comma, a breakdown cue or a place preposition, and the list goes on in the same shape: a comma
    or a joiner, a capitalised name and digits ("Korban jiwa: Kabupaten A 12, Kabupaten B 7")."""
    words, n = s.words, len(s.words)
    if s.kinds[start] != "n":
        return False
    first = name_start(s, start)
    if first == start or first == 0 or not any(w in s.lex.place_admin for w in words[first:start]):
        return False
    before = words[first - 1]
    if not (before in (":", ",") or before in s.lex.breakdown_cues or before in s.lex.place_prepositions):
        return False
    end = digits_end(s, start)
    if end >= n or not (words[end] in (",", ";") or words[end] in s.lex.list_joiners):
        return False
    k = end + 1
    if k < n and words[k] in s.lex.list_joiners:
        k += 1  # a serial comma: ", dan Kota C 3"
    after = k
    while after < n and s.kinds[after] == "w" and s.texts[after][0].isupper():
        after += 1
    return after > k and after < n and s.kinds[after] == "n"


def cause_after_measure(s: SentenceView, k: int) -> bool:
    """Token ``k`` is a word of cause (``[cues] topic_causes``) right after a measure word of death ("korban
    meninggal dunia karena banjir"): the cause of the measure, no clause of its own."""
    if s.words[k] not in s.lex.cue("topic_causes"):
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        found = s.measure_at(j)
        if found is not None and j + found[0] == k:
            return found[1] == "killed"
    return False


def inside_death_cause(s: SentenceView, k: int) -> bool:
    """Token ``k`` lies in the cause after a death word ("Korban meninggal karena tertimbun longsor: ..."): a damage
    word there names how the people died, never a list of things damaged."""
    return any(cause_after_measure(s, j) for j in range(k - 1, max(-1, k - 4), -1))
