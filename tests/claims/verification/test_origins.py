"""Origin tracing: reprints count once and never confirm their own origin."""

from __future__ import annotations

import pytest

from claims.verification import SourceFacts, VerifySettings, quoted_origins, resolve_origin, verify
from tests.claims.verification.builders import INF, claim, day

INTERIOR = SourceFacts(2, "Ministry of Internal Affairs of Kazakhstan", "interior.example.kz")
HEALTH = SourceFacts(4, "Ministry of Healthcare of Kazakhstan", "health.example.kz")
PROSECUTOR = SourceFacts(5, "Prosecutor General's Office of Kazakhstan", "prosecutor.example.kz")
WIRE = SourceFacts(3, "International wire service", "wire.example.com")
OUTLET = SourceFacts(1, "Indonesian news outlet (seed article)", "news.example.id")
MIRROR = SourceFacts(9, "The Mirror", "mirror.co.uk")
KNOWN = (INTERIOR, HEALTH, PROSECUTOR, WIRE, OUTLET, MIRROR)
SETTINGS = VerifySettings(known_sources=KNOWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Ministry of Internal Affairs", INTERIOR),
        ("Ministry of Internal Affairs of Kazakhstan", INTERIOR),
        ("the Minstry of Internal Affairs", INTERIOR),  # a typo still matches
        ("Prosecutor General's Office", PROSECUTOR),
        ("the prosecutor general\u2019s office", PROSECUTOR),
        ("interior.example.kz", INTERIOR),
        ("https://www.interior.example.kz/press", INTERIOR),
        ("press.interior.example.kz", INTERIOR),
        ("Mirror.co.uk", MIRROR),
        ("The Mirror", MIRROR),
        # a shared country word or a generic word is not a shared authority
        ("Kazakh authorities", None),
        ("Pejabat Kazakhstan", None),
        ("pihak keamanan Kazakhstan", None),
        ("Kazakhstan", None),
        ("the ministry", None),
        ("Ministry of Kazakhstan", None),  # fits two ministries equally: neither is asserted
        ("the health ministry", None),
        ("said", None),
        ("", None),
    ],
)
def test_resolve_origin(text: str, expected: SourceFacts | None) -> None:
    assert resolve_origin(text, KNOWN) == expected


def test_resolve_origin_threshold_is_a_setting() -> None:
    assert resolve_origin("the Minstry of Internal Affairs", KNOWN, threshold=99.5) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("ujar pihak keamanan Kazakhstan menurut pihak Rusia, seperti dikutip Mirror.co.uk, Jumat", ("mirror.co.uk",)),
        ("Dilansir dari The Guardian, korban tewas ...", ("the guardian",)),
        ("mengutip Reuters dan dikutip dari www.BBC.co.uk/news", ("reuters", "bbc.co.uk")),
        ("the figure, citing Interfax, as reported by Al Jazeera.", ("interfax", "al jazeera")),
        ("the ministry said via email", ()),
        ("nothing quoted here", ()),
        ("seperti dikutip Mirror.co.uk ... seperti dikutip mirror.co.uk", ("mirror.co.uk",)),
    ],
)
def test_quoted_origins(body: str, expected: tuple[str, ...]) -> None:
    assert quoted_origins(body) == expected


def test_same_unknown_authority_counts_once() -> None:
    first = claim(18, source_id=11, attributed_to="Kazakh authorities", reliability=0.7)
    second = claim(18, source_id=12, attributed_to="kazakh  Authorities", reliability=0.9)

    result = verify(claim(18), [first, second], SETTINGS)

    (outcome,) = result.evidence
    assert outcome.claim_id == second.id  # the most reliable copy of the statement
    assert outcome.origin == "authority:kazakh authorities"
    assert "+1 reprint" in outcome.explanation
    assert result.confidence == pytest.approx(0.9)


def test_authority_matched_to_a_known_source_is_that_source() -> None:
    ministry_itself = claim(18, source_id=INTERIOR.id, reliability=0.8)
    wire_reprint = claim(18, source_id=WIRE.id, attributed_to="the Ministry of Internal Affairs", reliability=0.85)

    result = verify(claim(18), [ministry_itself, wire_reprint], SETTINGS)

    assert [e.origin for e in result.evidence] == ["source:2"]
    assert result.confidence == pytest.approx(0.85)


