"""verify_many: a group checked in one pass gives what one verify() per claim gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.verification import VerifySettings, verify, verify_many
from tests.claims.verification.builders import INF, claim, day

SETTINGS = VerifySettings()


def test_a_group_checked_at_once_matches_claim_by_claim():
    group = [
        claim(18),
        claim(18, INF, as_of=day(1)),
        claim(20, 99, qualifier="vague", subject="people"),
        claim(16, subject="security_forces", as_of=day(-1)),
        claim(25, as_of=day(2), reliability=0.3),
        claim(18, as_of=None),  # undated: no evidence, no verdict input
        claim(30, 12),  # low above high: a data error, ignored as evidence
        claim(5, measure="injured"),  # another measure: never evidence here
    ]
    many = verify_many(group, group, SETTINGS)
    assert many == {item.id: verify(item, group, SETTINGS) for item in group}
    labels = [(many[item.id].label, len(many[item.id].evidence)) for item in group]
    assert labels == [
        ("unverified", 3),
        ("supported", 2),
        ("unverified", 2),
        ("unverified", 1),
        ("unverified", 2),
        ("unverified", 0),
        ("contradicted", 4),
        ("unverified", 0),
    ]


figures = st.builds(
    lambda low, width, offset, subject, reliability: claim(
        low, low + width, as_of=day(offset), subject=subject, reliability=reliability
    ),
    st.integers(0, 60),
    st.sampled_from([0, 0, 5, INF]),
    st.integers(-2, 2),
    st.sampled_from(["police", "security_forces", "people", "civilians"]),
    st.sampled_from([0.3, 0.6, 0.9]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(figures, min_size=1, max_size=8))
def test_verify_many_equals_verify_for_any_group(group):
    assert verify_many(group, group, SETTINGS) == {item.id: verify(item, group, SETTINGS) for item in group}


kinds_and_places = st.builds(
    lambda low, width, offset, measure, subject, place, reliability: claim(
        low,
        low + width,
        as_of=day(offset),
        measure=measure,
        subject=subject,
        place=place,
        reliability=reliability,
        language="id" if low % 2 else "en",
    ),
    st.integers(0, 60),
    st.sampled_from([0, 0, 5, INF]),
    st.integers(-2, 2),
    st.sampled_from(["killed", "missing", "participants"]),
    st.sampled_from(["people", "children"]),
    st.sampled_from([None, None, "Agam", "Kabupaten Agam", "Tanah Datar"]),
    st.sampled_from([0.3, 0.6, 0.9]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(kinds_and_places, min_size=1, max_size=8))
def test_verify_many_equals_verify_across_kinds_places_and_languages(group):
    many = verify_many(group, group, SETTINGS)
    assert many == {item.id: verify(item, group, SETTINGS) for item in group}
    assert all(result.explanation.endswith(".") for result in many.values())
