"""A figure whose measure is in a relative clause set off by commas after its noun (issue 11, round 8).

Wire and court copy name a group and say what happened to it in a non-restrictive relative clause, then go on with
another predicate: "The 11 suspects, who were arrested at a warehouse on the ring road, face up to 20 years in
prison". A short aside before the predicate is read by ``clauses.comma_aside_end``; a longer one ended the figure's
clause, and the figure lost the measure its own relative clause names. This rule (of ``MEASURE_RULES``, after the
rules that read the words right before and after the figure) takes the measure word that opens the relative clause,
unless the predicate after the closing comma opens with a measure word of its own (then that one: "Nine miners, who
were trapped for two days in a flooded shaft, were hospitalized").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.carried_to_care import carried_to_care
from claims.extraction.clauses import aux_at
from claims.extraction.contrast_places import contrast_place
from claims.extraction.reach import search_right
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

_OPENING: Final = 3  # the measure word stands within three words of the relative word ("who had been arrested")


def _verb_near(s: SentenceView, k: int, cls: str | None) -> str | None:
    """A compatible measure word within ``_OPENING`` words of token ``k``, after auxiliaries only ("were", "had
    been": ``[subjects] copulas``, ``[cues] part_auxiliaries``, ``passive_auxiliaries``)."""
    helpers = s.lex.cue("part_auxiliaries") | s.lex.cue("passive_auxiliaries")
    for i in range(k, min(len(s.words), k + _OPENING + 1)):
        found = s.measure_at(i)
        if found is not None:
            return found[1] if not found[1].startswith("=") and compatible(found[1], cls) else None
        if not (aux_at(s, i) or s.words[i] in helpers):
            return None
    return None


def relative_aside(f: Figure) -> str | None:
    """The measure of a figure named in the relative clause set off by commas after its noun (module docstring)."""
    s, m = f.s, f.m
    comma = max(m.np_end, m.num_end)
    words, lex = s.words, s.lex
    if comma + 2 >= len(words) or words[comma] != "," or words[comma + 1] not in lex.relative_words:
        return None
    if words[comma + 1] in lex.cue("possessive_relatives") or f.cls not in PERSON_CLASSES:
        return None  # "the eight firefighters, whose homes burned, ...": the owner, no predicate of the figure
    for k in range(comma + 2, len(words)):
        if k in s.mention_firsts:
            return None  # "target ada 8 orang, yang tertangkap baru tujuh": the clause has a figure of its own
        if words[k] in CLAUSE_PUNCT or words[k] in {".", ";"}:
            break
        if words[k] == ",":  # the predicate after the aside, when it is a measure, else the relative clause's
            near = _verb_near(s, k + 1, f.cls)
            return near or (None if _later_measure(s, k + 1) else _verb_near(s, comma + 2, f.cls))
    return _verb_near(s, comma + 2, f.cls)


def _later_measure(s: SentenceView, k: int) -> bool:
    """The predicate from token ``k`` holds a measure word of people further on in its clause ("One of the officers,
    who sustained injuries, had to be hospitalised"): the relative clause only describes the figure, the predicate
    picks it out, and this rule does not read it (gate14en: ``other`` rather than the relative's measure)."""
    words = s.words
    while k < len(words) and words[k] != "," and words[k] not in CLAUSE_PUNCT and k not in s.mention_firsts:
        found = s.measure_at(k)
        if found is not None and found[1] in PEOPLE_MEASURES:
            return True
        k += 1
    return False


def restated(f: Figure) -> str | None:
    """A figure that restates the one before it between commas (``[cues] restatements``: "320 families, or 1,150
    people, were forced from their homes") takes the predicate after the closing comma, as the first figure's
    noun would (the households stay ``other``: DESIGN 4.1)."""
    s, m = f.s, f.m
    words = s.words
    close = max(m.np_end, m.num_end)
    if m.first < 2 or words[m.first - 1] not in s.lex.cue("restatements") or words[m.first - 2] != ",":
        return None
    if close + 1 >= len(words) or words[close] != "," or f.cls not in PERSON_CLASSES:
        return None
    return search_right(s, close + 1, f.cls, f.owned)


def comma_aside(f: Figure) -> str | None:
    """A rule of ``MEASURE_RULES``: :func:`relative_aside`, else :func:`restated`, else a count by place in a
    contrasting clause that leaves its measure out (``contrast_places.contrast_place``), else the object of an
    active verb that carries it to a place of care (``carried_to_care``)."""
    return relative_aside(f) or restated(f) or contrast_place(f) or carried_to_care(f)


_ITEM_ASIDE: Final = 14  # how long a relative clause between commas inside a list may be


def item_aside(s: SentenceView, gap: range) -> range:
    """The tokens of a relative clause between commas (``[cues] item_asides``, no figure in it) inside ``gap``, the
    words between two items of a list: "15 in Norvale, where a levee failed at 2 a.m., and eight in Castlerow";
    from its opening comma to the token before its closing one (empty when none)."""
    words, openers = s.words, s.lex.cue("item_asides")
    for k in gap:
        if words[k] == "," and k + 1 < gap.stop and words[k + 1] in openers:
            for j in range(k + 2, min(gap.stop, k + _ITEM_ASIDE)):
                if j in s.mention_firsts:
                    return range(0)
                if words[j] == ",":
                    return range(k, j)
            return range(0)
    return range(0)
