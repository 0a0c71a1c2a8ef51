"""Deaths counted by the case classifier (DESIGN.md 4.1: deaths among a case count are persons, killed).

Health bulletins (Kemenkes, Dinkes) count deaths with the word for cases: the dead of a disease ranked by province
("Kematian akibat DBD tertinggi di Jawa Barat dengan 187 kasus, disusul Jawa Tengah 133 kasus"), the dead among the
cases ("sebanyak 452 kasus di antaranya meninggal dunia", "142 kasus dinyatakan meninggal dunia"). The classifier
is a thing (``[nouns] kasus``), so no people measure reaches the figure by the ordinary rules; this reads:

- a part after the case classifier ("n kasus di antaranya <verb>") or a state lead ("n kasus dinyatakan <verb>"):
  the people measure of the verb (``case_parts``);
- a ranked tally of deaths ("<death word> ... <superlative> [filler] <preposition> <Place> [filler] n kasus"):
  killed, with the place;
- the items of its list ("..., <Place> n kasus dan <Place> m kasus"), after a figure read as killed: killed, with
  the place before each.

>>> from claims.extraction import extract
>>> text = "Kematian akibat campak terbanyak di Kabupaten Tirta dengan 14 kasus, disusul Kota Lembah 9 kasus."
>>> [(c.low, c.measure, c.place) for c in extract(text, "id")]
[(14, 'killed', 'Kabupaten Tirta'), (9, 'killed', 'Kota Lembah')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.case_parts import state_at
from claims.extraction.death_case_clauses import death_clause
from claims.extraction.mentions import Mention
from claims.extraction.opening_groups import count_people
from claims.extraction.ranked_place import place_start
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_RANK_REACH: Final = 2  # words between the superlative and the place's preposition ("tertinggi terjadi di")
_DEATH_REACH: Final = 5  # words between the death word and the superlative ("Kematian akibat DBD tertinggi")


def death_case_tallies(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the figures counted by the case classifier the people measure the module docstring reads."""
    for index, m in enumerate(mentions):
        if not _cases(m):
            continue  # most figures: the checks below need a bare case count
        last = mentions[index - 1] if index > 0 else None
        previous = last if last is not None and last.valid and last.measure == "killed" else None
        before = mentions[index - 2] if index > 1 else None  # the figure before ``previous``
        found = _part_state(s, m, mentions)
        place: str | None = None
        if found is None and previous is not None and _list_item(s, previous, m) and not _paired(s, before, previous):
            found, place = "killed", _place_before(s, m.first)
        elif found is None:
            ranked = _ranked_death(s, m)
            found, place = ("killed", ranked) if ranked is not None else (None, None)
        if found is None and death_clause(s, m, mentions):
            found = "killed"  # "Kematian ibu ... mencapai 17 kasus" (death_case_clauses.py)
        if found is not None:
            count_people(s, m, found)  # "Kematian ibu ... mencapai 17 kasus": women (opening_groups.py)
            if place is not None and m.place is None:
                m.place = place


def _cases(m: Mention) -> bool:
    """Whether ``m`` is a valid figure counted by the case classifier alone, with no measure yet."""
    return m.valid and m.measure == "other" and bool(m.nouns) and all(noun.label == "cases" for noun in m.nouns)


def _paired(s: SentenceView, before: Mention | None, previous: Mention) -> bool:
    """Whether the killed figure ``previous`` is the deaths of a case count in the same item ("Kabupaten X 341
    kasus dengan 5 kematian, Kabupaten Y 211 kasus ..."): the list pairs cases and deaths, its next case count is
    cases."""
    if before is None or not (before.valid and before.measure == "other" and (before.subject or "").endswith("cases")):
        return False
    return all(s.words[k] != "," and s.words[k] not in CLAUSE_PUNCT for k in range(before.last, previous.first))


def _part_state(s: SentenceView, m: Mention, mentions: list[Mention]) -> str | None:
    """The people measure of the verb after "n kasus [di antaranya]" ("452 kasus di antaranya meninggal dunia"), past
    the share that restates the figure ("79 kasus atau 4 persen di antaranya meninggal dunia")."""
    k = m.np_end if m.np_end is not None else m.last
    if k + 1 < len(s.words) and s.words[k] in s.lex.coordinators and k + 1 in s.mention_firsts:
        share = next(o for o in mentions if o.first == k + 1)
        k = share.last if share.unit is not None else k  # a share, not a second count of people
    if k >= len(s.words):
        return None
    after = s.past_partitive(k)
    if after == k and s.words[k] in s.lex.relative_words:
        return None  # "12 kasus pencurian yang kami tangani": a relative clause with its own agent, no state
    found = state_at(s, after)
    return found if found in PEOPLE_MEASURES else None


def _place_before(s: SentenceView, first: int) -> str | None:
    """The capitalised place right before token ``first``, past a filler ("Jawa Timur sebanyak 41 kasus")."""
    j = first - 1
    if j >= 0 and s.words[j] in s.lex.place_fillers:
        j -= 1
    end = j + 1
    start = place_start(s, end)
    return " ".join(s.texts[start:end]) if start < end else None


def _list_item(s: SentenceView, previous: Mention, m: Mention) -> bool:
    """Whether ``m`` is the next item of a list by place after ``previous``: only a comma, a coordinator, a word
    of ranking or of a list ("disusul", "lalu"), a preposition and the place stand between."""
    words, lex = s.words, s.lex
    start = max(previous.last, previous.np_end or 0)
    own = s.measure_at(start) if start < len(words) else None
    if own is not None and own[1] == "killed":
        start += own[0]  # "sebanyak 38 kematian, Klaten Raya 30 kasus": the head's own death noun
    if _place_before(s, m.first) is None:
        return False
    nexts = lex.cue("ranked_next")
    for k in range(start, m.first):
        w = words[k]
        if w in CLAUSE_PUNCT or k in s.mention_firsts:
            return False
        if not (
            w == ","
            or w in lex.coordinators
            or w in nexts
            or w in lex.breakdown_cues
            or w in lex.place_prepositions
            or w in lex.place_fillers
            or s.texts[k][:1].isupper()
        ):
            return False
    return True


def _ranked_death(s: SentenceView, m: Mention) -> str | None:
    """The place of "<death word> ... <superlative> [filler] <preposition> <Place> [filler] n kasus", or None."""
    words, lex = s.words, s.lex
    place = _place_before(s, m.first)
    if place is None:
        return None
    j = m.first - 1 - (1 if words[m.first - 1] in lex.place_fillers else 0) - len(place.split())
    if j < 1 or words[j] not in lex.place_prepositions:
        return None
    superlatives = lex.cue("superlatives")
    for k in range(j - 1, max(-1, j - 2 - _RANK_REACH), -1):
        if words[k] in CLAUSE_PUNCT or words[k] == "," or k in s.mention_firsts:
            return None
        if words[k] in superlatives or (k > 0 and f"{words[k - 1]} {words[k]}" in superlatives):
            return place if _death_word_before(s, k) else None
    return None


def _death_word_before(s: SentenceView, end: int) -> bool:
    """Whether a killed measure word stands in the few words before token ``end`` of its clause."""
    for k in range(end - 1, max(-1, end - 1 - _DEATH_REACH), -1):
        if s.words[k] in CLAUSE_PUNCT or s.words[k] == "," or k in s.mention_firsts:
            return False
        found = s.measure_at(k)
        if found is not None:
            return found[1] == "killed" and k + found[0] <= end
    return False
