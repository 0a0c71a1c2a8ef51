"""One small event as an Indonesian desk sees it: two sources, figures over three days (a head
count and a money figure), automatic verdicts with their explanation and evidence.

Shared by the Indonesian-label test and the Chromium walk of the desk. The sentences are
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.text import slugify

from claims.models import Claim, Event, Evidence, Verdict
from sources.models import Source
from tests.factories import ArticleFactory, ClaimFactory, EventFactory, SourceFactory, VerdictFactory

# Long enough that the claim page's article box must scroll to show the figure.
LEAD_PARAGRAPHS = "\n\n".join(
    f"Paragraf {number}: warga berkumpul di alun-alun sejak pagi dan toko-toko tutup lebih awal."
    for number in ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
)
OUTLET_BODY = (
    LEAD_PARAGRAPHS + "\n\n"
    "Bentrokan kembali pecah di pusat kota pada Kamis malam. "
    "Sedikitnya 18 orang polisi tewas dalam kerusuhan di Almaty, kata seorang pejabat kepada wartawan. "
    "Pemerintah menyatakan keadaan darurat hingga akhir pekan."
)
OFFICIAL_BODY = "Kementerian mencatat 12 polisi tewas hingga Jumat pagi, menurut laporan resmi."
LATER_BODY = "Angka terbaru kementerian: 21 polisi tewas selama kerusuhan."
MONEY_BODY = "Kerugian akibat kerusuhan ditaksir mencapai 150 miliar rupiah, kata asosiasi pedagang."
EXPLANATION = "Kementerian Dalam Negeri (7 Januari 2022) mencatat 12 polisi tewas, bukan 18."


@dataclass
class DeskScenario:
    event: Event
    outlet: Source
    official: Source
    flagged: Claim
    official_claim: Claim


def _claim(article, figure: str, **fields) -> Claim:
    start = article.body.index(figure)
    sentence = next(part for part in article.body.split(". ") if figure in part)
    return ClaimFactory(
        article=article,
        start=start,
        end=start + len(figure),
        sentence=sentence,
        language="id",
        **fields,
    )


def make_desk_scenario() -> DeskScenario:
    event = EventFactory(name="Kerusuhan Almaty 2022", country="Kazakhstan", keywords={"id": ["almaty"]})
    outlet = SourceFactory(
        name="Kabar Harian", domain="kabarharian.example.id", reliability=0.7, language="id", kind=Source.Kind.OUTLET
    )
    official = SourceFactory(
        name="Kementerian Dalam Negeri",
        domain="kemendagri.example.id",
        reliability=0.9,
        language="id",
        kind=Source.Kind.OFFICIAL,
    )

    def article(source, title, body, day):
        return ArticleFactory(
            source=source,
            url=f"https://{source.domain}/berita/2022/01/{day:02d}/{slugify(title)}",
            title=title,
            body=body,
            language="id",
            published_at=dt.datetime(2022, 1, day, 9, 0, tzinfo=dt.UTC),
            published_date=dt.date(2022, 1, day),
        )

    flagged = _claim(
        article(outlet, "Kerusuhan Almaty memakan korban", OUTLET_BODY, 7),
        "18",
        event=event,
        measure="killed",
        subject="police",
        value=18,
        low=18,
        high=None,
        qualifier="at_least",
        as_of=dt.date(2022, 1, 7),
        attributed_to="seorang pejabat",
        review_state=Claim.ReviewState.NEEDS_REVIEW,
        review_reason="Putusan otomatis: dibantah.",
    )
    official_claim = _claim(
        article(official, "Laporan resmi kementerian", OFFICIAL_BODY, 7),
        "12",
        event=event,
        measure="killed",
        subject="police",
        value=12,
        low=12,
        high=12,
        as_of=dt.date(2022, 1, 7),
    )
    later = _claim(
        article(official, "Angka terbaru kementerian", LATER_BODY, 9),
        "21",
        event=event,
        measure="killed",
        subject="police",
        value=21,
        low=21,
        high=21,
        as_of=dt.date(2022, 1, 9),
    )
    _claim(
        article(outlet, "Kerugian pedagang", MONEY_BODY, 8),
        "150 miliar",
        event=event,
        measure="other",
        subject="",
        value=150e9,
        low=150e9,
        high=150e9,
        unit="rupiah",
        as_of=dt.date(2022, 1, 8),
    )
    verdict = VerdictFactory(
        claim=flagged,
        label=Verdict.Label.CONTRADICTED,
        confidence=0.9985,
        method_version="v2",
        explanation=EXPLANATION,
    )
    Evidence.objects.create(
        verdict=verdict,
        claim=official_claim,
        relation=Evidence.Relation.CONTRADICTS,
        explanation="12 menurut Kementerian Dalam Negeri",
    )
    Evidence.objects.create(
        verdict=verdict, claim=later, relation=Evidence.Relation.SUPERSEDES, explanation="angka lebih baru: 21"
    )
    VerdictFactory(claim=official_claim, label=Verdict.Label.SUPPORTED, confidence=0.8, method_version="v2")
    return DeskScenario(event=event, outlet=outlet, official=official, flagged=flagged, official_claim=official_claim)
