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

from pathlib import Path
from types import MappingProxyType

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


SUBJECT_NAMES_FILE = Path(__file__).resolve().parent / "subject_names.txt"


def read_subject_names(path: Path = SUBJECT_NAMES_FILE) -> tuple[str, ...]:
    """The labels of ``subject_names.txt``: one per line, ``#`` starts a comment line. Data, so
    that a new label (or a language's lexicon that needs one) is no code change."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


SUBJECT_NAMES: tuple[str, ...] = read_subject_names()
"""The subjects a claim can count, in English as the lexicons (claims/extraction/lexicons/*.toml) name
them; the desk translates them through gettext (the Indonesian names are in locale/id/)."""

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
