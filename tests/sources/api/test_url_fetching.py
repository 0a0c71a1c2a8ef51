"""The guarded client (factcheck/http.py) and the article fetcher (sources/fetching.py), against
a web server on loopback."""

from __future__ import annotations

import pytest

from factcheck import http as http_client
from sources import fetching
from tests.claims.api.support import ARTICLE_HTML, Route


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url, settings):
    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = False

    with pytest.raises(fetching.FetchRefused):
        http_client.url_check(url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https URLs can be fetched"),
        ("gopher://example.org/", "only http and https URLs can be fetched"),
        ("http:///nohost", "the URL has no host"),
        ("http://user:pw@example.org/", "URLs with credentials are refused"),
        ("http://example.org:99999/", "not a valid URL: Port out of range 0-65535"),
    ],
)
def test_urls_that_are_not_plain_web_addresses_are_refused(url, message):
    with pytest.raises(fetching.FetchRefused) as refused:
        http_client.url_check(url)

    assert str(refused.value) == message


def test_a_public_address_passes_the_static_check():
    assert http_client.url_check("https://93.184.215.14/page") == ("https", "93.184.215.14", 443)


def test_a_host_resolving_to_a_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(http_client.socket, "getaddrinfo", lambda host, port, **kw: [(2, 1, 6, "", ("10.9.8.7", port))])

    with pytest.raises(fetching.FetchRefused) as refused:
        http_client.resolve_public("intranet.example.org", 80)

    assert str(refused.value) == "intranet.example.org resolves to 10.9.8.7, a private, loopback or reserved address"


def test_one_private_answer_among_public_ones_is_enough_to_refuse(monkeypatch):
    monkeypatch.setattr(
        http_client.socket,
        "getaddrinfo",
        lambda host, port, **kw: [(2, 1, 6, "", ("93.184.215.14", port)), (2, 1, 6, "", ("127.0.0.1", port))],
    )

    with pytest.raises(fetching.FetchRefused):
        http_client.resolve_public("rebinding.example.org", 80)


def test_loopback_is_allowed_only_by_the_setting(local_server, settings):
    local_server.routes["/a"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})

    page = fetching.fetch_article_page(local_server.url("/a"))
    assert page.title == "Floods: toll rises to 14"

    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = False
    with pytest.raises(fetching.FetchRefused):
        fetching.fetch_article_page(local_server.url("/a"))


def test_each_redirect_is_checked_again(local_server):
    local_server.routes["/a"] = Route(302, b"", {"Location": "/b"})
    local_server.routes["/b"] = Route(307, b"", {"Location": "http://192.168.0.10/admin"})

    with pytest.raises(fetching.FetchRefused) as refused:
        fetching.fetch_article_page(local_server.url("/a"))

    assert str(refused.value) == "the address 192.168.0.10 is private, loopback or reserved"
    assert [request["path"] for request in local_server.requests] == ["/a", "/b"]


def test_redirect_loops_stop(local_server, settings):
    settings.FACTCHECK_FETCH_MAX_REDIRECTS = 3
    local_server.routes["/loop"] = Route(302, b"", {"Location": "/loop"})

    with pytest.raises(fetching.FetchError) as failed:
        fetching.fetch_article_page(local_server.url("/loop"))

    assert str(failed.value) == "more than 3 redirects"
    assert len(local_server.requests) == 4


def test_non_html_is_refused_before_the_body_is_read(local_server):
    local_server.routes["/doc"] = Route(200, b"%PDF", {"Content-Type": "application/pdf"})

    with pytest.raises(fetching.FetchError) as failed:
        fetching.fetch_article_page(local_server.url("/doc"))

    assert str(failed.value) == "the page is not HTML (Content-Type: application/pdf)"


def test_a_page_over_the_limit_is_refused(local_server, settings):
    settings.FACTCHECK_FETCH_MAX_BYTES = 100
    local_server.routes["/big"] = Route(200, b"<p>" + b"x" * 500 + b"</p>", {"Content-Type": "text/html"})

    with pytest.raises(fetching.FetchError) as failed:
        fetching.fetch_article_page(local_server.url("/big"))

    assert str(failed.value) == "the page is larger than the limit of 100 bytes"


def test_server_errors_are_transient(local_server):
    local_server.routes["/down"] = Route(503, b"busy", {"Content-Type": "text/html"})

    with pytest.raises(fetching.FetchTransientError) as failed:
        fetching.fetch_article_page(local_server.url("/down"))

    assert str(failed.value) == "127.0.0.1 answered 503"


def test_a_closed_port_is_transient(settings):
    import socket

    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = True
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # the port is closed again now: nothing listens there

    with pytest.raises(fetching.FetchTransientError):
        fetching.fetch_article_page(f"http://127.0.0.1:{port}/")


def test_a_slow_server_times_out_as_transient(settings):
    import socket
    import threading

    settings.FACTCHECK_FETCH_ALLOW_LOOPBACK = True
    settings.FACTCHECK_FETCH_TIMEOUT = 0.5
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    try:
        with pytest.raises(fetching.FetchTransientError):
            fetching.fetch_article_page(f"http://127.0.0.1:{listener.getsockname()[1]}/")  # accepts, never answers
    finally:
        thread.join(timeout=5)
        for connection in accepted:
            connection.close()
        listener.close()


def test_the_connection_goes_to_the_checked_address_with_the_original_host(local_server, monkeypatch):
    local_server.routes["/a"] = Route(200, ARTICLE_HTML, {"Content-Type": "text/html"})
    port = local_server.httpd.server_address[1]
    real_getaddrinfo = http_client.socket.getaddrinfo
    looked_up: list[str] = []

    def fake_dns(host, p, *args, **kwargs):
        looked_up.append(host)
        return real_getaddrinfo("127.0.0.1", p, *args, **kwargs)

    monkeypatch.setattr(http_client.socket, "getaddrinfo", fake_dns)

    fetching.fetch_article_page(f"http://news.example.org:{port}/a")

    assert local_server.requests[0]["headers"]["Host"] == f"news.example.org:{port}"
    assert looked_up[0] == "news.example.org"
    assert set(looked_up[1:]) <= {"127.0.0.1"}  # the connection itself never asks DNS for the name again
