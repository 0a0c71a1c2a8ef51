"""Subjects of English figures (round 7, issue 11; DESIGN 4 and 4.1), with sentences of our own: the closed class of
a generic force noun read from its sentence ("officers" beside "set fire to" or "a medical centre" are police; a
defence force's personnel are soldiers; gendarmes are security forces), the label of an ``other`` figure by the
copy's own plural noun (fires, blazes, relief centres, boys, one woman, one district), people rescued as survivors, a
raw label that stops before its predicate ("11 missiles hit"), new cases before a running total as its increment;
with controls whose subject must not change."""

from __future__ import annotations

import pytest

from tests.claims.extraction.news_tables import labelled_rows

Row = tuple[str, str, str | None]


FORCES = [
    # a cue word far from the noun ("set fire to", "a medical college") marks no class: bare officers are police
    (
        "Nine officers were injured as rioters set fire to cars in the centre of Rennes.",
        [("Nine", "injured", "police")],
    ),
    (
        "Eleven officers were hurt when youths threw stones outside the medical school in Cardiff.",
        [("Eleven", "injured", "police")],
    ),
    ("At least 14 officers were injured in election violence in Kisumu.", [("At least 14", "injured", "police")]),
    # the singular after "one"
    ("One officer was injured and taken to a health centre in Tulsa.", [("One", "injured", "police")]),
    # a defence force's personnel; paramilitary personnel
    ("The Defence Force has sent 340 personnel to the flooded towns.", [("340", "deployed", "soldiers")]),
    ("The ministry sent 120 paramilitary personnel to the valley.", [("120", "deployed", "security_forces")]),
    # gendarmes are a military force with police duties
    (
        "Seven gendarmes were killed in the ambush near Dori, the ministry said.",
        [("Seven", "killed", "security_forces")],
    ),
    # armed forces; South Asian armed police and paramilitaries
    ("Insurgents killed six members of the armed forces near Kidal.", [("six", "killed", "soldiers")]),
    ("Three CRPF jawans were injured in the blast in Sukma.", [("Three", "injured", "security_forces")]),
    ("Two BSF personnel were wounded in the firing.", [("Two", "injured", "security_forces")]),
    # a force named after "members of"; South Asian police ranks
    ("Twelve members of the National Guard were injured in the crash.", [("Twelve", "injured", "soldiers")]),
    (
        "Seven constables and two sub-inspectors were injured in the stone-pelting.",
        [("Seven", "injured", "police"), ("two", "injured", "police")],
    ),
    # a force's own men
    ("The police said nine of their men were injured.", [("nine", "injured", "police")]),
    ("The army said three of its men were killed in the ambush.", [("three", "killed", "soldiers")]),
    # controls: the cue inside the noun phrase still counts; civil defence personnel are rescuers; a firm's men
    ("Three fire officers were injured when the roof of the depot fell in.", [("Three", "injured", "people")]),
    ("Four prison officers were injured in the riot.", [("Four", "injured", "people")]),
    ("Four election officers were injured at a polling station.", [("Four", "injured", "people")]),
    ("The company said 12 of its men were injured at the plant.", [("12", "injured", "people")]),
    ("Civil defence said 14 of its personnel were killed in the strike.", [("14", "killed", "people")]),
    ("The army deployed 600 personnel to the district on Monday.", [("600", "deployed", "soldiers")]),
    # control: one man killed is counted as people
    (
        "Gunfire at a party killed one young man and wounded three teenagers.",
        [("one", "killed", "people"), ("three", "injured", "people")],
    ),
]

