"""Sources (defined in sources/admin.py, saved here through the claims services)."""

from __future__ import annotations

import contextlib
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from claims import selectors, services
from sources.admin import SourceAdmin
from sources.models import Source

# --- sources (defined in sources/admin.py, saved here through the claims services) --------------


@admin.register(Source)
class SourceWithRecheckAdmin(SourceAdmin):
    """A change of kind or reliability re-checks claims: the admin says how many and asks first,
    on the change page and on the list alike (its editable columns)."""

    CONFIRM = "_confirm_recheck"
    CHECKED_FIELDS = ("kind", "reliability")

    def changeform_view(
        self, request: HttpRequest, object_id: str | None = None, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        if request.method == "POST" and object_id and self.CONFIRM not in request.POST:
            source = self.get_object(request, unquote(object_id))
            if source is not None and self.has_change_permission(request, source):
                stored = {name: getattr(source, name) for name in self.CHECKED_FIELDS}
                form = self.get_form(request, source, change=True)(request.POST, request.FILES, instance=source)
                if form.is_valid() and set(self.CHECKED_FIELDS) & set(form.changed_data):
                    changes = [(source, stored, form.cleaned_data)]
                    return self.recheck_confirmation(request, changes)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        if request.method == "POST" and "_save" in request.POST and self.CONFIRM not in request.POST:
            changes = self.listed_changes(request)
            if changes:
                return self.recheck_confirmation(request, changes)
        return super().changelist_view(request, extra_context)

    def listed_changes(self, request: HttpRequest) -> list[tuple[Source, dict[str, Any], dict[str, Any]]]:
        """The sources whose kind or reliability the list's editable columns change (valid rows only:
        the list itself reports the invalid ones)."""
        rows = {}
        for index in range(int(request.POST.get("form-TOTAL_FORMS", "0") or 0)):
            source_id = request.POST.get(f"form-{index}-id", "")
            if source_id.isdigit():
                rows[int(source_id)] = {name: request.POST.get(f"form-{index}-{name}") for name in self.CHECKED_FIELDS}
        changes = []
        for source in Source.objects.filter(pk__in=rows).order_by("name"):
            stored = {name: getattr(source, name) for name in self.CHECKED_FIELDS}
            new = {"kind": rows[source.pk]["kind"] or source.kind, "reliability": source.reliability}
            with contextlib.suppress(TypeError, ValueError):  # an invalid number: the list reports it
                new["reliability"] = float(rows[source.pk]["reliability"] or "")
            if new != stored:
                changes.append((source, stored, new))
        return changes

    def recheck_confirmation(
        self, request: HttpRequest, changes: list[tuple[Source, dict[str, Any], dict[str, Any]]]
    ) -> TemplateResponse:
        kinds = dict(Source.Kind.choices)
        count = selectors.source_claims_to_recheck(source_ids=[source.pk for source, _, _ in changes]).count()
        context = {
            **self.admin_site.each_context(request),
            "title": _("Re-check claims?"),
            "opts": self.model._meta,
            "claim_count": count,
            "changes": [
                {
                    "source": source,
                    "kind": (kinds.get(stored["kind"], stored["kind"]), kinds.get(new["kind"], new["kind"])),
                    "reliability": (stored["reliability"], new["reliability"]),
                }
                for source, stored, new in changes
            ],
            "posted": [
                (name, value)
                for name, values in request.POST.lists()
                if name != "csrfmiddlewaretoken"
                for value in values
            ],
            "confirm_name": self.CONFIRM,
            "back_url": request.get_full_path(),
        }
        return TemplateResponse(request, "admin/sources/source/recheck_confirmation.html", context)

    def save_model(self, request: HttpRequest, obj: Source, form: forms.ModelForm, change: bool) -> None:
        if not change:
            services.source_update(source=obj)
            return
        # The form already wrote its values onto `obj`; the service compares against the
        # stored row to know whether kind or reliability changed (and claims need a re-check).
        stored = Source.objects.get(pk=obj.pk)
        services.source_update(source=stored, **{name: form.cleaned_data[name] for name in form.changed_data})
        obj.refresh_from_db()
