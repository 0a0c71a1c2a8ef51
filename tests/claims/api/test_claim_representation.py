"""One representation of a claim (claims.representation): the API's list and detail, claim_dict,
the webhook payload, `export_verdicts` and the CSV export give the same value for every field
they share, with and without the optional texts (empty ones are null everywhere, an empty
cell in the CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import selectors
from claims.api.views import CSV_COLUMNS
from claims.models import Claim
from claims.representation import CLAIM_FIELDS, claim_dict, claim_fields, claim_values, datetime_writer, iso_date
from partners.services import verdict_payload
from tests.factories import ArticleFactory, ClaimFactory, EventFactory, SourceFactory, VerdictFactory

pytestmark = pytest.mark.django_db

OPTIONAL = ("subject", "place", "unit", "attributed_to")


@pytest.fixture
def pair() -> tuple[Claim, Claim]:
    """A claim with every optional text set and one with none, each with a current verdict."""
    source = SourceFactory(name="Harbour Post", domain="harbourpost.example.net")
    event = EventFactory(name="Landslide in Lembang")
    article = ArticleFactory(
        source=source,
        url="https://harbourpost.example.net/landslide",
        body="Rescuers said at least 31 villagers in Cikole were missing, 7 km from the slope.",
    )
    full = ClaimFactory(
        article=article,
        event=event,
        start=23,
        end=25,
        measure="missing",
        subject="villagers",
        place="Cikole",
        unit="people",
        attributed_to="rescuers",
        value=31,
        low=31,
        high=None,
        qualifier="at_least",
        as_of=dt.date(2023, 3, 4),
    )
    bare = ClaimFactory(
        article=article,
        event=None,
        start=56,
        end=57,
        measure="other",
        subject="",
        place="",
        unit="",
        attributed_to="",
        value=7,
        low=7,
        high=7,
        as_of=None,
    )
    Claim.objects.filter(pk=bare.pk).update(last_checked_at=dt.datetime(2023, 3, 5, 6, 7, 8, tzinfo=dt.UTC))
    for claim in (full, bare):
        VerdictFactory(claim=claim, label="unverified", confidence=0.3)
    return Claim.objects.get(pk=full.pk), Claim.objects.get(pk=bare.pk)


def api_list_item(client, claim: Claim) -> dict:
    results = client.get("/api/v1/claims/?page_size=200").json()["results"]
    return next(item for item in results if item["id"] == claim.pk)


def csv_rows(client) -> dict[str, dict[str, str]]:
    response = client.get("/api/v1/claims/export.csv")
    text = b"".join(response.streaming_content).decode()
    return {row["id"]: row for row in csv.DictReader(io.StringIO(text))}


def test_the_optional_texts_are_null_when_empty_and_kept_when_set(pair):
    full, bare = pair

    assert {name: claim_dict(full)[name] for name in OPTIONAL} == {
        "subject": "villagers",
        "place": "Cikole",
        "unit": "people",
        "attributed_to": "rescuers",
    }
    assert {name: claim_dict(bare)[name] for name in OPTIONAL} == dict.fromkeys(OPTIONAL)


@pytest.mark.parametrize("which", [0, 1], ids=["with optional texts", "without"])
def test_api_list_detail_claim_dict_webhook_export_and_csv_agree(clients, pair, which):
    claim = pair[which]
    flat = claim_dict(selectors.claim_list().get(pk=claim.pk))
    listed = api_list_item(clients["partner"], claim)
    detail = clients["partner"].get(f"/api/v1/claims/{claim.pk}/").json()
    webhook = verdict_payload(claim_id=claim.pk, verdict_id=claim.current_verdict_id)["claim"]
    exported = next(row for row in map(selectors.claim_export_row, selectors.claim_list()) if row["text"] == claim.text)
    row = csv_rows(clients["partner"])[str(claim.pk)]

    assert listed == detail
    # The API nests the article and event the flat forms name.
    assert (listed["article"]["url"], listed["article"]["source"]["name"]) == (flat["article_url"], flat["source"])
    assert (listed["event"] or {}).get("name") == flat["event"]
    for name in CLAIM_FIELDS:
        assert listed[name] == flat[name], name
    # The export's own `review_state` is its verdict's (DESIGN.md section 6), not the claim's.
    for other in (webhook, {key: value for key, value in exported.items() if key != "review_state"}):
        shared = set(other) & set(flat)
        assert len(shared) >= 12
        assert {key: other[key] for key in shared} == {key: flat[key] for key in shared}
    values: dict[str, object] = dict(flat)
    for column in set(CSV_COLUMNS) & set(values):
        assert row[column] == ("" if values[column] is None else str(values[column])), column


def test_claim_dict_reads_the_same_fields_as_the_api_rows(pair):
    full, bare = pair
    rows = {row["id"]: row for row in selectors.claim_rows().filter(pk__in=[full.pk, bare.pk])}

    for claim in (full, bare):
        assert claim_fields(rows[claim.pk]) == claim_fields(claim_values(claim))


def test_dates_and_date_times_are_written_as_drf_writes_them(settings):
    from rest_framework import serializers

    drf = serializers.DateTimeField()
    moments = [
        dt.datetime(2023, 3, 5, 6, 7, 8, tzinfo=dt.UTC),
        dt.datetime(2023, 3, 5, 6, 7, 8, 250000, tzinfo=dt.UTC),
        dt.datetime(2023, 3, 5, 13, 7, 8, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    ]
    for zone in ("UTC", "Asia/Jakarta"):
        settings.TIME_ZONE = zone
        written = datetime_writer()
        assert [written(moment) for moment in moments] == [drf.to_representation(moment) for moment in moments]
    assert datetime_writer()(None) is None
    day = dt.date(2023, 3, 5)
    assert iso_date(day) == serializers.DateField().to_representation(day)


def test_the_detail_reads_the_claim_and_its_evidence_once(clients, pair):
    full, _ = pair
    clients["partner"].get(f"/api/v1/claims/{full.pk}/")  # the token's first use is recorded once

    with CaptureQueriesContext(connection) as queries:
        response = clients["partner"].get(f"/api/v1/claims/{full.pk}/")

    assert response.status_code == 200
    assert len(queries.captured_queries) == 3  # the partner's token, the claim's row, its verdict's evidence
