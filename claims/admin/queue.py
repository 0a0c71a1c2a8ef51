"""The review queue's filters and the forms of its actions."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from claims.admin.display import NEEDS_DECISION
from claims.models import Claim, Verdict

# --- the review queue -------------------------------------------------------------------


class QueueChangeList(ChangeList):
    def get_queryset(self, request: HttpRequest, exclude_parameters: Any = None) -> QuerySet[Claim]:
        # The queue shows each claim's sentence, never its article's body (tens of KB a row).
        return super().get_queryset(request, exclude_parameters).defer("article__body")


class VerdictLabelFilter(admin.SimpleListFilter):
    title = _("verdict")
    parameter_name = "verdict"
    NONE = "none"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, Any]]:
        return [*Verdict.Label.choices, (self.NONE, _("no verdict yet"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() == self.NONE:
            return queryset.filter(current_verdict__isnull=True)
        if self.value() in Verdict.Label.values:
            return queryset.filter(current_verdict__label=self.value())
        return queryset


class NeedsDecisionFilter(admin.SimpleListFilter):
    title = _("decision")
    parameter_name = "decision"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, Any]]:
        return [("needed", _("needs a decision")), ("done", _("no decision needed"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() == "needed":
            return queryset.filter(NEEDS_DECISION)
        if self.value() == "done":
            return queryset.exclude(NEEDS_DECISION)
        return queryset


class AssigneeFilter(admin.SimpleListFilter):
    title = _("assignee")
    parameter_name = "assignee"
    ME, NOBODY = "me", "none"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, Any]]:
        staff = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        return [
            (self.ME, _("My claims")),
            (self.NOBODY, _("Unassigned")),
            *((str(user.pk), user.get_username()) for user in staff),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        value = self.value()
        if value == self.ME:
            return queryset.filter(assignee_id=request.user.pk)
        if value == self.NOBODY:
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody (unassign)"),
        label=_("Assign to"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["assignee"]).queryset = (
            get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        )


class OverrideForm(forms.Form):
    label = forms.ChoiceField(choices=Verdict.Label.choices, label=_("New verdict"))
    rationale = forms.CharField(
        label=_("Rationale"),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Why the verdict is changed; shown in the verdict history."),
    )

    def clean_rationale(self) -> str:
        rationale = self.cleaned_data["rationale"].strip()
        if not rationale:
            raise ValidationError(_("An override needs a rationale."))
        return rationale
