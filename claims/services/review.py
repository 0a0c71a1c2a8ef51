"""Editors' writes: review a verdict, assign claims, change a source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims import selectors, verification
from claims.models import Claim, Evidence, Verdict
from claims.services.enqueue import enqueue_verification
from claims.services.locks import hold_keys, lock_claim
from claims.services.notify import label_or_confidence_moved, verdict_changed
from sources.models import Source

if TYPE_CHECKING:
    # The project's user model (AUTH_USER_MODEL), as django-stubs resolves Verdict.reviewer.
    from django.contrib.auth.models import User


@transaction.atomic
def verdict_review(
    *,
    claim: Claim,
    reviewer: User,
    action: str,
    label: str | None = None,
    rationale: str = "",
) -> Verdict:
    """An editor confirms the current verdict or overrides it with a label and a rationale."""
    if not lock_claim(claim.pk):
        raise ValidationError("This claim no longer exists.")
    claim = Claim.objects.select_related("current_verdict", "article").defer("article__body").get(pk=claim.pk)
    current = claim.current_verdict
    now = timezone.now()
    state, label = _review_outcome(current, action=action, label=label, rationale=rationale)
    if action == "confirm" and current is not None and current.explanation:
        explanation = current.explanation  # the editor agrees with the automatic reasons
    else:
        explanation = verification.review_sentence(label, rationale, claim.language or claim.article.language)
    verdict = Verdict.objects.create(
        claim=claim,
        label=label,
        confidence=current.confidence if current and action == "confirm" else 1.0,
        method_version="editor",
        computed_at=now,
        checked_at=now,
        review_state=state,
        reviewer=reviewer,
        rationale=rationale.strip(),
        fingerprint="",
        explanation=explanation,
    )
    if current is not None:
        _copy_evidence(current, to=verdict)
    Claim.objects.filter(pk=claim.pk).update(
        current_verdict=verdict, review_state=Claim.ReviewState.REVIEWED, review_reason=""
    )
    moved = label_or_confidence_moved(
        current.pk if current is not None else None,
        current.label if current is not None else None,
        current.confidence if current is not None else None,
        verdict.label,
        verdict.confidence,
    )
    if moved:
        verdict_changed(claim_id=claim.pk, verdict_id=verdict.pk)
    return verdict


def _review_outcome(current: Verdict | None, *, action: str, label: str | None, rationale: str) -> tuple[str, str]:
    """The review state and label of an editor's verdict; a clear error for a bad request."""
    if action == "confirm":
        if current is None:
            raise ValidationError("There is no verdict to confirm yet; re-check the claim first.")
        return Verdict.ReviewState.CONFIRMED, current.label
    if action == "override":
        if label not in Verdict.Label.values:
            raise ValidationError({"label": f"choose one of {', '.join(Verdict.Label.values)}"})
        if not rationale.strip():
            raise ValidationError({"rationale": "An override needs a rationale."})
        return Verdict.ReviewState.OVERRIDDEN, label
    raise ValidationError(f"Unknown review action {action!r}.")


def _copy_evidence(current: Verdict, *, to: Verdict) -> None:
    """The editor's verdict keeps the evidence of the verdict it reviews (still existing)."""
    evidence = list(current.evidence.all())
    cited = hold_keys(item.claim_id for item in evidence)  # in id order, as a batch does
    Evidence.objects.bulk_create(
        Evidence(
            verdict=to,
            claim_id=item.claim_id,
            relation=item.relation,
            credible=item.credible,
            explanation=item.explanation,
        )
        for item in evidence
        if item.claim_id in cited
    )


def claims_assign(*, claims: Iterable[Claim], assignee: User | None) -> int:
    return Claim.objects.filter(pk__in=[c.pk for c in claims]).update(assignee=assignee)


def source_update(*, source: Source, **fields: object) -> Source:
    """Change a source (kind, reliability, ...) and re-check the claims its change affects:
    every claim in the events where this source's claims stand."""
    before = (source.kind, source.reliability)
    with transaction.atomic():
        for name, value in fields.items():
            setattr(source, name, value)
        source.full_clean()
        source.save()
        if (source.kind, source.reliability) != before:
            enqueue_verification(selectors.source_claims_to_recheck(source_ids=[source.pk]))
    return source
