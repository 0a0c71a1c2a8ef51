"""Verdicts and their evidence: read-only records, written only by verification and reviews."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from claims.desk import confidence_display
from claims.models import Evidence, Verdict

# --- verdicts and evidence: read-only records ----------------------------------------------


class ReadOnlyAdminMixin:
    """Verdicts and their evidence are written only by verification and by editor reviews."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class EvidenceInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Evidence
    fk_name = "verdict"
    fields = ("claim", "relation", "credible", "explanation")
    readonly_fields = fields
    extra = 0


@admin.register(Verdict)
class VerdictAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("claim", "label", "confidence_shown", "review_state", "reviewer", "method_version", "computed_at")
    list_filter = ("label", "review_state", "method_version", "computed_at")
    search_fields = ("claim__text", "rationale", "reviewer__username")
    list_select_related = ("claim", "reviewer")
    date_hierarchy = "computed_at"
    fields = (
        "claim",
        "label",
        "confidence",
        "review_state",
        "reviewer",
        "rationale",
        "explanation",
        "method_version",
        "computed_at",
        "checked_at",
        "fingerprint",
    )
    readonly_fields = fields
    inlines = (EvidenceInline,)

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_shown(self, verdict: Verdict) -> str:
        return confidence_display(verdict.confidence)


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("claim", "relation", "credible", "verdict", "explanation")
    list_filter = ("relation", "credible")
    search_fields = ("claim__text", "explanation")
    list_select_related = ("claim", "verdict")
    fields = ("verdict", "claim", "relation", "credible", "explanation")
    readonly_fields = fields
