"""Filters of the claim list (shared by the JSON list, the CSV export and the ClaimReview feed)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import django_filters
from django import forms
from django.db.models import FloatField, QuerySet, Value
from django.db.models.functions import Coalesce
from rest_framework import exceptions
from rest_framework.filters import OrderingFilter, SearchFilter

from claims.models import Claim, Measure, Verdict
from factcheck.api.common import MAX_ID, NO_NUL_PATTERN


class IdFilter(django_filters.NumberFilter):
    """An id: a whole number the database can hold (a bigger one would overflow the driver)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class IsoDateFilter(django_filters.DateFilter):
    """A date as the schema says (`format: date`, YYYY-MM-DD) and nothing else: Django's date
    field would also read 10/25/2006."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.extra["input_formats"] = ["%Y-%m-%d"]


class ClaimFilter(django_filters.FilterSet):
    event = IdFilter(field_name="event_id", help_text="Event id.")
    article = IdFilter(field_name="article_id", help_text="Article id.")
    source = IdFilter(field_name="article__source_id", help_text="Source id (of the claim's article).")
    measure = django_filters.ChoiceFilter(choices=Measure.choices)
    subject = django_filters.CharFilter(max_length=64)
    verdict = django_filters.ChoiceFilter(
        field_name="current_verdict__label", choices=Verdict.Label.choices, help_text="The current verdict's label."
    )
    review_state = django_filters.ChoiceFilter(
        choices=Claim.ReviewState.choices, help_text="Whether the claim waits for an editor."
    )
    verdict_review_state = django_filters.ChoiceFilter(
        field_name="current_verdict__review_state",
        choices=Verdict.ReviewState.choices,
        help_text="auto, or confirmed/overridden by an editor.",
    )
    language = django_filters.CharFilter(max_length=8)
    as_of_after = IsoDateFilter(field_name="as_of", lookup_expr="gte", help_text="as_of on or after.")
    as_of_before = IsoDateFilter(field_name="as_of", lookup_expr="lte", help_text="as_of on or before.")

    class Meta:
        model = Claim
        fields: list[str] = []

    # Each request builds a FilterSet; django-filter then builds a form class anew from fresh
    # deep copies of the filters, and Django's form deep-copies its fields: ~0.6 ms of every
    # claim list (docs/performance.md). The form class depends only on the filters'
    # definitions (the model is always Claim), so it is built once per process, and the
    # per-request copies of filters and fields are shallow (_ShallowCopies).
    _form_class: type[forms.Form] | None = None

    def get_form_class(self) -> type[forms.Form]:
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            form_class.base_fields = _ShallowCopies(form_class.base_fields)
            type(self)._form_class = form_class
        return form_class


class _ShallowCopies(dict[str, Any]):
    """Filters or form fields by name, whose deep copy (django-filter copies a FilterSet's
    filters to set their `model` and `parent`, a form copies its fields) is a shallow copy of
    each: neither a filter nor a field changes after its definition except those attributes,
    so their choice lists, labels, widgets and validators need no copy of their own (ClaimFilter
    has no model-choice filter, whose queryset a copy would have to clone)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {name: copy.copy(item) for name, item in self.items()}


ClaimFilter.base_filters = _ShallowCopies(ClaimFilter.base_filters)


class ClaimSearchFilter(SearchFilter):
    """`search=` over the claim's text, sentence, attribution and article title."""

    def get_search_terms(self, request: Any) -> list[str]:
        # DRF validates the terms (no NUL characters: PostgreSQL refuses them) without
        # naming the parameter; name it, like every other 400.
        try:
            return super().get_search_terms(request)
        except exceptions.ValidationError as exc:
            raise exceptions.ValidationError({self.search_param: exc.detail}) from None

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"] = {"type": "string", "minLength": 1, "pattern": NO_NUL_PATTERN}
        return parameters


class ClaimOrderingFilter(OrderingFilter):
    """`ordering=` with public names mapped onto non-null sort keys (cursor pagination needs
    a value in every row): as_of falls back to the article's date, confidence to -1."""

    aliases = {
        "id": "id",
        "created_at": "created_at",
        "as_of": "sort_as_of",
        "confidence": "sort_confidence",
    }

    # The sort keys an alias maps to that are not fields: annotated when a request sorts by them.
    sort_keys = {
        "sort_as_of": Coalesce("as_of", "article__published_date", Value(dt.date(1, 1, 1))),
        "sort_confidence": Coalesce("current_verdict__confidence", Value(-1.0), output_field=FloatField()),
    }

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        ordering = self.get_ordering(request, queryset, view)
        keys = {name.lstrip("-") for name in ordering} & self.sort_keys.keys()
        if keys:
            queryset = queryset.annotate(**{name: self.sort_keys[name] for name in sorted(keys)})
        return queryset.order_by(*ordering)

    def get_ordering(self, request: Any, queryset: QuerySet, view: Any) -> list[str]:
        params = request.query_params.get(self.ordering_param)
        if params:
            ordering = []
            for term in params.split(","):
                term = term.strip()
                descending = term.startswith("-")
                name = self.aliases.get(term.lstrip("-"))
                if name is None:
                    choices = ", ".join(self.choices())
                    raise exceptions.ValidationError({self.ordering_param: [f"Sort by one of: {choices}."]})
                ordering.append(f"-{name}" if descending else name)
            if ordering:
                # Ties (same date, same confidence) keep a stable order: the id breaks them.
                tiebreak = "-id" if ordering[0].startswith("-") else "id"
                return ordering if ordering[0].lstrip("-") == "id" else [*ordering, tiebreak]
        return list(view.ordering)

    def choices(self) -> list[str]:
        return [name for alias in self.aliases for name in (alias, f"-{alias}")]

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        names = self.choices()
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"Sort by one of: {', '.join(names)}. Default: id.",
                "schema": {"type": "string", "enum": names},
            }
        ]
