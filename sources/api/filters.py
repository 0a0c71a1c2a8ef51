from __future__ import annotations

import django_filters

from sources.models import Source


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)
    language = django_filters.CharFilter(max_length=8)
    domain = django_filters.CharFilter(max_length=253)

    class Meta:
        model = Source
        fields = ["kind", "language", "domain"]
