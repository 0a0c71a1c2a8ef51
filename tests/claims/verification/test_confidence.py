"""The confidence formula: documented values, and monotonicity properties with hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.verification import VerifySettings, agreement, confidence, verify
from tests.claims.verification.builders import claim

reliability = st.floats(min_value=0.0, max_value=1.0)
reliabilities = st.lists(reliability, max_size=8)
decisive = st.sampled_from(["supported", "contradicted", "outdated"])
every_label = st.sampled_from(["mixed", "contradicted", "outdated", "supported", "unverified"])


@pytest.mark.parametrize(
    ("label", "backing", "opposing", "expected"),
    [
        ("supported", [0.85, 0.8], [], 0.97),
        ("supported", [0.8], [], 0.8),
        ("supported", [], [], 0.0),
        ("contradicted", [0.75], [], 0.75),
        ("outdated", [0.8], [0.5], 0.4),
        ("mixed", [0.8, 0.6], [], 0.46),
        ("unverified", [0.9, 0.9], [0.9], 0.0),
    ],
)
def test_formula_values(label: str, backing: list[float], opposing: list[float], expected: float) -> None:
    assert confidence(label, backing, opposing) == pytest.approx(expected)


def test_unknown_label_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown label"):
        confidence("true", [0.9])


@given(every_label, reliabilities, reliabilities)
def test_confidence_is_a_probability(label: str, backing: list[float], opposing: list[float]) -> None:
    assert 0.0 <= confidence(label, backing, opposing) <= 1.0


@given(decisive, reliabilities, reliabilities, reliability)
def test_another_independent_origin_never_lowers_confidence(
    label: str, backing: list[float], opposing: list[float], extra: float
) -> None:
    assert confidence(label, [*backing, extra], opposing) >= confidence(label, backing, opposing) - 1e-12


@given(decisive, reliabilities, reliabilities, reliability)
def test_credible_disagreement_never_raises_confidence(
    label: str, backing: list[float], opposing: list[float], extra: float
) -> None:
    assert confidence(label, backing, [*opposing, extra]) <= confidence(label, backing, opposing) + 1e-12


@given(decisive, st.lists(reliability, min_size=1, max_size=8), reliabilities, st.data())
def test_a_more_reliable_origin_never_lowers_confidence(
    label: str, backing: list[float], opposing: list[float], data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(backing) - 1))
    raised = data.draw(st.floats(min_value=backing[index], max_value=1.0))
    better = [*backing[:index], raised, *backing[index + 1 :]]
    assert confidence(label, better, opposing) >= confidence(label, backing, opposing) - 1e-12


@given(reliabilities)
def test_agreement_is_order_free(values: list[float]) -> None:
    assert agreement(values) == pytest.approx(agreement(list(reversed(values))))


@given(st.lists(st.floats(min_value=0.5, max_value=1.0), min_size=1, max_size=6))
def test_verify_confidence_grows_with_independent_supporting_sources(values: list[float]) -> None:
    evidence = [claim(18, reliability=r) for r in values]
    previous = 0.0
    for count in range(1, len(evidence) + 1):
        result = verify(claim(18), evidence[:count], VerifySettings())
        assert result.label == "supported"
        assert result.confidence >= previous - 1e-9
        previous = result.confidence


@given(st.integers(min_value=1, max_value=6), st.floats(min_value=0.5, max_value=0.95))
def test_reprints_do_not_add_confidence(copies: int, value: float) -> None:
    reprints = [claim(18, reliability=value, attributed_to="Kazakh authorities") for _ in range(copies)]

    result = verify(claim(18), reprints, VerifySettings())

    assert result.confidence == pytest.approx(round(value, 4))
    assert len(result.evidence) == 1


def test_non_credible_evidence_adds_no_confidence() -> None:
    alone = verify(claim(18), [claim(18)], VerifySettings())
    with_rumours = verify(claim(18), [claim(18), *(claim(18, reliability=0.2) for _ in range(5))], VerifySettings())

    assert with_rumours.confidence == alone.confidence


def test_mixed_confidence_is_capped_at_one_half() -> None:
    result = verify(claim(10, 30), [claim(18, reliability=1.0), claim(25, reliability=1.0)], VerifySettings())

    assert (result.label, result.confidence) == ("mixed", 0.5)
