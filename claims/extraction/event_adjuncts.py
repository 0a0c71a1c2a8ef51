"""The event a tally counts, written after its measure word with a clause word ("The number of people missing after
the storm rose to 76", "the death toll since the quake stands at 40"; wire copy, issue 11, round 7): the clause word
opens an adjunct of the tally, no clause of its own, when the figure is the predicate of that tally (the caller
checks it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def event_adjunct(s: SentenceView, j: int) -> bool:
    """A word of ``[syntax] event_adjunct_words`` at ``j`` right after a measure word (perhaps one word between:
    "the number of dead since the quake") opens the event the tally counts."""
    words = syntax_list(s, "event_adjunct_words")
    if s.words[j] not in words:
        return False
    return any(s.measure_at(k) is not None for k in range(max(0, j - 2), j))


def occasion_adjunct(s: SentenceView, j: int, found: tuple[int, str]) -> bool:
    """A word of ``[syntax] occasion_prepositions`` at ``j`` right before the turnout word found after it ("Korban
    meninggal akibat kerusuhan saat aksi protes ... berjumlah tujuh orang"; audit_id7, riot reports) names the
    occasion of the tally before it, no crowd counted by the predicate figure."""
    return (
        found[1] == "participants" and 0 < found[0] - j <= 2 and s.words[j] in syntax_list(s, "occasion_prepositions")
    )


def change_value(s: SentenceView, k: int) -> bool:
    """The figure right after token ``k - 1`` is a value of a tally's change: the earlier one after "from" after a
    change verb (``[syntax] change_from_verbs``), or the new one after the "to" that follows it ("The number of
    officers injured in the march rose from 11 to 17"). Both are predicates of the tally, so the tally's first
    measure word heads them, not a noun of its adjunct."""
    words = s.words
    if k > 3 and words[k - 1] in s.lex.range_joiners and s.kinds[k - 2] == "n":
        k -= 2  # the new value: the earlier one stands before its "to"
    return k > 1 and words[k - 1] in s.lex.range_from and words[k - 2] in syntax_list(s, "change_from_verbs")
