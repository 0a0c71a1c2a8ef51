from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Source(models.Model):
    """A publisher or an authority (DESIGN.md section 3)."""

    class Kind(models.TextChoices):
        OFFICIAL = "official", _("official")
        WIRE = "wire", _("wire")
        OUTLET = "outlet", _("outlet")
        NGO = "ngo", _("NGO")
        SOCIAL = "social", _("social")

    name = models.CharField(max_length=200, verbose_name=_("name"))
    domain = models.CharField(
        max_length=253, blank=True, help_text=_("Lower-case host name, no scheme."), verbose_name=_("domain")
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OUTLET, verbose_name=_("kind"))
    reliability = models.FloatField(
        default=0.5, help_text=_("Editor-set, from 0 (none) to 1 (fully reliable)."), verbose_name=_("reliability")
    )
    language = models.CharField(max_length=8, blank=True, verbose_name=_("language"))
    created_at = models.DateTimeField(default=timezone.now, editable=False, verbose_name=_("created at"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reliability__gte=0) & Q(reliability__lte=1), name="source_reliability_0_1"
            ),
            models.UniqueConstraint(fields=["domain"], condition=~Q(domain=""), name="source_unique_domain"),
            models.UniqueConstraint(fields=["name"], condition=Q(domain=""), name="source_unique_name_without_domain"),
        ]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    """One document from a source. Its body is never altered after ingest."""

    class Status(models.TextChoices):
        FETCH_PENDING = "fetch_pending", _("waiting to be fetched")
        PENDING = "pending", _("waiting for extraction")
        DONE = "done", _("extracted")
        FAILED = "failed", _("failed")

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="articles", verbose_name=_("source"))
    url = models.URLField(max_length=2000, unique=True, verbose_name=_("URL"))
    title = models.CharField(max_length=500, blank=True, verbose_name=_("title"))
    body = models.TextField(blank=True, verbose_name=_("body"))
    language = models.CharField(max_length=8, blank=True, verbose_name=_("language"))
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    # The calendar date of publication in the publisher's own time zone (as written in
    # the input); stored apart because published_at is normalised to UTC.
    published_date = models.DateField(null=True, blank=True, verbose_name=_("published date"))
    ingested_at = models.DateTimeField(default=timezone.now, editable=False, verbose_name=_("ingested at"))
    extraction_status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING, verbose_name=_("extraction status")
    )
    extraction_error = models.TextField(blank=True, verbose_name=_("extraction error"))
    extracted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("extracted at"))

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["extraction_status", "ingested_at"], name="article_status_idx"),
            models.Index(fields=["published_at"], name="article_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url
