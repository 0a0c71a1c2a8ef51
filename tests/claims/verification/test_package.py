"""The package is pure (no Django), its interface is stable, and fingerprints are too."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import FrozenInstanceError, replace

import pytest

import claims.verification as verification
from claims.verification import EvidenceOutcome, VerificationResult, VerifySettings, verify
from tests.claims.verification.builders import claim, day


def test_importable_without_django_or_settings() -> None:
    code = "import sys, claims.verification; assert not any(m.startswith('django') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": "."})


def test_interface() -> None:
    for name in (
        "verify",
        "ClaimFacts",
        "SourceFacts",
        "VerifySettings",
        "VerificationResult",
        "EvidenceOutcome",
        "METHOD_VERSION",
        "SUBJECT_PARENT",
        "subject_relation",
        "resolve_origin",
        "quoted_origins",
    ):
        assert hasattr(verification, name), name
    assert VerifySettings().credibility_threshold == 0.5
    assert VerifySettings().window_days == 1
    assert verification.SUBJECT_PARENT["police"] == "security_forces"


def test_results_are_frozen() -> None:
    result = verify(claim(18), [claim(18)], VerifySettings())
    with pytest.raises(FrozenInstanceError):
        result.label = "mixed"  # type: ignore[misc]


def test_fingerprint_ignores_wording_order_and_tiny_confidence_changes() -> None:
    a = EvidenceOutcome(1, "supports", True, "one wording")
    b = EvidenceOutcome(2, "bounds", False, "another")
    first = VerificationResult("supported", 0.97001, (a, b), "v")
    second = VerificationResult("supported", 0.97, (replace(b, explanation="x"), a), "v")

    assert first.fingerprint() == second.fingerprint()
    assert len(first.fingerprint()) == 64


@pytest.mark.parametrize(
    "change",
    [
        {"label": "unverified"},
        {"confidence": 0.5},
        {"evidence": (EvidenceOutcome(1, "bounds", True, ""),)},
        {"evidence": (EvidenceOutcome(1, "supports", False, ""),)},
        {"evidence": ()},
    ],
)
def test_fingerprint_changes_with_what_matters(change: dict[str, object]) -> None:
    base = VerificationResult("supported", 0.97, (EvidenceOutcome(1, "supports", True, ""),), "v")

    assert replace(base, **change).fingerprint() != base.fingerprint()  # type: ignore[arg-type]


def test_verify_is_deterministic_whatever_the_evidence_order() -> None:
    evidence = [
        claim(18),
        claim(18, 999),
        claim(225, as_of=day(13)),
        claim(500, reliability=0.1),
    ]

    results = {verify(claim(18, id=1), order, VerifySettings()) for order in (evidence, evidence[::-1])}

    assert len(results) == 1


def test_the_claim_itself_is_ignored_if_passed_as_evidence() -> None:
    verified = claim(18)

    assert verify(verified, [verified], VerifySettings()).evidence == ()


def test_evidence_with_an_impossible_interval_is_ignored() -> None:
    assert verify(claim(18), [claim(20, 10, qualifier="range")], VerifySettings()).evidence == ()
