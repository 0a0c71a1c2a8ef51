"""Labels in their order, each evidence relation, round-number tolerance and credibility."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from claims.verification import ClaimFacts, VerifySettings, verify
from claims.verification.intervals import round_number_half_unit, tolerance_interval
from tests.claims.verification.builders import INF, claim, day


@dataclass
class Case:
    name: str
    verified: ClaimFacts
    evidence: list[ClaimFacts]
    label: str
    relations: list[str] = field(default_factory=list)


LABEL_CASES = [
    Case("no evidence at all", claim(18), [], "unverified"),
    Case("exact figure confirmed", claim(18), [claim(18)], "supported", ["supports"]),
    Case("at least 18 neither confirms nor refutes 18", claim(18), [claim(18, INF)], "unverified", ["bounds"]),
    Case("two bounds close on the figure", claim(18), [claim(18, INF), claim(0, 18)], "supported", ["bounds"] * 2),
    Case("different figure", claim(5), [claim(6)], "contradicted", ["contradicts"]),
    Case("upper bound below the claim", claim(18), [claim(0, 10)], "contradicted", ["contradicts"]),
    Case(
        "D empty and no constraint meets the claim",
        claim(5),
        [claim(6), claim(7)],
        "contradicted",
        ["contradicts", "contradicts"],
    ),
    Case(
        "D misses the claim; a consistent bound does not save it",
        claim(10, 20),
        [claim(25, INF), claim(0, 99, subject="security_forces")],
        "contradicted",
        ["contradicts", "bounds"],
    ),
    Case(
        "bounds that exclude each other are a disagreement",
        claim(10, 20),
        [claim(15, INF), claim(0, 12, subject="security_forces")],
        "mixed",
        ["bounds", "bounds"],
    ),
    Case("credible sources disagree", claim(10, 30), [claim(18), claim(25)], "mixed", ["supports", "supports"]),
    Case("mixed comes before contradicted", claim(18), [claim(18), claim(20)], "mixed", ["supports", "contradicts"]),
    Case(
        "later tally above the claim",
        claim(18),
        [claim(225, as_of=day(8))],
        "outdated",
        ["supersedes"],
    ),
    Case(
        "later tally for an open claim compares with its value",
        claim(2201, INF, qualifier="more_than", value=2200, measure="arrested", subject="people"),
        [
            claim(3811, measure="arrested", subject="people"),
            claim(7939, measure="arrested", subject="people", as_of=day(3)),
        ],
        "outdated",
        ["supports", "supersedes"],
    ),
    Case(
        "contradicted comes before outdated",
        claim(18),
        [claim(20), claim(225, as_of=day(8))],
        "contradicted",
        ["contradicts", "supersedes"],
    ),
    Case(
        "outdated comes before supported",
        claim(18),
        [claim(18), claim(30, as_of=day(1))],
        "outdated",
        ["supports", "supersedes"],
    ),
    Case(
        "a later equal figure does not outdate",
        claim(18),
        [claim(18, as_of=day(2))],
        "unverified",
        ["bounds"],
    ),
    Case(
        "a later broader figure only bounds",
        claim(18),
        [claim(19, subject="security_forces", as_of=day(8))],
        "unverified",
        ["bounds"],
    ),
    Case(
        "occasion measures are never outdated",
        claim(100, measure="participants", subject="people"),
        [claim(500, measure="participants", subject="people", as_of=day(1))],
        "contradicted",
        ["contradicts"],
    ),
    Case(
        "a newer stock figure outside the claim outdates it",
        claim(100, measure="displaced", subject="people"),
        [claim(500, measure="displaced", subject="people", as_of=day(1))],
        "outdated",
        ["supersedes"],
    ),
    Case(
        "a newer lower stock figure outdates it too",
        claim(100, measure="missing", subject="people"),
        [claim(100, measure="missing", subject="people"), claim(41, measure="missing", subject="people", as_of=day(2))],
        "outdated",
        ["supports", "supersedes"],
    ),
    Case(
        "an older higher stock figure never contradicts",
        claim(41, measure="missing", subject="people"),
        [claim(100, measure="missing", subject="people", as_of=day(-1))],
        "unverified",
        [],
    ),
    Case(
        "a newer stock figure inside the claim's interval is no evidence",
        claim(40, 60, measure="displaced", subject="people"),
        [claim(50, measure="displaced", subject="people", as_of=day(1))],
        "unverified",
        [],
    ),
    Case(
        "damaged is a cumulative tally",
        claim(120, measure="damaged", subject="houses"),
        [claim(300, measure="damaged", subject="houses", as_of=day(3))],
        "outdated",
        ["supersedes"],
    ),
    Case(
        "a later figure within the claim's own range does not outdate",
        claim(20, 99, qualifier="vague", subject="people"),
        [claim(24, 99, qualifier="vague", subject="people", as_of=day(1))],
        "unverified",
        ["bounds"],
    ),
    Case(
        "an open-ended later figure still supersedes",
        claim(20, 99, qualifier="vague", subject="people"),
        [claim(201, INF, qualifier="more_than", subject="people", as_of=day(1))],
        "outdated",
        ["supersedes"],
    ),
]


@pytest.mark.parametrize("case", LABEL_CASES, ids=lambda c: c.name)
def test_label_and_relations(case: Case) -> None:
    result = verify(case.verified, case.evidence, VerifySettings())

    assert result.label == case.label
    by_id = {e.claim_id: e.relation for e in result.evidence}
    assert [by_id.get(e.id) for e in case.evidence] == case.relations or (not case.relations and not by_id)


def test_every_label_is_covered() -> None:
    assert {c.label for c in LABEL_CASES} == {"mixed", "contradicted", "outdated", "supported", "unverified"}
    assert {r for c in LABEL_CASES for r in c.relations} == {"supports", "contradicts", "supersedes", "bounds"}


# --- tolerance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "half"),
    [(2200, 50), (18000, 500), (100, 50), (2_500_000, 50_000), (180, 0), (18, 0), (2210, 0), (0, 0), (18.5, 0)],
)
def test_round_numbers_stand_for_half_their_last_significant_unit(value: float, half: float) -> None:
    assert round_number_half_unit(value) == half


def test_tolerance_only_for_exact_figures_and_not_for_percentages() -> None:
    assert tolerance_interval(2200, "exact", None) is not None
    assert tolerance_interval(2200, "exact", "USD") is not None
    for qualifier in ("more_than", "at_least", "less_than", "at_most", "about", "nearly", "range", "vague"):
        assert tolerance_interval(2200, qualifier, None) is None
    assert tolerance_interval(200, "exact", "percent") is None


def people(low: float, high: float | None = None, **kw: object) -> ClaimFacts:
    return claim(low, high, measure="arrested", subject="people", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("verified", "evidence", "label"),
    [
        (people(2200), people(2230), "supported"),  # C stands for 2,150..2,250
        (people(2200), people(2150), "supported"),
        (people(2200), people(2260), "contradicted"),
        (people(18000), people(17600), "supported"),
        (people(2230), people(2200), "unverified"),  # E stands for 2,150..2,250: consistent, not conclusive
        (people(2210), people(2200), "unverified"),
        (people(2210), people(2230), "contradicted"),  # unround figures are exact
        (people(18), people(19), "contradicted"),  # small counts are exact
        (people(2201, INF, qualifier="more_than", value=2200), people(2180), "contradicted"),  # bounds get no tolerance
        (people(1800, 2200, qualifier="about", value=2000), people(2240), "contradicted"),  # about has its own width
        (people(1800, 2200, qualifier="about", value=2000), people(2200), "unverified"),  # E 2,200 is 2,150..2,250
        (people(2100, 2300, qualifier="range"), people(2200), "supported"),
    ],
)
def test_round_number_tolerance_applies_to_claim_and_evidence_alike(
    verified: ClaimFacts, evidence: ClaimFacts, label: str
) -> None:
    assert verify(verified, [evidence], VerifySettings()).label == label


def test_percentages_keep_strict_bounds_open() -> None:
    def share(low: float, high: float | None, qualifier: str) -> ClaimFacts:
        return claim(low, high, qualifier=qualifier, measure="other", subject="turnout", unit="percent", value=low)

    more_than = share(2.5, INF, "more_than")
    assert verify(more_than, [share(2.5, None, "exact")], VerifySettings()).label == "contradicted"
    assert verify(more_than, [share(2.6, None, "exact")], VerifySettings()).label == "supported"
    assert verify(share(0, 2.5, "less_than"), [share(2.5, None, "exact")], VerifySettings()).label == "contradicted"
    assert verify(share(0, 2.5, "at_most"), [share(2.5, None, "exact")], VerifySettings()).label == "supported"


def test_upper_bounds_lie_inside_counts_from_zero() -> None:
    fewer_than_18 = claim(0, 17, qualifier="less_than")
    at_most_10 = claim(0, 10, qualifier="at_most")

    assert verify(fewer_than_18, [at_most_10], VerifySettings()).label == "supported"


# --- credibility ---------------------------------------------------------------------------


@pytest.mark.parametrize(("reliability", "credible"), [(0.5, True), (0.49, False), (0.1, False), (1.0, True)])
def test_credibility_threshold(reliability: float, credible: bool) -> None:
    result = verify(claim(18), [claim(500, reliability=reliability)], VerifySettings())

    (outcome,) = result.evidence
    assert (outcome.credible, outcome.relation) == (credible, "contradicts")
    assert result.label == ("contradicted" if credible else "unverified")
    assert ("not credible" in outcome.explanation) is not credible


def test_credibility_threshold_is_a_setting() -> None:
    evidence = [claim(18, reliability=0.6)]

    assert verify(claim(18), evidence, VerifySettings(credibility_threshold=0.7)).label == "unverified"
    assert verify(claim(18), evidence, VerifySettings(credibility_threshold=0.6)).label == "supported"


def test_non_credible_evidence_decides_nothing() -> None:
    credible = claim(18)
    rumours = [claim(500, reliability=0.1), claim(1, reliability=0.2), claim(900, as_of=day(3), reliability=0.1)]

    result = verify(claim(18), [credible, *rumours], VerifySettings())

    assert result.label == "supported"
    assert result.confidence == pytest.approx(0.8)
    assert {e.claim_id: e.relation for e in result.evidence if not e.credible} == {
        rumours[0].id: "contradicts",
        rumours[1].id: "contradicts",
        rumours[2].id: "supersedes",
    }


def test_explanations_are_one_readable_line() -> None:
    result = verify(claim(18), [claim(18), claim(225, subject="people", as_of=day(8))], VerifySettings())

    assert [e.explanation for e in result.evidence] == [
        "same subject, same day: 18 <= X <= 18",
        "broader subject (people), 8 days later: X <= 225",
    ]
