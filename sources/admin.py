"""Admin for sources and articles.

`SourceAdmin` is registered by `claims/admin/sources.py`, not here: saving a source re-checks the
claims its change affects (`claims.services.source_update`), and `sources` never imports
`claims` (DESIGN.md section 1). Articles are read-only: a body is never altered after
ingest, and new articles arrive through `ingest`, the API or the fetch workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from django import forms
from django.contrib import admin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Count, Field, QuerySet, URLField
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Article, Source

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class SourceCounts(TypedDict):
    """What SourceAdmin.get_queryset annotates each source with."""

    article_count: int


class SourceAdmin(SimpleHistoryAdmin):
    """Editors set a source's kind and reliability, from the list or the change page."""

    list_display = ("name", "domain", "kind", "reliability", "language", "article_count")
    list_editable = ("kind", "reliability")
    list_filter = ("kind", "language")
    search_fields = ("name", "domain")
    search_help_text = _("Search by name or domain.")
    fields = ("name", "domain", "kind", "reliability", "language", "created_at")
    readonly_fields = ("created_at",)
    ordering = ("name",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    def formfield_for_dbfield(self, db_field: Field, request: HttpRequest, **kwargs: Any) -> forms.Field | None:
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "reliability" and field is not None:
            # The check constraint would refuse it too, but only as an error about the whole form.
            field.min_value, field.max_value = 0.0, 1.0
            field.validators += [MinValueValidator(0.0), MaxValueValidator(1.0)]
            field.widget.attrs.update(min="0", max="1", step="0.05")
        return field

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, source: WithAnnotations[Source, SourceCounts]) -> int:
        return source.article_count

    def has_delete_permission(self, request: HttpRequest, obj: Source | None = None) -> bool:
        # Articles protect their source; a source leaves only through a data migration.
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    formfield_overrides = {URLField: {"assume_scheme": "https"}}  # an address typed without a scheme (Django 6 default)
    list_display = ("title_or_url", "source", "language", "published_at", "extraction_status", "ingested_at")
    list_filter = (
        "extraction_status",
        "language",
        "source__kind",
        "published_at",
        ("source", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("title", "url", "source__name", "source__domain")
    search_help_text = _("Search by title, url, source name or domain.")
    list_select_related = ("source",)
    date_hierarchy = "published_at"
    fields = (
        "source",
        "url",
        "title",
        "language",
        "published_at",
        "published_date",
        "ingested_at",
        "extraction_status",
        "extraction_error",
        "extracted_at",
        "body",
    )
    readonly_fields = fields

    @admin.display(description=_("title"), ordering="title")
    def title_or_url(self, article: Article) -> str:
        return article.title or article.url

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False
