"""A measure participle fronted before a copula and the figure (round 9, vary12en).

Copy inverts the clause to end on the figure: "Arrested so far in connection with the deaths are nine people",
"Injured in the blast that killed two were 14 workers". The participle that opens the clause names the figure's
measure; a measure word inside the adjunct between ("the deaths", "killed two") belongs to the adjunct. When the
figure follows a copula (``[cues] fronted_copulas``) and the clause opens with a measure word compatible with the
figure's subject, that word's measure wins. Only people are read: "Taking part in the search were three Coast
Guard cutters" counts vessels, no force."""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def fronted_participles(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a figure after a fronted participle and a copula the participle's measure (module docstring)."""
    copulas = s.lex.cue("fronted_copulas")
    if copulas.isdisjoint(s.word_set):
        return
    words = s.words
    for m in mentions:
        if not m.valid or m.subject_class not in PERSON_CLASSES or m.first < 3 or words[m.first - 1] not in copulas:
            continue  # people only: "Taking part in the search were three cutters" counts no force
        start = m.first - 1
        while start > 0 and words[start - 1] not in CLAUSE_PUNCT and words[start - 1] != ".":
            start -= 1
        found = s.measure_at(start)
        if found is None or found[1].startswith("=") or not s.texts[start][:1].isupper():
            continue
        if found[1] != m.measure and compatible(found[1], m.subject_class):
            m.measure = found[1]
