"""Outbound safety for URL ingest: refuse hosts that resolve to loopback, private or metadata
addresses, so a crafted link or redirect cannot make factfinder read the machine's own network.

A report's URL comes from outside (a feed, a colleague, a scraped page). Without this check,
`ingest http://169.254.169.254/…` or a redirect to `http://localhost:5432/` would fetch and
preserve whatever answers there — cloud credentials, admin pages — into the evidence store.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from factfinder.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list[tuple[Any, ...]]]  # socket.getaddrinfo's shape

# Cloud instance-metadata endpoints outside the ranges below that already catch most of them
# (169.254.169.254 is link-local, fd00:ec2::254 is private).
METADATA_ADDRESSES = {
    ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
    ipaddress.ip_address("192.0.0.192"),  # Oracle Cloud (classic)
}
ALLOW_HINT = "use --allow-private-addresses to allow"


def address_kind(address: IPAddress) -> str | None:
    """Why an address is not a public internet host ("loopback", "private" …), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address in METADATA_ADDRESSES or str(address) == "169.254.169.254":
        return "cloud metadata"
    for kind, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    ):
        if flag:
            return kind
    if not address.is_global:  # shared address space (100.64/10), benchmarking, documentation
        return "non-public"
    return None


def resolved_addresses(host: str, port: int, resolve: Resolver) -> list[IPAddress]:
    """Every address `host` resolves to (an IP literal is its own address)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise InputError(f"host unreachable: {host} does not resolve") from None
    # Strip an IPv6 zone ("fe80::1%eth0") before parsing.
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def check_host(host: str, port: int, *, resolve: Resolver = socket.getaddrinfo) -> None:
    """Refuse `host` when any address it resolves to is not a public one.

    Any, not all: the HTTP client may connect to whichever address it likes, and a name with one
    public and one private address is exactly what an attacker would publish.
    """
    for address in resolved_addresses(host, port, resolve):
        kind = address_kind(address)
        if kind is not None:
            raise InputError(
                f"refused: {host} resolves to a private address ({address}, {kind}); {ALLOW_HINT}"
            )


def check_outbound_url(url: str, *, resolve: Resolver = socket.getaddrinfo) -> None:
    """Refuse a URL whose host is not on the public internet; call it again for every redirect."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InputError("malformed URL: its host cannot be read") from None
    if not parts.hostname:
        raise InputError("URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise InputError("URL has an invalid port") from None
    check_host(parts.hostname, port, resolve=resolve)
