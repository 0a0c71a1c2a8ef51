"""factory_boy factories for the domain model (shared by all test modules)."""

from __future__ import annotations

import datetime as dt
import importlib

import factory
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import ArticleEvent, Claim, Event, Evidence, Verdict
from sources.models import Article, Source


def role_group(name: str) -> Group:
    """The `Editor` or `Viewer` group with its permissions. A data migration creates them; a
    transactional test's flush empties every table, so a later test re-creates them the same way."""
    if not Group.objects.filter(name=name).exists():
        importlib.import_module("claims.migrations.0002_groups").create_groups(apps, None)
    return Group.objects.get(name=name)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True  # the group hooks below write through the m2m manager, no save needed

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct-horse-battery")


class EditorFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def editor_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(role_group("Editor"))


class ViewerFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def viewer_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(role_group("Viewer"))


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Source {n}")
    domain = factory.Sequence(lambda n: f"source{n}.example.org")
    kind = Source.Kind.OUTLET
    reliability = 0.8
    language = "en"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    source = factory.SubFactory(SourceFactory)
    url = factory.Sequence(lambda n: f"https://news.example.org/articles/{n}")
    title = factory.Sequence(lambda n: f"Article {n}")
    body = "At least 12 people were killed in the floods, officials said."
    language = "en"
    published_at = factory.LazyFunction(lambda: dt.datetime(2022, 1, 7, 12, 0, tzinfo=dt.UTC))
    published_date = dt.date(2022, 1, 7)
    extraction_status = Article.Status.DONE


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Event {n}")
    keywords = factory.LazyFunction(lambda: {"en": ["flood"], "id": ["banjir"]})
    country = "Testland"


class ArticleEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleEvent

    article = factory.SubFactory(ArticleFactory)
    event = factory.SubFactory(EventFactory)


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim whose span is "12" inside the default article body."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    event = factory.SubFactory(EventFactory)
    start = 9
    end = 11
    sentence = factory.LazyAttribute(lambda c: c.article.body)
    text = factory.LazyAttribute(lambda c: c.article.body[c.start : c.end])
    measure = "killed"
    subject = "people"
    value = 12
    low = 12
    high = 12
    qualifier = "exact"
    as_of = dt.date(2022, 1, 7)
    language = "en"


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict
        skip_postgeneration_save = True  # make_current writes the claim, not the verdict

    claim = factory.SubFactory(ClaimFactory)
    label = Verdict.Label.SUPPORTED
    confidence = 0.8
    method_version = "test"

    @factory.post_generation
    def make_current(self, create, extracted, **kwargs):
        if create and extracted is not False:
            Claim.objects.filter(pk=self.claim_id).update(current_verdict=self)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    verdict = factory.SubFactory(VerdictFactory)
    claim = factory.SubFactory(ClaimFactory)
    relation = Evidence.Relation.SUPPORTS
    explanation = "same subject, same day"
