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
    gettext_noop("aircraft"),
    gettext_noop("animals"),
    gettext_noop("asylum seekers"),
    gettext_noop("attendees"),
    gettext_noop("ballots"),
    gettext_noop("boats"),
    gettext_noop("bridges"),
    gettext_noop("buildings"),
    gettext_noop("buses"),
    gettext_noop("cars"),
    gettext_noop("cases"),
    gettext_noop("cattle"),
    gettext_noop("children"),
    gettext_noop("churches"),
    gettext_noop("cities"),
    gettext_noop("civilians"),
    gettext_noop("climbers"),
    gettext_noop("countries"),
    gettext_noop("crew members"),
    gettext_noop("districts"),
    gettext_noop("employees"),
    gettext_noop("evacuees"),
    gettext_noop("farmers"),
    gettext_noop("fire engines"),
    gettext_noop("firefighters"),
    gettext_noop("fishermen"),
    gettext_noop("flights"),
    gettext_noop("foreigners"),
    gettext_noop("homes"),
    gettext_noop("hospitals"),
    gettext_noop("houses"),
    gettext_noop("inmates"),
    gettext_noop("intensive care patients"),
    gettext_noop("jobs"),
    gettext_noop("journalists"),
    gettext_noop("kiosks"),
    gettext_noop("livestock"),
    gettext_noop("members"),
    gettext_noop("men"),
    gettext_noop("migrants"),
    gettext_noop("miners"),
    gettext_noop("mosques"),
    gettext_noop("motorcycles"),
    gettext_noop("officers"),
    gettext_noop("participants"),
    gettext_noop("passengers"),
    gettext_noop("patients in critical condition"),
    gettext_noop("patients"),
    gettext_noop("people"),
    gettext_noop("perpetrators"),
    gettext_noop("personnel"),
    gettext_noop("pilgrims"),
    gettext_noop("police cars"),
    gettext_noop("police posts"),
    gettext_noop("police stations"),
    gettext_noop("police vehicles"),
    gettext_noop("police"),
    gettext_noop("polling stations"),
    gettext_noop("prisoners"),
    gettext_noop("protesters"),
    gettext_noop("provinces"),
    gettext_noop("public facilities"),
    gettext_noop("pupils"),
    gettext_noop("refugees"),
    gettext_noop("regencies"),
    gettext_noop("rescuers"),
    gettext_noop("residents"),
    gettext_noop("sailors"),
    gettext_noop("schools"),
    gettext_noop("seats"),
    gettext_noop("security forces"),
    gettext_noop("shelters"),
    gettext_noop("ships"),
    gettext_noop("shops"),
    gettext_noop("soldiers"),
    gettext_noop("stalls"),
    gettext_noop("states"),
    gettext_noop("students"),
    gettext_noop("subdistricts"),
    gettext_noop("supporters"),
    gettext_noop("survivors"),
    gettext_noop("suspects"),
    gettext_noop("teachers"),
    gettext_noop("tents"),
    gettext_noop("tourists"),
    gettext_noop("towns"),
    gettext_noop("troops"),
    gettext_noop("trucks"),
    gettext_noop("vehicles"),
    gettext_noop("victims"),
    gettext_noop("villages"),
    gettext_noop("volunteers"),
    gettext_noop("voters"),
    gettext_noop("votes"),
    gettext_noop("women"),
    gettext_noop("workers"),
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
