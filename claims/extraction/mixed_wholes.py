"""A toll broken down into parts of several measures counts casualties (issue 11, round 17, r17cid).

BNPB and BPBD copy call everyone a disaster took a "korban jiwa" and then break the figure down: "Sebanyak tiga orang
warga dilaporkan menjadi korban jiwa, terdiri dari satu orang meninggal dunia dan dua lainnya hilang" (VOI on the
Parigi Moutong flood). The whole's word names the dead, but its parts are the dead and the missing: the whole is
no toll of one measure, it counts casualties (``other``, as "dua tewas dan lima luka-luka, total tujuh orang"
does, ``increments._list_totals``). A breakdown lead (``[cues] casualty_breakdown_leads``) must stand between the
whole and its first part, and the parts must carry two different measures of the dead, hurt and missing.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView

_TOLLS: Final = frozenset({"killed", "injured", "missing"})
_LEAD_WORDS: Final = 3  # "yang terdiri dari"
_REACH: Final = 10  # tokens from the whole to its lead: "dilaporkan menjadi korban jiwa ,"
_STOPS: Final = frozenset({".", ";", ":"})


def mixed_wholes(s: SentenceView, mentions: list[Mention]) -> None:
    """Make a toll whose parts after a breakdown lead carry two measures of the dead, hurt and missing count
    casualties (module docstring)."""
    if len(mentions) < 3 or not s.lex.cue("casualty_breakdown_leads"):
        return
    for idx, whole in enumerate(mentions[:-2]):
        if not whole.valid or whole.measure not in _TOLLS or whole.unit is not None:
            continue
        if whole.subject_class not in PERSON_CLASSES:
            continue
        lead = _lead_end(s, whole.last, mentions[idx + 1].first)
        if lead < 0:
            continue
        end = _clause_end(s, lead)
        parts = [m for m in mentions[idx + 1 :] if m.valid and m.unit is None and lead <= m.first < end]
        if (
            len(parts) >= 2
            and len({m.measure for m in parts} & _TOLLS) >= 2
            and whole.measure in {m.measure for m in parts}
        ):
            whole.measure, whole.subject, whole.subject_class = "other", "casualties", None


def _lead_end(s: SentenceView, start: int, stop: int) -> int:
    """The token after a breakdown lead between the whole (ending at ``start``) and its first part (at ``stop``);
    -1 when none stands there or a clause ends first."""
    for k in range(start, min(stop, start + _REACH)):
        if s.words[k] in _STOPS:
            return -1
        n = s.cue_phrase_at(k, "casualty_breakdown_leads", _LEAD_WORDS)
        if n:
            return k + n
    return -1


def _clause_end(s: SentenceView, start: int) -> int:
    """The first token from ``start`` that ends the breakdown's clause ("sementara", "sedangkan", a full stop)."""
    for k in range(start, len(s.words)):
        if s.words[k] in _STOPS or s.words[k] in s.lex.clause_breaks:
            return k
    return len(s.words)
