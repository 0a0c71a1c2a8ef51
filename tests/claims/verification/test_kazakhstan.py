"""The six verdicts of the kazakhstan_2022 scenario, from hand-built facts.

The figures are those of the scenario's sample documents (January 2022 unrest); the claims are
built here by hand so that this test depends on verification alone, not on extraction or the
database. Evidence is passed the way the glue passes it: every other claim of the event with
the same measure, the seed article's own claims included.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator

import pytest

from claims.verification import ClaimFacts, SourceFacts, VerifySettings, verify

JAN = {day: datetime.date(2022, 1, day) for day in range(1, 32)}

SEED = SourceFacts(1, "Indonesian news outlet (seed article)", "news.example.id")
INTERIOR = SourceFacts(2, "Ministry of Internal Affairs of Kazakhstan", "interior.example.kz")
WIRE = SourceFacts(3, "International wire service", "wire.example.com")
HEALTH = SourceFacts(4, "Ministry of Healthcare of Kazakhstan", "health.example.kz")
PROSECUTOR = SourceFacts(5, "Prosecutor General's Office of Kazakhstan", "prosecutor.example.kz")
EXPLAINER = SourceFacts(6, "Explainer desk of an international broadcaster", "explainer.example.org")
SOCIAL = SourceFacts(7, "Anonymous social media account", "social.example.net")
EKONOMI = SourceFacts(8, "Indonesian business outlet", "ekonomi.example.id")
RELIABILITY = {SEED: 0.6, INTERIOR: 0.8, WIRE: 0.85, HEALTH: 0.8, PROSECUTOR: 0.8, EXPLAINER: 0.75, SOCIAL: 0.1}
RELIABILITY[EKONOMI] = 0.65
SETTINGS = VerifySettings(known_sources=tuple(RELIABILITY))

_ids: Iterator[int] = itertools.count(1)


def fact(
    source: SourceFacts,
    day: int,
    measure: str,
    subject: str | None,
    low: float,
    high: float | None,
    qualifier: str,
    value: float | None,
    *,
    unit: str | None = None,
    attributed_to: str | None = None,
    quoted: tuple[str, ...] = (),
    article: int | None = None,
) -> ClaimFacts:
    return ClaimFacts(
        id=next(_ids),
        measure=measure,
        subject=subject,
        low=low,
        high=high,
        qualifier=qualifier,
        value=value,
        unit=unit,
        as_of=JAN[day],
        source_id=source.id,
        reliability=RELIABILITY[source],
        article_id=article if article is not None else source.id * 100 + day,
        attributed_to=attributed_to,
        quoted=quoted,
    )


def scenario(
    seed_attribution: str | None, wire_attribution: str | None
) -> tuple[dict[str, ClaimFacts], list[ClaimFacts]]:
    """(the seed's claims by name, every claim of the event). Attributions vary with the extractor."""
    mirror = ("mirror.co.uk",)

    def seed(*args: object, **kw: object) -> ClaimFacts:
        return fact(SEED, 7, *args, quoted=mirror, **kw)  # type: ignore[arg-type]

    seed_claims = {
        "dozens killed": seed("killed", "people", 20, 99, "vague", None),
        "more than 1,000 injured": seed("injured", "people", 1001, None, "more_than", 1000),
        "18 police killed": seed("killed", "police", 18, 18, "exact", 18, attributed_to=seed_attribution),
        "three beheaded": seed("other", None, 3, 3, "exact", 3, attributed_to="pihak Rusia"),
        "more than 2,200 arrested": seed("arrested", "people", 2201, None, "more_than", 2200),
        "five countries": seed("other", "countries", 5, 5, "exact", 5),
    }
    ministry = "The Ministry of Internal Affairs"
    others = [
        fact(INTERIOR, 7, "killed", "security_forces", 18, 18, "exact", 18, attributed_to=ministry),
        fact(INTERIOR, 7, "injured", "security_forces", 748, 748, "exact", 748, attributed_to=ministry),
        fact(INTERIOR, 7, "arrested", "people", 3811, 3811, "exact", 3811),
        fact(WIRE, 7, "killed", "police", 18, None, "at_least", 18, attributed_to=wire_attribution),
        fact(WIRE, 7, "killed", "people", 24, 99, "vague", None, attributed_to=wire_attribution),
        fact(WIRE, 7, "injured", "people", 1001, None, "more_than", 1000, attributed_to="the health ministry"),
        fact(WIRE, 7, "hospitalized", "people", 360, 399, "nearly", 400, attributed_to="the health ministry"),
        fact(HEALTH, 6, "injured", "people", 1001, None, "more_than", 1000, attributed_to="Kementerian Kesehatan"),
        fact(HEALTH, 6, "hospitalized", "people", 360, 399, "nearly", 400),
        fact(WIRE, 10, "arrested", "people", 7939, 7939, "exact", 7939, attributed_to=wire_attribution),
        fact(
            PROSECUTOR, 15, "killed", "people", 225, 225, "exact", 225, attributed_to="the Prosecutor General's Office"
        ),
        fact(PROSECUTOR, 15, "killed", "security_forces", 19, 19, "exact", 19),
        fact(EXPLAINER, 7, "other", "countries", 6, 6, "exact", 6),
        fact(EXPLAINER, 6, "deployed", "soldiers", 2250, 2750, "about", 2500),
        fact(SOCIAL, 7, "killed", "police", 500, 500, "exact", 500),
        fact(EKONOMI, 5, "other", "LPG price", 60, 60, "exact", 60, unit="KZT"),
        fact(EKONOMI, 5, "participants", "protesters", 2000, 9999, "vague", None),
    ]
    return seed_claims, [*seed_claims.values(), *others]


EXPECTED = {
    "dozens killed": "outdated",
    "more than 1,000 injured": "supported",
    "18 police killed": "supported",
    "more than 2,200 arrested": "outdated",
    "five countries": "contradicted",
    "three beheaded": "unverified",
}


@pytest.mark.parametrize("seed_attribution", ["Pejabat Kazakhstan", None, "pihak keamanan Kazakhstan"])
@pytest.mark.parametrize("wire_attribution", ["Kazakh authorities", None])
@pytest.mark.parametrize("name", list(EXPECTED))
def test_kazakhstan_scenario_gives_the_expected_verdicts(
    name: str, seed_attribution: str | None, wire_attribution: str | None
) -> None:
    seed_claims, event = scenario(seed_attribution, wire_attribution)
    claim = seed_claims[name]
    same_measure = [c for c in event if c.measure == claim.measure and c.id != claim.id]

    result = verify(claim, same_measure, SETTINGS)

    assert result.label == EXPECTED[name], [e.explanation for e in result.evidence]


def test_police_claim_is_fixed_by_the_wire_and_the_ministry() -> None:
    seed_claims, event = scenario("Pejabat Kazakhstan", "Kazakh authorities")
    claim = seed_claims["18 police killed"]

    result = verify(claim, [c for c in event if c.measure == "killed"], SETTINGS)

    relations = {e.claim_id: (e.relation, e.credible) for e in result.evidence}
    by_fact = {(c.source_id, c.subject, c.as_of): c.id for c in event if c.measure == "killed"}
    assert relations[by_fact[(WIRE.id, "police", JAN[7])]] == ("bounds", True)  # X >= 18
    assert relations[by_fact[(INTERIOR.id, "security_forces", JAN[7])]] == ("bounds", True)  # X <= 18
    assert relations[by_fact[(PROSECUTOR.id, "security_forces", JAN[15])]] == ("bounds", True)  # X <= 19
    assert relations[by_fact[(SOCIAL.id, "police", JAN[7])]] == ("contradicts", False)  # decides nothing
    assert by_fact[(SEED.id, "people", JAN[7])] not in relations  # its own article
    assert result.confidence == pytest.approx(1 - 0.15 * 0.2 * 0.2, abs=1e-4)


def test_later_prosecutor_total_supersedes_dozens_killed() -> None:
    seed_claims, event = scenario("Pejabat Kazakhstan", "Kazakh authorities")
    claim = seed_claims["dozens killed"]

    result = verify(claim, [c for c in event if c.measure == "killed"], SETTINGS)

    superseding = [e for e in result.evidence if e.relation == "supersedes"]
    assert [next(c for c in event if c.id == e.claim_id).low for e in superseding] == [225]
    assert result.confidence == pytest.approx(0.8)
