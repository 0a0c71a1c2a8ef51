"""Every answer under /api/ that is an error is JSON in the API's shape (docs/api.md, "Errors").

DRF answers its own errors in that shape (factcheck.api.common.exception_handler); this middleware
covers the rest: paths no view matches (Django's 404 page), uncaught exceptions (its 500
page, or the debug page with DEBUG on) and anything else Django itself answers in HTML.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from http import HTTPStatus

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse

logger = logging.getLogger("django.request")

API_PREFIX = "/api/"
CODES = {
    400: "invalid",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    429: "throttled",
    500: "server_error",
}

HANDLED_BY_DJANGO = (Http404, PermissionDenied, SuspiciousOperation, BadRequest)


def api_error(status: int, message: str | None = None, code: str | None = None) -> JsonResponse:
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return JsonResponse({"code": code or CODES.get(status, "error"), "message": message or f"{phrase}."}, status=status)


def _is_json(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").split(";")[0].strip() in ("application/json", "application/problem+json")


class ApiJsonErrorsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.status_code < 400 or _is_json(response):
            return response
        if getattr(response, "streaming", False):
            return response
        replaced = api_error(response.status_code)
        for header in ("Allow", "Retry-After", "WWW-Authenticate"):
            if header in response:
                replaced[header] = response[header]
        return replaced

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(API_PREFIX) or isinstance(exception, HANDLED_BY_DJANGO):
            return None  # Django answers these with their own status; __call__ makes it JSON
        logger.error(
            "Internal Server Error: %s",
            request.path,
            exc_info=exception,
            extra={"status_code": 500, "request": request},
        )
        response = api_error(500, "The server failed to answer this request; the error is logged.")
        response._has_been_logged = True  # type: ignore[attr-defined]  # logged above, with the traceback: not again by Django
        return response


def json_error_body(status: int, message: str) -> bytes:
    """The error body for answers made before Django runs (factcheck.wsgi)."""
    return json.dumps({"code": CODES.get(status, "error"), "message": message}).encode()
