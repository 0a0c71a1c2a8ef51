"""The kind of thing a bare classifier counts, from its sentence (DESIGN.md 4: the subject of ``other`` is the
counted noun): "titik" in a hotspot bulletin are hotspots ("Titik panas terbanyak di Kalimantan Tengah, 2.917
titik"), "kejadian" or "kasus" in a traffic recap are accidents, "paket" in a drug bust are packets.

The lexicon's ``[composed_labels.sentence_LABEL]`` maps the label a figure takes to the cue phrases of its sentence;
only when the cues of one label are there (a sentence about hotspots and evacuees keeps "locations"). A figure pays
one dict look-up by its label, and one set test when its label has a table.
"""

from __future__ import annotations

from claims.extraction.view import SentenceView

PREFIX = "sentence_"
"""The prefix of the ``[composed_labels]`` tables read here, before the label they refine."""


def sentence_label(s: SentenceView, label: str | None) -> str | None:
    """The label the classifier label ``label`` takes in sentence ``s``: the one label whose cues are there, else
    ``label`` itself."""
    table = s.lex.composed_labels.get(PREFIX + label) if label is not None else None
    if table is None or table.firsts.isdisjoint(s.word_set):
        return label
    words, found = s.words, set()
    for k, w in enumerate(words):
        if w in table.firsts:
            hit = table.match(words, k)
            if hit is not None:
                found.add(hit[1])
    return found.pop() if len(found) == 1 else label
