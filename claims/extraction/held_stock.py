"""People already serving time whom a phrase of being held counts are a prison's stock, no arrests (round 14,
c20en: jailbreak copy of Nigerian, Kenyan and wire desks, "the facility had some 294 prisoners in custody, including
224 pre-trial detainees", "Some 2,400 prisoners are held at the jail, which was built for 800"; DESIGN 4.1: prefer
``other`` to a wrong measure).

The figure's own noun is one of ``[cues] held_stock_labels`` (the labels of ``[nouns]`` for people who are in
prison: inmates, prisoners) and the arrest word after it is a phrase of being held (``[cues] held_stock_phrases``:
"in custody", "are held"), not a verb of catching ("were recaptured", "have been rearrested" keep the arrest): the
figure counts the inmates, ``other`` with the ``[cues] held_stock_label``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.later_words import next_hit
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def held_stock(f: Figure) -> str | None:
    """The label of a prison's stock when the figure counts inmates held, else None.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Some 2,400 prisoners are held at the jail.", "en")]
    [('other', 'inmates')]
    >>> [(c.measure, c.subject) for c in extract("Police said 40 prisoners were recaptured.", "en")]
    [('arrested', 'people')]
    """
    lex = f.s.lex
    labels = lex.cue("held_stock_labels")
    if f.head is None or f.head.label not in labels:
        return _held_detainees(f)
    if not _held_by_place(f):  # "Walker County Jail holds about 240 inmates" needs no phrase of being held
        k, hit = next_hit(f.s, f.m, max(f.m.np_end, f.m.num_end))
        if hit is None or hit[1] != "arrested":
            return None
        if " ".join(f.s.words[k : k + hit[0]]).lower() not in lex.cue("held_stock_phrases"):
            return None
    return next(iter(lex.cue("held_stock_label")), None)


_HOLD_REACH: Final = 3  # words between a verb of holding and the figure: "holds about 240", "houses some 1,200"
_NOUN_REACH: Final = 3  # words between the figure and its noun of custody: "224 pre-trial detainees"


def _held_detainees(f: Figure) -> str | None:
    """People a noun of custody counts (``[cues] held_stock_nouns``: "detainees") whom a jail holds: a verb of holding
    right before the figure ("houses 224 detainees"), or a verb of having (``[cues] held_stock_have``) with a jail
    (``[cues] held_stock_places``) before it in the sentence ("The prison ... had 224 pre-trial detainees and 70
    convicted offenders"): a prison's stock, no arrests (round 17, r17left: c22en1 and Sahel, Nigerian and Haitian
    jail-attack copy).

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("The jail held 224 remand detainees when it was stormed.", "en")]
    [('other', 'inmates')]
    >>> [(c.measure, c.subject) for c in extract("Police said 40 detainees were taken to court.", "en")]
    [('arrested', 'people')]
    """
    s, lex = f.s, f.s.lex
    nouns = lex.cue("held_stock_nouns")
    if nouns.isdisjoint(s.word_set):
        return None
    end = min(len(s.words), f.m.num_end + _NOUN_REACH)
    if not any(s.words[k] in nouns for k in range(f.m.num_end, end)):
        return None
    if not (_held_by_place(f) or _had_by_jail(f)):
        return None
    return next(iter(lex.cue("held_stock_label")), None)


def _had_by_jail(f: Figure) -> bool:
    """A verb of having right before the figure (past its qualifier) and a jail named before it in the sentence."""
    s, lex = f.s, f.s.lex
    k, places = _verb_before(f, lex.cue("held_stock_have")), lex.cue("held_stock_places")
    return k >= 0 and any(w.lower() in places for w in s.words[:k])


def _held_by_place(f: Figure) -> bool:
    """A verb a jail holds its inmates by (``[cues] held_stock_verbs``: "holds", "houses") stands right before the
    figure, past its qualifier (audit r15aen, US local copy: "Walker County Jail holds about 240 inmates")."""
    s, verbs = f.s, f.s.lex.cue("held_stock_verbs")
    return not verbs.isdisjoint(s.word_set) and _verb_before(f, verbs) >= 0


def _verb_before(f: Figure, verbs: frozenset[str]) -> int:
    """The token of a word of ``verbs`` right before the figure, past its qualifier (at most ``_HOLD_REACH`` words,
    no clause punctuation or measure word between); -1 for none."""
    s = f.s
    for k in range(f.m.first - 1, max(-1, f.m.first - 1 - _HOLD_REACH), -1):
        if s.words[k] in verbs:
            return k
        if s.words[k] in CLAUSE_PUNCT or s.measure_at(k) is not None:
            return -1
    return -1
