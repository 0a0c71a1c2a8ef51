"""Gates found on fresh regional reports, fifth wave (issue 11, helper gate12en): a measure word reached after a
coordinator whose clause has a quantity word of its own for subject ("... and many more were injured") is that
subject's predicate, not the figure's; grades and places of death from regional copy are subsets. A wrong specific
measure is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in Kenyan flood
bulletins, Nigerian attack reports, Indian hooch-tragedy copy and Philippine disaster tallies. Each row: text, then
(surface, measure) for the claims checked (None: no claim with a specific measure).
"""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import Row, gate_test, subject_of

# the first measure word after the figure belongs to a joined clause whose subject is a quantity word
JOINED_SUBJECT: list[Row] = [
    (
        "Those who have died in the Malo floods are slightly over 40 and many more have been evacuated.",
        [("over 40", None)],
    ),
    ("The figure given by the Tarvo council was 31 and many more are missing.", [("31", None)]),
    ("The count from the Pelo villages stood at 58 and many more were displaced.", [("58", None)]),
]
# ... and where the subject before names the measure, that word is read
JOINED_SUBJECT_SUBJECT: list[Row] = [
    (
        "Those who drowned in the Malo river are just over 40 and many more have been evacuated.",
        [("over 40", "killed")],
    ),
    ("The dead in Kessan district are about 25, and several others were injured.", [("about 25", "killed")]),
]
# a verb right after the noun phrase is the figure's predicate when the later verb has a quantity subject of its own
JOINED_SUBJECT_PREDICATE: list[Row] = [
    ("Officials in Dorrel said 60 people died and many more were injured.", [("60", "killed")]),
    ("Sixty-two villagers drowned and others were swept away near Bruna.", [("sixty-two", "killed")]),
    (
        "About 25 people died and several more were hurt when the roof of the Lenmar hall fell.",
        [("about 25", "killed")],
    ),
    ("Eighteen miners died and many others were trapped after the blast at Okoro.", [("eighteen", "killed")]),
]
# ... or after the object of a verb, a joined clause whose subject is another group ("other residents")
JOINED_OTHER_GROUP: list[Row] = [
    ("Crews helped two people out of the Dunmore flats and other residents were evacuated.", [("two", None)]),
    ("Firemen carried three children from the Kellow block and the other tenants were evacuated.", [("three", None)]),
    (
        "Crews guided four people from the top floor and a number of other residents self evacuated in Tarn.",
        [("four", None)],
    ),
]
JOINED_SUBJECT_CONTROLS: list[Row] = [
    ("Police evacuated 300 residents and other villagers from Ameln on Sunday.", [("300", "displaced")]),
    ("The blaze at the Sarno mill claimed 14 lives and left several other workers injured.", [("14", "killed")]),
    ("About 200 people and many more animals were evacuated from Pelo island.", [("about 200", "displaced")]),
    ("Seventy people injured in the crush were admitted to hospital in Tarsk.", [("seventy", "hospitalized")]),
    ("Twelve detainees were killed in the fire at Varn prison.", [("twelve", "killed")]),
    ("Police in Osun arrested 80 people and held many more for questioning.", [("80", "arrested")]),
    ("Twenty people and 30 others were injured in the clash at Ileso.", [("twenty", "injured"), ("30", "injured")]),
    ("At least 80 protesters were arrested and many others were injured in Kaduma.", [("at least 80", "arrested")]),
]

# a grade of damage is a subset of the damaged (DESIGN 4.1): "totally damaged", as "completely destroyed"
DAMAGE_GRADE: list[Row] = [
    ("Of the 4,100 homes, 3,200 were partially damaged and 900 were totally damaged.", [("900", None)]),
    ("Some 2,350 houses in Samar were totally damaged by the typhoon.", [("some 2,350", None)]),
    ("A total of 5,240 houses were damaged in Leyte, 610 of them totally damaged.", [("610", None)]),
]
DAMAGE_GRADE_CONTROLS: list[Row] = [
    ("A total of 5,240 houses were damaged in Leyte, 610 of them totally damaged.", [("5,240", "damaged")]),
    ("The storm damaged 1,870 houses in Masbate province.", [("1,870", "damaged")]),
]

