"""A breakdown of arrests by the police or army command that made them is no breakdown by place (issue 11, round 13;
DESIGN 4.1 ``place``): "diringkus oleh jajaran Polres A (19 orang), Polres B (12 orang) dan Polres C (7 orang)",
"penangkapan oleh jajaran Polsek, yakni 3 tersangka oleh Polsek Klojen". The command is the agent of the arrests,
not where the event happened, and its share is a subset picked out by something other than the measure: ``other``
with no place (the corpora label them "arrested by ..."; idh1, news). The command words are ``[cues]
agent_commands``; a place named otherwise ("ditangkap di Kabupaten Garut (19 orang)") keeps its reading, and so do
commands that are the subjects of their clauses (a list of tallies: "Polres Barat menangkap 64 orang, Polres Utara
29 orang", test_round6_idg)."""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_MEASURES: Final = frozenset({"arrested"})  # the measures a command's share is read as


def agent_places(s: SentenceView, mentions: list[Mention]) -> None:
    """No place for a figure whose place opens with a command word; ``other`` when it was read as arrests."""
    commands = s.lex.cue("agent_commands")
    for m in mentions:
        if m.place is not None and m.place.split(" ", 1)[0].lower() in commands and _bracketed(s, m):
            m.place = None
            if m.measure in _MEASURES:
                m.measure = "other"


def _bracketed(s: SentenceView, m: Mention) -> bool:
    """The figure stands in brackets after the command's name ("Polres A (19 orang)"); a command that is the subject
    of its own clause ("Polres Barat menangkap 64 orang, Polres Utara 29 orang") keeps the list's reading."""
    return m.first > 0 and s.words[m.first - 1] == "("
