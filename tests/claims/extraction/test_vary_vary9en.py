"""The same construction dressed as real English copy, second wave (issue 11, round 8): headline compounds and event
nouns around a tally, and attributions set between commas inside the tally's clause.

The sentences are our own (invented people, places and figures). Each row: the text, then ``(surface, measure,
low, high)`` for every claim the sentence makes, in order. Controls keep the readings the rules must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract

ROWS: list[Any] = [
    # a damage verb written as the event's noun: after a determiner, or modifying the tally word (headlines)
    (
        "The death toll from the tunnel collapse rose by three to 18 on Monday.",
        [("three", "other", 3, 3), ("18", "killed", 18, 18)],
    ),
    ("Quarry collapse death toll climbs to 31", [("31", "killed", 31, 31)]),
    ("The toll from Saturday's roof collapse reached 9, the mayor said.", [("9", "killed", 9, 9)]),
    (
        "The number of dead from the collapse rose by two to 15.",
        [("two", "other", 2, 2), ("15", "killed", 15, 15)],
    ),
    # controls: the nominalised verb before "of" and the verb itself keep their damage reading
    ("The tremor caused the collapse of 26 homes in the valley.", [("26", "damaged", 26, 26)]),
    ("Eight warehouses collapsed under the weight of the snow.", [("Eight", "damaged", 8, 8)]),
    ("The gale wrecked 45 fishing boats in the harbour.", [("45", "damaged", 45, 45)]),
    # an attribution between commas between the tally's noun and its predicate figure
    ("The dead, hospital officials said, numbered 23.", [("23", "killed", 23, 23)]),
    ("Those injured in the blast, the fire brigade said on Friday, numbered 64.", [("64", "injured", 64, 64)]),
    (
        "The number of people missing, the coast guard told reporters, has risen to 12.",
        [("12", "missing", 12, 12)],
    ),
    # the same before a part of the tally ("among", "included")
    ("Among the dead, the mayor said, were three schoolgirls.", [("three", "killed", 3, 3)]),
    ("Those detained, the prosecutor said, included nine minors.", [("nine", "arrested", 9, 9)]),
    # a tally fronted before a copula, with the event after it ("after", "since") and a source between commas
    ("Still missing since the avalanche are four skiers.", [("four", "missing", 4, 4)]),
    ("Injured after the derailment, according to the rail operator, were 52 commuters.", [("52", "injured", 52, 52)]),
    # the figure's own aside after its noun, between commas or dashes, opened by an estimate
    (
        "The marchers, estimated by organisers at 12,000, reached the palace.",
        [("12,000", "participants", 12000, 12000)],
    ),
    (
        "The crowd \u2014 estimated at 35,000 \u2014 filled the square.",
        [("estimated at 35,000", "participants", 31500, 38500)],
    ),
    ("The evacuees, numbering 2,600, are staying in tents.", [("2,600", "displaced", 2600, 2600)]),
    # a source opened by "according to" between commas; "totalled" as the tally's verb
    ("The toll, according to the regional health office, stood at 57 on Thursday.", [("57", "killed", 57, 57)]),
    ("Detentions, the interior ministry said, totalled 318 over the weekend.", [("318", "arrested", 318, 318)]),
    ("Damage to the port totalled $3 million.", [("$3 million", "other", 3000000, 3000000)]),
    # controls: a speaker before the figure names no measure; an attribution after the figure changes nothing
    ("A witness said 30 people were hurt.", [("30", "injured", 30, 30)]),
    ("The dead numbered 41, the health ministry said on Monday.", [("41", "killed", 41, 41)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_material_around_the_figure(text: str, expected: list[tuple[str, str, float, float | None]]) -> None:
    assert [(c.text, c.measure, c.low, c.high) for c in extract(text, "en")] == expected
