"""Public pages: one fact-check page per published claim (DESIGN section 5, docs/api.md).

The page is in the claim's language (Indonesian or English, the language its explanation is
written in), or, for a claim in neither, the reader's (Accept-Language, through Django's
LocaleMiddleware); ``?lang=id|en`` asks for one. Its few fixed words live here rather than in
the project's message catalogue: the page must read the same whatever catalogue is compiled.
Unpublished claims do not exist here (404), exactly as for anonymous API callers.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import SafeString, mark_safe

from claims import claimreview, selectors
from claims.models import Claim
from claims.verification.explain import LABEL_WORDS, date_text

PAGE_LANGUAGES = ("id", "en")
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Fact check",
        "claim": "The claim",
        "in": "in",
        "published": "published",
        "verdict": "Verdict",
        "confidence": "confidence",
        "reviewed": "Reviewed by an editor on",
        "rationale": "Editor's note",
        "evidence": "Evidence",
        "source": "Source",
        "figure": "Figure",
        "date": "Date",
        "relation": "How it bears on the claim",
        "no_evidence": "No other source reported this figure for the event.",
        "not_credible": "context only: below the credibility threshold",
        "supports": "supports",
        "contradicts": "contradicts",
        "supersedes": "newer figure",
        "bounds": "consistent, not conclusive",
    },
    "id": {
        "title": "Cek fakta",
        "claim": "Klaim",
        "in": "di",
        "published": "terbit",
        "verdict": "Penilaian",
        "confidence": "keyakinan",
        "reviewed": "Ditinjau editor pada",
        "rationale": "Catatan editor",
        "evidence": "Bukti",
        "source": "Sumber",
        "figure": "Angka",
        "date": "Tanggal",
        "relation": "Kaitannya dengan klaim",
        "no_evidence": "Tidak ada sumber lain yang melaporkan angka ini untuk peristiwa tersebut.",
        "not_credible": "hanya konteks: sumber kurang tepercaya",
        "supports": "mendukung",
        "contradicts": "membantah",
        "supersedes": "angka lebih baru",
        "bounds": "sejalan, belum memastikan",
    },
}
# What json.dumps leaves that could end a <script> element early or open a comment in it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def page_language(request: HttpRequest, claim: Claim) -> str:
    asked = request.GET.get("lang", "")
    if asked in PAGE_LANGUAGES:
        return asked
    if claim.language in PAGE_LANGUAGES:
        return claim.language
    reader = getattr(request, "LANGUAGE_CODE", "") or ""
    return "id" if reader.startswith("id") else "en"


def json_ld(data: dict[str, object]) -> SafeString:
    """JSON for a ``<script type="application/ld+json">`` element: article text is untrusted,
    so ``</script>`` inside a sentence must not close the element."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=1).translate(_SCRIPT_ESCAPES))


def _sentence_parts(claim: Claim) -> tuple[str, str, str]:
    """The sentence split around the claim's figure, so the page can highlight it."""
    sentence, text = claim.sentence, claim.text
    at = sentence.find(text)
    if at < 0:
        return sentence, "", ""
    return sentence[:at], text, sentence[at + len(text) :]


def fact_check(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(selectors.published_claims(selectors.claim_list()), pk=claim_id)
    verdict = claim.current_verdict
    assert verdict is not None  # published claims have an editor's verdict
    language = page_language(request, claim)
    words = WORDS[language]
    evidence: list[dict[str, Any]] = [
        {
            "source": item.claim.article.source.name,
            "url": item.claim.article.url,
            "text": item.claim.text,
            "date": date_text(item.claim.as_of, language) if item.claim.as_of else "",
            "relation": words.get(item.relation, item.relation),
            "credible": item.credible,
        }
        for item in verdict.evidence.all()
    ]
    before, figure, after = _sentence_parts(claim)
    article = claim.article
    context = {
        "claim": claim,
        "verdict": verdict,
        "words": words,
        "language": language,
        "label": LABEL_WORDS[language][verdict.label],
        "explanation": claimreview.review_body(claim),
        "before": before,
        "figure": figure,
        "after": after,
        "article": article,
        "published": date_text(article.published_at.date(), language) if article.published_at else "",
        "reviewed": date_text(verdict.computed_at.date(), language),
        "evidence": evidence,
        "json_ld": json_ld(claimreview.claim_review(claim)),
        "canonical": claimreview.claim_page_url(claim.pk),
    }
    response = render(request, "claims/fact_check.html", context)
    response["Content-Language"] = language
    return response
