from __future__ import annotations

from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims import vocabulary
from factcheck.roles import sees_everything
from sources.models import Article, Source


class Measure(models.TextChoices):
    KILLED = "killed", _("killed")
    INJURED = "injured", _("injured")
    ARRESTED = "arrested", _("arrested")
    MISSING = "missing", _("missing")
    DISPLACED = "displaced", _("displaced")
    HOSPITALIZED = "hospitalized", _("hospitalized")
    DEPLOYED = "deployed", _("deployed")
    PARTICIPANTS = "participants", _("participants")
    DAMAGED = "damaged", _("damaged")
    OTHER = "other", _("other")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exact")
    MORE_THAN = "more_than", _("more than")
    AT_LEAST = "at_least", _("at least")
    LESS_THAN = "less_than", _("less than")
    AT_MOST = "at_most", _("at most")
    ABOUT = "about", _("about")
    NEARLY = "nearly", _("nearly")
    RANGE = "range", _("range")
    VAGUE = "vague", _("vague")


class Event(models.Model):
    """A news story; claims are cross-referenced only within one event."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed (found by discovery)")
        CONFIRMED = "confirmed", _("confirmed")

    name = models.CharField(max_length=200, unique=True, verbose_name=_("name"))
    keywords = models.JSONField(
        default=dict,
        blank=True,
        help_text=_('Keywords per language, e.g. {"id": ["kazakhstan"], "en": [...]}.'),
        verbose_name=_("keywords"),
    )
    # True while the keywords are the words of the articles' titles (kept up to date as
    # articles join); an editor's own keywords are left as written.
    keywords_auto = models.BooleanField(default=False, editable=False, verbose_name=_("keywords from titles"))
    country = models.CharField(max_length=100, blank=True, verbose_name=_("country"))
    start_date = models.DateField(null=True, blank=True, verbose_name=_("start date"))
    end_date = models.DateField(null=True, blank=True, verbose_name=_("end date"))
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.CONFIRMED, verbose_name=_("status"))
    created_at = models.DateTimeField(default=timezone.now, editable=False, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class EventKey(models.Model):
    """One thing an event's articles say (a place or name, a title word, a kind of story, a
    figure), with how many of its articles say it: event discovery's index. Candidates for
    a new article are found by its names and date through the (key, end_date) index, so
    matching costs the same with 10 or 10,000 open events (docs/architecture.md)."""

    class Kind(models.TextChoices):
        NAME = "name", _("place or name")
        KEYWORD = "keyword", _("editor's keyword")
        WORD = "word", _("title word")
        LOCALITY = "locality", _("locality")
        TOWN = "town", _("town")
        STORY = "story", _("kind of story")
        MEASURE = "measure", _("measure")
        FIGURE = "figure", _("figure")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="keys")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    key = models.CharField(max_length=200)
    articles = models.PositiveIntegerField(default=0)
    # The event's date span, copied here so one index range read finds the candidates.
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("event key")
        verbose_name_plural = _("event keys")
        constraints = [models.UniqueConstraint(fields=["event", "kind", "key"], name="eventkey_unique")]
        indexes = [models.Index(fields=["key", "end_date"], name="eventkey_key_end_idx")]

    def __str__(self) -> str:
        return f"{self.event_id} {self.kind}:{self.key}"


class ArticleEvent(models.Model):
    """Which event an article belongs to: linked automatically, or set by an editor."""

    class Method(models.TextChoices):
        AUTO = "auto", _("automatic")
        EDITOR = "editor", _("editor")

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="event_link", verbose_name=_("article")
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="article_links", verbose_name=_("event"))
    method = models.CharField(max_length=8, choices=Method.choices, default=Method.AUTO, verbose_name=_("method"))
    linked_at = models.DateTimeField(default=timezone.now, verbose_name=_("linked at"))

    class Meta:
        verbose_name = _("article-event link")
        verbose_name_plural = _("article-event links")

    def __str__(self) -> str:
        return f"{self.article} -> {self.event}"


# Who may see which claims, said once: the API, ClaimReview and the public pages ask here.
# Published: the claim's current verdict was confirmed or overridden by an editor.
PUBLISHED = Q(current_verdict__review_state__in=vocabulary.PUBLISHED_STATES)
_Claims = TypeVar("_Claims", bound="models.QuerySet[Claim, Any]")


def claims_visible_to(claims: _Claims, user: Any) -> _Claims:
    """`claims` (instances or `values()` rows) narrowed to what `user` sees: every claim for a
    partner, an editor or an admin; published ones for anyone else."""
    return claims if sees_everything(user) else claims.filter(PUBLISHED)


class ClaimQuerySet(models.QuerySet["Claim"]):
    def published(self) -> ClaimQuerySet:
        """Claims whose current verdict an editor confirmed or overrode."""
        return self.filter(PUBLISHED)

    def visible_to(self, user: Any) -> ClaimQuerySet:
        """Every claim for a partner, an editor or an admin; published ones for anyone else."""
        return claims_visible_to(self, user)


class Claim(models.Model):
    """One numeric statement in one article (DESIGN.md sections 3 and 4)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for verification")
        VERIFIED = "verified", _("verified")
        FAILED = "failed", _("failed")

    class ReviewState(models.TextChoices):
        NONE = "none", _("no review needed")
        NEEDS_REVIEW = "needs_review", _("needs review")
        REVIEWED = "reviewed", _("reviewed")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims", verbose_name=_("article"))
    # Denormalised from the article's event link, so per-event lookups use one index.
    event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims", verbose_name=_("event")
    )
    start = models.PositiveIntegerField(verbose_name=_("span start"))
    end = models.PositiveIntegerField(verbose_name=_("span end"))
    sentence = models.TextField(verbose_name=_("sentence"))
    text = models.CharField(max_length=500, verbose_name=_("text"))
    measure = models.CharField(max_length=16, choices=Measure.choices, verbose_name=_("measure"))
    subject = models.CharField(max_length=64, blank=True, verbose_name=_("subject"))
    # Set only for an item of a breakdown by place (DESIGN 4.1); empty = the whole event.
    place = models.CharField(max_length=200, blank=True, verbose_name=_("place"))
    value = models.FloatField(null=True, blank=True, verbose_name=_("value"))
    low = models.FloatField(verbose_name=_("low"))
    high = models.FloatField(null=True, blank=True, help_text=_("Empty means unbounded."), verbose_name=_("high"))
    qualifier = models.CharField(
        max_length=16, choices=Qualifier.choices, default=Qualifier.EXACT, verbose_name=_("qualifier")
    )
    unit = models.CharField(max_length=32, blank=True, verbose_name=_("unit"))
    as_of = models.DateField(null=True, blank=True, verbose_name=_("as of"))
    attributed_to = models.CharField(max_length=300, blank=True, verbose_name=_("attributed to"))
    language = models.CharField(max_length=8, blank=True, verbose_name=_("language"))
    created_at = models.DateTimeField(default=timezone.now, editable=False, verbose_name=_("created at"))

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, verbose_name=_("status"))
    status_error = models.TextField(blank=True, verbose_name=_("status error"))
    last_checked_at = models.DateTimeField(null=True, blank=True, verbose_name=_("last checked"))
    current_verdict = models.ForeignKey(
        "Verdict",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("current verdict"),
    )
    review_state = models.CharField(
        max_length=16, choices=ReviewState.choices, default=ReviewState.NONE, verbose_name=_("review state")
    )
    review_reason = models.TextField(blank=True, verbose_name=_("review reason"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
        verbose_name=_("assignee"),
    )

    objects = ClaimQuerySet.as_manager()

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["article_id", "start"]
        permissions = [("review_claim", "Can confirm or override a claim's verdict")]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(condition=Q(high__isnull=True) | Q(low__lte=F("high")), name="claim_low_le_high"),
            # one figure gives one claim per place ("masing-masing n" after several places: DESIGN 4.1)
            models.UniqueConstraint(fields=["article", "start", "end", "measure", "place"], name="claim_unique_span"),
        ]
        indexes = [
            models.Index(fields=["event", "measure"], name="claim_event_measure_idx"),
            # The API's claim list, filtered by event and paged by id (docs/performance.md).
            models.Index(fields=["event", "id"], name="claim_event_id_idx"),
            # The editors' queue: claims needing review, paged by id.
            models.Index(fields=["review_state", "id"], name="claim_review_state_id_idx"),
            # The re-check sweep's order (last_checked_at, id): at 1M claims a batch of 500 is
            # an index range read instead of a full scan and sort (docs/performance.md).
            models.Index(fields=["last_checked_at", "id"], name="claim_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.text} ({self.get_measure_display()})"

    def clean(self) -> None:
        # The span must lie inside the body and say exactly the stored text; a check
        # constraint cannot read another table, so it is enforced here and in services.
        body = self.article.body if self.article_id else ""
        if self.end > len(body) or body[self.start : self.end] != self.text:
            raise ValidationError(
                {"text": _("The claim's span must lie inside its article's body and match its text.")}
            )


class OwedCheck(models.Model):
    """A check a claim is owed because its evidence changed (docs/scaling.md, "owed checks").

    Extraction records what it owes here instead of writing the claims' own rows, which a
    verification batch may hold locked: an insert into this table waits on nobody. There is
    no foreign-key constraint, so the insert takes no lock on the claim either. A check
    reads a claim's rows after locking the claim and before reading its evidence, and
    deletes the rows it read when it commits; a row written later stays owed.
    """

    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, db_constraint=False, related_name="owed_checks", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("owed check")
        verbose_name_plural = _("owed checks")

    def __str__(self) -> str:
        return f"check owed to claim {self.claim_id}"


class Verdict(models.Model):
    """One result of checking a claim; the newest is current (the claim points at it)."""

    class Label(models.TextChoices):
        MIXED = "mixed", _("mixed")
        CONTRADICTED = "contradicted", _("contradicted")
        OUTDATED = "outdated", _("outdated")
        SUPPORTED = "supported", _("supported")
        UNVERIFIED = "unverified", _("unverified")

    class ReviewState(models.TextChoices):
        AUTO = "auto", _("automatic")
        CONFIRMED = "confirmed", _("confirmed by an editor")
        OVERRIDDEN = "overridden", _("overridden by an editor")

    # An editor's decision: a claim whose current verdict is in one of these is published.
    EDITORIAL_STATES = vocabulary.PUBLISHED_STATES

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="verdicts", verbose_name=_("claim"))
    label = models.CharField(max_length=16, choices=Label.choices, verbose_name=_("label"))
    confidence = models.FloatField(default=0.0, verbose_name=_("confidence"))
    method_version = models.CharField(max_length=32, verbose_name=_("method"))
    computed_at = models.DateTimeField(default=timezone.now, verbose_name=_("computed at"))
    checked_at = models.DateTimeField(
        default=timezone.now, help_text=_("Last time a check gave this same result."), verbose_name=_("checked at")
    )
    # A digest of label, confidence and evidence: an unchanged re-check only moves checked_at.
    fingerprint = models.CharField(max_length=64, blank=True, verbose_name=_("fingerprint"))
    review_state = models.CharField(
        max_length=16, choices=ReviewState.choices, default=ReviewState.AUTO, verbose_name=_("review state")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_verdicts",
        verbose_name=_("reviewer"),
    )
    rationale = models.TextField(blank=True, verbose_name=_("rationale"))
    # One sentence in the claim's language naming the sources and dates that decided it.
    explanation = models.TextField(blank=True, verbose_name=_("explanation"))

    class Meta:
        verbose_name = _("verdict")
        verbose_name_plural = _("verdicts")
        ordering = ["-computed_at", "-id"]
        get_latest_by = "computed_at"
        constraints = [
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="verdict_confidence_0_1"
            ),
            models.CheckConstraint(
                condition=Q(review_state="auto") | Q(reviewer__isnull=False), name="verdict_review_has_reviewer"
            ),
        ]
        indexes = [models.Index(fields=["claim", "-computed_at"], name="verdict_claim_recent_idx")]

    def __str__(self) -> str:
        # Four significant digits: 0.9985 must not read as a certain "1.00".
        return f"{self.get_label_display()} ({self.confidence:.4g})"

    @property
    def is_editorial(self) -> bool:
        return self.review_state != self.ReviewState.AUTO


class Evidence(models.Model):
    """Another claim used by a verdict, with how it relates to the checked claim."""

    class Relation(models.TextChoices):
        SUPPORTS = "supports", _("supports")
        CONTRADICTS = "contradicts", _("contradicts")
        SUPERSEDES = "supersedes", _("supersedes")
        BOUNDS = "bounds", _("bounds")

    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("verdict"))
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="used_as_evidence", verbose_name=_("claim"))
    relation = models.CharField(max_length=16, choices=Relation.choices, verbose_name=_("relation"))
    # Evidence below the credibility threshold is shown as context and decides nothing.
    credible = models.BooleanField(default=True, verbose_name=_("credible"))
    explanation = models.CharField(max_length=300, blank=True, verbose_name=_("explanation"))

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["verdict_id", "id"]
        constraints = [models.UniqueConstraint(fields=["verdict", "claim"], name="evidence_unique_claim_per_verdict")]

    def __str__(self) -> str:
        return f"{self.get_relation_display()}: {self.claim}"


__all__ = [
    "Article",
    "ArticleEvent",
    "Claim",
    "Event",
    "EventKey",
    "Evidence",
    "Measure",
    "OwedCheck",
    "Qualifier",
    "Source",
    "Verdict",
]
