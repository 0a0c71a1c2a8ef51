"""Wounded people a hospital is treating are admissions (round 10, gaps13en; the settled "n were treated in hospital").

"Doctors said at least 38 wounded people, including five children, were being treated at the city's largest
hospital", "Eight people wounded in the attack were treated at the university hospital, including three police
officers": the injury word is an attribute of the counted noun (or a reduced relative after it); the predicate of
the clause, care at a hospital, says what the figure counts (DESIGN 4.1: treated AT a hospital is a hospital stay).
A figure read ``injured`` whose first auxiliary after it (``[cues] care_auxiliaries``) opens a treating verb
(``hospital_treat_verbs``, perhaps after "being") with a hospital word (``hospital_words``) within
``_REACH`` tokens after it, and no word of the scene (``treat_scene_words``), is ``hospitalized``; so are its parts
read ``injured`` before that auxiliary or after an inclusion word (``inclusion_words``) at the end of the clause.
"People were injured and treated at the hospital" keeps its injury predicate (its auxiliary opens no care verb), as does
a figure whose care comes in a clause of its own after a comma and a coordinator ("rose from 11 to 17, and all of
them are being treated at the police hospital").
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 6  # tokens from the treating verb to the hospital word: "treated at the city's largest hospital"


def treated_wounded(s: SentenceView, mentions: list[Mention]) -> None:
    """Make wounded people a hospital is treating hospitalized (module docstring)."""
    cue = s.lex.cue
    hospitals, treats = cue("hospital_words"), cue("hospital_treat_verbs")
    if hospitals.isdisjoint(s.word_set) or treats.isdisjoint(s.word_set):
        return
    for i, m in enumerate(mentions):
        if not m.valid or m.measure != "injured" or m.partitive:
            continue
        aux = _care_auxiliary(s, m.last, hospitals, treats)
        if aux < 0:
            continue
        m.measure = "hospitalized"
        inclusions = cue("inclusion_words")
        for o in mentions[i + 1 :]:
            inside = o.first < aux or (o.first >= 1 and s.words[o.first - 1] in inclusions)
            if o.valid and o.measure == "injured" and inside:
                o.measure = "hospitalized"
        return


def _care_auxiliary(s: SentenceView, start: int, hospitals: frozenset[str], treats: frozenset[str]) -> int:
    """The first auxiliary after ``start`` when it opens care at a hospital, else -1."""
    words, auxiliaries = s.words, s.lex.cue("care_auxiliaries")
    k = start
    while k < len(words) and words[k] not in auxiliaries:
        if words[k] in CLAUSE_PUNCT or words[k] in treats:
            return -1
        if words[k] == "," and k + 1 < len(words) and words[k + 1] in s.lex.coordinators:
            return -1  # ", and all of them are being treated at ...": a clause of its own, not the figure's predicate
        k += 1
    verb = k + 1
    if verb < len(words) and words[verb] in auxiliaries:
        verb += 1  # "were being treated"
    if verb >= len(words) or words[verb] not in treats:
        return -1
    scene = s.lex.cue("treat_scene_words")
    for j in range(verb + 1, min(len(words), verb + 1 + _REACH)):
        if words[j] in scene or words[j] in CLAUSE_PUNCT:
            return -1
        if words[j] in hospitals:
            return k
    return -1
