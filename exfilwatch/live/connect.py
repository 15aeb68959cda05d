"""How a phone reaches the proxy: the address to type in, or the WireGuard profile to scan.

The WireGuard keys are those mitmproxy itself uses (`<confdir>/wireguard.conf`,
JSON with `server_key` and `client_key`): we create the file first, owner-only,
in mitmproxy's own format, so that the profile printed here before mitmdump
starts is the one its WireGuard server accepts.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
from pathlib import Path

LOOPBACK = ("127.0.0.1", "::1", "localhost")
ANY = ("0.0.0.0", "::", "")


def lan_address() -> str | None:
    """The address other machines on the LAN reach this one at, if there is one.

    A UDP `connect` picks the outgoing interface from the routing table without
    sending a packet (the same trick mitmproxy's own `local_ip` uses).
    """
    for family, probe in ((socket.AF_INET, "10.255.255.255"), (socket.AF_INET6, "fd00::1")):
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                address = s.getsockname()[0]
        except (OSError, RuntimeError):  # no route; or sockets blocked (a test sandbox)
            continue
        if not ipaddress.ip_address(address).is_loopback:
            return address
    return None


def reachable_host(listen_host: str) -> str | None:
    """What to type on the phone; None when the proxy listens on loopback only."""
    if listen_host in LOOPBACK:
        return None
    if listen_host in ANY:
        return lan_address()
    return listen_host


def wireguard_keys(confdir: Path) -> tuple[str, str]:
    """(server private key, client private key), created on first use like mitmproxy does."""
    import mitmproxy_rs.wireguard as wg

    path = confdir.expanduser() / "wireguard.conf"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = {"server_key": wg.genkey(), "client_key": wg.genkey()}
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump(keys, out, indent=4)
    try:
        data = json.loads(path.read_text())
        server, client = data["server_key"], data["client_key"]
        wg.pubkey(server), wg.pubkey(client)  # reject a broken file now, not in mitmdump
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise ValueError(f"{path}: not a mitmproxy WireGuard key file ({exc})") from None
    return server, client


def wireguard_client_config(confdir: Path, endpoint_host: str, port: int) -> str:
    """The phone's WireGuard profile, as mitmproxy prints it at start-up."""
    import mitmproxy_rs.wireguard as wg

    server, client = wireguard_keys(confdir)
    host = f"[{endpoint_host}]" if ":" in endpoint_host else endpoint_host
    return "\n".join(
        [
            "[Interface]",
            f"PrivateKey = {client}",
            "Address = 10.0.0.1/32",
            "DNS = 10.0.0.53",
            "",
            "[Peer]",
            f"PublicKey = {wg.pubkey(server)}",
            "AllowedIPs = 0.0.0.0/0",
            f"Endpoint = {host}:{port}",
        ]
    )


def qr_text(data: str) -> str | None:
    """A QR code drawn with block characters for a terminal; None without `segno`."""
    try:
        import segno
    except ImportError:
        return None
    import io

    out = io.StringIO()
    segno.make(data, error="l").terminal(out=out, compact=True, border=2)
    return out.getvalue()


def regular_instructions(host: str | None, port: int, listen_host: str) -> list[str]:
    """The lines to print for a phone using the proxy as its Wi-Fi HTTP proxy."""
    if host is None:
        here = f"  On this machine: set the HTTP(S) proxy to {listen_host}:{port}."
        return [*_loopback_warning(listen_host, port), here]
    return [
        f"Point the phone at the proxy: Wi-Fi settings > this network > Proxy: Manual, "
        f"server {host}, port {port}.",
        "Then open http://mitm.it in the phone's browser and install and trust the mitmproxy "
        "CA (see the README, 'Testing a phone', for Android 7+ and iOS).",
    ]


def wireguard_instructions(host: str | None, port: int, listen_host: str) -> list[str]:
    if host is None:
        return _loopback_warning(listen_host, port)
    return [
        f"Install the WireGuard app on the phone and import this profile (endpoint "
        f"{host}:{port}/udp), by scanning the QR code below or typing it in:",
    ]


def _loopback_warning(listen_host: str, port: int) -> list[str]:
    lan = lan_address()
    hint = f"--listen-host {lan}" if lan else "--listen-host <this machine's LAN address>"
    return [
        f"The proxy listens on {listen_host} only: a phone cannot reach it.",
        f"  To let a phone on this network connect, run again with {hint} "
        "(or --listen-host lan), on a network you trust.",
    ]
