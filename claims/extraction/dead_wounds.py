"""The dead are not the injured: wounds said of people a word of death already picks out count the dead (round 17,
r17left; DESIGN 4.1: the figure takes the measure of the noun phrase that names it).

"Sebanyak lima korban yang meninggal dunia mengalami luka bakar di sekujur tubuh", "Dua korban tewas mengalami luka
bakar serius", "Two of the dead suffered burns to most of their bodies", "The five people who died had gunshot
wounds" (Indonesian fire and blast copy: jabarnews, Tribun Bali, detik Boyolali, IDN Times Sumsel, Radar Kaur; wire
copy on shootings): the injury verb tells how the dead died, the figure counts them. A word of death
(``killed``) between the figure and the injury word, in the figure's clause, with no figure and no list joiner
between ("lima orang tewas dan 12 luka-luka" is two groups; "killed or injured" is casualties), makes the figure
``killed``.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Lima korban yang meninggal dunia mengalami luka bakar.", "id")]
    [('killed', 'people')]
    >>> [(c.measure, c.subject) for c in extract("Lima korban mengalami luka bakar.", "id")]
    [('injured', 'people')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def dead_with_wounds(f: Figure, measure: str) -> str | None:
    """``killed`` when the figure's injury word follows a word of death said of the figure itself, else None."""
    if measure != "injured":
        return None
    s = f.s
    joiners = s.lex.list_joiners
    dead = False
    for k in range(f.m.num_end, len(s.words)):
        if k in s.mention_firsts or s.words[k] in CLAUSE_PUNCT or s.words[k] in joiners:
            return None
        found = s.measure_at(k)
        if found is None:
            continue
        if found[1] == "killed":
            dead = True
        elif found[1] == "injured":
            return "killed" if dead else None
        else:
            return None
    return None