def test_reprints_keep_the_most_informative_credible_copy() -> None:
    exact = claim(18, source_id=INTERIOR.id, reliability=0.8)
    weaker = claim(18, INF, source_id=WIRE.id, attributed_to="the Ministry of Internal Affairs")
    rumour = claim(18, source_id=21, attributed_to="interior.example.kz", reliability=0.1)

    result = verify(claim(18), [weaker, rumour, exact], SETTINGS)

    assert [(e.claim_id, e.relation) for e in result.evidence] == [(exact.id, "supports")]
    assert result.label == "supported"


def test_different_statements_of_one_origin_all_constrain() -> None:
    at_least_police = claim(18, INF, source_id=WIRE.id, subject="police")
    dozens_people = claim(24, 99, qualifier="vague", source_id=WIRE.id, subject="people")
    later_total = claim(225, source_id=WIRE.id, subject="police", as_of=day(8))

    result = verify(claim(18), [at_least_police, dozens_people, later_total], SETTINGS)

    assert {e.claim_id for e in result.evidence} == {at_least_police.id, dozens_people.id, later_total.id}
    assert result.label == "outdated"
    assert result.confidence == pytest.approx(0.8)  # one origin behind the verdict


def test_never_confirms_its_own_origin() -> None:
    verified = claim(18, source_id=OUTLET.id, attributed_to="the Ministry of Internal Affairs")
    ministry_itself = claim(18, source_id=INTERIOR.id)
    wire_reprint = claim(18, source_id=WIRE.id, attributed_to="Ministry of Internal Affairs of Kazakhstan")

    result = verify(verified, [ministry_itself, wire_reprint], SETTINGS)

    assert result.evidence == ()
    assert result.label == "unverified"


def test_the_authoritys_own_claim_is_not_confirmed_by_reprints() -> None:
    verified = claim(18, source_id=INTERIOR.id)
    reprint = claim(18, source_id=OUTLET.id, attributed_to="interior.example.kz")

    assert verify(verified, [reprint], SETTINGS).evidence == ()


def test_own_source_never_counts() -> None:
    verified = claim(18, source_id=WIRE.id, article_id=1)
    other_article = claim(18, source_id=WIRE.id, article_id=2)

    assert verify(verified, [other_article], SETTINGS).evidence == ()


@pytest.mark.parametrize("quoted", [("mirror.co.uk",), ("The Mirror",)])
def test_an_article_quoting_another_is_not_its_confirmation(quoted: tuple[str, ...]) -> None:
    mirror_claim = claim(18, source_id=MIRROR.id)
    quoting = claim(18, source_id=OUTLET.id, quoted=quoted)

    assert verify(mirror_claim, [quoting], SETTINGS).evidence == ()
    assert verify(quoting, [mirror_claim], SETTINGS).evidence == ()


def test_two_articles_quoting_one_unknown_outlet_are_one_origin() -> None:
    first = claim(18, source_id=31, quoted=("dailynews.example.co",))
    second = claim(18, source_id=32, quoted=("www.DailyNews.example.co",))

    result = verify(claim(18), [first, second], SETTINGS)

    assert len(result.evidence) == 1
    assert result.evidence[0].origin == "quoted:dailynews.example.co"
    assert verify(first, [second], SETTINGS).evidence == ()


def test_evidence_quoting_what_the_claim_quotes_is_excluded() -> None:
    verified = claim(18, source_id=OUTLET.id, quoted=("mirror.co.uk",))
    wire_also_quoting = claim(18, source_id=WIRE.id, quoted=("Mirror.co.uk",))

    assert verify(verified, [wire_also_quoting], SETTINGS).evidence == ()


def test_country_word_does_not_merge_independent_authorities() -> None:
    verified = claim(18, source_id=OUTLET.id, attributed_to="Pejabat Kazakhstan", quoted=("mirror.co.uk",))
    wire = claim(18, INF, source_id=WIRE.id, attributed_to="Kazakh authorities", reliability=0.85)
    ministry = claim(
        18, subject="security_forces", source_id=INTERIOR.id, attributed_to="The Ministry of Internal Affairs"
    )

    result = verify(verified, [wire, ministry], SETTINGS)

    assert [e.origin for e in result.evidence] == ["authority:kazakh authorities", "source:2"]
    assert result.label == "supported"
