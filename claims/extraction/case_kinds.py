"""The label of a case count that names its kind (issue 11, round 12: the subject naming of the gold labels).

The gold author labels an infectious disease's case count by the case noun alone, its status kept: "2.417 kasus DBD",
"58.112 kasus dengue", "131 400 cholera cases", "4,213 new COVID-19 cases" are ``cases``; "2.310 kasus suspek" campak
``suspected cases``; "71 were confirmed" ``confirmed cases``. The diseases so counted are the ``[cues]
unnamed_case_diseases`` labels of the lexicon; a condition that is no such disease keeps its name ("11.870 warga
terserang ISPA": respiratory infection cases; "812 kasus gigitan": bite cases).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.lexicon import Lexicon

UNNAMED: Final = "unnamed_case_diseases"
"""``[cues]`` key: the labels of diseases whose case counts are plain ``cases``."""


def kind_words(lex: Lexicon, kind: str | None) -> list[str]:
    """The words a case label takes for ``kind`` (a label of ``[composed_labels.diseases]``): none for a disease of
    ``[cues] unnamed_case_diseases``, the kind itself otherwise."""
    if kind is None or kind.lower() in lex.cue(UNNAMED):
        return []
    return [kind]


def kind_cases(lex: Lexicon, kind: str) -> str:
    """ "cases" for a disease of ``[cues] unnamed_case_diseases``, "<kind> cases" otherwise."""
    return " ".join([*kind_words(lex, kind), "cases"])
