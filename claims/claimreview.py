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

import re

from django.conf import settings
from django.urls import reverse

from claims import selectors
from claims.models import Claim, Verdict

RATINGS: dict[str, tuple[int, str]] = {
    Verdict.Label.CONTRADICTED: (1, "False"),
    Verdict.Label.MIXED: (2, "Mixed"),
    Verdict.Label.OUTDATED: (3, "Outdated"),
    Verdict.Label.UNVERIFIED: (3, "Unproven"),
    Verdict.Label.SUPPORTED: (5, "True"),
}
CLAIM_REVIEWED_MAX = 74  # Google asks for fewer than 75 characters

# Where a sentence's clauses meet: semicolons, colons, dashes, a comma before a space (not the
# one inside "2,200"), "that"/"bahwa" after a reporting verb, and "while"/"sementara".
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:\u2014\u2013]|,(?=\s)|\s-\s)\s*|\s+(?:that|bahwa|while|whereas|sementara|sedangkan)\s+",
    re.IGNORECASE,
)
# "18 were killed and 748 injured": "and" before another figure starts that figure's clause,
# except in a range ("between 10 and 20", "antara 10 dan 20").
_AND_FIGURE = re.compile(r"\s+(?:and|dan|serta)\s+(?=\d)", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?:between|antara|from|dari)\s+[\d.,]+\s*$", re.IGNORECASE)
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|dan|tetapi|namun)\s+", re.IGNORECASE)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence (whitespace already collapsed)."""
    cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    for match in _AND_FIGURE.finditer(sentence):
        if not _RANGE_BEFORE.search(sentence[: match.start()]):
            cuts.append((match.start(), match.end()))
    cuts.sort()
    spans: list[tuple[int, int]] = []
    position = 0
    for start, end in cuts:
        if start >= position:
            spans.append((position, start))
            position = end
    spans.append((position, len(sentence)))
    return spans


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to fit ``limit`` characters with an ellipsis."""
    if len(text) <= limit:
        return text
    window = text[: limit - 1]
    if " " in window:
        window = window.rsplit(" ", 1)[0]
    return window.rstrip(" ,.;:") + "\u2026"


def claim_reviewed_text(claim: Claim) -> str:
    """The claim as a short quote that keeps its verb: the whole sentence when it is short
    enough, else the clause that holds the figure ("18 police officers were killed", not
    "748 of them"), cut to fit from its start or, when the figure lies past the limit, from
    the figure."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= CLAIM_REVIEWED_MAX:
        return sentence
    text = " ".join(claim.text.split())
    at = sentence.find(text)
    if at < 0:
        return _shorten(text, CLAIM_REVIEWED_MAX)
    end = at + len(text)
    start, stop = next(((a, b) for a, b in _clauses(sentence) if a <= at < max(b, a + 1)), (0, len(sentence)))
    stop = max(stop, end)  # a clause break inside the claim's own text does not cut it
    lead = _LEADING_CONJUNCTION.match(sentence, start)
    if lead and lead.end() <= at:
        start = lead.end()
    clause = sentence[start:stop].strip(" ,;:")
    if len(clause) <= CLAIM_REVIEWED_MAX:
        return clause
    if end - start <= CLAIM_REVIEWED_MAX - 1:
        return _shorten(sentence[start:stop], CLAIM_REVIEWED_MAX)
    return _shorten(sentence[at:stop], CLAIM_REVIEWED_MAX)


def is_published(claim: Claim) -> bool:
    verdict = claim.current_verdict
    return verdict is not None and verdict.review_state in (
        Verdict.ReviewState.CONFIRMED,
        Verdict.ReviewState.OVERRIDDEN,
    )


def claim_page_url(claim_id: int) -> str:
    """The public fact-check page of a claim, on the configured site (FACTCHECK_SITE_URL), never
    on whichever host a request came in by."""
    return settings.FACTCHECK_SITE_URL.rstrip("/") + reverse("claims:fact-check", args=[claim_id])


def review_body(claim: Claim) -> str:
    """The verdict's explanation (DESIGN 5: the same sentence is ClaimReview's reviewBody)."""
    return selectors.verdict_explanation(claim)


def claim_review(claim: Claim, *, url: str | None = None) -> dict[str, object]:
    """The ClaimReview of a claim's current verdict; ``url`` defaults to its public page."""
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
        "url": url if url is not None else claim_page_url(claim.pk),
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
        "reviewBody": review_body(claim),
        "inLanguage": claim.language or article.language or None,
        "datePublished": verdict.computed_at.date().isoformat(),
        "dateModified": verdict.computed_at.isoformat(),
    }
