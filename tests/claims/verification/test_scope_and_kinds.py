"""Scope (subject and place) and measure kinds (DESIGN 4.1 and 5 v2), through ``verify``."""

from __future__ import annotations

import pytest

from claims.extraction.types import MEASURES
from claims.verification import (
    CUMULATIVE_MEASURES,
    OCCASION_MEASURES,
    STOCK_MEASURES,
    VerifySettings,
    measure_kind,
    place_relation,
    same_place,
    scope_relation,
    verify,
    verify_many,
)
from claims.verification.places import place_key
from tests.claims.verification.builders import INF, claim, day

SETTINGS = VerifySettings()


def test_every_measure_has_exactly_one_kind():
    assert set(MEASURES) == CUMULATIVE_MEASURES | STOCK_MEASURES | OCCASION_MEASURES
    assert not (CUMULATIVE_MEASURES & STOCK_MEASURES or STOCK_MEASURES & OCCASION_MEASURES)
    assert [measure_kind(m) for m in ("damaged", "hospitalized", "other")] == ["cumulative", "stock", "occasion"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Agam", "Kabupaten Agam", True),
        ("KABUPATEN AGAM", "kabupaten agam", True),
        ("Kota Bogor", "Kabupaten Bogor", False),
        ("Kota Bogor", "Bogor", True),
        ("Provinsi Sumatera Barat", "Sumatera Barat Province", True),
        ("Desa Sukamaju", "Kecamatan Sukamaju", False),
        ("Los Angeles County", "Los Angeles", True),
        ("Washington state", "Washington", True),
        ("New York City", "New York State", False),
        ("Agam", "Tanah Datar", False),
        ("Padang  Panjang", "padang panjang", True),
    ],
)
def test_places_compare_by_name_and_administrative_word(first, second, same):
    assert same_place(first, second) is same
    assert same_place(second, first) is same


def test_a_lone_administrative_word_is_a_name():
    assert place_key("Kota") == (None, "kota")


@pytest.mark.parametrize(
    ("claim_place", "evidence_place", "expected"),
    [(None, None, "same"), (None, "Agam", "narrower"), ("Agam", None, "broader"), ("Agam", "Kab. Agam", "same")],
)
def test_place_relation(claim_place, evidence_place, expected):
    assert place_relation(claim_place, evidence_place) == expected


@pytest.mark.parametrize(
    ("claim_subject", "claim_place", "evidence_subject", "evidence_place", "expected"),
    [
        ("people", None, "people", None, "same"),
        ("people", None, "people", "Agam", "narrower"),
        ("people", None, "police", "Agam", "narrower"),  # both dimensions narrower
        ("people", "Agam", "police", "Agam", "narrower"),
        ("police", "Agam", "people", None, "broader"),  # both dimensions broader
        ("people", "Agam", "people", None, "broader"),
        ("people", "Agam", "police", None, None),  # subject narrower, place broader
        ("police", None, "people", "Agam", None),  # subject broader, place narrower
        ("people", "Agam", "people", "Tanah Datar", None),  # two different places
        ("people", "Kota Bogor", "people", "Kabupaten Bogor", None),
    ],
)
def test_scope_is_subject_and_place_together(claim_subject, claim_place, evidence_subject, evidence_place, expected):
    assert scope_relation(claim_subject, evidence_subject, "killed", claim_place, evidence_place) == expected


def test_a_place_in_a_breakdown_is_not_set_against_the_event_total():
    agam = claim(19, subject="people", place="Agam")
    total = claim(41, subject="people")  # the event's toll, same day: X (in Agam) <= 41

    result = verify(agam, [total], SETTINGS)

    assert result.label == "unverified"
    assert [e.relation for e in result.evidence] == ["bounds"]
    assert result.evidence[0].explanation == "broader scope (people, whole event), same day: X <= 41"


def test_the_event_total_is_only_bounded_below_by_a_place():
    total = claim(41, subject="people")
    agam = claim(19, subject="people", place="Kabupaten Agam")

    assert [e.relation for e in verify(total, [agam], SETTINGS).evidence] == ["bounds"]
    assert verify(claim(15, subject="people"), [agam], SETTINGS).label == "contradicted"  # 15 < 19 in Agam alone


def test_two_places_are_not_evidence_for_each_other():
    agam = claim(19, subject="people", place="Agam")

    assert verify(agam, [claim(15, subject="people", place="Tanah Datar")], SETTINGS).evidence == ()
    assert verify(agam, [claim(19, subject="people", place="Kabupaten Agam")], SETTINGS).label == "supported"


