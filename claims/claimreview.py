"""schema.org ClaimReview JSON-LD for a claim's current verdict.

Rating scale (published in docs/api.md): worstRating 1, bestRating 5.

| label        | ratingValue | alternateName |
|--------------|-------------|---------------|
| contradicted | 1           | False         |
| mixed        | 2           | Mixed         |
| outdated     | 3           | Outdated      |
| unverified   | 3           | Unproven      |
| supported    | 5           | True          |
"""

from __future__ import annotations

from django.conf import settings

from claims.models import Claim, Verdict

RATINGS: dict[str, tuple[int, str]] = {
    Verdict.Label.CONTRADICTED: (1, "False"),
    Verdict.Label.MIXED: (2, "Mixed"),
    Verdict.Label.OUTDATED: (3, "Outdated"),
    Verdict.Label.UNVERIFIED: (3, "Unproven"),
    Verdict.Label.SUPPORTED: (5, "True"),
}
CLAIM_REVIEWED_MAX = 74  # Google asks for fewer than 75 characters


def claim_reviewed_text(claim: Claim) -> str:
    """The claim as a short quote: its sentence when short enough, else a window around the span."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= CLAIM_REVIEWED_MAX:
        return sentence
    text = " ".join(claim.text.split())
    start = max(0, sentence.find(text))
    window = sentence[start : start + CLAIM_REVIEWED_MAX - 1]
    if len(window) < len(sentence) - start:
        window = window.rsplit(" ", 1)[0] if " " in window else window
        return window.rstrip(" ,.;:") + "…"
    return window


def is_published(claim: Claim) -> bool:
    verdict = claim.current_verdict
    return verdict is not None and verdict.review_state in (
        Verdict.ReviewState.CONFIRMED,
        Verdict.ReviewState.OVERRIDDEN,
    )


def claim_review(claim: Claim, *, url: str) -> dict[str, object]:
    verdict = claim.current_verdict
    if verdict is None:
        raise ValueError("a claim without a verdict has no ClaimReview")
    rating_value, alternate_name = RATINGS[verdict.label]
    article = claim.article
    organisation = {
        "@type": "Organization",
        "name": settings.FACTCHECK_ORGANISATION_NAME,
        "url": settings.FACTCHECK_ORGANISATION_URL,
    }
    item_reviewed: dict[str, object] = {
        "@type": "Claim",
        "appearance": [{"@type": "CreativeWork", "url": article.url}],
        "author": {"@type": "Organization", "name": article.source.name},
    }
    if article.published_at:
        item_reviewed["datePublished"] = article.published_at.date().isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim_reviewed_text(claim),
        "itemReviewed": item_reviewed,
        "author": organisation,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating_value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": alternate_name,
        },
        "inLanguage": claim.language or article.language or None,
        "datePublished": verdict.computed_at.date().isoformat(),
        "dateModified": verdict.computed_at.isoformat(),
    }
