"""The review queue and the claim page.

Every write goes through `claims.services`, as the API and the workers do: the admin's
`save_model`/`delete_model` hooks and actions call a service instead of saving rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import BooleanField, Case, Count, Q, QuerySet, Value, When
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims import selectors, services
from claims.admin.display import EMPTY, NEEDS_DECISION, editor, figure_display, marked_body, number
from claims.admin.queue import (
    AssigneeFilter,
    AssignForm,
    NeedsDecisionFilter,
    OverrideForm,
    QueueChangeList,
    VerdictLabelFilter,
)
from claims.desk import claim_snippet, confidence_display, desk_action, marked_sentence, subject_display
from claims.models import Claim, Evidence, Verdict

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class ClaimFlags(TypedDict):
    """What ClaimAdmin.get_queryset annotates each claim with."""

    needs_decision: bool


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    """The review queue (changelist) and the claim's review page (change page)."""

    # The queue fits a 1366 px screen beside the filters: the claim in its sentence, then
    # what an editor triages by. Measure, event and review state stay as filters.
    list_display = ("claim_in_sentence", "verdict", "confidence", "source", "date", "assignee")
    list_display_links = ("claim_in_sentence",)
    list_filter = (
        NeedsDecisionFilter,
        VerdictLabelFilter,
        "review_state",
        "measure",
        "event",
        ("article__source", admin.RelatedFieldListFilter),
        "language",
        "as_of",
        AssigneeFilter,
    )
    list_select_related = ("article__source", "event", "current_verdict", "assignee")
    search_fields = ("text", "sentence", "article__title", "article__source__name")
    search_help_text = _("Search the claim text, the article title or the source name.")
    list_per_page = 100
    actions = ("confirm_verdicts", "recheck_claims", "assign_to_me", "assign_to_editor")
    change_form_template = "admin/claims/claim/change_form.html"
    change_list_template = "admin/claims/claim/change_list.html"
    object_history_template = "admin/claims/claim/object_history.html"
    fieldsets = (
        (_("Assignment"), {"fields": ("assignee",)}),
        (
            _("Checking"),
            {
                "fields": (
                    "status",
                    "status_error",
                    "last_checked_at",
                    "review_state",
                    "review_reason",
                    "event",
                    "place",
                )
            },
        ),
    )
    readonly_fields = ("status", "status_error", "last_checked_at", "review_state", "review_reason", "event", "place")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        # Not super(): it orders by get_ordering() before the annotation that ordering needs exists.
        return (
            self.model._default_manager.get_queryset()
            .select_related(*self.list_select_related)
            .annotate(
                needs_decision=Case(
                    When(NEEDS_DECISION, then=Value(True)), default=Value(False), output_field=BooleanField()
                )
            )
            .order_by(*self.get_ordering(request))
        )

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return QueueChangeList

    def get_ordering(self, request: HttpRequest) -> tuple[str, ...]:
        # Decisions first, newest claims first among them. (Not the `ordering` attribute:
        # the admin's system check only accepts model fields there, not annotations.)
        return ("-needs_decision", "-pk")

    # --- columns

    @admin.display(description=_("claim"), ordering="pk")
    def claim_in_sentence(self, claim: Claim) -> str:
        return claim_snippet(claim.sentence, claim.text)

    @admin.display(description=_("verdict"), ordering="current_verdict__label")
    def verdict(self, claim: WithAnnotations[Claim, ClaimFlags]) -> str:
        """The verdict chip, with an amber flag when the claim waits for an editor's decision
        (a flag, not a green tick: a tick would read as "all fine")."""
        verdict = claim.current_verdict
        chip = (
            format_html('<span class="verdict verdict-none">{}</span>', _("no verdict yet"))
            if verdict is None
            else format_html(
                '<span class="verdict verdict-{}">{}</span>{}',
                verdict.label,
                verdict.get_label_display(),
                format_html(' <span title="{}">✎</span>', verdict.get_review_state_display())
                if verdict.is_editorial
                else "",
            )
        )
        if claim.needs_decision:
            return format_html('{}<br><span class="needs-decision">⚑ {}</span>', chip, _("needs a decision"))
        return chip

    @admin.display(description=_("confidence"), ordering="current_verdict__confidence")
    def confidence(self, claim: Claim) -> str:
        verdict = claim.current_verdict
        return confidence_display(verdict.confidence) if verdict else EMPTY

    @admin.display(description=_("source"), ordering="article__source__name")
    def source(self, claim: Claim) -> str:
        return claim.article.source.name

    @admin.display(description=_("date"), ordering="as_of")
    def date(self, claim: Claim) -> Any:
        """The date the figure stands for, else the article's publication date."""
        day = claim.as_of or claim.article.published_date
        return date_format(day, "SHORT_DATE_FORMAT") if day else EMPTY

    # --- counts per verdict on the queue

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None)
        if context is not None and "cl" in context:
            context["verdict_counts"] = self.verdict_counts(context["cl"])
        return response

    def verdict_counts(self, changelist: Any) -> dict[str, Any]:
        """Counts over the filtered queue, in one query whatever the number of claims."""
        aggregates = {label: Count("pk", filter=Q(current_verdict__label=label)) for label in Verdict.Label.values}
        totals = changelist.queryset.order_by().aggregate(
            **aggregates,
            no_verdict=Count("pk", filter=Q(current_verdict__isnull=True)),
            needs_decision_count=Count("pk", filter=NEEDS_DECISION),
        )
        labels = [
            {
                "label": label,
                "name": name,
                "count": totals[label],
                "url": changelist.get_query_string({VerdictLabelFilter.parameter_name: label}, ["p"]),
            }
            for label, name in Verdict.Label.choices
        ]
        labels.append(
            {
                "label": VerdictLabelFilter.NONE,
                "name": _("no verdict yet"),
                "count": totals["no_verdict"],
                "url": changelist.get_query_string({VerdictLabelFilter.parameter_name: VerdictLabelFilter.NONE}, ["p"]),
            }
        )
        return {
            "labels": labels,
            "needs_decision": totals["needs_decision_count"],
            "needs_decision_url": changelist.get_query_string({NeedsDecisionFilter.parameter_name: "needed"}, ["p"]),
        }

    # --- permissions: claims come from extraction; editors review and assign them

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        return False

    def has_review_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("claims.review_claim")

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "assignee":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: Claim, form: forms.ModelForm, change: bool) -> None:
        # Only the assignee is editable on this form; the rest is extraction output.
        if "assignee" in form.changed_data:
            services.claims_assign(claims=[obj], assignee=obj.assignee)

    # --- the history page: verdicts and editor actions

    def log_desk_action(self, request: HttpRequest, claims: list[Claim], message: list[dict[str, Any]]) -> None:
        """Record an editor action on claims in the admin's log (one insert for any number)."""
        if claims:
            LogEntry.objects.log_actions(
                user_id=editor(request).pk, queryset=claims, action_flag=CHANGE, change_message=message
            )

    def construct_change_message(
        self, request: HttpRequest, form: Any, formsets: Any, add: bool = False
    ) -> list[dict[str, Any]]:
        # The change form edits only the assignee: log it as the same action the queue's actions log.
        if "assignee" in form.changed_data:
            assignee = form.cleaned_data["assignee"]
            return desk_action("assign", assignee=assignee.get_username() if assignee else "")
        return super().construct_change_message(request, form, formsets, add)

    def history_view(self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None) -> Any:
        claim = self.get_object(request, unquote(object_id))
        context = dict(extra_context or {})
        if claim is not None:
            context["verdict_history"] = list(selectors.claim_verdict_history(claim=claim))
            context["claim"] = claim
        return super().history_view(request, object_id, context)

    # --- bulk actions

    @admin.action(description=_("Confirm the current verdicts"), permissions=["review"])
    def confirm_verdicts(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        ids = list(queryset.filter(current_verdict__isnull=False).values_list("pk", flat=True))
        with transaction.atomic():
            for claim in Claim.objects.filter(pk__in=ids).order_by("pk"):
                verdict = services.verdict_review(claim=claim, reviewer=editor(request), action="confirm")
                self.log_desk_action(request, [claim], desk_action("confirm", label=verdict.label))
        skipped = queryset.count() - len(ids)
        self.message_user(
            request,
            ngettext("Confirmed %(count)d verdict.", "Confirmed %(count)d verdicts.", len(ids)) % {"count": len(ids)},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d claim has no verdict yet and was skipped.",
                    "%(count)d claims have no verdict yet and were skipped.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Re-check now"), permissions=["change"])
    def recheck_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        claims = list(queryset.select_related(None).order_by("pk").only("pk", "text", "measure"))
        services.enqueue_verification([claim.pk for claim in claims])
        self.log_desk_action(request, claims, desk_action("recheck"))
        self.message_user(
            request,
            ngettext("Sent %(count)d claim for re-checking.", "Sent %(count)d claims for re-checking.", len(claims))
            % {"count": len(claims)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        claims = list(queryset.select_related(None).only("pk", "text", "measure"))
        count = services.claims_assign(claims=claims, assignee=editor(request))
        self.log_desk_action(request, claims, desk_action("assign", assignee=request.user.get_username()))
        self.message_user(
            request,
            ngettext("Assigned %(count)d claim to you.", "Assigned %(count)d claims to you.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Assign to an editor…"), permissions=["change"])
    def assign_to_editor(self, request: HttpRequest, queryset: QuerySet[Claim]) -> TemplateResponse | None:
        """An intermediate page asks whom to assign; its form posts back to this action."""
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            assignee = form.cleaned_data["assignee"]
            claims = list(queryset.select_related(None).only("pk", "text", "measure"))
            count = services.claims_assign(claims=claims, assignee=assignee)
            self.log_desk_action(
                request, claims, desk_action("assign", assignee=assignee.get_username() if assignee else "")
            )
            if assignee is None:
                message = ngettext("Unassigned %(count)d claim.", "Unassigned %(count)d claims.", count)
            else:
                message = ngettext(
                    "Assigned %(count)d claim to %(name)s.", "Assigned %(count)d claims to %(name)s.", count
                )
            self.message_user(request, message % {"count": count, "name": assignee.get_username() if assignee else ""})
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Assign claims"),
            "opts": self.model._meta,
            "form": form,
            "claims": queryset.order_by("pk"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/claims/claim/assign.html", context)

    # --- the claim's review page

    def get_urls(self) -> list[Any]:
        review = path(
            "<path:object_id>/review/",
            self.admin_site.admin_view(self.review_view),
            name="claims_claim_review",
        )
        return [review, *super().get_urls()]

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Claim | None = None,
    ) -> HttpResponse:
        if obj is not None:
            context.update(self.review_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def review_context(
        self, request: HttpRequest, claim: Claim, override_form: OverrideForm | None = None
    ) -> dict[str, Any]:
        history = list(selectors.claim_verdict_history(claim=claim))
        current = next((v for v in history if v.pk == claim.current_verdict_id), None)
        evidence = list(current.evidence.all()) if current else []
        initial_label = current.label if current else None
        return {
            "claim": claim,
            "marked_body": marked_body(claim.article.body, claim.start, claim.end),
            "marked_sentence": marked_sentence(
                claim.sentence, claim.text, start_hint=claim.start - claim.article.body.find(claim.sentence)
            ),
            "subject_display": subject_display(claim.subject),
            "current_confidence": confidence_display(current.confidence) if current else EMPTY,
            "claim_figure": figure_display(claim.low, claim.high, claim.unit),
            "reading_numbers": {"value": number(claim.value), "low": number(claim.low), "high": number(claim.high)},
            "current_verdict": current,
            "evidence_rows": [self.evidence_row(item) for item in evidence],
            "history": history,
            "override_form": override_form or OverrideForm(initial={"label": initial_label}),
            "review_url": reverse("admin:claims_claim_review", args=[claim.pk]),
            "can_review": self.has_review_permission(request),
            "can_recheck": self.has_change_permission(request, claim),
        }

    @staticmethod
    def evidence_row(item: Evidence) -> dict[str, Any]:
        other = item.claim
        source = other.article.source
        return {
            "relation": item.relation,
            "relation_display": item.get_relation_display(),
            "credible": item.credible,
            "source": source,
            "source_url": reverse("admin:sources_source_change", args=[source.pk]),
            "reliability": source.reliability,
            "date": other.as_of or other.article.published_date,
            "figure": figure_display(other.low, other.high, other.unit),
            "text": other.text,
            "subject": subject_display(other.subject) if other.subject else "",
            "claim_url": reverse("admin:claims_claim_change", args=[other.pk]),
            "explanation": item.explanation,
        }

    def review_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """Confirm, override or re-check one claim; posted from the claim's page."""
        claim = self.get_object(request, unquote(object_id))
        if claim is None:
            raise Http404
        if not self.has_view_permission(request, claim):
            raise PermissionDenied
        change_url = reverse("admin:claims_claim_change", args=[claim.pk])
        override_form = None
        if request.method == "POST":
            action = request.POST.get("action")
            if action in ("confirm", "override") and not self.has_review_permission(request):
                raise PermissionDenied
            if action == "recheck" and not self.has_change_permission(request, claim):
                raise PermissionDenied
            if action == "confirm":
                try:
                    verdict = services.verdict_review(claim=claim, reviewer=editor(request), action="confirm")
                except ValidationError as exc:
                    self.message_user(request, " ".join(exc.messages), messages.ERROR)
                else:
                    self.log_desk_action(request, [claim], desk_action("confirm", label=verdict.label))
                    self.message_user(request, _("The verdict is confirmed."), messages.SUCCESS)
                return HttpResponseRedirect(change_url)
            if action == "recheck":
                services.enqueue_verification([claim.pk])
                self.log_desk_action(request, [claim], desk_action("recheck"))
                self.message_user(request, _("The claim was sent for re-checking."), messages.SUCCESS)
                return HttpResponseRedirect(change_url)
            if action == "override":
                override_form = OverrideForm(request.POST)
                if override_form.is_valid():
                    verdict = services.verdict_review(
                        claim=claim,
                        reviewer=editor(request),
                        action="override",
                        label=override_form.cleaned_data["label"],
                        rationale=override_form.cleaned_data["rationale"],
                    )
                    self.log_desk_action(
                        request, [claim], desk_action("override", label=verdict.label, rationale=verdict.rationale)
                    )
                    self.message_user(request, _("The verdict is overridden."), messages.SUCCESS)
                    return HttpResponseRedirect(change_url)
            else:
                self.message_user(request, _("Unknown review action."), messages.ERROR)
                return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            **self.review_context(request, claim, override_form),
            "title": _("Review a claim"),
            "opts": self.model._meta,
            "original": claim,
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/claims/claim/review.html", context)
