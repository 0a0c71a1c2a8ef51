"""People missing whose fate the report fears or presumes are no count of the missing (round 16, r16cen: IOM and
coast-guard releases on shipwrecks, wire copy on mine collapses; "42 people remain missing and are presumed dead",
"At least 14 people were missing and feared dead after the pit collapsed", "dozens more remained missing, feared
dead").

The gold reads "feared dead" as ``other`` (people feared dead, NEWS_CONSTRUCTIONS 1 "killed": "Not killed -> other:
feared dead"), also when "missing" stands first: the second predicate says what the report holds of them. A figure
resolved ``missing`` whose missing word is followed, in its clause, by words of ``[cues] fate_unknown_links`` only
(a joiner, a comma, an auxiliary) and then by an other-verb whose label is one of ``[cues] fate_unknown_labels`` is
``other`` with that label. "feared missing" is itself a missing phrase and stays missing; a figure between the two
predicates ("12 are missing and 30 feared dead") ends the search."""

from __future__ import annotations

from claims.extraction.later_words import next_hit
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_REACH = 6  # "Forty-four people remain missing" / "At least 14 people were missing": figure to its missing word


def feared_missing(s: SentenceView, mentions: list[Mention]) -> None:
    """Read "n missing and feared / presumed dead" as the fate label (module docstring)."""
    labels = s.lex.cue("fate_unknown_labels")
    if not labels:
        return
    for idx, m in enumerate(mentions):
        if not m.valid or m.measure != "missing" or m.inherit or m.partitive:
            continue
        label = _fate_after(s, m, mentions, labels)
        if label is None:
            continue
        m.measure, m.subject, m.subject_class = "other", label, None
        for part in mentions[idx + 1 :]:  # "Fifteen people, among them four children, are ...": the parts too
            if not (part.inherit or part.partitive) or part.measure != "missing":
                break
            part.measure = "other"  # the part keeps its own group ("children")


def _aside_end(s: SentenceView, k: int, mentions: list[Mention]) -> int | None:
    """The comma closing an aside of parts that opens at the comma ``k`` ("Fifteen people, among them four
    children, are still unaccounted for"), or None."""
    close = next((j for j in range(k + 1, min(len(s.words), k + _REACH)) if s.words[j] == ","), None)
    if close is None or not any(k < o.first < close and (o.inherit or o.partitive) for o in mentions):
        return None
    return close


def _fate_after(s: SentenceView, m: Mention, mentions: list[Mention], labels: frozenset[str]) -> str | None:
    words, links = s.words, s.lex.cue("fate_unknown_links")
    start = max(m.np_end, m.num_end)
    k, hit = next_hit(s, m, start, start + _REACH)
    while hit is None:  # stopped at a comma: past an aside of parts ("Fifteen people, among them ...,") it goes on
        if k >= min(len(words), start + _REACH) or words[k] != "," or (close := _aside_end(s, k, mentions)) is None:
            return None
        start = close + 1
        k, hit = next_hit(s, m, start, start + _REACH)
    if hit[1] != "missing":
        return None
    j = k + hit[0]
    while j < len(words) and words[j] in links and j not in s.mention_firsts:
        j += 1
    after = s.measure_at(j) if j < len(words) else None
    if after is None or not after[1].startswith("=") or after[1][1:] not in labels:
        return None
    return after[1][1:]
