"""The editors' decisions on events: confirm, rename, merge, split, move an article. Each
re-checks the claims it affects (their evidence changed with the event)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.event_discovery import event_rebuild
from claims.models import ArticleEvent, Claim, Event
from sources.models import Article


def _recheck_events(event_ids: Iterable[int]) -> int:
    from claims.services import enqueue_verification

    ids = list(Claim.objects.filter(event_id__in=list(event_ids)).values_list("pk", flat=True).order_by("pk"))
    enqueue_verification(ids)
    return len(ids)


def events_confirm(events: Iterable[Event]) -> int:
    """An editor accepts proposed events as they are."""
    return Event.objects.filter(pk__in=[e.pk for e in events], status=Event.Status.PROPOSED).update(
        status=Event.Status.CONFIRMED
    )


def event_rename(*, event: Event, name: str) -> Event:
    """An editor names an event (names are unique)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "An event needs a name."})
    if Event.objects.filter(name=name).exclude(pk=event.pk).exists():
        raise ValidationError({"name": f"Another event is already called {name!r}."})
    Event.objects.filter(pk=event.pk).update(name=name)
    event.name = name
    return event


@transaction.atomic
def events_merge(*, into: Event, others: Iterable[Event]) -> int:
    """One story found as several events: their articles and claims join `into`, the other
    events go, and every claim of the merged event is checked again (each now has the
    others' figures as evidence). Returns how many claims were sent for a re-check."""
    other_ids = [e.pk for e in others if e.pk != into.pk]
    if not other_ids:
        raise ValidationError("Choose at least two events to merge.")
    ArticleEvent.objects.filter(event_id__in=other_ids).update(
        event=into, method=ArticleEvent.Method.EDITOR, linked_at=timezone.now()
    )
    Claim.objects.filter(event_id__in=other_ids).update(event=into)
    Event.objects.filter(pk__in=other_ids).delete()
    Event.objects.filter(pk=into.pk).update(status=Event.Status.CONFIRMED)
    event_rebuild(into)
    return _recheck_events([into.pk])


@transaction.atomic
def event_split(*, event: Event, articles: Iterable[Article], name: str) -> Event:
    """Two stories found as one event: the chosen articles (and their claims) go to a new
    confirmed event; the claims of both events are checked again."""
    article_ids = list(
        ArticleEvent.objects.filter(event=event, article_id__in=[a.pk for a in articles]).values_list(
            "article_id", flat=True
        )
    )
    if not article_ids:
        raise ValidationError("Choose at least one article of this event to split off.")
    if len(article_ids) == ArticleEvent.objects.filter(event=event).count():
        raise ValidationError("Splitting off every article would leave the event empty; rename it instead.")
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "The new event needs a name."})
    if Event.objects.filter(name=name).exists():
        raise ValidationError({"name": f"Another event is already called {name!r}."})
    new = Event.objects.create(name=name, status=Event.Status.CONFIRMED, keywords_auto=True)
    ArticleEvent.objects.filter(event=event, article_id__in=article_ids).update(
        event=new, method=ArticleEvent.Method.EDITOR, linked_at=timezone.now()
    )
    Claim.objects.filter(article_id__in=article_ids).update(event=new)
    Event.objects.filter(pk=event.pk).update(status=Event.Status.CONFIRMED)
    event_rebuild(event)
    event_rebuild(new)
    _recheck_events([event.pk, new.pk])
    return new


def article_move(*, article: Article, event: Event) -> None:
    """An editor moves one article to another event (its claims are re-checked, and the
    claims of both events that share their measures; both profiles are recounted)."""
    from claims.services import article_link_event

    article_link_event(article=article, event=event, method=ArticleEvent.Method.EDITOR)
