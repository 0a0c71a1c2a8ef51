"""The API's shared parts: the error shape, request parsing, strict input serializers and
pagination. The base views that put them together are in `factcheck/api/views.py`.

They live outside the apps because `claims`, `sources` and `partners` all serve the API and
none of them may import another in a loop (tests/test_import_layers.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404
from rest_framework import exceptions, serializers, status
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import BaseParser
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.settings import api_settings

# Ids are 64-bit; a larger number in a path or filter would overflow the database driver.
MAX_ID = 2**63 - 1


def is_id(value: Any) -> bool:
    """ASCII digits only (``"³"`` and Arabic-Indic digits pass str.isdigit), 1 to MAX_ID."""
    text = str(value)
    return text.isascii() and text.isdigit() and len(text) <= 19 and 0 < int(text) <= MAX_ID


def id_or_404(value: Any) -> int:
    if not is_id(value):
        raise exceptions.NotFound()
    return int(value)


# --- errors -----------------------------------------------------------------------------


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "request_too_large"


class Unprocessable(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "The request was understood but could not be carried out."
    default_code = "unprocessable"


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """{"source": {"name": ["..."]}} -> {"source.name": ["..."]}; lists of strings stay lists."""
    if isinstance(detail, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            flat.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(detail, list) and all(not isinstance(item, (Mapping, list)) for item in detail):
        return {prefix or "non_field_errors": [str(item) for item in detail]}
    if isinstance(detail, list):
        flat = {}
        for index, item in enumerate(detail):
            flat.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "non_field_errors": [str(detail)]}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every error answers `{"code", "message"}`, validation errors add `"fields"`.

    A Django ValidationError raised by a service becomes a 400 like a serializer's own.
    """
    # Imported here: this module is named in REST_FRAMEWORK settings, which rest_framework.views reads.
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(detail=as_serializer_error(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()  # Django's message names the model; say only "Not found."
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail)
        message = "; ".join(
            messages[0] if name == "non_field_errors" else f"{name}: {messages[0]}" for name, messages in fields.items()
        )
        response.data = {"code": "invalid", "message": message or "Invalid input.", "fields": fields}
    else:
        detail = getattr(exc, "detail", str(exc))
        code = getattr(exc, "default_code", "error")
        if isinstance(detail, exceptions.ErrorDetail):
            code = detail.code or code
        response.data = {"code": str(code), "message": str(detail)}
    return response


# --- parsing ----------------------------------------------------------------------------


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


class LimitedJSONParser(BaseParser):
    """JSON, refused with 413 past FACTCHECK_MAX_REQUEST_BYTES before it is parsed.

    DRF streams the body past Django's DATA_UPLOAD_MAX_MEMORY_SIZE check, so the limit is
    applied here, on the declared length and on the bytes actually read.
    """

    media_type = "application/json"

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Mapping[str, Any] | None = None) -> Any:
        limit = settings.FACTCHECK_MAX_REQUEST_BYTES
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and str(declared).isdigit() and int(declared) > limit:
            raise RequestTooLarge(f"The request body has {declared} bytes; the limit is {limit}.")
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise RequestTooLarge(f"The request body is larger than the limit of {limit} bytes.")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise exceptions.ParseError(f"JSON parse error - the body is not UTF-8 (byte {exc.start}).") from None
        try:
            return json.loads(text, parse_constant=_refuse_constant)
        except ValueError as exc:
            raise exceptions.ParseError(f"JSON parse error - {exc}") from None
        except RecursionError:
            raise exceptions.ParseError("JSON parse error - the body is nested too deeply.") from None


# --- serializers ------------------------------------------------------------------------


# What the schema says a request string may hold: no NUL (DRF refuses it, PostgreSQL cannot store it).
NO_NUL_PATTERN = "^[^\\x00]*$"
# A text to read: not blank, and without the characters the extractor takes for binary data.
_BINARY_CHARS = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ue000-\\uf8ff\\ufffd"
# A character of a URI's path, query or fragment (RFC 3986): what the answers' `format: uri` holds to.
_PCHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})"
# What an article URL may be, for the schema and the API alike: http(s), a host name with a
# top-level domain (or localhost, or an IPv4 address: the fetcher refuses private ones), an
# optional port, and an RFC 3986 path, query and fragment.
URL_PATTERN = (
    "^[Hh][Tt][Tt][Pp][Ss]?://(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|localhost"
    "|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})"
    "(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?"
    f"(?:/(?:{_PCHAR}|/)*)?(?:\\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?$"
)
TEXT_PATTERN = f"^[^{_BINARY_CHARS}]*[^\\s{_BINARY_CHARS}][^{_BINARY_CHARS}]*$"

