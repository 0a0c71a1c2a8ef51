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
_BREAKDOWN_START = re.compile(
    r"(?:including|among them|of whom|of them|termasuk|di antaranya|antara lain|dengan rincian)\b", re.IGNORECASE
)
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


def _clause_of(sentence: str, at: int, end: int) -> tuple[int, int]:
    """(start, stop) of the clause holding sentence[at:end]; a breakdown clause ("including 19
    police", "di antaranya 19 polisi") is read with the clause before it, which has the verb."""
    spans = _clauses(sentence)
    index = next((i for i, (a, b) in enumerate(spans) if a <= at < max(b, a + 1)), None)
    if index is None:
        return 0, len(sentence)
    start, stop = spans[index]
    while index > 0 and _BREAKDOWN_START.match(sentence, start):
        index -= 1
        start = spans[index][0]
    return start, max(stop, end)  # a clause break inside the claim's own text does not cut it


def claim_reviewed_text(claim: Claim) -> str:
    """The claim as a short quote that keeps its verb: the whole sentence when it is short
    enough, else the clause that holds the figure ("18 police officers were killed", not
    "748 of them"), from as early a word as fits; when even the figure onwards does not fit,
    from a couple of words before the figure (where a verb like "released" sits), cut at the
    end.

    >>> claim_reviewed_text(Claim(sentence="Police detained more than 2,200 people over the weekend, "
    ...                           "and a court in the capital later released 748 of them.", text="748"))
    'a court in the capital later released 748 of them.'
    """
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= CLAIM_REVIEWED_MAX:
        return sentence
    text = " ".join(claim.text.split())
    at = sentence.find(text)
    if at < 0:
        return _shorten(text, CLAIM_REVIEWED_MAX)
    start, stop = _clause_of(sentence, at, at + len(text))
    while sentence[stop - 1 : stop] in (",", ";", ":", " "):
        stop -= 1
    word_starts = sorted({start, *(start + m.end() for m in re.finditer(r"\s+", sentence[start:at]))})
    for first in word_starts:
        lead = _LEADING_CONJUNCTION.match(sentence, first)
        if lead and lead.end() <= at:
            continue  # "and a court ...": the next word starts the quote
        if stop - first <= CLAIM_REVIEWED_MAX:
            return sentence[first:stop]
    first = word_starts[-3] if len(word_starts) >= 3 else word_starts[0]
    return _shorten(sentence[first:stop], CLAIM_REVIEWED_MAX)


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
