"""Round 7 in English copy from many outlets (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/enk1.json`` ..., labelled before any run: building collapses, rail crashes, toxic liquor, jailbreaks,
kidnappings, floods), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high) for every claim. The classes:

- "Rs" and "Rs." before an amount are rupees in Indian and Pakistani copy ("Rs 2 lakh", "Rs.50,000"), and "Rs." ends
  no sentence before an amount (``[currencies] INR``, ``[cues] amount_abbreviations``), while the Indonesian
  "RS." (a hospital) still may;
- a force that "responded to the crash", "to the accident", "to the collapse" was sent (``[measures] deployed``);
- a one-word other-verb that opens a noun of people ("rescue" in "rescue workers") is part of the noun, no verb
  (``view.SentenceView.measure_at``);
- "after", "since" right after a tally's measure word open the event it counts, no clause, when the figure is the
  tally's value ("the number of people missing after the storm rose to 76") (``event_adjuncts``, ``[syntax]
  event_adjunct_words``);
- devotees who "took a holy dip", "have taken a dip" at a bathing festival turned out (``[measures] participants``);
- a scale word after the second bound of a range scales the first too ("40 to 45 million", "between 2 and 3 lakh")
  when the first has none and is below the second (``mentions._shared_scale``);
- "one of" and a figure after a copula ("the volcano is one of 23 active volcanoes") names a member of a set, no
  count, unless a measure word before it makes the one a count ("the dead man was one of 40 workers")
  (``exclusions._member_of_set``);
- "completely destroyed", "fully destroyed", "completely razed" are a grade of damage, a subset (``other``), as
  "totally destroyed" is; both grades together ("partially or fully damaged") are the damaged total
  (``[other_verbs]``, ``[measures] damaged``);
- "burn injuries", "burn wounds" are injuries, not "burn" (damage) before them (``[measures] injured``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction.sentences import split_sentences
from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # rupees written "Rs" (compensation, seizures, fines in Indian copy)
    (
        "The district administration announced Rs 4 lakh for the next of kin of each victim.",
        [("other", "INR", 400000, 400000)],
    ),
    (
        "Excise officials seized 1,200 litres of illicit liquor worth Rs. 2.4 lakh.",
        [("other", "liters", 1200, 1200), ("other", "INR", 240000, 240000)],
    ),
    ("Each injured passenger will get Rs.25,000.", [("other", "INR", 25000, 25000)]),
    # "Rs." ends no sentence: the amount and the rest of the sentence stay one sentence
    (
        "Police seized Rs. 9 crore in cash from the house, and two men were arrested.",
        [("other", "INR", 90000000, 90000000), ("arrested", "men", 2, 2)],
    ),
    # a force that responded to the crash, the accident, the collapse
    ("About 90 volunteers responded to the collapse.", [("deployed", "people", 81, 99)]),
    ("Some 120 soldiers responded to the derailment.", [("deployed", "soldiers", 108, 132)]),
    ("Around 60 paramedics responded to the incident at the stadium.", [("deployed", "people", 54, 66)]),
    # control: people who answer a survey or an appeal are no force
    ("About 40 residents responded to the appeal.", [("other", "residents", 36, 44)]),
    # "rescue" inside "rescue workers" is no verb of survivors
    ("Some 300 police and rescue workers were deployed.", [("deployed", "police", 270, 330)]),
    ("Nearly 650 soldiers and rescue workers were sent to the valley.", [("deployed", "soldiers", 585, 649)]),
    # control: the verb itself
    ("Twelve people were rescued and 3 died.", [("other", "survivors", 12, 12), ("killed", "people", 3, 3)]),
    # the event a tally counts, after "after" or "since"
    ("The number of people missing after the storm fell to 43 on Friday.", [("missing", "people", 43, 43)]),
    ("The death toll after the ferry fire rose to 27.", [("killed", "people", 27, 27)]),
    ("The number of dead since the quake has climbed to 212.", [("killed", "people", 212, 212)]),
    # control: a clause of its own after "after"
    (
        "Police arrested 12 after the crowd swelled to 5,000.",
        [("arrested", "people", 12, 12), ("participants", "people", 5000, 5000)],
    ),
    # bathing festivals
    (
        "More than 2 crore devotees took a holy dip at the Sangam on Wednesday.",
        [("participants", "people", 20000001, None)],
    ),
    ("Nearly 35 lakh people have taken a dip in the river since dawn.", [("participants", "people", 3150000, 3499999)]),
    # control: a swim that ends in drowning
    ("Two boys drowned while taking a dip in the canal.", [("killed", "children", 2, 2)]),
    # a scale word shared by both bounds of a range
    ("Officials expect 30 to 35 million visitors over the six weeks.", [("other", "visitors", 30000000, 35000000)]),
    ("Between 4 and 6 lakh people were evacuated from the coast.", [("displaced", "people", 400000, 600000)]),
    # control: a first bound above the second's number keeps its own value
    ("The fine ranges from 500 to 2 million rupees.", [("other", "INR", 500, 2000000)]),
    # one member of a set after a copula
    ("The town is one of 14 municipalities in the province.", [("other", "municipalities", 14, 14)]),
    ("Sinabung is one of the 127 active volcanoes in the archipelago.", [("other", "active volcanoes", 127, 127)]),
    # control: a measure word before the copula makes the one a count
    (
        "The dead man was one of 40 workers on the site.",
        [("killed", "people", 1, 1), ("other", "workers", 40, 40)],
    ),
    # grades of damage in flood tallies
    (
        "The rains damaged 8,400 houses, of which 2,100 were fully destroyed and 6,300 partially damaged.",
        [
            ("damaged", "houses", 8400, 8400),
            ("other", "totally destroyed houses", 2100, 2100),
            ("other", "partially damaged houses", 6300, 6300),
        ],
    ),
    ("In the district, 460 mud houses were completely razed.", [("other", "totally destroyed houses", 460, 460)]),
    # control: both grades together are the total
    ("About 3,000 homes were partially or completely destroyed.", [("damaged", "homes", 2700, 3300)]),
    # burn injuries as a modifier before the predicate, and as the predicate
    ("Four workers with burn injuries were admitted to hospital.", [("hospitalized", "people", 4, 4)]),
    ("Nine passengers suffered burn wounds in the bus fire.", [("injured", "people", 9, 9)]),
]


test_round7_enk_english = rows_test(ENGLISH, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized Rs. 9 crore. Two men were held.", ["Police seized Rs. 9 crore.", "Two men were held."]),
        # control: the Indonesian abbreviation of a hospital ends its sentence
        ("Korban dibawa ke RS. Polisi masih menyelidiki.", ["Korban dibawa ke RS.", "Polisi masih menyelidiki."]),
    ],
)
def test_round7_enk_rupee_dot_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected
