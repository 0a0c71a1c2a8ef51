"""Parts of a whole of the same closed group (DESIGN.md 4.1, subsets as ``other``).

"Police arrested 1,980 foreigners in a raid on a scam compound, 1,715 of them Chinese nationals", "Officers detained
400 foreign workers, including 210 Chinese nationals": a part that counts the same closed group as its whole
(foreigners among foreigners, police among police) is picked out by something else, a nationality or a rank. As the
whole's measure and group it would contradict the whole, so it is ``other``, named by its own noun phrase. A part of
a wider whole ("arrested 400 people, including 210 Chinese nationals") names a narrower group and keeps the measure.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import SentenceView


def same_group_part(s: SentenceView, m: Mention, whole: Mention | None) -> None:
    """Make ``m`` a subset when it is a part of ``whole`` that counts the same closed group (module docstring)."""
    if whole is None or not (m.partitive or m.inherit) or m.measure not in PEOPLE_MEASURES:
        return
    if m.measure != whole.measure or m.subject_class in (None, "people") or m.subject_class != whole.subject_class:
        return
    if not any(not noun.generic and noun.subject_class == m.subject_class for noun in whole.nouns):
        return  # "1.200 personel, termasuk 300 anggota Brimob": the whole's group is read from its context, not named
    k = s.past_partitive(m.num_end)  # "1,715 of them Chinese nationals": the noun phrase after "of them"
    end = max(m.np_end, k)
    label = s.text[s.starts[k] : s.ends[end - 1]] if end > k else m.subject
    m.measure, m.subject, m.subject_class = "other", label, None
