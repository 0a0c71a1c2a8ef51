"""The wholes of parts and shares (stage 3, after every figure has its measure; split from ``resolution``): the whole
of "200 of the 1,800 residents ... evacuated" and of "a third of the 90 buildings were destroyed" is not itself
evacuated or destroyed; it is measured by its own noun phrase, if that names a measure."""

from __future__ import annotations

from claims.extraction import clauses
from claims.extraction.later_words import participle_after
from claims.extraction.mentions import Mention
from claims.extraction.noun_phrase import noun_subject
from claims.extraction.relative_breakdowns import relative_breakdown_wholes
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.view import SentenceView


def fraction_wholes(s: SentenceView, mentions: list[Mention]) -> None:
    """ "a third of the 90 buildings were destroyed": the whole set is not itself destroyed."""
    lex = s.lex
    for m in mentions:
        whole = (
            lex.whole_before.match_ending(s.words, m.first)
            if m.measure != "other" and m.first > 0 and s.words[m.first - 1] in lex.whole_before.lasts
            else None
        )
        if whole is not None and m.first - whole[0] > 0:
            before = s.words[m.first - whole[0] - 1]
            if before in lex.fractions and m.first - whole[0] - 1 not in s.mention_firsts:
                own = own_measure(s, m, whole=True)
                m.measure, m.subject = own or ("other", noun_subject(m)[1] or m.subject)


def part_wholes(s: SentenceView, mentions: list[Mention]) -> None:
    """The whole of "200 of the 1,800 residents ... evacuated" is not itself evacuated; the whole of a share
    ("40 persen dari 2.000 pengungsi", "half of the 300 detainees") is measured by its own noun, if any."""
    for m in mentions:
        if m.base_of is not None:
            base = mentions[m.base_of]
            own = own_measure(s, base, whole=True)
            late = _participle_of_whole(s, base, copula=False) if m.from_left and base.nouns else None
            if late is not None and compatible(late, base.subject_class):
                own = late, base.subject_class  # "killed 12 of the 17 protesters killed": the object's participle
            if own is not None:
                base.measure, base.subject = own
            elif base.measure != "other" and (base.measure == m.measure or m.unit is not None):
                _, base_label, _ = noun_subject(base)
                base.measure = "other"
                base.subject = base_label
    _wounded_whole_of_dead(mentions)
    relative_breakdown_wholes(s, mentions)  # "6.840 personel yang terdiri atas 5.610 Polri dan 1.230 TNI yang ..."


def _wounded_whole_of_dead(mentions: list[Mention]) -> None:
    """ "tujuh personel terkena tembakan; lima di antaranya gugur dan dua lainnya luka-luka": a count read as injured
    (shot) that the sentence splits into a part that died and a part injured, adding up to it, counts casualties
    (``other``), as a "korban" total split into the dead and the injured does; a whole with only a fatal part
    ("Fourteen people were wounded, two of them fatally; three others ...") stays the injured."""
    whole: Mention | None = None
    for idx, m in enumerate(mentions):
        if not m.valid:
            continue
        if m.partitive and m.base_of is None and m.measure == "killed" and whole is not None:
            rest = [o for o in mentions[idx + 1 :] if o.valid]
            injured = rest[0] if rest and rest[0].measure == "injured" else None
            if whole.measure == "injured" and injured is not None and _adds_up(whole, m, injured):
                whole.measure, whole.subject, whole.subject_class = "other", "casualties", None
            continue
        if not m.partitive:
            whole = m


def own_measure(s: SentenceView, m: Mention, whole: bool = False) -> tuple[str, str | None] | None:
    """``(measure, subject)`` when the noun phrase of the figure itself names a measure: a counted noun that
    implies one ("2.000 pengungsi", "5,000 protesters") or a measure word right after the figure ("450 dead",
    "300 detainees", "40 korban tewas"); None when only the rest of the sentence could ("30 rumah rusak")."""
    cls, label, head = noun_subject(m)
    measure: str | None = None
    # the whole of a part in English: the verb after its noun is the part's predicate ("60 of the 400 workers joined")
    after = m.num_end if head is None else m.np_end if not (s.lex.modifiers_follow or whole) else None
    if head is not None and head.measure is not None and not head.force:
        measure = participle_after(s, m) or head.measure  # "109 evacuees killed": the participle wins
    elif after is not None and after < len(s.words):
        # "450 dead", "40 korban tewas"; in English a participle right after the noun ("52 people admitted to
        # hospital"), where a predicate would need an auxiliary ("were admitted")
        found = s.measure_at(after)
        if found is not None and not found[1].startswith("="):
            measure = found[1]
    if measure is None and whole and not s.lex.modifiers_follow:
        measure = _participle_of_whole(s, m)  # "four of the 19 Palestinians killed were children"
    if measure is None or measure == "other" or not compatible(measure, cls):
        return None
    if measure in PEOPLE_MEASURES:
        return measure, cls if cls in PERSON_CLASSES else "people"
    return measure, label or m.subject


def _participle_of_whole(s: SentenceView, m: Mention, copula: bool = True) -> str | None:
    """A measure word right after the whole's noun phrase with the predicate's copula after it is a participle of
    the whole ("four of the 19 Palestinians killed were children"), not the part's predicate ("60 of the 400
    workers joined"); without ``copula`` (the part is a verb's object) no copula need follow."""
    k = max(m.np_end, m.num_end)
    found = s.measure_at(k) if k < len(s.words) else None
    if found is None or found[1].startswith("="):
        return None
    return found[1] if not copula or clauses.copula_after(s, k + found[0]) is not None else None


def _adds_up(whole: Mention, *parts: Mention) -> bool:
    """The exact parts sum to the exact whole."""
    if any(f.qualifier != "exact" for f in (whole, *parts)):
        return False
    return sum(p.low for p in parts) == whole.low
