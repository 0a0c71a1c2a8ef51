"""People in care sent on to a hospital are a part of them, not a new count of the hospitalized (issue 11, round 16).

A referral to a hospital is a hospital stay ("23 dirujuk ke RSUD", "13 mahasiswa harus dirujuk ke rumah sakit":
``hospitalized``, as the gold reads them). When the people referred are what is left of a group already in care,
the figure picks a part out of that group (DESIGN 4.1 subsets): "Setelah mendapat perawatan medis, 12 siswa
diperbolehkan pulang, sedangkan dua siswa yang masih sesak napas dirujuk ke RSUD" (the others of those treated,
set against those discharged after a treatment: ``[cues] discharge_words``), "Hampir 300 warga sempat dirawat
di puskesmas, dan 40 di antaranya dirujuk ke RSUD" (a part of a hospitalized whole). Such a figure is ``other``,
referred, as the gold reads both; referrals of people not yet in care stay hospitalized ("menangani 316 pemudik,
dan sembilan di antaranya dirujuk ke rumah sakit": the whole was treated at a post, no hospital stay). The
referral words are ``[cues] onward_referral_words``.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.care_deaths import in_care_or_bare, is_part
from claims.extraction.clause_scans import clause_word_at
from claims.extraction.mentions import Mention
from claims.extraction.subset_roles import REFERRED
from claims.extraction.view import SentenceView

_TREATED: Final = frozenset({"=treated", "=treated people"})  # other-verbs of treatment ("mendapat perawatan")
_REACH: Final = 6  # tokens after the noun where the referral may stand ("dua siswa yang masih sesak napas dirujuk")


def onward_referrals(s: SentenceView, mentions: list[Mention]) -> None:
    """Read a referral of people already in care as a part of them (module docstring)."""
    referrals = s.lex.cue("onward_referral_words")
    if referrals.isdisjoint(s.word_set):
        return
    for i, m in enumerate(mentions):
        if not in_care_or_bare(m) or not _referred(s, m, referrals):
            continue
        before = [o for o in mentions[:i] if o.valid]
        in_care = is_part(s, m) and any(o.measure == "hospitalized" for o in before)
        if in_care or (m.measure == "hospitalized" and _after_discharge(s, m, before)):
            m.measure, m.subject = "other", REFERRED


def _referred(s: SentenceView, m: Mention, referrals: frozenset[str]) -> bool:
    """A referral word reading ``hospitalized`` stands after ``m``'s noun in its clause, no other figure between."""
    start = max(m.last, m.np_end)
    k = clause_word_at(s, range(start, min(len(s.words), start + _REACH)), referrals, figures=True)
    found = s.measure_at(k) if k is not None else None
    return found is not None and found[1] == "hospitalized"


def _after_discharge(s: SentenceView, m: Mention, before: list[Mention]) -> bool:
    """A figure before ``m`` is followed by a word of discharge (``[cues] discharge_words``: "12 siswa diperbolehkan
    pulang, sedangkan ...") after a verb of treatment ("Setelah mendapat perawatan, ..."): the people referred are
    the rest of those treated. Without the treatment the items are outcomes side by side ("Tiga sudah pulang, empat
    masih diobservasi, dan 12 dirujuk ke RSUD": the referral is a hospital stay, as the gold reads a referral beside
    those under observation)."""
    discharge = s.lex.cue("discharge_words")
    if not any(o.measure == "other" and any(w in discharge for w in s.words[o.num_end : m.first]) for o in before):
        return False
    for k in range(m.first):  # the treatment before: "Setelah mendapat perawatan, ..."
        found = s.measure_at(k)
        if found is not None and found[1] in _TREATED:
            return True
    return False