def test_a_place_figure_that_exceeds_the_total_is_contradicted():
    agam = claim(50, subject="people", place="Agam")

    assert verify(agam, [claim(41, subject="people")], SETTINGS).label == "contradicted"


@pytest.mark.parametrize("measure", sorted(STOCK_MEASURES))
def test_an_older_higher_stock_figure_never_contradicts_a_newer_one(measure):
    newer = claim(41, measure=measure, subject="people", as_of=day(0))
    older = claim(52, measure=measure, subject="people", as_of=day(-1))

    assert verify(newer, [older], SETTINGS).evidence == ()
    assert verify(newer, [older], SETTINGS).label == "unverified"


@pytest.mark.parametrize("measure", sorted(STOCK_MEASURES))
def test_a_stock_figure_is_outdated_by_a_newer_one_outside_it_either_way(measure):
    claimed = claim(41, measure=measure, subject="people")
    same_day = claim(41, measure=measure, subject="people")

    rose = verify(claimed, [same_day, claim(52, measure=measure, subject="people", as_of=day(2))], SETTINGS)
    fell = verify(claimed, [same_day, claim(30, 35, measure=measure, subject="people", as_of=day(1))], SETTINGS)
    within = verify(claimed, [same_day, claim(38, 45, measure=measure, subject="people", as_of=day(1))], SETTINGS)

    assert (rose.label, [e.relation for e in rose.evidence]) == ("outdated", ["supports", "supersedes"])
    assert (fell.label, [e.relation for e in fell.evidence]) == ("outdated", ["supports", "supersedes"])
    assert (within.label, [e.relation for e in within.evidence]) == ("supported", ["supports"])


def test_a_newer_stock_figure_of_a_narrower_scope_does_not_outdate():
    claimed = claim(41, measure="missing", subject="people")
    later_in_agam = claim(60, measure="missing", subject="people", place="Agam", as_of=day(1))

    assert verify(claimed, [later_in_agam], SETTINGS).evidence == ()


def test_a_newer_stock_figure_from_a_source_below_the_threshold_only_shows():
    claimed = claim(41, measure="displaced", subject="people")
    rumour = claim(500, measure="displaced", subject="people", as_of=day(1), reliability=0.2)

    result = verify(claimed, [rumour], SETTINGS)

    assert result.label == "unverified"
    assert [(e.relation, e.credible) for e in result.evidence] == [("supersedes", False)]


def test_occasion_measures_are_never_outdated_and_keep_their_window():
    crowd = claim(18000, measure="participants", subject="protesters")
    next_day = claim(18000, measure="participants", subject="protesters", as_of=day(1))
    week_later = claim(50000, measure="participants", subject="protesters", as_of=day(7))

    assert verify(crowd, [next_day], SETTINGS).label == "supported"
    assert verify(crowd, [week_later], SETTINGS).evidence == ()


def test_damaged_is_cumulative_and_compares_only_the_same_noun():
    houses = claim(120, measure="damaged", subject="houses")

    assert verify(houses, [claim(150, measure="damaged", subject="houses", as_of=day(-1))], SETTINGS).label == (
        "contradicted"  # a tally of 150 the day before: at least 150 now
    )
    assert verify(houses, [claim(150, measure="damaged", subject="schools", as_of=day(-1))], SETTINGS).evidence == ()


def test_reprints_of_one_authority_about_one_place_count_once():
    claimed = claim(19, subject="people", place="Agam", source_id=1)
    copies = [
        claim(19, subject="people", place="Kabupaten Agam", attributed_to="BPBD Agam", reliability=r)
        for r in (0.6, 0.9, 0.7)
    ]

    result = verify(claimed, copies, SETTINGS)

    assert [e.claim_id for e in result.evidence] == [copies[1].id]
    assert "(+2 reprints of the same origin)" in result.evidence[0].explanation
    assert result.confidence == pytest.approx(0.9)


def test_verify_many_equals_verify_with_places_and_stocks():
    group = [
        claim(41, measure="missing", subject="people"),
        claim(52, measure="missing", subject="people", as_of=day(1)),
        claim(19, measure="missing", subject="people", place="Agam"),
        claim(15, measure="missing", subject="people", place="Tanah Datar"),
        claim(20, INF, measure="missing", subject="people", place="kabupaten agam", as_of=day(1)),
        claim(30, measure="missing", subject="children"),
    ]
    assert verify_many(group, group, SETTINGS) == {item.id: verify(item, group, SETTINGS) for item in group}
