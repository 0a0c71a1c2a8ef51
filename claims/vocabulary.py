"""The closed vocabularies of Factcheck, defined once: measures and their kinds, qualifiers,
subject names, verdict labels, evidence relations and review states.

Pure (no Django): the extraction and verification cores import it, and so do the models'
choices, the API, the selectors and the services. The models keep their TextChoices (they
carry the translated labels); tests/claims/test_vocabulary.py keeps every copy equal to
these.

>>> measure_kind("killed"), measure_kind("displaced"), measure_kind("participants")
('cumulative', 'stock', 'occasion')
>>> set(LABELS_NEEDING_REVIEW) <= set(LABELS), set(PUBLISHED_STATES) <= set(REVIEW_STATES)
(True, True)
"""

from __future__ import annotations

from types import MappingProxyType


def gettext_noop(text: str) -> str:
    """Marks a name for the translators (makemessages reads the call) and returns it as it
    is: Django's own `gettext_noop`, without importing Django."""
    return text


# --- what a claim counts (DESIGN.md section 4) ------------------------------------------

MEASURES: tuple[str, ...] = (
    "killed",
    "injured",
    "arrested",
    "missing",
    "displaced",
    "hospitalized",
    "deployed",
    "participants",
    "damaged",
    "other",
)
"""The closed set of measures."""

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "more_than",
    "at_least",
    "less_than",
    "at_most",
    "about",
    "nearly",
    "range",
    "vague",
)
"""How a figure is hedged ("more than 40", "about 40", "40 to 45")."""

# How a measure moves over time (DESIGN.md section 5).
CUMULATIVE = "cumulative"
STOCK = "stock"
OCCASION = "occasion"
MEASURE_KINDS: tuple[str, ...] = (CUMULATIVE, STOCK, OCCASION)

CUMULATIVE_MEASURES: frozenset[str] = frozenset({"killed", "injured", "arrested", "damaged"})
"""A true tally of these never falls over time."""
STOCK_MEASURES: frozenset[str] = frozenset({"missing", "displaced", "hospitalized", "deployed"})
"""These rise and fall as the story goes on: only a figure of the same date constrains one."""
OCCASION_MEASURES: frozenset[str] = frozenset({"participants", "other"})
"""The figure of one gathering or one fact: figures within the window constrain it."""


def measure_kind(measure: str) -> str:
    """``cumulative``, ``stock`` or ``occasion``; an unknown measure is an occasion, the kind
    that assumes least about how the figure moves."""
    if measure in CUMULATIVE_MEASURES:
        return CUMULATIVE
    if measure in STOCK_MEASURES:
        return STOCK
    return OCCASION


