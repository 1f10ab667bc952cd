"""Outbound safety: URL ingest refuses loopback, private, link-local and metadata hosts."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import InputError
from factfinder.protect.netguard import address_kind, check_host, check_outbound_url
from factfinder.sources.capture import refuse_private_hosts
from factfinder.sources.web import fetch_url

PUBLIC = "93.184.215.14"
HOSTS = {
    "news.example.org": [PUBLIC],
    "intranet.example.org": ["10.20.30.40"],
    "mixed.example.org": [PUBLIC, "192.168.1.5"],
    "v6.example.org": ["2606:4700::1111"],
    "mapped.example.org": ["::ffff:127.0.0.1"],
}


def fake_resolve(host: str, port: int, **_kwargs: Any) -> list[tuple[Any, ...]]:
    if host not in HOSTS:
        raise socket.gaierror("no such host")
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (addr, port)) for addr in HOSTS[host]]


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.0.10", "private"),
        ("fd00:ec2::254", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("169.254.10.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),
        ("::ffff:10.0.0.1", "private"),
        ("8.8.8.8", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_kind(ipaddress.ip_address(address)) == kind


@given(st.ip_addresses())
def test_only_global_addresses_are_let_through(address: Any) -> None:
    """Never lets a non-global address through (it may refuse more, e.g. reserved ::2)."""
    mapped = getattr(address, "ipv4_mapped", None) or address
    if address_kind(address) is None:
        assert mapped.is_global
    if not mapped.is_global:
        assert address_kind(address) is not None


@pytest.mark.parametrize(
    "host", ["intranet.example.org", "mixed.example.org", "mapped.example.org", "127.0.0.1"]
)
def test_hosts_resolving_anywhere_private_are_refused(host: str) -> None:
    with pytest.raises(InputError, match=f"refused: {host} resolves to a private address"):
        check_host(host, 80, resolve=fake_resolve)


def test_public_hosts_pass() -> None:
    check_outbound_url("https://news.example.org/a", resolve=fake_resolve)
    check_outbound_url("http://v6.example.org:8080/a", resolve=fake_resolve)


def test_a_redirect_to_a_private_host_is_refused_at_that_hop() -> None:
    """The first hop is public; the redirect it answers with points into the private network."""
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.host == "news.example.org":
            return httpx.Response(302, headers={"location": "http://intranet.example.org/admin"})
        return httpx.Response(200, text="secret admin page")

    client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    with pytest.raises(InputError, match="refused: intranet.example.org resolves to a private"):
        fetch_url("http://news.example.org/story", client=client, resolve=fake_resolve)
    assert requested == ["http://news.example.org/story"]  # the private host was never asked
    page = fetch_url(
        "http://news.example.org/story", client=client, resolve=fake_resolve, allow_private=True
    )
    assert page.data == b"secret admin page"


def closed_local_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_ingest_refuses_loopback_unless_allowed(
    settings: Any, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{closed_local_port()}/report.html"
    refused = runner.invoke(app, ["ingest", "--no-capture", url])
    assert refused.exit_code == 1
    assert (
        "refused: 127.0.0.1 resolves to a private address (127.0.0.1, loopback); "
        "use --allow-private-addresses to allow" in " ".join(refused.output.split())
    )
    # Allowed, the request is really made (and here finds nothing listening).
    for args, env in ((["--allow-private-addresses"], None), ([], "1")):
        if env:
            monkeypatch.setenv("FACTFINDER_ALLOW_PRIVATE_ADDRESSES", env)
        allowed = runner.invoke(app, ["ingest", "--no-capture", *args, url])
        assert allowed.exit_code == 1 and "host unreachable" in allowed.output


class FakeRoute:
    """What Playwright hands the capture's request filter: the request and two verdicts."""

    def __init__(self, url: str) -> None:
        self.request = type("Request", (), {"url": url})()
        self.verdict = ""

    def abort(self, reason: str) -> None:
        self.verdict = f"abort:{reason}"

    def continue_(self) -> None:
        self.verdict = "continue"


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("http://169.254.169.254/latest/meta-data/", "abort:blockedbyclient"),
        ("http://127.0.0.1:5432/", "abort:blockedbyclient"),
        ("https://[::1]/frame", "abort:blockedbyclient"),
        ("https://93.184.215.14/style.css", "continue"),
        ("data:text/plain,hello", "continue"),
    ],
)
def test_captured_pages_cannot_make_the_browser_fetch_private_hosts(url: str, verdict: str) -> None:
    route = FakeRoute(url)
    refuse_private_hosts(route)
    assert route.verdict == verdict
