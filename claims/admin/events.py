"""Events (their timelines and the editors' actions on them) and article links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

from claims import services
from claims.admin.event_actions import EventEditorActions
from claims.charts import event_timeline_charts
from claims.models import ArticleEvent, Claim, Event

# --- events and article links -------------------------------------------------------------


class EventCounts(TypedDict):
    """What EventAdmin.get_queryset annotates each event with."""

    claim_count: int
    needs_decision_count: int


@admin.register(Event)
class EventAdmin(EventEditorActions):
    list_display = ("name", "status", "country", "start_date", "end_date", "claim_count", "needs_decision_count")
    list_filter = ("status", "country", "start_date")
    search_fields = ("name", "country")
    fields = ("name", "status", "keywords", "country", "start_date", "end_date")
    readonly_fields = ("status",)  # an editor confirms through the "Confirm" action
    change_form_template = "admin/claims/event/change_form.html"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_count=Count("claims"),
                needs_decision_count=Count("claims", filter=Q(claims__review_state=Claim.ReviewState.NEEDS_REVIEW)),
            )
        )

    @admin.display(description=_("claims"), ordering="claim_count")
    def claim_count(self, event: WithAnnotations[Event, EventCounts]) -> int:
        return event.claim_count

    @admin.display(description=_("flagged for review"), ordering="needs_decision_count")
    def needs_decision_count(self, event: WithAnnotations[Event, EventCounts]) -> int:
        return event.needs_decision_count

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Event | None = None,
    ) -> HttpResponse:
        if obj is not None:
            context["timeline_charts"] = event_timeline_charts(obj)
            context["queue_url"] = reverse("admin:claims_claim_changelist") + f"?event__id__exact={obj.pk}"
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request: HttpRequest, obj: Event, form: forms.ModelForm, change: bool) -> None:
        services.event_save(event=obj)

    def has_delete_permission(self, request: HttpRequest, obj: Event | None = None) -> bool:
        # Deleting an event would silently drop its claims' cross-references.
        return False


@admin.register(ArticleEvent)
class ArticleEventAdmin(admin.ModelAdmin):
    """Which event an article belongs to; an editor's change re-checks what moved."""

    list_display = ("article", "event", "method", "linked_at")
    list_filter = ("method", "event")
    search_fields = ("article__title", "article__url", "event__name")
    list_select_related = ("article", "event")
    autocomplete_fields = ("article", "event")
    fields = ("article", "event", "method", "linked_at")
    readonly_fields = ("method", "linked_at")
    actions = ("unlink_articles",)

    def get_readonly_fields(self, request: HttpRequest, obj: ArticleEvent | None = None) -> tuple[str, ...]:
        # A link row belongs to its article; moving the article is a change of event.
        return (*self.readonly_fields, "article") if obj is not None else self.readonly_fields

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # replaced by unlink_articles, which goes through the service
        return actions

    def save_model(self, request: HttpRequest, obj: ArticleEvent, form: forms.ModelForm, change: bool) -> None:
        services.article_link_event(article=obj.article, event=obj.event, method=ArticleEvent.Method.EDITOR)
        # The service wrote the row; the admin needs its id for the log and the redirect.
        saved = ArticleEvent.objects.get(article=obj.article)
        obj.pk, obj.method, obj.linked_at = saved.pk, saved.method, saved.linked_at

    def delete_model(self, request: HttpRequest, obj: ArticleEvent) -> None:
        services.article_link_event(article=obj.article, event=None)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[ArticleEvent]) -> None:
        for link in queryset.select_related("article"):
            services.article_link_event(article=link.article, event=None)

    @admin.action(description=_("Take the articles out of their event"), permissions=["delete"])
    def unlink_articles(self, request: HttpRequest, queryset: QuerySet[ArticleEvent]) -> None:
        count = queryset.count()
        self.delete_queryset(request, queryset)
        self.message_user(
            request,
            ngettext("Took %(count)d article out of its event.", "Took %(count)d articles out of their events.", count)
            % {"count": count},
            messages.SUCCESS,
        )