# The subjects a claim can count ("police", "houses"), named in English as the lexicons
# (claims/extraction/lexicons/*.toml) name them; the desk shows them through gettext.
SUBJECT_NAMES: tuple[str, ...] = (
    gettext_noop("Indonesian citizens"),
    gettext_noop("abductions"),
    gettext_noop("accidents"),
    gettext_noop("adults"),
    gettext_noop("aftershocks"),
    gettext_noop("aid workers"),
    gettext_noop("aircraft"),
    gettext_noop("alleys"),
    gettext_noop("alumni"),
    gettext_noop("ambulances"),
    gettext_noop("ammunition"),
    gettext_noop("animal pens"),
    gettext_noop("animals"),
    gettext_noop("apartments"),
    gettext_noop("applicants"),
    gettext_noop("asylum seekers"),
    gettext_noop("attackers"),
    gettext_noop("attendees"),
    gettext_noop("ballots"),
    gettext_noop("banners"),
    gettext_noop("battalions"),
    gettext_noop("bears"),
    gettext_noop("birds"),
    gettext_noop("boarding schools"),
    gettext_noop("boats"),
    gettext_noop("bombs"),
    gettext_noop("boxes"),
    gettext_noop("bridges"),
    gettext_noop("brigades"),
    gettext_noop("buffaloes"),
    gettext_noop("buildings"),
    gettext_noop("bullets"),
    gettext_noop("bus stops"),
    gettext_noop("buses"),
    gettext_noop("businesses"),
    gettext_noop("cabin crew"),
    gettext_noop("camps"),
    gettext_noop("capitals"),
    gettext_noop("cars"),
    gettext_noop("cases"),
    gettext_noop("casualties"),
    gettext_noop("cattle"),
    gettext_noop("chickens"),
    gettext_noop("children"),
    gettext_noop("churches"),
    gettext_noop("cities"),
    gettext_noop("civil service police"),
    gettext_noop("civilians"),
    gettext_noop("classrooms"),
    gettext_noop("climbers"),
    gettext_noop("clinics"),
    gettext_noop("clips"),
    gettext_noop("close contacts"),
    gettext_noop("co-pilots"),
    gettext_noop("coast guards"),
    gettext_noop("coaches"),
    gettext_noop("companies"),
    gettext_noop("companies (SSK)"),
    gettext_noop("computers"),
    gettext_noop("concertgoers"),
    gettext_noop("counties"),
    gettext_noop("countries"),
    gettext_noop("couriers"),
    gettext_noop("crew members"),
    gettext_noop("crocodiles"),
    gettext_noop("crowd"),
    gettext_noop("customers"),
    gettext_noop("dams"),
    gettext_noop("dealers"),
    gettext_noop("deer"),
    gettext_noop("defendants"),
    gettext_noop("detainees"),
    gettext_noop("district police commands"),
    gettext_noop("districts"),
    gettext_noop("divers"),
    gettext_noop("doctors"),
    gettext_noop("dogs"),
    gettext_noop("dormitories"),
    gettext_noop("driving licences"),
    gettext_noop("drivers"),
    gettext_noop("drones"),
    gettext_noop("drug users"),
    gettext_noop("ecstasy pills"),
    gettext_noop("educational facilities"),
    gettext_noop("elderly people"),
    gettext_noop("elephants"),
    gettext_noop("embankments"),
    gettext_noop("employees"),
    gettext_noop("entrances"),
    gettext_noop("evacuation centres"),
    gettext_noop("evacuees"),
    gettext_noop("excavators"),
    gettext_noop("exits"),
    gettext_noop("facilities"),
    gettext_noop("factories"),
    gettext_noop("fans"),
    gettext_noop("farmers"),
    gettext_noop("field hospitals"),
    gettext_noop("fighters"),
    gettext_noop("fire engines"),
    gettext_noop("firearms"),
    gettext_noop("firecrackers"),
    gettext_noop("firefighters"),
    gettext_noop("fireworks"),
    gettext_noop("fish"),
    gettext_noop("fishermen"),
    gettext_noop("flags"),
    gettext_noop("flares"),
    gettext_noop("flight groups"),
    gettext_noop("flights"),
    gettext_noop("flooded locations"),
    gettext_noop("foreign tourists"),
    gettext_noop("foreign workers"),
    gettext_noop("Indonesian workers"),
    gettext_noop("local workers"),
    gettext_noop("foreigners"),
    gettext_noop("fugitives"),
    gettext_noop("gamblers"),
    gettext_noop("gang members"),
    gettext_noop("goats"),
    gettext_noop("groups"),
    gettext_noop("guests"),
    gettext_noop("gunmen"),
    gettext_noop("hamlets"),
    gettext_noop("health centres"),
    gettext_noop("health facilities"),
    gettext_noop("health workers"),
    gettext_noop("heavy equipment"),
    gettext_noop("helicopters"),
    gettext_noop("hikers"),
    gettext_noop("homes"),
    gettext_noop("horses"),
    gettext_noop("hospitals"),
    gettext_noop("hostages"),
    gettext_noop("hotels"),
    gettext_noop("hotspots"),
    gettext_noop("households"),
    gettext_noop("houses"),
    gettext_noop("huts"),
    gettext_noop("in critical condition"),
    gettext_noop("incidents"),
    gettext_noop("inmates"),
    gettext_noop("intensive care patients"),
    gettext_noop("items"),
    gettext_noop("jobs"),
    gettext_noop("journalists"),
    gettext_noop("kiosks"),
    gettext_noop("knives"),
    gettext_noop("landslide sites"),
    gettext_noop("laptops"),
    gettext_noop("livestock"),
    gettext_noop("livestock pens"),
    gettext_noop("locations"),
    gettext_noop("machetes"),
    gettext_noop("markets"),
    gettext_noop("masks"),
    gettext_noop("medics"),
    gettext_noop("members"),
    gettext_noop("men"),
    gettext_noop("midwives"),
    gettext_noop("migrant workers"),
    gettext_noop("migrants"),
    gettext_noop("militants"),
    gettext_noop("miners"),
    gettext_noop("missing-person reports"),
    gettext_noop("molotov cocktails"),
    gettext_noop("monkeys"),
    gettext_noop("mosques"),
    gettext_noop("motorcycles"),
    gettext_noop("municipalities"),
    gettext_noop("neighbourhood units"),
    gettext_noop("neighbourhoods"),
    gettext_noop("nurses"),
    gettext_noop("office buildings"),
    gettext_noop("officers"),
    gettext_noop("offices"),
    gettext_noop("officials"),
    gettext_noop("operators"),
    gettext_noop("orangutans"),
    gettext_noop("outpatients"),
    gettext_noop("owners"),
    gettext_noop("packages"),
    gettext_noop("packets"),
    gettext_noop("parents"),
    gettext_noop("participants"),
    gettext_noop("passengers"),
    gettext_noop("patients"),
    gettext_noop("patrol cars"),
    gettext_noop("pedestrians"),
    gettext_noop("people"),
    gettext_noop("people with disabilities"),
    gettext_noop("perpetrators"),
    gettext_noop("personnel"),
    gettext_noop("pets"),
    gettext_noop("phones"),
    gettext_noop("pigs"),
    gettext_noop("pilgrims"),
    gettext_noop("pills"),
    gettext_noop("pilots"),
    gettext_noop("places of worship"),
    gettext_noop("platoons"),
    gettext_noop("police"),
    gettext_noop("police cars"),
    gettext_noop("police posts"),
    gettext_noop("police stations"),
    gettext_noop("police vehicles"),
    gettext_noop("political prisoners"),
    gettext_noop("poll workers"),
    gettext_noop("polling stations"),
    gettext_noop("posts"),
    gettext_noop("poultry"),
    gettext_noop("power poles"),
    gettext_noop("prayer rooms"),
    gettext_noop("pregnant women"),
    gettext_noop("printers"),
    gettext_noop("prison guards"),
    gettext_noop("prisoners"),
    gettext_noop("projectors"),
    gettext_noop("projects"),
    gettext_noop("protest sites"),
    gettext_noop("protesters"),
    gettext_noop("provinces"),
    gettext_noop("provincial capitals"),
    gettext_noop("provocateurs"),
    gettext_noop("public facilities"),
    gettext_noop("pupils"),
    gettext_noop("pyroclastic flows"),
    gettext_noop("rebels"),
    gettext_noop("refugees"),
    gettext_noop("regencies"),
    gettext_noop("regencies and cities"),
    gettext_noop("regional police commands"),
    gettext_noop("regions"),
    gettext_noop("relatives"),
    gettext_noop("reports"),
    gettext_noop("rescuers"),
    gettext_noop("residents"),
    gettext_noop("restaurants"),
    gettext_noop("rice fields"),
    gettext_noop("riders"),
    gettext_noop("rioters"),
    gettext_noop("road sections"),
    gettext_noop("roads"),
    gettext_noop("robberies"),
    gettext_noop("rockfalls"),
    gettext_noop("rooms"),
    gettext_noop("rounds of ammunition"),
    gettext_noop("sailors"),
    gettext_noop("sachets"),
    gettext_noop("scales"),
    gettext_noop("school buildings"),
    gettext_noop("schools"),
    gettext_noop("search units"),
    gettext_noop("seats"),
    gettext_noop("security forces"),
    gettext_noop("security guards"),
    gettext_noop("sets"),
    gettext_noop("sharp weapons"),
    gettext_noop("sheep"),
    gettext_noop("shelters"),
    gettext_noop("ships"),
    gettext_noop("shooting incidents"),
    gettext_noop("shophouses"),
    gettext_noop("shops"),
    gettext_noop("shots"),
    gettext_noop("sickles"),
    gettext_noop("skiers"),
    gettext_noop("slingshots"),
    gettext_noop("snakes"),
    gettext_noop("soldiers"),
    gettext_noop("spectators"),
    gettext_noop("squads"),
    gettext_noop("stalls"),
    gettext_noop("states"),
    gettext_noop("students"),
    gettext_noop("subdistricts"),
    gettext_noop("suitcases"),
    gettext_noop("supporters"),
    gettext_noop("survivors"),
    gettext_noop("suspected cases"),
    gettext_noop("suspects"),
    gettext_noop("swords"),
    gettext_noop("teachers"),
    gettext_noop("teams"),
    gettext_noop("teenagers"),
    gettext_noop("televisions"),
    gettext_noop("temples"),
    gettext_noop("temporary shelters"),
    gettext_noop("tents"),
    gettext_noop("tigers"),
    gettext_noop("tourist sites"),
    gettext_noop("tourists"),
    gettext_noop("towns"),
    gettext_noop("traders"),
    gettext_noop("trafficking victims"),
    gettext_noop("trains"),
    gettext_noop("travellers"),
    gettext_noop("trees"),
    gettext_noop("tremors"),
    gettext_noop("troops"),
    gettext_noop("trucks"),
    gettext_noop("urban villages"),
    gettext_noop("vehicle registrations"),
    gettext_noop("vehicles"),
    gettext_noop("victims"),
    gettext_noop("village halls"),
    gettext_noop("village offices"),
    gettext_noop("villagers"),
    gettext_noop("villages"),
    gettext_noop("visitors"),
    gettext_noop("volcanic earthquakes"),
    gettext_noop("volunteers"),
    gettext_noop("voters"),
    gettext_noop("votes"),
    gettext_noop("warehouses"),
    gettext_noop("water pumps"),
    gettext_noop("weapons"),
    gettext_noop("wild boars"),
    gettext_noop("witnesses"),
    gettext_noop("women"),
    gettext_noop("workers"),
    gettext_noop("wounds"),
    gettext_noop("worshippers"),
    gettext_noop("youths"),
)

