"""Turnouts still to come (issue 11, round 15, c21en1): a count of people whose own noun makes it a turnout
("spectators", "protesters") followed right away by a future or expected predicate ("Only 15,000 spectators will be
admitted to the arena", "About 50,000 spectators are expected at the final") is a projection, no count of people
who turned out. The wordings are those of real crowd copy (a Johannesburg gate rush: "only 12,000 fans would be
allowed in"; a teachers' strike: "More than 100,000 members ... are expected to walk out"; the Kumbh Mela:
"Authorities expect up to 400 million people to visit"). The gate on a measure verb after a future auxiliary
(``clause_owner_gates.future_predicate``) already keeps "will attend" other; this one covers the turnout the noun
itself carries. The projection keeps the noun's own label (``other``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def turnout_projections(s: SentenceView, mentions: list[Mention]) -> None:
    """Turn a noun-borne turnout followed by a ``[cues] projection_predicates`` phrase into ``other``."""
    firsts = s.lex.cue_firsts("projection_predicates")
    if firsts.isdisjoint(s.word_set):
        return
    words = s.words
    for m in mentions:
        if not m.valid or m.measure != "participants" or m.np_end <= m.num_end:
            continue  # no noun of its own: "2,000 will march" is read by the verb gate
        k = m.np_end
        if k >= len(words) or words[k] not in firsts or not s.cue_phrase_at(k, "projection_predicates", 3):
            continue  # the cheap test first: most figures have no projection after them
        if not any(_turnout_word(s, j) for j in range(m.num_end, k)):
            continue  # "Up to 20,000 people are expected to join the march": a turnout expected, as the gold reads it
        m.measure = "other"
        m.subject = m.raw_label or " ".join(words[m.num_end : m.np_end])


def _turnout_word(s: SentenceView, j: int) -> bool:
    """Token j of the figure's noun is a noun of turnout itself ("spectators", "protesters": ``measure =
    "participants"`` in ``[nouns]``)."""
    found = s.noun_at(j)
    return found is not None and found[1].measure == "participants"