# a part picked out by where or when they died (DESIGN 4.1: "died in hospital"): other beside a toll; the sole
# figure of the dead of its sentence counts the dead (round 16, the gold author's reading: care_deaths.py)
DIED_UNDER_TREATMENT: list[Row] = [
    ("Seven died while undergoing treatment at the district hospital in Dhar.", [("seven", "killed")]),
    ("Six villagers died while being treated at the Rampur health centre.", [("six", "killed")]),
    ("Four of the labourers died while receiving treatment at the medical college.", [("four", None)]),
    (
        "The toll rose to 23, and seven of them died while undergoing treatment at the district hospital in Dhar.",
        [("23", "killed"), ("seven", None)],
    ),
    ("Of the 19 dead, six villagers died while being treated at the Rampur health centre.", [("six", None)]),
]
DIED_UNDER_TREATMENT_CONTROLS: list[Row] = [
    (
        "Six villagers died after drinking the liquor in Kotra and 14 are being treated in hospital.",
        [("six", "killed"), ("14", "hospitalized")],
    ),
    ("Eleven people died after drinking spurious liquor in the Barsi block.", [("eleven", "killed")]),
]

# a figure after an adjunct preposition of the measure verb before it counts occasions or places, not people
ADJUNCT_OBJECT: list[Row] = [
    ("Officers said the gunmen were killed during more than 40 raids across Leyte.", [("more than 40", None)]),
    ("The suspects were arrested in 12 raids on Sunday, the Kessel police said.", [("12", None)]),
    ("Seven men were detained across 9 checkpoints in Zaria on Friday.", [("9", None)]),
]
ADJUNCT_OBJECT_CONTROLS: list[Row] = [
    ("Gunmen killed 12 people in the attack on Dorra village.", [("12", "killed")]),
    ("The death toll in the Mirro floods rose to 40 on Tuesday.", [("40", "killed")]),
    ("Police in Kano arrested 35 suspects during the raids.", [("35", "arrested")]),
]

# treated at the scene is injured (NEWS_CONSTRUCTIONS), also after "were being" and "on the spot"
TREATED_ON_SITE: list[Row] = [
    ("Two women were being treated at the scene for burns, police in Harwell said.", [("two", "injured")]),
    ("Nine were treated on the spot and 14 were taken to the Thal district hospital.", [("nine", "injured")]),
    ("Six people were being treated at the Sorrel district hospital.", [("six", "hospitalized")]),
]

# care at a named kind of hospital is a hospital stay, also after a participle of the noun
HOSPITAL_CARE: list[Row] = [
    (
        "At least 12 pilgrims injured in the crush at Soran are being treated at a local hospital.",
        [("at least 12", "hospitalized")],
    ),
    ("Twelve labourers were treated at a nearby hospital in Gola on Monday.", [("twelve", "hospitalized")]),
    (
        "Police in Nandi said 14 pilgrims injured in the crowd surge are being treated at a private hospital.",
        [("14", "hospitalized")],
    ),
]

# bodies that take part are no people (DESIGN 4.1: things are never counted as people)
BODIES_TAKING_PART: list[Row] = [
    ("A total of 28 organisations representing dock workers were taking part in the Karachi strike.", [("28", None)]),
    ("More than 40 unions joined the march in Lagos on Monday.", [("more than 40", None)]),
]
BODIES_TAKING_PART_CONTROLS: list[Row] = [
    ("Police arrested 40 union members at the Lagos march on Monday.", [("40", "arrested")]),
]


test_gate = gate_test(
    JOINED_SUBJECT
    + JOINED_SUBJECT_SUBJECT
    + JOINED_SUBJECT_PREDICATE
    + JOINED_OTHER_GROUP
    + JOINED_SUBJECT_CONTROLS
    + DAMAGE_GRADE
    + DAMAGE_GRADE_CONTROLS
    + DIED_UNDER_TREATMENT
    + DIED_UNDER_TREATMENT_CONTROLS
    + ADJUNCT_OBJECT
    + ADJUNCT_OBJECT_CONTROLS
    + TREATED_ON_SITE
    + HOSPITAL_CARE
    + BODIES_TAKING_PART
    + BODIES_TAKING_PART_CONTROLS
)


@pytest.mark.parametrize(("text", "surface"), [(text, rows[0][0]) for text, rows in DAMAGE_GRADE])
def test_damage_grade_keeps_its_claim(text: str, surface: str) -> None:
    """The grade keeps its figure as a claim, ``other`` with the grade as subject."""
    assert subject_of(text, "en", surface) == ("other", "totally destroyed houses")
