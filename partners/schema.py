"""How the API describes itself in OpenAPI: the partner token scheme, anonymous access and
the error responses every operation can give (so the schema documents every response)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework import permissions

from partners.api import ErrorSerializer, ValidationErrorSerializer
from partners.authentication import ApiPermission

ERROR_DESCRIPTIONS = {
    "400": "Invalid input: the body or a query parameter is malformed, has the wrong type or unknown fields.",
    "401": "Missing, malformed, invalid or revoked credentials.",
    "403": "Authenticated, but not allowed: only partner tokens and editors may write.",
    "404": "No such object (or not published, for anonymous callers); or an invalid cursor.",
    "413": "The request body is larger than FACTCHECK_MAX_REQUEST_BYTES.",
    "415": "The body is not application/json.",
    "429": "Too many requests for this token, user or address; see the Retry-After header.",
}


class PartnerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "partners.authentication.PartnerTokenAuthentication"
    name = "partnerToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A partner API token, created and revoked by an admin: `Authorization: Bearer <token>`.",
        }


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

    def _error_codes(self) -> list[str]:
        codes = ["401", "429"]
        if self.method not in permissions.SAFE_METHODS:
            codes += ["400", "403", "413", "415"]
        elif self._is_list_view():
            codes += ["400", "404"]  # a bad filter value; an invalid cursor
        elif getattr(self.view, "filterset_class", None) is not None:
            codes.append("400")
        if "{" in self.path:
            codes.append("404")
        return sorted(set(codes))

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code in responses:
                continue
            serializer = ValidationErrorSerializer if code == "400" else ErrorSerializer
            response = self._get_response_for_code(serializer, code, direction=direction)
            response["description"] = ERROR_DESCRIPTIONS[code]
            responses[code] = response
        return responses
