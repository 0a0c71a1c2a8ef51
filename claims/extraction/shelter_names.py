"""People counted in brackets after a named shelter (round 11, h16id_b: BNPB and Pos Komando rundowns of eruption
and flood evacuees): "Pos Pengungsian Kantor Desa Tongute Sungi (56 orang), Pos Pengungsian Gereja Akesibu (245
orang)". The shelter's name opens with a shelter word (``[cues] shelter_name_heads``), so the people counted there are
evacuees: ``displaced``, with the shelter as the place of the item. A bracketed count after any other name keeps its
reading (a count by place of the measure its sentence names, or an age)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_NAME_REACH: Final = 8  # capitalised words a shelter's name may run to before the bracket


def shelter_count(f: Figure) -> str | None:
    """``displaced`` for a figure of people (or a bare one) in brackets right after a shelter's name."""
    s, m = f.s, f.m
    heads = s.lex.cue("shelter_name_heads")
    if not heads or m.first < 2 or s.texts[m.first - 1] != "(" or m.unit is not None:
        return None
    if m.nouns and any(noun.subject_class not in PERSON_CLASSES for noun in m.nouns):
        return None  # "Posko Induk (12 tenda)": things at the shelter
    end = max(m.last, m.np_end)
    if end >= len(s.texts) or s.texts[end] != ")":
        return None
    seconds = s.lex.cue("shelter_name_seconds")
    k = m.first - 2
    stop = max(-1, k - _NAME_REACH)
    while k > stop and s.kinds[k] == "w" and s.texts[k][0].isupper():
        if s.words[k] in heads and k + 1 < m.first - 1 and s.words[k + 1] in seconds:
            return "displaced"
        k -= 1
    return None
