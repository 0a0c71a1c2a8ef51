"""Bodies only believed to lie somewhere are not yet found: no count of the dead (round 17, r17left; DESIGN 4.1:
"bodies found or recovered ... killed"; uncertain -> ``other``).

"to reach about 60 bodies still thought to be buried", "About 40 bodies are still believed to be trapped in the
fuselage" (landslide and air-crash copy: AP, BBC and DW on the Java Sea fuselage, "bodies believed to be trapped
inside"; Nepal and Sichuan landslide copy): the word of death right after the figure names the bodies, but the phrase
of belief after it (an other-verb of the lexicon whose label is one of ``[cues] believed_labels``: "thought to be
buried", "believed to be buried", "diduga masih tertimbun") says they are not found. The figure is ``other``, the
buried bodies (``[cues] believed_buried`` words in the phrase) or the bodies (``[cues] believed_bodies``).

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("About 60 bodies are still thought to be buried.", "en")]
    [('other', 'buried bodies')]
    >>> [(c.measure, c.subject) for c in extract("Rescuers recovered 60 bodies from the rubble.", "en")]
    [('killed', 'people')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_SKIPS: Final = 3  # words between the bodies and the phrase of belief ("are still", "masih")


def believed_bodies(f: Figure) -> str | None:
    """The label of bodies a phrase of belief says are not found yet, else None."""
    s, lex = f.s, f.s.lex
    labels = lex.cue("believed_labels")
    if not labels:
        return None
    k = max(f.m.num_end, f.m.np_end)
    found = s.measure_at(f.m.num_end) if f.m.num_end < len(s.words) else None
    if found is not None and found[1] == "killed":
        k = f.m.num_end + found[0]  # "60 bodies": the word of death right after the figure
    elif k >= len(s.words) or (found := s.measure_at(k)) is None or found[1] != "killed":
        return None
    else:
        k += found[0]
    skips = lex.cue("belief_skips")
    for j in range(k, min(len(s.words), k + _SKIPS + 1)):
        hit = s.measure_at(j)
        if hit is not None:
            if hit[1][1:] not in labels or not hit[1].startswith("="):
                return None
            phrase = set(s.words[j : j + hit[0]])
            buried = not phrase.isdisjoint(lex.cue("believed_buried"))
            names = lex.cue("believed_buried_label") if buried else lex.cue("believed_bodies")
            return next(iter(names), None)
        if s.words[j] not in skips:
            return None
    return None
