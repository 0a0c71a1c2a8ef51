"""The whole before a breakdown that a relative clause opens, with the predicate after the items (issue 11, round 14,
r14cid).

Deployment and casualty copy breaks a whole down right after its noun, with no comma, and puts the verb after the
last item: "Total akan ada 6.840 personel gabungan yang terdiri atas 5.610 Polri dan 1.230 personel TNI yang
ditempatkan di TPS", "45 personel yang terdiri dari 20 polisi dan 25 tentara dikerahkan ke lokasi", "62 warga yang
terdiri dari 40 pria dan 22 wanita mengungsi". The items take the predicate's measure; the whole, cut from the verb
by them, is left ``other``. When the items after the lead (``[cues] breakdown_leads``, perhaps after a relative word)
all read one people measure and add up to the whole, the whole is that measure's count too, with the class of its own
noun, or the class the items share when that noun is generic ("personel": police and soldiers, security forces, as
the comma-set aside reads it; Tribunnews on TPS security, Kompas on the Tangsel pilkada force, Kompas on the Maluku
Christmas force).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mention_type import Mention
from claims.extraction.noun_phrase import noun_subject
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible, lca
from claims.extraction.view import SentenceView

_LEAD_WORDS: Final = 2  # "terdiri atas"


def _lead_end(s: SentenceView, k: int) -> int:
    """The token after a breakdown lead at token ``k`` (perhaps after a relative word), else -1."""
    if k < len(s.words) and s.words[k] in s.lex.relative_words:
        k += 1
    if k >= len(s.words) or s.words[k] not in s.lex.cue_firsts("breakdown_leads"):
        return -1
    n = s.cue_phrase_at(k, "breakdown_leads", _LEAD_WORDS)
    return k + n if n else -1


def relative_breakdown_wholes(s: SentenceView, mentions: list[Mention]) -> None:
    """The whole before "yang terdiri atas" items takes the items' shared people measure (module docstring)."""
    if s.lex.cue_firsts("breakdown_leads").isdisjoint(s.word_set):
        return  # most sentences: no breakdown lead
    for i, whole in enumerate(mentions):
        if whole.measure != "other" or whole.qualifier != "exact" or whole.unit is not None:
            continue
        start = _lead_end(s, max(whole.np_end, whole.num_end))
        if start < 0:
            continue
        items = [m for m in mentions[i + 1 :] if m.valid]
        if len(items) < 2 or items[0].first - start > 1 or any(m.qualifier != "exact" for m in items):
            continue  # the first item right after the lead: "terdiri atas 5.610 Polri"
        measures = {m.measure for m in items}
        measure = next(iter(measures))
        if len(measures) != 1 or measure not in PEOPLE_MEASURES or sum(m.low for m in items) != whole.low:
            continue
        cls, _, head = noun_subject(whole)
        parts = [m.subject_class for m in items]
        if head is not None and head.generic and all(p in PERSON_CLASSES for p in parts if p is not None):
            cls = lca([p for p in parts if p is not None] or [cls or "people"])  # "personel": 20 polisi, 25 tentara
        if cls is not None and compatible(measure, cls):
            whole.measure, whole.subject, whole.subject_class = measure, cls, cls
