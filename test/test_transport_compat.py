"""Transport features that urllib3 1.26 and 2.x provide differently, checked on whichever one is installed.

``.ci/run`` runs the suite on both. Everything here talks to servers on 127.0.0.1: TLS with a private CA, a
client certificate and a pinned host name; https through a proxy that wants credentials; a body cut short.
The certificates below were made once with openssl for these tests only (an EC P-256 CA and a leaf for
127.0.0.1 and localhost, valid from 2000 to 2100); their key protects nothing.
"""
from __future__ import annotations

import base64
import contextlib
import socket
import ssl
import threading
import warnings
from pathlib import Path
from typing import Any, Iterator, List, Tuple

import pytest
import urllib3

import onesignal
from onesignal.api.default_api import DefaultApi

from loopback import LoopbackServer

APP = "app-0001"
APP_KEY = "compat-app-key"
PLAYER = {"id": "p1", "device_type": 1}

CA_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBdDCCARqgAwIBAgICEAAwCgYIKoZIzj0EAwIwIDEeMBwGA1UEAwwVb25lc2ln
bmFsIFNESyB0ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAw
WjAgMR4wHAYDVQQDDBVvbmVzaWduYWwgU0RLIHRlc3QgQ0EwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAASsPKfAkvORR79Tuox5sbW/qYLrxpybDX4EzqLwEkYQHjAQ
XTxr6yuLOsRW3cLs68RQSF/uZ39Jp2LOJ2Qlf5Mio0IwQDAPBgNVHRMBAf8EBTAD
AQH/MA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUEtknfmISvS0aYhoRbZg1+KUj
sCYwCgYIKoZIzj0EAwIDSAAwRQIhAMlJXSX75X/Sk/U9X0TArW7HDXwdmybPHyMB
4DfaZY+NAiBOfVJxzq59MiCv19s4tKwWwQZDbOAtBor6E8bSmWc0Zw==
-----END CERTIFICATE-----
"""

LOCALHOST_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBwzCCAWmgAwIBAgICEAEwCgYIKoZIzj0EAwIwIDEeMBwGA1UEAwwVb25lc2ln
bmFsIFNESyB0ZXN0IENBMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAw
WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC
AATxZhhOglHHzMSXyben4CNb1ouZoqnzm/wu2YNfdwWfExxWk+19r5LXk82vziJN
gTQx0kE7MaZLuCE7Np0sSjtKo4GcMIGZMAwGA1UdEwEB/wQCMAAwDgYDVR0PAQH/
BAQDAgeAMB0GA1UdJQQWMBQGCCsGAQUFBwMBBggrBgEFBQcDAjAaBgNVHREEEzAR
hwR/AAABgglsb2NhbGhvc3QwHQYDVR0OBBYEFAA+6jVy1niOIBiNjVbNwFB8+1G9
MB8GA1UdIwQYMBaAFBLZJ35iEr0tGmIaEW2YNfilI7AmMAoGCCqGSM49BAMCA0gA
MEUCIEJoWqj6MyTVQJt8UNWPVxG8J73LGAtmjTaHTjP2Dq21AiEAlY3q8c5HyV9x
ZLDyV1hlG36JqKtSMMf6S8juX4Tk7O8=
-----END CERTIFICATE-----
"""

