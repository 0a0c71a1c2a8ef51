from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view

from factcheck.api.views import ApiReadOnlyViewSet
from sources.api.filters import SourceFilter
from sources.api.serializers import SourceSerializer
from sources.models import Source


@extend_schema_view(
    list=extend_schema(summary="List sources", description="Publishers and authorities; readable by everyone."),
    retrieve=extend_schema(summary="One source"),
)
class SourceViewSet(ApiReadOnlyViewSet):
    """Sources are reference data (names, kinds, editor-set reliability): anonymous callers see them all."""

    serializer_class = SourceSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = SourceFilter
    ordering = ("name", "id")

    def get_queryset(self):
        return Source.objects.order_by("name", "id")
