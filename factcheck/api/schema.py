"""How the API describes itself in OpenAPI: anonymous access, bounded filters and
the error responses every operation can give (so the schema documents every response).

The partner token scheme is described next to the token check, in `partners/schema.py`."""

from __future__ import annotations

from typing import Any, Literal

from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework import permissions

from factcheck.api.access import ApiPermission
from factcheck.api.common import MAX_ID, NO_NUL_PATTERN, ErrorSerializer, StrictSerializer, ValidationErrorSerializer

ERROR_DESCRIPTIONS = {
    "400": "Invalid input: the body or a query parameter is malformed, has the wrong type or unknown fields.",
    "401": "Missing, malformed, invalid or revoked credentials.",
    "403": "Authenticated, but not allowed: only partner tokens and editors may write.",
    "404": "No such object (or not published, for anonymous callers); or an invalid cursor.",
    "413": "The request body is larger than FACTCHECK_MAX_REQUEST_BYTES.",
    "415": "The body is not application/json.",
    "414": "The URL is longer than the web server accepts (gunicorn: 4094 bytes for the request line); "
    "answered by the server itself, in plain text.",
    "429": "Too many requests for this token, user or address; see the Retry-After header.",
    "500": "The server failed (a bug, or a database outage); the error is logged.",
}
ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


class BoundedFilterExtension(DjangoFilterExtension):
    """Query filters as the API enforces them: ids from 1 to MAX_ID, texts up to their
    max_length (django-filter's own schema leaves the bounds out)."""

    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        extra = filter_field.extra
        for parameter in parameters:
            schema = parameter["schema"]
            if extra.get("min_value") is not None and extra.get("max_value") is not None:
                schema.clear()
                schema.update({"type": "integer", "minimum": extra["min_value"], "maximum": extra["max_value"]})
            if schema.get("type") == "string" and "enum" not in schema and "format" not in schema:
                schema.update({"minLength": 1, "pattern": NO_NUL_PATTERN})
                if extra.get("max_length") is not None:
                    schema["maxLength"] = extra["max_length"]
        return parameters


class FactcheckAutoSchema(AutoSchema):
    def get_auth(self) -> list[dict[str, Any]]:
        auths = super().get_auth()
        if self.method in permissions.SAFE_METHODS and any(
            isinstance(p, ApiPermission) for p in self.view.get_permissions()
        ):
            auths.append({})  # anonymous callers may read (published verdicts only)
        return auths

    def get_tags(self) -> list[str]:
        # The resource ("claims", "articles" ...) rather than the version prefix.
        parts = [part for part in self.path.split("/") if part and part not in ("api", "v1")]
        return parts[:1] or super().get_tags()

    def _resolve_path_parameters(self, variables: list[str]) -> list[dict[str, Any]]:
        # Every path variable of the API is an id: a whole number from 1 to MAX_ID.
        parameters = super()._resolve_path_parameters(variables)
        for parameter in parameters:
            parameter["schema"] = dict(ID_SCHEMA)
        return parameters

    def _map_serializer_field(self, field: Any, direction: str, bypass_extensions: bool = False) -> dict[str, Any]:
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        pattern = getattr(field, "schema_pattern", None)
        if pattern and direction == "request" and schema.get("type") == "string" and "format" not in schema:
            schema["pattern"] = pattern
        return schema

    def _map_serializer(self, serializer: Any, direction: str, bypass_extensions: bool = False) -> dict[str, Any]:
        schema = super()._map_serializer(serializer, direction, bypass_extensions)
        if isinstance(serializer, StrictSerializer) or (
            isinstance(serializer, type) and issubclass(serializer, StrictSerializer)
        ):
            schema["additionalProperties"] = False  # unknown fields are refused
        return schema

    def _error_codes(self) -> list[str]:
        codes = ["401", "414", "429", "500"]
        if self.method not in permissions.SAFE_METHODS:
            codes += ["400", "403", "413", "415"]
        elif self._is_list_view():
            codes += ["400", "404"]  # a bad filter value; an invalid cursor
        elif getattr(self.view, "filterset_class", None) is not None:
            codes.append("400")
        if "{" in self.path:
            codes.append("404")
        return sorted(set(codes))

    def _get_response_bodies(self, direction: Literal["request", "response"] = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code in responses:
                continue
            if code == "414":
                responses[code] = {
                    "description": ERROR_DESCRIPTIONS[code],
                    "content": {"text/html": {"schema": {"type": "string"}}},
                }
                continue
            serializer = ValidationErrorSerializer if code == "400" else ErrorSerializer
            response = self._get_response_for_code(serializer, code, direction=direction)
            response["description"] = ERROR_DESCRIPTIONS[code]
            responses[code] = response
        return responses
