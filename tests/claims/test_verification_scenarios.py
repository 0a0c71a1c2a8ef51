"""Stories told over several days, through the real pipeline (DESIGN 5 v2).

Each test ingests articles in the order a desk would receive them (`article_ingest` extracts and
verifies eagerly), or, where the rule needs a field the extractor does not emit yet (`place`),
stores claims with it and runs the same verification service the workers run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claims import services
from claims.models import Claim, Event, Evidence
from sources.models import Source
from tests.factories import ArticleFactory, ClaimFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db(transaction=True)

STORY = "Banjir lahar Sumatera Barat 2024"
OUTLET = {"source_name": "Harian Minang", "source_domain": "harian.example.id", "source_reliability": 0.7}
AGENCY = {
    "source_name": "Badan Nasional Penanggulangan Bencana",
    "source_domain": "bnpb.example.id",
    "source_kind": Source.Kind.OFFICIAL,
    "source_reliability": 0.9,
}
WIRE = {"source_name": "Southeast Asia Wire", "source_domain": "wire.example.com", "source_reliability": 0.85}


def ingest(url: str, body: str, published: str, source: dict, language: str) -> None:
    services.article_ingest(
        url=url, title=url.rsplit("/", 1)[-1], body=body, published_at=published, language=language,
        event_name=STORY, **source,
    )  # fmt: skip


def verdict_of(url: str, low: float) -> tuple[str, str]:
    claim = Claim.objects.select_related("current_verdict").get(article__url=url, low=low)
    return claim.current_verdict.label, claim.current_verdict.explanation


# --- a stock over several days: people missing after the flood ------------------------------

EARLY = "https://harian.example.id/banjir-jumat"
AGENCY_SATURDAY = "https://bnpb.example.id/siaran-sabtu"
WIRE_SATURDAY = "https://wire.example.com/flood-saturday"
WIRE_MONDAY = "https://wire.example.com/flood-monday"


def test_a_newer_lower_count_of_missing_people_stands_and_the_older_one_is_outdated():
    ingest(
        EARLY,
        "Sebanyak 60 orang hilang setelah banjir lahar dingin menerjang Sumatera Barat pada Jumat (10/5/2024).",
        "2024-05-10T20:00:00+07:00",
        OUTLET,
        "id",
    )
    ingest(
        AGENCY_SATURDAY,
        "Badan Nasional Penanggulangan Bencana mencatat 41 orang hilang hingga Sabtu (11/5/2024).",
        "2024-05-11T18:00:00+07:00",
        AGENCY,
        "id",
    )
    ingest(
        WIRE_SATURDAY,
        "Forty-one people were missing on Saturday, the disaster agency said, as rescuers searched the rivers.",
        "2024-05-11T21:00:00+07:00",
        WIRE,
        "en",
    )

    # Friday's 60 is older: a count of missing people falls as people are found, so it cannot
    # contradict Saturday's 41, which the wire's same-day figure confirms.
    label, explanation = verdict_of(AGENCY_SATURDAY, 41)
    assert label == "supported"
    assert explanation == (
        "Didukung: Southeast Asia Wire, mengutip the disaster agency, melaporkan 41 orang hilang pada 11 Mei, "
        "yang memastikan angkanya 41."
    )
    label, explanation = verdict_of(EARLY, 60)
    assert label == "outdated"
    assert "lebih rendah dari 60 dalam klaim" in explanation

    ingest(
        WIRE_MONDAY,
        "The number of people missing rose to 52 on Monday, the disaster agency said.",
        "2024-05-13T09:00:00+07:00",
        WIRE,
        "en",
    )

    # Monday's 52 lies outside Saturday's 41: the agency's figure has moved on, and says so.
    label, explanation = verdict_of(AGENCY_SATURDAY, 41)
    assert label == "outdated"
    assert explanation == (
        "Usang: Southeast Asia Wire, mengutip the disaster agency, melaporkan 41 orang hilang pada 11 Mei, tetapi "
        "Southeast Asia Wire, mengutip the disaster agency, melaporkan 52 orang hilang pada 13 Mei, lebih tinggi "
        "dari 41 dalam klaim, sehingga angkanya sudah berubah."
    )
    # The newest figure is never outdated by the older ones, nor contradicted by them.
    assert verdict_of(WIRE_MONDAY, 52)[0] == "unverified"
    assert verdict_of(WIRE_MONDAY, 52)[1] == (
        "Unverified: no other source reported this figure for the event on 13 May; a count from another day can "
        "neither confirm nor contradict it."
    )


# --- reprints: one authority quoted by several outlets -----------------------------------------


def test_outlets_repeating_one_authority_count_once_and_a_copy_never_confirms_its_original():
    ingest(
        "https://harian.example.id/pengungsi",
        "Sebanyak 1.500 warga mengungsi ke tempat yang lebih aman pada Minggu (12/5/2024).",
        "2024-05-12T10:00:00+07:00",
        OUTLET,
        "id",
    )
    quoting = [
        ("https://kabar.example.id/a", "Kabar Padang", 0.75),
        ("https://warta.example.id/b", "Warta Andalas", 0.8),
    ]
    for url, name, reliability in quoting:
        ingest(
            url,
            "Sebanyak 1.500 warga mengungsi, kata BNPB, Minggu (12/5/2024).",
            "2024-05-12T12:00:00+07:00",
            {"source_name": name, "source_domain": url.split("/")[2], "source_reliability": reliability},
            "id",
        )
    ingest(
        "https://salinan.example.id/c",
        "Sebanyak 1.500 warga mengungsi pada Minggu (12/5/2024), seperti dikutip dari harian.example.id.",
        "2024-05-12T13:00:00+07:00",
        {"source_name": "Salinan Berita", "source_domain": "salinan.example.id", "source_reliability": 0.9},
        "id",
    )

    original = Claim.objects.select_related("current_verdict").get(article__url="https://harian.example.id/pengungsi")
    evidence = list(Evidence.objects.filter(verdict=original.current_verdict).select_related("claim__article"))

    # The two BNPB reprints are one statement (the more reliable copy is kept); the page that
    # copies Harian Minang is Harian Minang's own figure again and is left out.
    assert [e.claim.article.url for e in evidence] == ["https://warta.example.id/b"]
    assert "(+1 reprint of the same origin)" in evidence[0].explanation
    assert original.current_verdict.label == "supported"
    assert original.current_verdict.confidence == pytest.approx(0.8)
    assert "Warta Andalas, mengutip BNPB, melaporkan 1.500 orang mengungsi pada 12 Mei" in (
        original.current_verdict.explanation
    )


# --- a breakdown by place (claims stored with `place`, verified by the service) ----------------

BREAKDOWN = (
    "Banjir bandang menewaskan 67 orang: 19 di Kabupaten Agam, 15 di Kabupaten Tanah Datar "
    "dan 2 di Kota Padang Panjang."
)


def _place_claims(event: Event) -> dict[str, Claim]:
    source = SourceFactory(name="Kabar Sumbar", reliability=0.75, language="id")
    article = ArticleFactory(source=source, body=BREAKDOWN, language="id", url="https://kabar.example.id/rincian")
    made = {}
    for text, place in (("67", None), ("19", "Kabupaten Agam"), ("15", "Kabupaten Tanah Datar")):
        start = BREAKDOWN.index(text)
        made[place or "total"] = ClaimFactory(
            article=article, event=event, start=start, end=start + len(text), sentence=BREAKDOWN, value=int(text),
            low=int(text), high=int(text), place=place or "", language="id", as_of=dt.date(2024, 5, 12),
        )  # fmt: skip
    return made


def test_a_breakdown_by_place_is_set_neither_against_the_total_nor_against_another_place():
    event = EventFactory(name=STORY)
    made = _place_claims(event)
    regency = ArticleFactory(
        source=SourceFactory(name="BPBD Agam", kind=Source.Kind.OFFICIAL, reliability=0.9, language="id"),
        body="BPBD mencatat 19 warga Agam meninggal dunia.",
        language="id",
        url="https://bpbd-agam.example.id/data",
    )
    agam_count = ClaimFactory(
        article=regency, event=event, start=14, end=16, sentence=regency.body, value=19, low=19, high=19,
        place="Agam", language="id", as_of=dt.date(2024, 5, 12),
    )  # fmt: skip
    national = ArticleFactory(
        source=SourceFactory(name="BNPB", kind=Source.Kind.OFFICIAL, reliability=0.9, language="id"),
        body="Korban meninggal mencapai 67 orang.",
        language="id",
        url="https://bnpb.example.id/data",
    )
    total = ClaimFactory(
        article=national, event=event, start=26, end=28, sentence=national.body, value=67, low=67, high=67,
        language="id", as_of=dt.date(2024, 5, 12),
    )  # fmt: skip

    services.claims_verify(claim_ids=[c.pk for c in (*made.values(), agam_count, total)])

    def current(claim: Claim) -> tuple[str, list[tuple[int, str]]]:
        claim.refresh_from_db()
        verdict = claim.current_verdict
        return verdict.label, [(e.claim_id, e.relation) for e in verdict.evidence.order_by("claim_id")]

    # Agam's 19 is confirmed by Agam's own count; BNPB's 67 only bounds it from above.
    assert current(made["Kabupaten Agam"]) == ("supported", sorted([(agam_count.pk, "supports"), (total.pk, "bounds")]))
    # Tanah Datar's 15 meets nothing of its own place; the 19 of Agam is not evidence for it.
    assert current(made["Kabupaten Tanah Datar"]) == ("unverified", [(total.pk, "bounds")])
    # The event's 67 is not contradicted by a place's 19: a part only bounds the whole from below.
    assert current(made["total"]) == ("supported", [(agam_count.pk, "bounds"), (total.pk, "supports")])
    made["Kabupaten Agam"].refresh_from_db()
    assert made["Kabupaten Agam"].current_verdict.explanation == (
        "Didukung: BPBD Agam melaporkan 19 orang tewas di Agam pada 12 Mei, yang memastikan angkanya 19."
    )
