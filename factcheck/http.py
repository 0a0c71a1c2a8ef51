"""The server's one way out to the web: a guarded HTTP client (server-side request forgery).

The server makes requests to addresses its clients choose (articles submitted by URL, in
`sources.fetching`; webhook deliveries, in `partners`), so every request goes through one
guard: the host is resolved once, every address it resolves to must be public, and the
connection is made to that very address (a second DNS answer cannot swap in 127.0.0.1).
Loopback, private, link-local, reserved and multicast addresses are refused, and so is each
redirect target, checked again before it is followed. FACTCHECK_FETCH_ALLOW_LOOPBACK lets
tests serve pages from 127.0.0.1; nothing else opens.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings

logger = logging.getLogger(__name__)

REDIRECT_CODES = (301, 302, 303, 307, 308)
USER_AGENT = "FactcheckBot/1.0 (+https://factcheck.example.org/bot)"


class FetchError(Exception):
    """The page cannot be used, and asking again will not help (refused, not HTML, too big)."""


class FetchRefused(FetchError):
    """The URL or a redirect points somewhere the server must not go."""


class FetchTransientError(Exception):
    """A timeout, a dropped connection or a 5xx: worth trying again later."""


@dataclass(frozen=True)
class HttpResponse:
    url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes


# --- the guard --------------------------------------------------------------------------


def _address_allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if address.is_loopback:
        return bool(settings.FACTCHECK_FETCH_ALLOW_LOOPBACK)
    return address.is_global and not address.is_multicast


def url_check(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of an http(s) URL, or FetchRefused saying why not.

    Checks what can be checked without the network; `resolve_public` does the rest.

    >>> url_check("https://example.org/a")
    ('https', 'example.org', 443)
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise FetchRefused("only http and https URLs can be fetched")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchRefused("the URL has no host")
    if parts.username or parts.password:
        raise FetchRefused("URLs with credentials are refused")
    port = port or (443 if parts.scheme == "https" else 80)
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None and not _address_allowed(literal):
        raise FetchRefused(f"the address {literal} is private, loopback or reserved")
    if literal is None and (host == "localhost" or host.endswith(".localhost")) and not _loopback_allowed():
        raise FetchRefused("the address localhost is loopback")
    return parts.scheme, host, port


def _loopback_allowed() -> bool:
    return bool(settings.FACTCHECK_FETCH_ALLOW_LOOPBACK)


def resolve_public(host: str, port: int) -> str:
    """One address the host resolves to, provided every address it resolves to is allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchTransientError(f"cannot resolve {host}: {exc}") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses:
        raise FetchTransientError(f"{host} has no address")
    refused = [a for a in addresses if not _address_allowed(a)]
    if refused:
        # One bad answer is enough to refuse: picking the good one would let a rebinding
        # resolver choose which address the next lookup (by someone else) gets.
        raise FetchRefused(f"{host} resolves to {refused[0]}, a private, loopback or reserved address")
    return str(addresses[0])


# --- one guarded request ----------------------------------------------------------------


def _pool(scheme: str, host: str, address: str, port: int, timeout: float) -> urllib3.HTTPConnectionPool:
    """A connection pool to the checked address; TLS still verifies the certificate for `host`."""
    request_timeout = urllib3.Timeout(connect=min(timeout, 10.0), read=timeout)
    if scheme != "https":
        return urllib3.HTTPConnectionPool(address, port, timeout=request_timeout, retries=False)
    return urllib3.HTTPSConnectionPool(
        address,
        port,
        timeout=request_timeout,
        retries=False,
        server_hostname=host,
        assert_hostname=host,
        cert_reqs="CERT_REQUIRED",
        ca_certs=certifi.where(),
    )


def _host_header(scheme: str, host: str, port: int) -> str:
    host_header = f"[{host}]" if ":" in host else host
    return host_header if port == (443 if scheme == "https" else 80) else f"{host_header}:{port}"


def _media_type_and_charset(content_type: str) -> tuple[str, str | None]:
    """``text/html; charset="utf-8"`` -> (``text/html``, ``utf-8``).

    >>> _media_type_and_charset('Text/HTML; charset="utf-8"')
    ('text/html', 'utf-8')
    """
    media_type = content_type.split(";", 1)[0].strip().lower()
    charset = None
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return media_type, charset


def _read_body(
    response: urllib3.BaseHTTPResponse, *, host: str, max_bytes: int, timeout: float, deadline: float
) -> bytes:
    """The body, refused past `max_bytes` (declared or read) or past the request's deadline."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"the page is larger than the limit of {max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"the page is larger than the limit of {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchTransientError(f"{host} took longer than {timeout} seconds")
            chunks.append(chunk)
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchTransientError(f"reading from {host} failed: {type(exc).__name__}") from None
    return b"".join(chunks)


def _request_once(
    method: str,
    url: str,
    *,
    body: bytes | None,
    headers: dict[str, str],
    timeout: float,
    max_bytes: int,
    accept_types: tuple[str, ...] | None,
    deadline: float,
) -> HttpResponse | tuple[int, str]:
    """A response, or (status, location) for a redirect. The connection goes to the checked address."""
    scheme, host, port = url_check(url)
    address = resolve_public(host, port)
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    pool = _pool(scheme, host, address, port, timeout)
    try:
        response = pool.urlopen(
            method,
            path,
            body=body,
            headers={"Host": _host_header(scheme, host, port), "User-Agent": USER_AGENT, **headers},
            redirect=False,
            retries=False,
            preload_content=False,
            assert_same_host=False,
        )
    except urllib3.exceptions.SSLError as exc:
        raise FetchError(f"TLS error talking to {host}: {exc}") from None
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchTransientError(f"cannot reach {host}: {type(exc).__name__}") from None
    try:
        if response.status in REDIRECT_CODES:
            return response.status, response.headers.get("Location", "")
        media_type, charset = _media_type_and_charset(response.headers.get("Content-Type", ""))
        if accept_types is not None and 200 <= response.status < 300 and media_type not in accept_types:
            raise FetchError(f"the page is not HTML (Content-Type: {media_type or 'none'})")
        content = _read_body(response, host=host, max_bytes=max_bytes, timeout=timeout, deadline=deadline)
        return HttpResponse(url, response.status, media_type, charset, content)
    finally:
        response.release_conn()
        pool.close()


def http_request(
    method: str,
    url: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    follow_redirects: bool = True,
    accept_types: tuple[str, ...] | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> HttpResponse:
    """One guarded HTTP request; each redirect hop is checked like the first URL."""
    timeout = timeout if timeout is not None else settings.FACTCHECK_FETCH_TIMEOUT
    max_bytes = max_bytes if max_bytes is not None else settings.FACTCHECK_FETCH_MAX_BYTES
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(settings.FACTCHECK_FETCH_MAX_REDIRECTS + 1):
        result = _request_once(
            method,
            current,
            body=body,
            headers=headers or {},
            timeout=timeout,
            max_bytes=max_bytes,
            accept_types=accept_types,
            deadline=deadline,
        )
        if isinstance(result, HttpResponse):
            return result
        status, location = result
        if not follow_redirects:
            raise FetchError(f"redirects are not followed (got {status})")
        if not location:
            raise FetchError(f"a {status} redirect without a Location")
        current = urljoin(current, location)
        if status == 303:
            method, body = "GET", None
    raise FetchError(f"more than {settings.FACTCHECK_FETCH_MAX_REDIRECTS} redirects")
