"""The base views of the API: every view in `claims/api` and `sources/api` subclasses one of
these, so authentication, permissions, throttling, parsing, rendering and pagination are set
in one place (as readthedocs' APIv3 does); and the API's index."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics, serializers, views, viewsets
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.pagination import BasePagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from factcheck.api.access import ApiPermission, ApiThrottle
from factcheck.api.common import ApiCursorPagination, LimitedJSONParser, id_or_404


class LenientContentNegotiation(DefaultContentNegotiation):
    """A client asking for a type we do not render gets JSON rather than a 406."""

    def select_renderer(self, request: Any, renderers: Any, format_suffix: str | None = None) -> Any:
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except exceptions.NotAcceptable:
            return renderers[0], renderers[0].media_type


class ApiMixin(views.APIView):
    # Authentication is settings' (REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"]: the
    # partner token, then the session), named there by path so this module never imports
    # `partners`, the app that owns the tokens.
    permission_classes = [ApiPermission]
    throttle_classes = [ApiThrottle]
    parser_classes = [LimitedJSONParser]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = LenientContentNegotiation
    pagination_class: type[BasePagination] | None = ApiCursorPagination

    def initial(self, request: Any, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        # A query parameter given empty (`?kind=`) is refused rather than read as absent, as
        # the schema says (minLength 1).
        empty = sorted(name for name, values in request.query_params.lists() if "" in values)
        if empty:
            raise exceptions.ValidationError({name: ["May not be empty."] for name in empty})


class ApiObjectLookup(generics.GenericAPIView):
    # Any path segment reaches the view, so a malformed id answers the API's JSON 404
    # rather than Django's HTML one.
    lookup_value_regex = "[^/]+"

    def get_object(self) -> Any:
        # A path id the database cannot hold answers 404, not an overflow error.
        id_or_404(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field))
        return super().get_object()


class ApiView(ApiMixin, views.APIView):
    pass


class ApiGenericView(ApiMixin, ApiObjectLookup):
    pass


class ApiReadOnlyViewSet(ApiMixin, ApiObjectLookup, viewsets.ReadOnlyModelViewSet):
    pass


RESOURCES = {
    "articles": "/api/v1/articles/",
    "claims": "/api/v1/claims/",
    "claims_export": "/api/v1/claims/export.csv",
    "claimreview": "/api/v1/claimreview/",
    "sources": "/api/v1/sources/",
    "events": "/api/v1/events/",
    "extract": "/api/v1/extract/",
    "schema": "/api/schema/",
    "docs": "/api/docs/",
}


class ApiIndexSerializer(serializers.Serializer):
    def get_fields(self) -> dict[str, serializers.Field]:
        return {name: serializers.URLField() for name in RESOURCES}


class ApiIndexView(ApiView):
    """`/api/v1/`: the resources, by name, as absolute URLs."""

    pagination_class = None

    @extend_schema(summary="The API's resources", responses={200: ApiIndexSerializer}, tags=["index"])
    def get(self, request: Any) -> Response:
        return Response({name: request.build_absolute_uri(path) for name, path in RESOURCES.items()})
