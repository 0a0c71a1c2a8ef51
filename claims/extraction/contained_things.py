"""Containers and packs counted with their content keep the content in their subject (round 17, r17thing).

The author of the gold and held-out sets names a container by its content: "420 paket sembako" is food packages,
"12.000 vial vaksin campak" vaccine vials, "dua karung batu" sacks of stones. A figure of ``other`` whose counted
noun is a container (a label of ``[cues] content_first_containers`` or ``content_of_containers``) and whose next
words (after an "of" of ``[syntax] of_words``: "two sacks of stones") are a content of ``[composed_labels.contents]``
(label = its phrases) takes the label of both: the content first ("food packages", "vaccine vials") or the container
"of" the content ("sacks of stones"). A content the table does not list leaves the container's own label.

>>> from claims.extraction import extract
>>> [(c.low, c.subject) for c in extract("Polisi menyita dua karung batu dari lokasi bentrok.", "id")]
[(2, 'sacks of stones')]
"""

from __future__ import annotations

from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def contained_things(s: SentenceView, mentions: list[Mention]) -> None:
    """Name the ``other`` figures of containers by their content (module docstring)."""
    table = s.lex.composed_labels.get("contents")
    first, of = s.lex.cue("content_first_containers"), s.lex.cue("content_of_containers")
    if table is None or not (first or of):
        return
    for m in mentions:
        if m.measure != "other" or not m.valid or m.unit is not None or m.subject is None:
            continue
        if m.subject not in first and m.subject not in of:
            continue
        content = _content_after(s, m, table)
        if content is None:
            continue
        m.subject = f"{content} {m.subject}" if m.subject in first else f"{m.subject} of {content}"


def _content_after(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The content of ``table`` named right after the figure's container noun ("karung batu", "vials of vaccine"),
    else None."""
    words, noun = s.words, s.noun_at(m.num_end)
    if noun is not None and noun[1].label == m.subject:
        j = m.num_end + noun[0]
    elif m.num_end < len(words) and words[m.num_end] == m.subject:
        j = m.num_end + 1  # a container the lexicon does not list, named by its own word ("300 bags of rice")
    else:
        return None
    if j < len(words) and words[j] in s.lex.of_words:
        j += 1
    found = table.match(words, j)
    return found[1] if found is not None else None