LABELS = [
    # fires by the copy's own noun
    ("Firefighters were battling 45 fires across the region.", [("45", "other", "fires")]),
    ("Crews are trying to contain 31 blazes before the wind changes.", [("31", "other", "blazes")]),
    ("More than 120 bushfires were burning across the state on Sunday.", [("More than 120", "other", "bushfires")]),
    # the plural label of a singular noun after "one"
    (
        "Among the rescued were one woman and nine fishermen.",
        [("one", "other", "women"), ("nine", "other", "fishermen")],
    ),
    (
        "Twenty-three people died in one district of the province.",
        [("Twenty-three", "killed", "people"), ("one", "other", "districts")],
    ),
    # a relief centre by the copy's own noun; children by sex outside a casualty count
    ("Kedah has opened 44 relief centres since Friday.", [("44", "other", "relief centres")]),
    (
        "The victims were aged 14 to 16; nine were boys and five were girls.",
        [("nine", "other", "boys"), ("five", "other", "girls")],
    ),
    # people rescued are survivors when the whole opens the sentence; not the whole a part is taken from (control)
    (
        "Of the 31 fishermen rescued on Sunday, four were taken to hospital.",
        [("31", "other", "survivors"), ("four", "hospitalized", "people")],
    ),
    ("Two of the 40 passengers rescued were children.", [("Two", "other", "children"), ("40", "other", "passengers")]),
    # a specific group right before a verb whose label is a participle: both name the subset
    (
        "Nearly 60 journalists were among the 3,400 prisoners released under the pardon.",
        [("Nearly 60", "other", "journalists"), ("3,400", "other", "prisoners released")],
    ),
    ("Doctors said 14 pilgrims infected with the virus were in isolation.", [("14", "other", "pilgrims infected")]),
    # a vessel's people with the verb of carrying in an apposition
    ("The ferry, carrying about 420 people, ran aground off Flores.", [("about 420", "other", "people on board")]),
    # controls: a finite verb, or one after a copula, leaves the noun (a state that picks a subset of patients names
    # it: issue 11 conventions, conv16)
    ("So far 930 patients have recovered.", [("930", "other", "recovered")]),
    ("Authorities have traced 230 close contacts of the infected nurse.", [("230", "other", "close contacts")]),
    ("All 22 patients were discharged on Tuesday.", [("22", "other", "discharged patients")]),
    # an evacuation order with its adjective
    (
        "Some 3,400 residents remain under a mandatory evacuation order.",
        [("Some 3,400", "other", "people ordered to evacuate")],
    ),
    # warrants served, not the verb that serves them
    ("Detectives executed 27 search warrants across the county.", [("27", "other", "search warrants")]),
    # controls: satellite hotspots keep their noun; boys killed are children
    ("Satellites detected 640 hotspots on Borneo this week.", [("640", "other", "hotspots")]),
    ("The strike killed three boys and a teacher.", [("three", "killed", "children")]),
]

PREDICATES = [
    # a word after a plural raw label is its predicate, not part of a compound
    ("Nine rockets hit the port overnight, the governor said.", [("Nine", "other", "rockets")]),
    ("Two trains collided in fog near Ostrava.", [("Two", "other", "trains")]),
    ("Eight wagons left the rails outside Tula.", [("Eight", "other", "wagons")]),
    # a participle when the figure opens its clause; a verb form in -ing
    ("Power failed when 30 drones struck the substation.", [("30", "other", "drones")]),
    ("Of 140 nuns sitting the exam, 12 fell ill.", [("140", "other", "nuns"), ("12", "other", "sick people")]),
    # control: after a verb, a participle names a subset
    ("The firm recalled 40,000 jars distributed to shops in Ohio.", [("40,000", "other", "jars distributed")]),
    # controls: compounds of a singular modifier, and of two plurals
    ("Volunteers staffed 18 polling stations in the ward.", [("18", "other", "polling stations")]),
    ("Police recovered 14 arms caches in the forest.", [("14", "other", "arms caches")]),
]


INCREMENTS = [
    # new cases, or more of a thing, before a verb that brings the running total to its new value
    (
        "The ministry logged 64 new cases of measles, bringing the total to 1,318.",
        [("64", "other", "increase"), ("1,318", "other", "cases")],
    ),
    (
        "Eleven new illnesses linked to the smoked salmon bring the total to 52.",
        [("Eleven", "other", "increase"), ("52", "other", "cases")],
    ),
    (
        "Four more provinces have reported infections, bringing the total to 15 provinces.",
        [("Four", "other", "increase"), ("15", "other", "provinces")],
    ),
    # controls: no running total; things with no word of change
    ("The ministry logged 64 new cases of measles on Friday.", [("64", "other", "cases")]),
    (
        "Twenty aid trucks crossed on Monday, taking the total since then to 96.",
        [("Twenty", "other", "trucks"), ("96", "other", "trucks")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORCES + LABELS + PREDICATES + INCREMENTS)
def test_subject_round7_en(text: str, expected: list[Row]) -> None:
    assert labelled_rows(text, "en") == expected