LOCALHOST_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg7pID9o9x9UqRzPmq
hyFrSY0Z2RdlngLZEs7gX1f8OgChRANCAATxZhhOglHHzMSXyben4CNb1ouZoqnz
m/wu2YNfdwWfExxWk+19r5LXk82vziJNgTQx0kE7MaZLuCE7Np0sSjtK
-----END PRIVATE KEY-----
"""


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tls")
    for name, text in (("ca.pem", CA_PEM), ("localhost.pem", LOCALHOST_PEM), ("localhost-key.pem", LOCALHOST_KEY_PEM)):
        (folder / name).write_text(text)
    return folder


class TlsServer(LoopbackServer):
    """A LoopbackServer speaking https with the test certificate; optionally it demands a client certificate."""

    def __init__(self, certs: Path, *, client_certificate: bool = False) -> None:
        super().__init__()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(certs / "localhost.pem"), str(certs / "localhost-key.pem"))
        if client_certificate:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(str(certs / "ca.pem"))
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.host = self.host.replace("http://", "https://")


@contextlib.contextmanager
def tls_server(certs: Path, **options: Any) -> Iterator[TlsServer]:
    with TlsServer(certs, **options) as server:
        server.default.body = PLAYER
        yield server


@contextlib.contextmanager
def make_api(host: str, **settings: Any) -> Iterator[DefaultApi]:
    config = onesignal.Configuration(host=host, app_key=APP_KEY, backoff_factor=0.01, timeout=(2, 5), **settings)
    with onesignal.ApiClient(config) as client:
        yield DefaultApi(client)


@contextlib.contextmanager
def listening() -> Iterator[socket.socket]:
    """A listening socket on 127.0.0.1, shut down on exit (which wakes an accept() that close() alone leaves)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield listener
    finally:
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()


def read_head(conn: socket.socket) -> bytes:
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = conn.recv(4096)
        if not chunk:
            break
        head += chunk
    return head


# --------------------------------------------------------------------------------------------------------------
# TLS settings


def test_https_is_verified_against_a_private_ca(certs: Path) -> None:
    with tls_server(certs) as server, make_api(server.host, ssl_ca_cert=str(certs / "ca.pem")) as api:
        assert api.get_player(APP, "p1").id == "p1"
    assert server.last.path == "/players/p1"


def test_https_with_an_unknown_ca_fails_as_tls_and_is_not_repeated(certs: Path) -> None:
    with tls_server(certs) as server, make_api(server.host, retries=2) as api:  # certifi's bundle
        with pytest.raises(onesignal.ApiConnectionError, match="TLS failed") as info:
            api.get_player(APP, "p1")
    assert not isinstance(info.value, urllib3.exceptions.HTTPError)
    assert server.requests == []


def test_https_without_verification_still_talks(certs: Path) -> None:
    with tls_server(certs) as server, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with make_api(server.host, verify_ssl=False) as api:
            assert api.get_player(APP, "p1").id == "p1"


def test_assert_hostname_checks_the_certificate_for_that_name(certs: Path) -> None:
    ca = str(certs / "ca.pem")
    with tls_server(certs) as server:
        with make_api(server.host, ssl_ca_cert=ca, assert_hostname="localhost") as api:
            assert api.get_player(APP, "p1").id == "p1"
        with make_api(server.host, ssl_ca_cert=ca, assert_hostname="api.onesignal.invalid") as api:
            with pytest.raises(onesignal.ApiConnectionError, match="TLS failed"):
                api.get_player(APP, "p1")
    assert len(server.requests) == 1


def test_a_client_certificate_is_presented(certs: Path) -> None:
    with tls_server(certs, client_certificate=True) as server:
        with make_api(server.host, ssl_ca_cert=str(certs / "ca.pem"), cert_file=str(certs / "localhost.pem"),
                      key_file=str(certs / "localhost-key.pem")) as api:
            assert api.get_player(APP, "p1").id == "p1"
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------------------------------
# https through a proxy that wants credentials


