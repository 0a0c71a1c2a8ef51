"""People a speaker says were "lost" are the dead (round 10, gaps13en).

Officials quoted in outbreak and road-safety copy count deaths as losses: "We have lost 199 people out of the 12,010
who were infected", "we have lost 11 people on our roads", "We have lost 384 people to this disease since January".
"lost" alone is no measure word ("lost their homes", "lost 40 homes", "lost contact with"), so a figure resolved
``other`` is ``killed`` only when a loss verb (``[cues] loss_verbs``) stands right before it and its noun is a generic
person noun ("people", "persons", "residents": ``[nouns]`` generic): "The village lost 40 homes", "lost 3 players to
injury" keep their reading.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def lost_people(s: SentenceView, mentions: list[Mention]) -> None:
    """Read "lost n people" as killed (module docstring)."""
    losses = s.lex.cue("loss_verbs")
    if losses.isdisjoint(s.word_set):
        return
    for m in mentions:
        if not m.valid or m.measure != "other" or m.unit is not None or m.partitive or not m.nouns:
            continue
        if m.first < 1 or s.words[m.first - 1] not in losses:
            continue
        if all(noun.generic and noun.subject_class == "people" for noun in m.nouns):
            m.measure, m.subject = "killed", "people"
