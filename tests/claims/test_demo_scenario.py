"""The demo data (`demo/kazakhstan_2022.jsonl`) gives the seed article its verdicts."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from claims.management.commands.load_demo import DEMO_FILE, SEED_URL
from claims.models import Claim

# (measure, subject, low, high) -> verdict, for the seed article's claims.
SEED_VERDICTS = {
    ("killed", "people", 20, 99): "outdated",  # dozens that day; the prosecutor's 225 came later
    ("injured", "people", 1001, None): "supported",  # the wire and the health ministry agree
    ("killed", "police", 18, 18): "supported",  # at least 18 police, at most 18 security forces
    ("arrested", "people", 2201, None): "outdated",  # 3,811 that day, 7,939 on Jan 10
    ("other", "countries", 5, 5): "contradicted",  # the CSTO has six members
    ("other", None, 3, 3): "unverified",  # nobody else counts the beheaded
}


def seed_verdicts() -> dict[tuple, str | None]:
    found = {}
    for claim in Claim.objects.filter(article__url=SEED_URL).select_related("current_verdict"):
        key = (claim.measure, claim.subject or None, claim.low, claim.high)
        found[key] = claim.current_verdict.label if claim.current_verdict else None
    return found


def ingest_demo() -> None:
    call_command("ingest", str(DEMO_FILE), stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db(transaction=True)
def test_demo_data_gives_the_seed_claims_their_verdicts():
    ingest_demo()
    assert seed_verdicts() == SEED_VERDICTS


@pytest.mark.django_db(transaction=True)
def test_ingesting_the_demo_twice_changes_nothing():
    ingest_demo()
    before = (Claim.objects.count(), sorted(Claim.objects.values_list("current_verdict_id", flat=True)))
    ingest_demo()
    call_command("verify", "--all", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = (Claim.objects.count(), sorted(Claim.objects.values_list("current_verdict_id", flat=True)))
    assert after == before
    assert seed_verdicts() == SEED_VERDICTS
