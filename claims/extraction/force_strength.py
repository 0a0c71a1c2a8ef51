"""The strength of a force stated with no verb of sending is deployed (round 14, r14drop).

Security copy states how many officers or troops are at hand by a tally rather than by a deploy verb: "Jumlah total
aparat di lokasi kini 2.700 personel", "Kekuatan personel di pos itu kini 450 orang", "Troops totalling 2,800 are
now in the province", "The force now numbers 1,400 soldiers". A figure read as ``other`` whose own noun is a force
(a class of ``subjects.FORCE_CLASSES``, or a label of ``[cues] force_labels``: personnel), with a word of tally
(``[cues] force_tally_words``: jumlah, kekuatan, totalling, numbers) before it in its clause, is ``deployed``; a verb of
count (``[cues] force_count_verbs``: berjumlah) counts a force only with a force noun of the figure's own, "Tim
gabungan berjumlah sekitar 150 personel", never "satu regu prajurit berjumlah 10 orang" (the squad's size); so is
a force figure right after an inclusion word (``[anaphora] inherit_before``: termasuk, including) that follows a
figure this rule made deployed ("..., termasuk 1.100 personel Brimob"); and the total a force's increment brings
("Tim SAR mendapat tambahan 16 personel sehingga menjadi 30 orang": ``[increments] increase_before``, then a
``total_cues`` word) is deployed, the increment ``other``, subject increase (DESIGN 4.1). A figure another verb has
labelled (its subject is no longer its noun's label: "12 polisi diperiksa") is left alone, and so is one with a unit
or a part."""

from __future__ import annotations

from typing import Final

from claims.extraction.clause_scans import clause_word_at
from claims.extraction.coordinated_tallies import coordinated_tally_class
from claims.extraction.mentions import Mention
from claims.extraction.subjects import FORCE_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 10  # tokens before the figure to the tally word: "jumlah total aparat di lokasi kini"


def force_strength(s: SentenceView, mentions: list[Mention]) -> None:
    """Make a force's stated strength deployed (module docstring)."""
    tallies, counts = s.lex.cue("force_tally_words"), s.lex.cue("force_count_verbs")
    if tallies.isdisjoint(s.word_set) and counts.isdisjoint(s.word_set) and s.lex.total_cues.isdisjoint(s.word_set):
        return
    labels, tally_words = s.lex.cue("force_labels"), tallies | counts
    made: Mention | None = None
    added: tuple[Mention, str] | None = None  # a force's increment before and its class: "tambahan 16 personel"
    for m in mentions:
        force = _force_class(m, labels)
        total = added is not None and _total_after(s, added[0], m) and (force is not None or _plain_people(m))
        if total and added is not None:  # "tambahan 16 personel sehingga menjadi 30 orang": 16 more, 30 now
            added[0].measure, added[0].subject = "other", "increase"
            force = force or added[1]
        added = None
        if force is None:
            made = None
            continue
        if _increment(s, m):
            made, added = None, (m, force)  # the increment, never the strength
            continue
        tally = _tally_before(s, m, tally_words)
        if tally in counts and not _own_force_noun(m, labels):
            tally = None  # "satu regu prajurit berjumlah 10 orang": the squad's size, no force at hand
        if total or (made is not None and _included_after(s, made, m)) or tally is not None:
            m.measure, m.subject = "deployed", coordinated_tally_class(s, m) or force  # "Police and soldiers totalling"
            made = m
        else:
            made = None


def _plain_people(m: Mention) -> bool:
    """A bare count of people (``orang``): the total a force's increment brings."""
    return m.valid and m.measure == "other" and m.unit is None and m.subject == "people"


def _increment(s: SentenceView, m: Mention) -> bool:
    """An increase word ends right before the figure ("tambahan 16 personel", ``[increments] increase_before``)."""
    return m.first > 0 and s.lex.increase_before.match_ending(s.words, m.first) is not None


def _total_after(s: SentenceView, added: Mention, m: Mention) -> bool:
    """A total cue (``[increments] total_cues``: menjadi) between an increment and the figure, no clause end."""
    words = s.words
    between = range(max(added.last, added.np_end), m.first)
    if any(words[k] in CLAUSE_PUNCT for k in between):
        return False
    return any(words[k] in s.lex.total_cues for k in between)


def _force_class(m: Mention, labels: frozenset[str]) -> str | None:
    """The subject a deployed reading gives the figure: its force class, people for personnel; None when the figure
    is no plain force count (a label another verb or a state composed, "injured police", "12 polisi diperiksa")."""
    if not m.valid or m.measure != "other" or m.unit is not None or m.partitive or m.anaphoric or m.subject is None:
        return None
    if m.subject_class in FORCE_CLASSES and m.subject.replace(" ", "_") == m.subject_class:
        return m.subject_class
    return "people" if m.subject in labels else None


def _tally_before(s: SentenceView, m: Mention, tallies: frozenset[str]) -> str | None:
    """The tally word before the figure in its clause, None for none."""
    k = clause_word_at(s, range(m.first - 1, max(-1, m.first - _REACH - 1), -1), tallies, numbers=True)
    return None if k is None else s.words[k]


def _own_force_noun(m: Mention, labels: frozenset[str]) -> bool:
    """The figure's own noun after it is a force: "berjumlah sekitar 150 personel"."""
    return bool(m.nouns) and (m.nouns[-1].subject_class in FORCE_CLASSES or m.nouns[-1].label in labels)


def _included_after(s: SentenceView, before: Mention, m: Mention) -> bool:
    """An inclusion phrase ends right before the figure, with only a comma between it and the noun phrase of the
    figure before."""
    words = s.words
    found = s.lex.inherit_before.match_ending(words, m.first) if m.first > 0 else None
    if found is None:
        return False
    end = max(before.last, before.np_end)
    return end <= m.first - found[0] and all(w == "," for w in words[end : m.first - found[0]])
