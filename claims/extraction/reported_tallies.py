"""Deaths reported but not confirmed are no toll (round 17, c23en; DESIGN 4.1: prefer ``other`` to a wrong measure).

Relief commissioners, the Red Cross and disaster councils count the deaths they have heard of apart from those they
have confirmed: "the state government has received reports of 119 deaths due to sunstroke, while it has confirmed
only nine" (IANS on an Odisha heatwave), "had received reports of 29 deaths but had confirmed only 17 of them".
A death figure right after a lead of reports (``[cues] report_leads``: "reports of") is ``other``, ``reported
deaths``, when the lead itself says the reports are unconfirmed (``[cues] unconfirmed_leads``) or a verb of
confirming (``[cues] confirm_verbs``) later in the sentence governs another figure; "received reports of 14 persons
injured" with no such contrast keeps its measure.

    >>> from claims.extraction import extract
    >>> text = "The office had received reports of 97 deaths but had confirmed only seven."
    >>> [(c.measure, c.subject) for c in extract(text, "en")]
    [('other', 'reported deaths'), ('killed', 'people')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

REPORTED: Final = "reported deaths"
_LONGEST: Final = 4  # words of the longest lead: "unconfirmed reports of some"
_CONFIRM_REACH: Final = 4  # words from the verb of confirming to the figure it governs: "confirmed only 17"


def reported_only(f: Figure) -> bool:
    """The death figure counts deaths only reported, set against confirmed ones (sets the label)."""
    s, k = f.s, f.m.first
    if s.cue_phrase_ending_at(k, "unconfirmed_leads", _LONGEST) > 0:
        f.label, f.other_verb = REPORTED, True  # "unconfirmed reports of 119 deaths"
        return True
    if s.cue_phrase_ending_at(k, "report_leads", _LONGEST) == 0 or not _confirmed_later(f):
        return False
    f.label, f.other_verb = REPORTED, True  # "reports of 97 deaths ... had confirmed only seven"
    return True


def _confirmed_later(f: Figure) -> bool:
    """A verb of confirming after the figure governs another figure within a few words."""
    s = f.s
    verbs = s.lex.cue("confirm_verbs")
    for k in range(f.m.last, len(s.words)):
        if s.words[k] in verbs:
            return any(j in s.mention_firsts for j in range(k + 1, min(k + 1 + _CONFIRM_REACH, len(s.words))))
    return False


def confirmed_part(f: Figure) -> str | None:
    """ "had received reports of 29 deaths but had confirmed only 17 of them": the figure a verb of confirming
    governs after a tally of reported deaths counts the confirmed dead (a measure rule: killed)."""
    a, s = f.antecedent, f.s
    if a is None or a.subject != REPORTED:
        return None
    verbs = s.lex.cue("confirm_verbs")
    start = max(a.last, f.m.first - _CONFIRM_REACH)
    return "killed" if any(s.words[k] in verbs for k in range(start, f.m.first)) else None
