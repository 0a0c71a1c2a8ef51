"""Events: find or create one, put an article in one, an editor's change to one.

Discovery's own database side (profiles, the index) stays in claims/event_discovery.py."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from claims import event_discovery
from claims.models import ArticleEvent, Claim, Event
from claims.services.enqueue import enqueue_verification
from sources.models import Article


def event_get_or_create(*, name: str) -> Event:
    event, _ = Event.objects.get_or_create(name=name.strip())
    return event


def event_match(article: Article) -> Event | None:
    """The existing event an article belongs to, or None (event discovery; nothing written)."""
    return event_discovery.event_match(article)


@transaction.atomic
def article_link_event(*, article: Article, event: Event | None, method: str = ArticleEvent.Method.AUTO) -> None:
    """Put an article (and its claims) in an event, or take it out; re-verify what moved.

    Claims are cross-referenced only within an event, so both the claims that moved and the
    claims of the events they left or joined are checked again.
    """
    link = ArticleEvent.objects.filter(article=article).first()
    old_event_id = link.event_id if link else None
    if event is None:
        if link:
            link.delete()
    elif link is None:
        ArticleEvent.objects.create(article=article, event=event, method=method)
    else:
        link.event = event
        link.method = method
        link.linked_at = timezone.now()
        link.save()
    new_event_id = event.pk if event else None
    if old_event_id == new_event_id:
        return
    # Both events' profiles (names, dates, keywords) follow the article.
    event_discovery.events_rebuild([old_event_id, new_event_id])
    # Locked in id order before the update, as every writer of several claims locks them.
    moved = list(
        Claim.objects.select_for_update(no_key=True).filter(article=article).order_by("pk").values_list("pk", "measure")
    )
    Claim.objects.filter(article=article).update(event_id=new_event_id)
    measures = {measure for _, measure in moved}
    affected = set(pk for pk, _ in moved)
    for event_id in {pk for pk in (old_event_id, new_event_id) if pk is not None}:
        affected.update(Claim.objects.filter(event_id=event_id, measure__in=measures).values_list("pk", flat=True))
    enqueue_verification(sorted(affected))


def event_save(*, event: Event) -> Event:
    """Create or change an event (name, keywords, country, dates), validated first.

    Existing article links are left as they are: keywords only decide the event of
    articles ingested from now on; editors move older articles through their links.
    Keywords an editor writes are kept as written (no longer filled from titles).
    """
    event.full_clean()
    if event.pk is None:
        event.keywords_auto = not event.keywords
    else:
        stored = Event.objects.filter(pk=event.pk).values_list("keywords", flat=True).first()
        if stored is not None and stored != event.keywords:
            event.keywords_auto = False
    event.save()
    return event
