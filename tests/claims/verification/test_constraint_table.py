"""Every cell of the constraint table of DESIGN section 5, through ``verify`` and directly."""

from __future__ import annotations

import pytest

from claims.verification import VerifySettings, subject_relation, verify
from claims.verification.constraints import constraint_for, scope_relation
from claims.verification.intervals import Interval
from tests.claims.verification.builders import T, claim, day

# The verified claim is about security_forces; E's subject is the same, broader or narrower.
SUBJECT_OF = {"same": "security_forces", "broader": "people", "narrower": "police"}
CUMULATIVE = ["killed", "injured", "arrested", "damaged"]
STOCK = ["missing", "displaced", "hospitalized", "deployed"]
OCCASION = ["participants", "other"]

# (relation, E dated t + offset days, what E = "between 40 and 60" says about X, or None)
CUMULATIVE_CELLS = [
    ("same", -1, "X >= 40"),
    ("same", -30, "X >= 40"),
    ("same", 0, "40 <= X <= 60"),
    ("same", 1, "X <= 60"),
    ("same", 30, "X <= 60"),
    ("broader", -1, None),
    ("broader", 0, "X <= 60"),
    ("broader", 1, "X <= 60"),
    ("narrower", -1, "X >= 40"),
    ("narrower", 0, "X >= 40"),
    ("narrower", 1, None),
]
STOCK_CELLS = [
    ("same", -1, None),
    ("same", 0, "40 <= X <= 60"),
    ("same", 1, None),
    ("broader", -1, None),
    ("broader", 0, "X <= 60"),
    ("broader", 1, None),
    ("narrower", -1, None),
    ("narrower", 0, "X >= 40"),
    ("narrower", 1, None),
]
OCCASION_CELLS = [
    ("same", -2, None),
    ("same", -1, "40 <= X <= 60"),
    ("same", 0, "40 <= X <= 60"),
    ("same", 1, "40 <= X <= 60"),
    ("same", 2, None),
    ("broader", -2, None),
    ("broader", -1, "X <= 60"),
    ("broader", 0, "X <= 60"),
    ("broader", 1, "X <= 60"),
    ("broader", 2, None),
    ("narrower", -2, None),
    ("narrower", -1, "X >= 40"),
    ("narrower", 0, "X >= 40"),
    ("narrower", 1, "X >= 40"),
    ("narrower", 2, None),
]
CASES = (
    [(m, *cell) for m in CUMULATIVE for cell in CUMULATIVE_CELLS]
    + [(m, *cell) for m in STOCK for cell in STOCK_CELLS]
    + [(m, *cell) for m in OCCASION for cell in OCCASION_CELLS]
)
# Counted nouns (damaged, other) compare only the same noun: their scope differs by place
# (C's place, E's place): E in the whole event is broader than C in Agam, and the other way round.
PLACE_OF = {"same": ("Agam", "Kabupaten Agam"), "broader": ("Agam", None), "narrower": (None, "Agam")}


def _pair(measure: str, relation: str, offset: int):
    if measure in ("damaged", "other"):
        claim_place, evidence_place = PLACE_OF[relation]
        verified = claim(50, subject="houses", measure=measure, place=claim_place)
        evidence = claim(40, 60, subject="houses", measure=measure, as_of=day(offset), place=evidence_place)
    else:
        verified = claim(50, subject="security_forces", measure=measure)
        evidence = claim(40, 60, subject=SUBJECT_OF[relation], measure=measure, as_of=day(offset))
    return verified, evidence


@pytest.mark.parametrize(("measure", "relation", "offset", "expected"), CASES)
def test_constraint_table_cell(measure: str, relation: str, offset: int, expected: str | None) -> None:
    verified, evidence = _pair(measure, relation, offset)
    assert scope_relation(verified.subject, evidence.subject, measure, verified.place, evidence.place) == relation

    direct = constraint_for(
        measure, relation, claim_date=T, evidence_date=day(offset), evidence=Interval(40, 60), window_days=1
    )
    result = verify(verified, [evidence], VerifySettings())

    if expected is None:
        assert direct is None
        assert result.evidence == ()
        assert result.label == "unverified"
    else:
        assert direct is not None
        assert direct.interval.describe() == expected
        (outcome,) = result.evidence
        assert f": {expected}" in outcome.explanation
        word = "scope" if verified.place or evidence.place else "subject"
        assert outcome.explanation.startswith(f"{relation} {word}")


@pytest.mark.parametrize("offset", [-3, 3])
def test_window_is_a_setting(offset: int) -> None:
    verified = claim(50, measure="participants")
    evidence = claim(50, measure="participants", as_of=day(offset))

    assert verify(verified, [evidence], VerifySettings(window_days=2)).label == "unverified"
    assert verify(verified, [evidence], VerifySettings(window_days=3)).label == "supported"


def test_cumulative_measures_ignore_the_window() -> None:
    verified = claim(50)
    earlier_lower_bound = claim(50, as_of=day(-10))

    (outcome,) = verify(verified, [earlier_lower_bound], VerifySettings(window_days=0)).evidence
    assert outcome.explanation == "same subject, 10 days earlier: X >= 50"


@pytest.mark.parametrize(
    ("claim_subject", "evidence_subject", "measure", "expected"),
    [
        ("people", "people", "killed", "same"),
        ("police", "security_forces", "killed", "broader"),
        ("police", "people", "killed", "broader"),
        ("journalists", "civilians", "injured", "broader"),
        ("journalists", "people", "injured", "broader"),
        ("people", "journalists", "injured", "narrower"),
        ("security_forces", "soldiers", "killed", "narrower"),
        ("police", "soldiers", "killed", None),
        ("civilians", "security_forces", "killed", None),
        ("children", "protesters", "killed", None),
        ("people", None, "killed", None),
        (None, "people", "killed", None),
        (None, None, "other", None),
        ("countries", "countries", "other", "same"),
        ("buildings", "countries", "damaged", None),
        ("people", "civilians", "other", None),
        ("vehicles", "vehicles", "damaged", "same"),
    ],
)
def test_subject_relation(claim_subject: str | None, evidence_subject: str | None, measure: str, expected: str) -> None:
    assert subject_relation(claim_subject, evidence_subject, measure) == expected


def test_other_units_do_not_mix() -> None:
    count = claim(5, measure="other", subject="countries")
    percent = claim(5, measure="other", subject="countries", unit="percent")
    dollars = claim(5, measure="other", subject="countries", unit="USD")

    assert verify(count, [percent, dollars], VerifySettings()).evidence == ()
    assert verify(percent, [count, dollars], VerifySettings()).evidence == ()
    assert verify(dollars, [claim(5, measure="other", subject="countries", unit="USD")], VerifySettings()).label == (
        "supported"
    )


def test_undated_figures_constrain_nothing() -> None:
    assert verify(claim(5, as_of=None), [claim(5)], VerifySettings()).evidence == ()
    assert verify(claim(5), [claim(5, as_of=None)], VerifySettings()).evidence == ()


def test_other_measures_never_count() -> None:
    assert verify(claim(5), [claim(5, measure="injured")], VerifySettings()).evidence == ()
