"""A month or a weekday is a time, never a place (audit en4, issue 11; DESIGN 4.1 ``place``).

"3,244 persons have been admitted to hospitals in August, compared to 2,286 in July, 272 in June": the items of a
list by month are counts of other periods, not parts of the event by place, so they carry no place (their dates are
``as_of``'s business). The month and weekday names are the lexicon's ``[dates]`` tables.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def drop_time_places(s: SentenceView, mentions: list[Mention]) -> None:
    """Clear the place of every figure whose place is only a month or a weekday name ("July", "on Monday"), or the
    rest of a breakdown's places (``[cues] place_others``: "in other divisions")."""
    # two lookups per placed figure, not a union of both name tables for every sentence
    for m in mentions:
        if m.place is not None:
            place = m.place.strip().lower()
            if place in s.lex.months or place in s.lex.weekdays or place.split(" ", 1)[0] in s.lex.cue("place_others"):
                m.place = None  # "2,484 in other divisions": the rest of the places, none named
