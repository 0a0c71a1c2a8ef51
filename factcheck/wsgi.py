"""The WSGI application, with request bodies sent in chunks (`Transfer-Encoding: chunked`)
made readable: Django reads `CONTENT_LENGTH` bytes of a body, none when it is absent, so a
chunked body would arrive empty. Such a body is read here (gunicorn decodes the chunks) up
to FACTCHECK_MAX_REQUEST_BYTES; a longer one answers 413 before Django runs."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


class ChunkedBodies:
    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and not environ.get("CONTENT_LENGTH"):
            limit = settings.FACTCHECK_MAX_REQUEST_BYTES
            body = self._read(environ["wsgi.input"], limit + 1)
            if len(body) > limit:
                from factcheck.middleware import json_error_body

                payload = json_error_body(413, f"The request body is larger than the limit of {limit} bytes.")
                start_response(
                    "413 Request Entity Too Large",
                    [
                        ("Content-Type", "application/json"),
                        ("Content-Length", str(len(payload))),
                    ],
                )
                return [payload]
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    @staticmethod
    def _read(stream: Any, most: int) -> bytes:
        parts: list[bytes] = []
        left = most
        while left > 0:
            part = stream.read(min(left, 64 * 1024))
            if not part:
                break
            parts.append(part)
            left -= len(part)
        return b"".join(parts)


application = ChunkedBodies(get_wsgi_application())
