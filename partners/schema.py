"""The partner token in OpenAPI (drf-spectacular registers the extension when this module is
imported: partners.apps does it at start-up)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class PartnerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "partners.authentication.PartnerTokenAuthentication"
    name = "partnerToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A partner API token, created and revoked by an admin: `Authorization: Bearer <token>`.",
        }
