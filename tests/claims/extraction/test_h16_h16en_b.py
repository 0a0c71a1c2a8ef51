"""Classes the fresh English disaster and unrest corpus ``h16en_b1.json`` showed (issue 11, round 11), each fixed in
the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports from
outlets and countries the corpora read least: Malawi (Nyasa Times, Malawi24, Times.mw; DoDMA flood rundowns),
Zimbabwe (Vanguard, Pretoria News, AP via Business Standard), Myanmar jade-mine landslides (Xinhua, Thaiger, AFP via
Rappler, AP via Mehr, Pratidin Time), Pakistan (The News, Express Tribune, The Nation, Pakistan Today, ARY; Karachi
protest arrests and injured police), Philippines (DSWD DROMIC reports, NDRRMC), Nigeria (NEMA, NSEMA and NIWA boat
capsizes via Anadolu, Daily Economy, BBC, Punch), Egypt (train collisions via SIS, TRT/AA, Al Bawaba), Uganda
(Bududa and Bulambuli landslides: URN, The Independent, Monitor, New Vision), Cambodia (building collapses via
VietnamPlus, AP, AFP) and Bolivia (road-blockade clashes via Izvestia and AFP).
Each row: text, then (measure, subject, low, high) for every claim.

- a participle of harm right after the figure outranks a verb of sending (misread, deployed): "We've sent 21 injured
  people to hospital" counts the injured (``verb_turns._attributive_measure``). Controls: people sent to hospital
  with no participle are admitted; soldiers sent to an area are deployed.
- a figure after "of" and a plural of gatherings sizes a kind of gathering a rule names, no turnout (misread,
  participants): "bans demonstrations and assemblies of more than five persons" (``[cues] size_class_plurals``,
  ``not_event_counts.size_class``). Control: "a gathering of more than 5,000 people" is a crowd.
- political parties are organisations, never a crowd (misread, participants): "Leaders from 16 opposition parties
  called on citizens to march" (``[nouns] parties``, a new label).
- a hedge governs its own predicate only (a hedge before another measure word reached a later figure): "about 80
  people could be missing and 19 individuals have been taken to hospital" (``verb_turns.projected``). Control: "the
  death toll could rise to 100" stays a projection.
- breakdowns led by "comprising"/"consisting": "37 corpses comprising 3 females, 33 males ..." (``[breakdowns] cues``).
- a camp or shelter figure right before its host verb keeps its own count ("set up three shelters accommodating
  1,215 people" lost the three: "shelters accommodating" and "camps housing" left [measures] displaced, read by
  ``shelter_stays.hosted``); a tally that "remained at" a figure states it ("The number of injured remained at 540";
  h16en_b2).
- "body count" names the dead ("With the body count at 74"); "brought for treatment" and "are admitted at"
  name admissions; "set fire to" names damage (``[measures]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

SENT_INJURED: list[Any] = [
    (
        '"We have sent 18 injured people to hospital and found two dead," a rescuer said.',
        [("injured", "people", 18, 18), ("killed", "people", 2, 2)],
    ),
    ("Volunteers sent 33 wounded people to the district hospital.", [("injured", "people", 33, 33)]),
    # controls: no participle (admitted); a force sent
    ("Rescuers sent 14 people to hospital.", [("hospitalized", "people", 14, 14)]),
    ("The army sent 300 soldiers to the flooded district.", [("deployed", "soldiers", 300, 300)]),
]
test_a_participle_of_harm_outranks_sending = rows_test(SENT_INJURED, "en")

SIZE_CLASSES: list[Any] = [
    (
        "The order bans rallies and assemblies of more than four persons in the city.",
        [("other", "people", 5, None)],
    ),
    ("Police banned meetings of over 10 people across the district.", [("other", "people", 11, None)]),
    # control: one gathering's size is a crowd
    (
        "A gathering of more than 3,000 people marched to the governor's office.",
        [("participants", "people", 3001, None)],
    ),
]
test_a_size_of_a_kind_of_gathering_is_no_turnout = rows_test(SIZE_CLASSES, "en")

PARTIES: list[Any] = [
    (
        "Leaders from 12 opposition parties urged supporters to march on the capital on Friday.",
        [("other", "parties", 12, 12)],
    ),
    ("Nine parties joined the protest called by the union.", [("other", "parties", 9, 9)]),
]
test_parties_are_no_crowd = rows_test(PARTIES, "en")

HEDGE_SCOPE: list[Any] = [
    (
        "An official said about 50 people could be missing and 12 individuals have been taken to hospital.",
        [("missing", "people", 45, 55), ("hospitalized", "people", 12, 12)],
    ),
    # control: the hedge's own change verb right before the figure
    ("Officials said the death toll could rise to 60.", [("other", "projected", 60, 60)]),
]
test_a_hedge_governs_its_own_predicate = rows_test(HEDGE_SCOPE, "en")

WORDS: list[Any] = [
    (
        "Divers have recovered 24 corpses comprising 5 females, 16 males and 3 children, the agency said.",
        [
            ("killed", "people", 24, 24),
            ("killed", "women", 5, 5),
            ("killed", "men", 16, 16),
            ("killed", "children", 3, 3),
        ],
    ),
    (
        "Police detained 15 suspects, consisting of 11 men and 4 women.",
        [("arrested", "people", 15, 15), ("arrested", "men", 11, 11), ("arrested", "women", 4, 4)],
    ),
    ("With the body count at 58 by evening, burials began in the village.", [("killed", "people", 58, 58)]),
    (
        "Six police personnel were brought for treatment at the civil hospital.",
        [("hospitalized", "police", 6, 6)],
    ),
    ("Twenty-two people are admitted at the district hospital.", [("hospitalized", "people", 22, 22)]),
    ("Rioters set fire to five motorcycles outside the market.", [("damaged", "motorcycles", 5, 5)]),
]
test_measure_words_of_disaster_and_protest_copy = rows_test(WORDS, "en")

SHELTERS_AND_STOCKS: list[Any] = [
    (
        "The government has set up four shelters accommodating 1,320 people.",
        [("other", "shelters", 4, 4), ("displaced", "people", 1320, 1320)],
    ),
    (
        "Officials opened 61 camps housing 9,800 people.",
        [("other", "camps", 61, 61), ("displaced", "people", 9800, 9800)],
    ),
    ("The number of injured remained at 610, the authorities said.", [("injured", "people", 610, 610)]),
    ("The death toll remains at 17.", [("killed", "people", 17, 17)]),
    # control: people who stay at a place are no tally
    ("The 12 patients remained at the hospital.", [("other", "patients", 12, 12)]),
]
test_shelters_before_their_host_verb_and_remaining_tallies = rows_test(SHELTERS_AND_STOCKS, "en")
