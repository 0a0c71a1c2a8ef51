"""The subject of a figure with a unit names the unit the sentence writes (round 10, gaps13en).

A unit figure's subject is its unit (``resolution._unit_figure``), the key of ``[units]``, which folds the scales
and spellings one unit covers: "45 degrees Celsius", "106F" and "30 degrees" are all ``degrees``, "1.2 tonnes" and
"7 tons" both ``tons``. The subject says what the figure counts, so it takes the noun the sentence uses where the
language names it more exactly (``[composed_labels.unit_names]``: label = the unit phrases, matched as the last
words of the figure): "45 degrees Celsius", "41C" are celsius, "113 Fahrenheit" fahrenheit (the gold labels name the
scale alone, round 12; "1.2 tonnes" stay tons). The claim's unit stays the ``[units]`` key, so figures in either
spelling are still compared.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def unit_names(s: SentenceView, mentions: list[Mention]) -> None:
    """Give unit figures the subject of the unit phrase they end with (module docstring)."""
    table = s.lex.composed_labels.get("unit_names")
    if table is None:
        return
    for m in mentions:
        if m.unit is None or m.subject != m.unit or m.measure != "other" or m.num_end < 1:
            continue
        if s.words[m.num_end - 1] not in table.lasts:
            continue
        found = table.match_ending(s.words, m.num_end)
        if found is not None:
            m.subject = found[1]