class TunnelProxy:
    """An HTTP proxy on 127.0.0.1 that only opens tunnels (CONNECT) to 127.0.0.1 and notes each request head."""

    def __init__(self, listener: socket.socket) -> None:
        self.listener = listener
        self.heads: List[str] = []
        self.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = self.listener.accept()
                threading.Thread(target=self._tunnel, args=(conn,), daemon=True).start()

    def _tunnel(self, conn: socket.socket) -> None:
        with conn:
            head = read_head(conn).decode("latin-1")
            self.heads.append(head)
            method, target = (head.split(" ") + ["", ""])[:2]
            host, _, port = target.rpartition(":")
            if method != "CONNECT" or host != "127.0.0.1":
                conn.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            with socket.create_connection((host, int(port)), timeout=5) as upstream:
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                back = threading.Thread(target=_pump, args=(upstream, conn), daemon=True)
                back.start()
                _pump(conn, upstream)
                back.join(5)


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while True:
            data = source.recv(65536)
            if not data:
                break
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def test_https_through_a_proxy_sends_the_credentials_on_connect_only(certs: Path) -> None:
    with listening() as listener, tls_server(certs) as server:
        proxy = TunnelProxy(listener)
        with make_api(server.host, ssl_ca_cert=str(certs / "ca.pem"),
                      proxy=proxy.url.replace("//", "//bob:s%40cret@")) as api:
            assert api.get_player(APP, "p1").id == "p1"
    connect, = proxy.heads
    lines = connect.split("\r\n")
    assert lines[0].startswith(f"CONNECT 127.0.0.1:{server.host.rsplit(':', 1)[1]} HTTP/")
    sent = dict(line.split(": ", 1) for line in lines[1:] if line)
    assert {name.lower(): value for name, value in sent.items()}["proxy-authorization"] == \
        f"Basic {base64.b64encode(b'bob:s@cret').decode()}"
    assert APP_KEY not in connect  # the API key travels inside the tunnel, not to the proxy
    headers = {name.lower(): value for name, value in server.last.headers.items()}
    assert headers["authorization"] == f"Key {APP_KEY}" and "proxy-authorization" not in headers


# --------------------------------------------------------------------------------------------------------------
# A body cut short (Content-Length promises more than arrives)

BODY = b'{"id": "p1", "device_type": 1}'
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
WHOLE = HEAD % len(BODY) + BODY
CUT_SHORT = HEAD % len(BODY) + BODY[:12]


@contextlib.contextmanager
def raw_server(answers: List[bytes]) -> Iterator[Tuple[str, List[bytes]]]:
    """Answers the n-th connection with ``answers[n]`` (the last one again after that), then closes it."""
    heads: List[bytes] = []
    with listening() as listener:
        def serve() -> None:
            with contextlib.suppress(OSError):
                while True:
                    conn, _ = listener.accept()
                    with conn:
                        heads.append(read_head(conn))
                        conn.sendall(answers[min(len(heads), len(answers)) - 1])
                        conn.shutdown(socket.SHUT_RDWR)

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", heads
    thread.join(5)


def test_a_body_cut_short_is_a_lost_connection() -> None:
    with raw_server([CUT_SHORT]) as (host, heads), make_api(host, retries=0) as api:
        with pytest.raises(onesignal.ApiConnectionError, match="connection was lost") as info:
            api.get_player(APP, "p1")
    assert not isinstance(info.value, (onesignal.ApiTimeoutError, urllib3.exceptions.HTTPError))
    assert len(heads) == 1


def test_a_body_cut_short_is_repeated_for_a_get() -> None:
    with raw_server([CUT_SHORT, WHOLE]) as (host, heads), make_api(host, retries=1) as api:
        assert api.get_player(APP, "p1").to_dict() == PLAYER
    assert len(heads) == 2


def test_a_raw_response_cut_short_raises_when_read_in_pieces() -> None:
    with raw_server([CUT_SHORT]) as (host, heads), make_api(host) as api:
        response = api.get_player(APP, "p1", _preload_content=False)
        with pytest.raises(urllib3.exceptions.ProtocolError):
            for _ in response.stream(8):
                pass


def test_requests_go_to_the_host_with_its_path_and_to_a_host_set_later_on_the_same_client() -> None:
    """The API host's connection pool is kept between calls: a base path on the host is still sent, and a host
    changed after the client was made is used from the next call on."""
    with LoopbackServer() as first, LoopbackServer() as second:
        config = onesignal.Configuration(host=first.host + "/api/v1", app_key=APP_KEY)
        with onesignal.ApiClient(config) as client:
            api = DefaultApi(client)
            first.answer(200, PLAYER, times=2)
            assert api.get_player(APP, "p1").id == "p1"
            assert api.get_player(APP, "p1", _request_timeout=(1, 5)).id == "p1"
            config.host = second.host
            second.answer(200, PLAYER)
            assert api.get_player(APP, "p1").id == "p1"
    assert [(r.method, r.path, r.query) for r in first.requests] == [("GET", "/api/v1/players/p1",
                                                                     [("app_id", APP)])] * 2
    assert [(r.method, r.path) for r in second.requests] == [("GET", "/players/p1")]
