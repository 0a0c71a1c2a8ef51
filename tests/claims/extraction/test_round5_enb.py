"""Round 5 in English, second corpus (issue 11): classes shown by ``corpora/enb*.json`` (paraphrases of wire and
Asian English-language reports on crowd crushes, hajj heat, collapses, outbreaks, plant blasts and boat sinkings,
labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Readings follow
DESIGN.md 4 and 4.1 (prefer ``other`` to a wrong measure). Each row: text, then (measure, subject, low, high) for
every claim. The classes:

- a 24-hour clock time before a time zone ("shortly before 9 a.m. (1300 GMT)") is no count
  (``exclusions._span_or_label_after``, ``[dates] time_zones``);
- a time span goes on past "more", "further", "straight" ... ("for three more days") (``[exclusions]
  span_modifiers``); "four more bodies" stays a count;
- rescuers and firefighters counted with no other measure word are the force at work: deployed (``[nouns]``
  ``measure``); a measure word of their own still wins ("Four firefighters were injured");
- "took part in" a pilgrimage, march, rally ... is a turnout; in an attack or a search it is not
  (``[measures] participants``);
- a part "from abroad", "from overseas" is a part of foreigners (``[nouns]``);
- a nationality between a tally word and its measure word ("the number of Egyptian deaths") picks one nation's
  share of the toll: ``other`` (``tally_rules._demonym_tally``, ``[subjects] demonym_endings``);
- a part of a measured whole whose predicate is its origin ("86 of the dead came from Pakistan") is a share by
  origin: ``other`` (``parts_by_other._origin_part``, ``[cues] origin_verbs``);
- "bringing the overall count to n" gives the new total (``[qualifiers] exact``);
- a nominalised verb and "of" before the figure ("led to the arrest of 46 suspects", "the killing of more than
  6,000 people", "the detention of 85 students") names its measure (``[measures]``);
- a force "at the scene" is deployed; people "moved to temporary shelters" are displaced; people "pulled out alive
  with injuries" are injured (``[measures]``);
- admissions beside those still in hospital in another clause of the sentence ("more than 900 were brought to
  hospitals, only 331 remained admitted"): the later figure is the stock, the earlier ``other``, admitted (DESIGN
  4.1; ``increments._admissions_beside_stock``);
- a person noun right after a tally word with no measure word ("the number of people on the bridge") is what a bare
  figure after it counts: ``other``, that noun (``tally_rules._tally_noun``);
- people "were celebrating" (a festival, a title) are a turnout (``[measures] participants``);
- an earlier figure of the same tally ("revising down his earlier estimate of 20", "up from an initial toll of 12")
  takes the tally's measure (``[anaphora] inherit_before``);
- "have taken to the streets" is a turnout; parents, relatives and skiers are counted nouns (``[nouns]``);
- "who were under 5" is an age, no count (``[exclusions] age_words``);
- force nouns joined by "and" ("140 police and soldiers", "troops and police") are counted together: security
  forces; other nouns after "and" keep a count of their own (``noun_phrase._forces_joined``);
- a part "of them" with no figure before it is a part of the measure word a determiner makes a noun phrase ("Most
  of the dead were ..., and 32 of them were children") (``tally_rules._nominal_whole``);
- a part of a whole named by an other-verb ("Eight of those rescued were rushed to hospital") takes its own
  predicate (``clauses.named_whole_end``); "alive" in a breakdown ("three alive and 11 dead") names survivors,
  "burned alive" is killed, "buried alive" stays buried people (``[other_verbs]``, ``[measures]``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # a clock time before a time zone
    (
        "Some 60 miners were underground when the shaft flooded shortly before 7 a.m. (2300 GMT).",
        [("other", "miners", 54, 66)],
    ),
    ("Protesters gathered at 1430 GMT and 35 were detained by 1600 GMT.", [("arrested", "people", 35, 35)]),
    # a span after "more", "further"
    (
        "The curfew will stay in place for two further weeks, and 18 people have been detained.",
        [("arrested", "people", 18, 18)],
    ),
    ("Divers will keep searching the lake for four more days.", []),
    # control: more bodies are a count
    ("Divers recovered four more bodies on Friday.", [("killed", "people", 4, 4)]),
    # rescuers at work are deployed
    ("Some 250 rescue workers sifted through the debris of the hotel.", [("deployed", "people", 225, 275)]),
    ("Nearly 400 firefighters worked through the night to contain the flames.", [("deployed", "people", 360, 399)]),
    # control: their own measure word wins
    ("Four firefighters were injured when a wall fell on them.", [("injured", "people", 4, 4)]),
    # taking part in a turnout
    ("Roughly 25,000 people took part in the march through the capital.", [("participants", "people", 22500, 27500)]),
    # control: an attack is no turnout
    ("Around 80 men took part in the attack on the depot.", [("other", "men", 72, 88)]),
    # a part from abroad
    (
        "About 60,000 people attended the festival, 8,000 of them from overseas.",
        [("participants", "people", 54000, 66000), ("participants", "foreigners", 8000, 8000)],
    ),
    # one nation's share of a toll
    ("The number of Malaysian deaths climbed to 47.", [("other", "Malaysian deaths", 47, 47)]),
    # control: the toll itself
    ("The number of deaths climbed to 47.", [("killed", "people", 47, 47)]),
    # a part by origin
    ("Nine of the injured came from Nepal.", [("other", "injured from Nepal", 9, 9)]),
    # control: a closed group keeps the measure
    ("Nine of the injured were children.", [("injured", "children", 9, 9)]),
    # the overall count
    (
        "Jordan reported 14 new deaths, bringing the overall count to 203.",
        [("other", "increase", 14, 14), ("killed", "people", 203, 203)],
    ),
]


ENGLISH += [
    # a nominalised verb before "of" and the figure
    ("The sweep led to the arrest of 58 gang members.", [("arrested", "people", 58, 58)]),
    ("Witnesses described the killing of nine farmers by soldiers.", [("killed", "people", 9, 9)]),
    ("Lawyers protested against the detention of 23 activists.", [("arrested", "people", 23, 23)]),
    (
        "The crackdown led to hundreds of arrests and the deaths of 31 people.",
        [("arrested", "people", 200, 999), ("killed", "people", 31, 31)],
    ),
    # a force at the scene, people moved to shelters, rescued with injuries
    ("Roughly 90 soldiers were at the scene by noon.", [("deployed", "soldiers", 81, 99)]),
    # control: a verb of its own
    ("Four workers died at the scene.", [("killed", "people", 4, 4)]),
    (
        "Some 430 villagers were moved to temporary shelters after the river burst its banks.",
        [("displaced", "people", 387, 473)],
    ),
    ("Three miners were found alive with injuries on Thursday.", [("injured", "people", 3, 3)]),
]


ENGLISH += [
    # admissions beside the stock
    (
        "Some 60 people were taken to hospital, and 14 remain in hospital on Tuesday.",
        [("other", "admitted", 54, 66), ("hospitalized", "people", 14, 14)],
    ),
    (
        "Forty people were hospitalised and 12 were still being treated on Sunday.",
        [("other", "admitted", 40, 40), ("hospitalized", "people", 12, 12)],
    ),
    # a person noun after the tally word
    (
        "Rescuers revised the number of people on the ferry from about 300 to 212.",
        [("other", "people", 270, 330), ("other", "people", 212, 212)],
    ),
    # celebrating crowds
    ("Some 3,000 fans were celebrating the title when the stand gave way.", [("participants", "people", 2700, 3300)]),
    # control: a verb of its own
    ("Five people who were celebrating a wedding were killed by the blast.", [("killed", "people", 5, 5)]),
]


ENGLISH += [
    # an earlier figure of the same tally
    (
        "Officials confirmed 31 deaths, up from an initial toll of 12.",
        [("killed", "people", 31, 31), ("killed", "people", 12, 12)],
    ),
    (
        "The agency now counts 57 missing, against a previous estimate of 40.",
        [("missing", "people", 57, 57), ("missing", "people", 40, 40)],
    ),
    # crowds in the streets, kin in a list
    (
        "Thousands of people have taken to the streets of the capital since Friday.",
        [("participants", "people", 2000, 9999)],
    ),
    (
        "Several hundred parents and teachers gathered outside the education office.",
        [("participants", "people", 200, 999)],
    ),
    # an age after "who were under"
    ("About 90 children who were under 5 were treated for dehydration.", [("other", "children", 81, 99)]),
]


ENGLISH += [
    # force nouns joined by "and"
    ("About 140 police and soldiers were at the scene.", [("deployed", "security_forces", 126, 154)]),
    ("Nine soldiers and police were killed in the ambush.", [("killed", "security_forces", 9, 9)]),
    # control: protesters and police are not one count
    ("Thousands of protesters and police clashed in the square.", [("participants", "protesters", 2000, 9999)]),
]


ENGLISH += [
    # a part of a nominal measure ("the dead", "the injured")
    (
        "Most of the dead were crushed near the exit, and at least 21 of them were women.",
        [("killed", "women", 21, None)],
    ),
    ("Many of the wounded were bystanders, and nine of them were children.", [("injured", "children", 9, 9)]),
    # control: no measured noun phrase before the part
    ("Three of them were children.", [("other", "children", 3, 3)]),
]


ENGLISH += [
    # a part of those an other-verb names takes its own predicate
    ("Six of those rescued were flown to hospital.", [("hospitalized", "people", 6, 6)]),
    # control: a group predicate
    ("Two of those rescued were children.", [("other", "children", 2, 2)]),
    # alive and dead in a breakdown
    (
        "Rescuers reached 20 miners, 12 alive and eight dead.",
        [("other", "miners", 20, 20), ("other", "survivors", 12, 12), ("killed", "people", 8, 8)],
    ),
    ("Four people were burned alive in their car.", [("killed", "people", 4, 4)]),
    ("Twelve villagers were buried alive by the landslide.", [("other", "buried people", 12, 12)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_round5_enb(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