_URL = re.compile(URL_PATTERN)
_BINARY = re.compile(f"[{_BINARY_CHARS}]")


class StrictCharField(serializers.CharField):
    """A string and only a string: DRF's CharField would quietly turn 12 into "12".

    ``schema_pattern`` is the pattern the OpenAPI schema gives it (factcheck.api.schema)."""

    default_error_messages = {
        "not_a_string": "Not a valid string.",
        "binary": "The text holds control characters (U+{code:04X} at {at}): binary data is refused.",
    }

    def __init__(self, *args: Any, schema_pattern: str = NO_NUL_PATTERN, **kwargs: Any) -> None:
        self.schema_pattern = schema_pattern
        super().__init__(*args, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("not_a_string")
        value = super().to_internal_value(data)
        if self.schema_pattern == TEXT_PATTERN:
            found = _BINARY.search(value)
            if found is not None:
                self.fail("binary", code=ord(found.group()), at=found.start())
        return value


class StrictURLField(StrictCharField):
    """An http(s) URL matching URL_PATTERN, which the schema gives as its pattern."""

    default_error_messages = {
        "invalid_url": "Enter a valid URL.",
        "not_http": "Only http and https URLs are accepted.",
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("schema_pattern", URL_PATTERN)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if ":" in value.split("/", 1)[0] and not value.lower().startswith(("http://", "https://")):
            self.fail("not_http")  # another scheme (ftp:, mailto:, javascript:)
        if not _URL.fullmatch(value):
            self.fail("invalid_url")
        return value


class StrictIdField(serializers.IntegerField):
    """An object's id as a JSON integer from 1 to MAX_ID: `"1"`, `1.5` and `true` are refused,
    not coerced. Whether the object exists is the view's question."""

    default_error_messages = {"incorrect_type": "Incorrect type. Expected an integer id, received {data_type}."}

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class StrictSerializer(serializers.Serializer):
    """Input serializer that refuses fields it does not know instead of ignoring them."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = sorted(set(data) - {name for name, field in self.fields.items() if not field.read_only})
            if unknown:
                raise exceptions.ValidationError({name: ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


class ErrorSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable machine-readable code, e.g. `not_found`, `throttled`.")
    message = serializers.CharField(help_text="A human-readable explanation.")


class ValidationErrorSerializer(ErrorSerializer):
    fields = serializers.DictField(  # type: ignore[assignment]  # the error body's `fields` key, not Serializer.fields
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text='Messages per input field (nested fields as "a.b"); `non_field_errors` for the body as a whole. '
        "Present when `code` is `invalid`; a body that is not JSON (`parse_error`) has none.",
    )


# --- pagination -------------------------------------------------------------------------


class ApiCursorPagination(CursorPagination):
    """Cursor pagination: stable under inserts, and constant cost however deep the page."""

    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = ("-id",)

    def get_ordering(self, request: Any, queryset: Any, view: Any) -> tuple[str, ...]:
        # The view's own `ordering` unless it offers an ordering filter (which reads it too).
        if not any(issubclass(backend, OrderingFilter) for backend in getattr(view, "filter_backends", [])):
            ordering = getattr(view, "ordering", None) or self.ordering
        else:
            ordering = super().get_ordering(request, queryset, view)
        return tuple(ordering) if isinstance(ordering, (list, tuple)) else (ordering,)

    def get_page_size(self, request: Any) -> int:
        """`page_size` is a whole number from 1 to max_page_size; anything else answers 400
        rather than being quietly replaced by the default."""
        values = request.query_params.getlist(self.page_size_query_param)
        if not values:
            return int(self.page_size or api_settings.PAGE_SIZE or 0)
        value = values[-1]
        if len(values) > 1 or not is_id(value) or int(value) > self.max_page_size:
            raise exceptions.ValidationError(
                {self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}."]}
            )
        return int(value)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
            elif parameter["name"] == self.cursor_query_param:
                parameter["schema"] = {"type": "string", "minLength": 1, "pattern": NO_NUL_PATTERN}
        return parameters

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, ValueError, OverflowError, DataError):
            # A hand-made cursor whose position is not a value of the ordering field.
            raise exceptions.NotFound(self.invalid_cursor_message) from None
