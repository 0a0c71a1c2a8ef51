"""The Event admin's actions: editors confirm, rename, merge and split events, and move
articles between events. Each asks on an intermediate page before it changes anything,
and every change goes through `claims.event_editing` (which re-checks the claims it
affects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims import event_editing
from claims.models import Event
from sources.models import Article

ACTION_TEMPLATE = "admin/claims/event/action.html"


class RenameForm(forms.Form):
    name = forms.CharField(label=_("New name"), max_length=200)


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=_("Keep this event; the others' articles and claims join it"),
        queryset=Event.objects.none(),
        empty_label=None,
    )

    def __init__(self, *args: Any, events: QuerySet[Event], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["into"]).queryset = events


class ArticlesOfEventForm(forms.Form):
    articles = forms.ModelMultipleChoiceField(
        label=_("Articles"), queryset=Article.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["articles"]).queryset = (
            Article.objects.filter(event_link__event=event).select_related("source").order_by("published_at", "pk")
        )


class SplitForm(ArticlesOfEventForm):
    name = forms.CharField(label=_("Name of the new event"), max_length=200)


class MoveForm(ArticlesOfEventForm):
    target = forms.ModelChoiceField(label=_("Move them to"), queryset=Event.objects.none())

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, event=event, **kwargs)
        others = Event.objects.exclude(pk=event.pk).order_by("-start_date", "name")
        cast(forms.ModelChoiceField, self.fields["target"]).queryset = others


class EventEditorActions(admin.ModelAdmin):
    """The Event admin's actions (claims/admin/events.py subclasses it); a ModelAdmin itself so
    what they use of it (`message_user`, `admin_site`) is typed."""

    actions: Sequence[Any] | None = ("confirm_events", "rename_event", "merge_events", "split_event", "move_articles")

    def _page(
        self,
        request: HttpRequest,
        queryset: QuerySet[Event],
        *,
        action: str,
        title: str | Promise,
        form: forms.Form,
        **extra: Any,
    ) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": Event._meta,
            "form": form,
            "events": queryset.order_by("pk"),
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            **extra,
        }
        return TemplateResponse(request, ACTION_TEMPLATE, context)

    def _one(self, request: HttpRequest, queryset: QuerySet[Event]) -> Event | None:
        if queryset.count() != 1:
            self.message_user(request, _("Choose exactly one event for this action."), messages.WARNING)
            return None
        return queryset.get()

    def _failed(self, request: HttpRequest, exc: ValidationError) -> None:
        self.message_user(request, "; ".join(exc.messages), messages.ERROR)

    @admin.action(description=_("Confirm the selected events"), permissions=["change"])
    def confirm_events(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        count = event_editing.events_confirm(queryset)
        self.message_user(
            request,
            ngettext("Confirmed %(count)d event.", "Confirmed %(count)d events.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Rename the event…"), permissions=["change"])
    def rename_event(self, request: HttpRequest, queryset: QuerySet[Event]) -> TemplateResponse | None:
        event = self._one(request, queryset)
        if event is None:
            return None
        form = RenameForm(request.POST if "apply" in request.POST else None, initial={"name": event.name})
        if form.is_bound and form.is_valid():
            try:
                event_editing.event_rename(event=event, name=form.cleaned_data["name"])
            except ValidationError as exc:
                form.add_error("name", exc.messages[0])
            else:
                self.message_user(request, _("Renamed the event to %(name)s.") % {"name": event.name})
                return None
        return self._page(request, queryset, action="rename_event", title=_("Rename an event"), form=form)

    @admin.action(description=_("Merge the selected events…"), permissions=["change"])
    def merge_events(self, request: HttpRequest, queryset: QuerySet[Event]) -> TemplateResponse | None:
        if queryset.count() < 2:
            self.message_user(request, _("Choose at least two events to merge."), messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, events=queryset.order_by("pk"))
        if form.is_bound and form.is_valid():
            into = form.cleaned_data["into"]
            try:
                count = event_editing.events_merge(into=into, others=list(queryset.exclude(pk=into.pk)))
            except ValidationError as exc:
                self._failed(request, exc)
                return None
            self.message_user(
                request,
                ngettext(
                    "Merged into %(name)s; %(count)d claim is being checked again.",
                    "Merged into %(name)s; %(count)d claims are being checked again.",
                    count,
                )
                % {"name": into.name, "count": count},
                messages.SUCCESS,
            )
            return None
        return self._page(
            request,
            queryset,
            action="merge_events",
            title=_("Merge events"),
            form=form,
            warning=_("Every claim of the merged event will be checked again against the others' figures."),
        )

    @admin.action(description=_("Split articles off into a new event…"), permissions=["change"])
    def split_event(self, request: HttpRequest, queryset: QuerySet[Event]) -> TemplateResponse | None:
        event = self._one(request, queryset)
        if event is None:
            return None
        form = SplitForm(request.POST if "apply" in request.POST else None, event=event)
        if form.is_bound and form.is_valid():
            try:
                new = event_editing.event_split(
                    event=event, articles=form.cleaned_data["articles"], name=form.cleaned_data["name"]
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                self.message_user(
                    request,
                    _("Split %(count)d article(s) off into %(name)s; the claims of both events are checked again.")
                    % {"count": len(form.cleaned_data["articles"]), "name": new.name},
                    messages.SUCCESS,
                )
                return None
        return self._page(
            request,
            queryset,
            action="split_event",
            title=_("Split an event"),
            form=form,
            warning=_("The claims of both events will be checked again."),
        )

    @admin.action(description=_("Move articles to another event…"), permissions=["change"])
    def move_articles(self, request: HttpRequest, queryset: QuerySet[Event]) -> TemplateResponse | None:
        event = self._one(request, queryset)
        if event is None:
            return None
        form = MoveForm(request.POST if "apply" in request.POST else None, event=event)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["target"]
            for article in form.cleaned_data["articles"]:
                event_editing.article_move(article=article, event=target)
            self.message_user(
                request,
                _("Moved %(count)d article(s) to %(name)s; their claims are checked again.")
                % {"count": len(form.cleaned_data["articles"]), "name": target.name},
                messages.SUCCESS,
            )
            return None
        return self._page(
            request,
            queryset,
            action="move_articles",
            title=_("Move articles"),
            form=form,
            warning=_("The moved claims, and the claims of both events they meet, will be checked again."),
        )
