"""Reads for claims, with their related rows loaded so no caller causes N+1 queries."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from claims.models import Claim, Event, Evidence, Verdict


def evidence_queryset() -> QuerySet[Evidence]:
    # Evidence shows its claim's figure and article link, never the article's body or the
    # claim's sentence: leaving them out keeps a page of 50 claims (~150 evidence rows) from
    # reading ~200 KB of article text it does not use.
    return (
        Evidence.objects.select_related("claim__article__source")
        .defer("claim__sentence", "claim__article__body")
        .order_by("id")
    )


def claim_list(*, event: Event | None = None) -> QuerySet[Claim]:
    """Claims with article, source, event and current verdict (with its evidence) loaded."""
    queryset = (
        Claim.objects.select_related("article__source", "event", "current_verdict", "assignee")
        .defer("article__body")  # lists show the article's link and title, not its text
        .prefetch_related(Prefetch("current_verdict__evidence", queryset=evidence_queryset()))
    )
    if event is not None:
        queryset = queryset.filter(event=event)
    return queryset.order_by("article_id", "start", "pk")


def claim_verdict_history(*, claim: Claim) -> QuerySet[Verdict]:
    return (
        Verdict.objects.filter(claim=claim)
        .select_related("reviewer")
        .prefetch_related(Prefetch("evidence", queryset=evidence_queryset()))
        .order_by("-computed_at", "-id")
    )


def event_by_name(name: str) -> Event | None:
    return Event.objects.filter(name=name).first()


def claim_export_row(claim: Claim) -> dict[str, object]:
    """One claim as `export_verdicts --format json` prints it (DESIGN.md section 6)."""
    verdict = claim.current_verdict
    return {
        "article_url": claim.article.url,
        "text": claim.text,
        "sentence": claim.sentence,
        "measure": claim.measure,
        "subject": claim.subject or None,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "unit": claim.unit or None,
        "as_of": claim.as_of.isoformat() if claim.as_of else None,
        "attributed_to": claim.attributed_to or None,
        "event": claim.event.name if claim.event else None,
        "verdict": verdict.label if verdict else None,
        "confidence": verdict.confidence if verdict else None,
        "review_state": verdict.review_state if verdict else None,
        "evidence": [
            {
                "article_url": item.claim.article.url,
                "source": item.claim.article.source.name,
                "text": item.claim.text,
                "relation": item.relation,
                "credible": item.credible,
                "low": item.claim.low,
                "high": item.claim.high,
                "as_of": item.claim.as_of.isoformat() if item.claim.as_of else None,
                "explanation": item.explanation,
            }
            for item in (verdict.evidence.all() if verdict else [])
        ],
    }