SUBJECT_PARENT: MappingProxyType[str, str] = MappingProxyType(
    {
        "civilians": "people",
        "journalists": "civilians",
        "security_forces": "people",
        "police": "security_forces",
        "soldiers": "security_forces",
        "protesters": "people",
        "children": "people",
        "foreigners": "people",
        "men": "people",
        "women": "people",
    }
)
"""The subject hierarchy (DESIGN.md section 4), child -> parent; ``people`` is the root."""

# --- what a check says (DESIGN.md section 5) --------------------------------------------

# Labels in the order the verifier applies them: the first that holds wins.
LABEL_MIXED = "mixed"
LABEL_CONTRADICTED = "contradicted"
LABEL_OUTDATED = "outdated"
LABEL_SUPPORTED = "supported"
LABEL_UNVERIFIED = "unverified"
LABELS: tuple[str, ...] = (LABEL_MIXED, LABEL_CONTRADICTED, LABEL_OUTDATED, LABEL_SUPPORTED, LABEL_UNVERIFIED)

LABELS_NEEDING_REVIEW: tuple[str, ...] = (LABEL_CONTRADICTED, LABEL_MIXED, LABEL_OUTDATED)
"""An automatic verdict with one of these labels asks an editor to look."""

RELATION_SUPPORTS = "supports"
RELATION_CONTRADICTS = "contradicts"
RELATION_SUPERSEDES = "supersedes"
RELATION_BOUNDS = "bounds"
RELATIONS: tuple[str, ...] = (RELATION_SUPPORTS, RELATION_CONTRADICTS, RELATION_SUPERSEDES, RELATION_BOUNDS)
"""How a piece of evidence relates to the claim checked."""

# Who stands behind a verdict.
REVIEW_AUTO = "auto"
REVIEW_CONFIRMED = "confirmed"
REVIEW_OVERRIDDEN = "overridden"
REVIEW_STATES: tuple[str, ...] = (REVIEW_AUTO, REVIEW_CONFIRMED, REVIEW_OVERRIDDEN)

PUBLISHED_STATES: tuple[str, ...] = (REVIEW_CONFIRMED, REVIEW_OVERRIDDEN)
"""An editor confirmed or overrode the verdict: what the public API, ClaimReview and the
public pages show (and the verifier never replaces)."""
