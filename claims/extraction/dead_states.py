"""A part of the dead that its predicate gives a state is named as dead of that state (issue 11, round 17).

Outbreak and boat copy picks a part out of the dead by a state: "Dari 13 anak yang meninggal, 12 di antaranya belum
pernah menerima imunisasi", "Dari 18 anak yang meninggal, 17 belum pernah diimunisasi dan satu anak imunisasinya
tidak lengkap", "Tiga dari 13 korban meninggal tidak tercatat dalam manifes". The part is ``other`` (DESIGN 4.1
subsets) and the state's own label ("unvaccinated") would drop that it counts dead; the judge's rows name both
("unvaccinated deaths" 2, "incompletely vaccinated deaths" 1, "dead not on the manifest" 2, "confirmed deaths" 1,
"suspected deaths" 1). The composed label is
the one ``[composed_labels.dead_states]`` gives the state's label (its words); a state without an entry keeps its
label ("identified bodies" already counts the dead). A part of the dead is a partitive figure next to a killed
figure ("12 di antaranya", "Tiga dari 13 korban meninggal"), a figure right after a killed whole opened by an
of-word ("Dari 18 anak yang meninggal, 17 ...") or after a comma alone ("lima laporan kematian, tiga terkonfirmasi"),
or an item joined to such a part ("dan satu anak ..."). The state
is the figure's own label, or an other-verb or a case status (``[composed_labels.statuses]``) right after the
figure and its noun in its clause ("satu anak imunisasinya tidak lengkap", "dua masih suspek").
"""

from __future__ import annotations

from typing import Final

from claims.extraction.killed_items import of_opened
from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

KILLED: Final = "killed"
TABLE: Final = "dead_states"
_STATE_REACH: Final = 6  # tokens after the figure read for its state ("satu anak imunisasinya tidak lengkap")
_WHOLE_GAP: Final = 2  # tokens between a partitive figure and its whole after it ("dari", "of the")


def dead_states(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the parts of the dead that a state picks out (module docstring)."""
    table = s.lex.composed_labels.get(TABLE)
    if table is None or not any(m.measure == KILLED for m in mentions):
        return
    previous: Mention | None = None  # the last part relabelled: an item joined to it is a part too
    for i, m in enumerate(mentions):
        if not m.valid or m.measure != "other" or m.unit is not None:
            continue
        joined = previous is not None and previous is mentions[i - 1] and _joined(s, previous, m)
        if not joined and not _dead_part(s, mentions, i):
            continue
        label = _dead_label(table, m.subject)
        if label is None:  # the state after the figure: its other-verb or case status
            whole = mentions[i + 1] if m.partitive and i + 1 < len(mentions) else None  # "13 dari 14 pasien yang"
            start = _after_whole(s, whole) if whole is not None and _whole_after(m, whole) else m.num_end
            label = _dead_label(table, _state_after(s, start))
        if label is not None:
            m.subject, previous = label, m


def _dead_label(table: PhraseTable[str], state: str | None) -> str | None:
    """The label ``[composed_labels.dead_states]`` gives the whole of the state ``state``, None for none."""
    words = state.split() if state else []
    hit = table.match(words, 0) if words and words[0] in table.firsts else None
    return hit[1] if hit is not None and hit[0] == len(words) else None


def _dead_part(s: SentenceView, mentions: list[Mention], i: int) -> bool:
    """``mentions[i]`` is a part of a killed figure next to it (module docstring)."""
    before = mentions[i - 1] if i > 0 else None
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    if mentions[i].partitive:  # its whole: the figure right after ("Tiga dari 13 korban"), else the one before
        whole = after if _whole_after(mentions[i], after) else before
        return whole is not None and whole.measure == KILLED and whole.valid
    if before is None or before.measure != KILLED or not before.valid:
        return False
    end = max(before.np_end, before.num_end)
    found = s.measure_at(end) if end < mentions[i].first else None
    if found is not None and found[1] == KILLED:
        end += found[0]  # the whole's own word of death ("lima laporan kematian")
    if s.words[end : mentions[i].first] == [","]:
        return True  # "lima laporan kematian, tiga terkonfirmasi dan dua masih suspek": the dead told apart
    return of_opened(s, before)  # "Dari 18 anak ...", "Of the 12 children who died"


def _whole_after(m: Mention, after: Mention | None) -> bool:
    """The whole of the partitive ``m`` is the figure ``after`` it ("Tiga dari 13", "six of the 17")."""
    return after is not None and after.measure == KILLED and after.first - m.num_end <= _WHOLE_GAP


def _after_whole(s: SentenceView, whole: Mention) -> int:
    """The token after the whole and its own word of death ("14 pasien yang meninggal", "80 confirmed dead")."""
    k = max(whole.np_end, whole.num_end)
    for j in range(whole.num_end, min(len(s.words), whole.num_end + _WHOLE_GAP + 2)):
        found = s.measure_at(j) if s.kinds[j] == "w" else None
        if found is not None and found[1] == KILLED:
            return max(k, j + found[0])
    return k


def _joined(s: SentenceView, previous: Mention, m: Mention) -> bool:
    """Only a comma or a list joiner stands between the state of ``previous`` and ``m``."""
    k = m.first - 1
    while k > previous.num_end and s.words[k] not in CLAUSE_PUNCT:
        if s.words[k] == "," or s.words[k] in s.lex.list_joiners:
            return True
        k -= 1
    return False


def _state_after(s: SentenceView, start: int) -> str | None:
    """The label of an other-verb from token ``start`` (after the figure, or after the whole that follows a partitive
    figure: "13 dari 14 pasien yang meninggal diketahui belum pernah diimunisasi") in its clause, before a comma or
    joiner."""
    words, statuses = s.words, s.lex.composed_labels.get("statuses")
    for k in range(start, min(len(words), start + _STATE_REACH)):
        if words[k] in CLAUSE_PUNCT or words[k] == "," or words[k] in s.lex.list_joiners:
            return None
        if k > start and k in s.mention_firsts:
            return None  # "two revived after three suspected overdoses": another figure's words
        found = s.measure_at(k) if s.kinds[k] == "w" else None
        verb = found if found is not None and found[1].startswith("=") else None
        status = statuses.match(words, k) if statuses is not None and words[k] in statuses.firsts else None
        if status is not None and (verb is None or status[0] >= verb[0]):
            return status[1]  # "tiga terkonfirmasi", "dua masih suspek": a case status of the dead
        if verb is not None:
            return verb[1][1:]  # the longer other-verb: "dua positif narkoba" tested positive
    return None


__all__ = ["dead_states"]
