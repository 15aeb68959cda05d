"""pcap and pcapng captures: HTTP exchanges out of TCP streams, TLS decrypted
with a key log, and a destination inventory for what stays encrypted.

    read_pcap(path, keylog)       -> Exchange per HTTP request/response pair
    pcap_inventory(path, keylog)  -> list of plain dicts, one per destination

Packets are read raw (scapy's RawPcapReader / RawPcapNgReader) and dissected by
hand: full scapy dissection is 10-20x slower. The parts live in
`exfilwatch.sources.pcap` (links, TCP reassembly, TLS, HTTP/1, HTTP/2, DNS,
QUIC). Key logs come from `--keylog`, from a file beside the capture
(`<capture>.keylog`, `<capture>.keys`, `<capture minus suffix>.keylog` ...), and
from pcapng Decryption Secrets Blocks; all are merged.

Flow ids are "<connection index>:<request index>", stable between runs. A
truncated capture yields everything readable and then raises `SourceError`;
capture-wide warnings (connections evicted over the open-stream limit, TLS
connections without keys, malformed key-log lines) ride on the last exchange.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Exchange
from . import SourceError
from .pcap._keylog import KeyLog
from .pcap._reader import CaptureError, read_frames
from .pcap._session import DEFAULT_MAX_STREAMS, Session

MAX_STREAMS_ENV = "EXFILWATCH_PCAP_MAX_STREAMS"


def keylog_candidates(path: Path) -> list[Path]:
    """Key logs looked for beside a capture when `--keylog` is not given."""
    stem = path.with_suffix("")
    names = [
        Path(f"{path}.keylog"),
        Path(f"{path}.keys"),
        stem.with_name(stem.name + ".keylog"),
        stem.with_name(stem.name + ".keys"),
        stem.with_name(stem.name + ".nss.keylog"),
        stem.with_name(stem.name + ".sslkeylog"),
    ]
    seen: list[Path] = []
    for name in names:
        if name != path and name not in seen:
            seen.append(name)
    return seen


def load_keylog(path: Path, keylog: str | None) -> KeyLog:
    """The explicit key log (unreadable: SourceError), else one found beside the file."""
    log = KeyLog()
    if keylog:
        try:
            log.add_file(Path(keylog))
        except OSError as exc:
            raise SourceError(f"{keylog}: cannot read key log: {exc.strerror}") from None
        return log
    for candidate in keylog_candidates(path):
        if candidate.is_file():
            try:
                log.add_file(candidate)
            except OSError:
                continue
            break
    return log


def _max_streams() -> int:
    try:
        return int(os.environ.get(MAX_STREAMS_ENV, DEFAULT_MAX_STREAMS))
    except ValueError:
        return DEFAULT_MAX_STREAMS


def _run(
    path: Path, keylog: str | None, max_streams: int | None
) -> Iterator[tuple[Session, Exchange | None]]:
    """Drive a session over the file, yielding exchanges as they complete.

    Yields (session, exchange) pairs, and (session, None) once at the end, so
    callers can read the session's inventory and summary.
    """
    log = load_keylog(path, keylog)
    session = Session(str(path), log, max_streams or _max_streams())

    def on_secrets(data: bytes) -> None:
        log.add_text(data.decode("utf-8", "replace"), f"{path} (pcapng secrets block)")

    out = session.out
    error: str | None = None
    try:
        for ts, linktype, data, _snapped in read_frames(path, on_secrets):
            session.packet(ts, linktype, data)
            if out:
                batch = out[:]
                out.clear()
                for exchange in batch:
                    yield session, exchange
    except CaptureError as exc:
        error = str(exc)
    session.close()
    for exchange in out:
        yield session, exchange
    out.clear()
    if error is None and session.packets == 0:
        error = "capture holds no packets"
    elif error is None and session.ip_packets == 0 and session.linktypes_unsupported:
        kinds = ", ".join(str(k) for k in sorted(session.linktypes_unsupported))
        error = f"link type {kinds} is not supported"
    yield session, None
    if error is not None:
        raise SourceError(f"{path}: {error}")


def read_pcap(
    path: Path, keylog: str | None = None, max_streams: int | None = None
) -> Iterator[Exchange]:
    """Exchanges from a pcap/pcapng file; see the module docstring.

    One exchange is held back so that capture-wide warnings can be attached to
    the last one.
    """
    held: Exchange | None = None
    for session, exchange in _run(Path(path), keylog, max_streams):
        if exchange is None:  # the end: a truncation error, if any, follows this
            if held is not None:
                for warning in session.summary():
                    if warning not in held.warnings:
                        held.warnings.append(warning)
                yield held
                held = None
            continue
        if held is not None:
            yield held
        held = exchange


def pcap_inventory(
    path: str | Path, keylog: str | None = None, max_streams: int | None = None
) -> list[dict[str, Any]]:
    """Every destination in the capture, as plain dicts (JSON-ready).

    Keys of each row: host (best name: HTTP Host, SNI, outer SNI under ECH, DNS
    name, else the address), server_ip, server_port, transport ("tcp"/"udp"),
    protocol ("http", "tls", "quic", "dns", "tcp", "udp", or "dns-only" for a
    name resolved but never contacted), sni, outer_sni, tls_version, alpn,
    connections, decrypted (connections whose TLS was decrypted), requests
    (HTTP exchanges), bytes_sent / bytes_received (client to server and back,
    TCP payload after reassembly, UDP payload), first_seen / last_seen (epoch
    seconds) and dns_names (names DNS answers gave for server_ip).

    A capture that cannot be read (or is truncated) raises `SourceError`; use
    `pcap_inventory_partial` to keep the rows read before the error.
    """
    rows, error = pcap_inventory_partial(path, keylog, max_streams)
    if error:
        raise SourceError(error)
    return rows


def pcap_inventory_partial(
    path: str | Path, keylog: str | None = None, max_streams: int | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """(inventory rows, error message or None): never raises for bad input."""
    seen: list[Session] = []
    error: str | None = None
    try:
        for session, _exchange in _run(Path(path), keylog, max_streams):
            if not seen:
                seen.append(session)
    except SourceError as exc:
        error = str(exc)
    return (seen[0].inventory.result() if seen else []), error


def _host_key(name: str) -> str:
    """The host as `scan` keys destinations (urlsplit's hostname: lower case, no port)."""
    from urllib.parse import urlsplit

    return urlsplit(f"//{name}").hostname or name.lower()


def _note(row: dict[str, Any]) -> str:
    """What the capture says about a destination it could not read requests from."""
    protocol = row["protocol"] or "?"
    if protocol == "dns-only":
        return "DNS lookup only"
    if protocol in ("tls", "quic") and not row["decrypted"]:
        return f"{protocol.upper()}, not decrypted"
    return protocol.upper()


def inventory_by_host(
    path: str | Path, keylog: str | None = None
) -> tuple[dict[str, dict[str, Any]], str | None]:
    """(host -> summary, error or None): the inventory folded to one entry per host.

    For destination lists next to the HTTP flows of a capture: a summary holds
    server_ip (of the busiest row), connections, bytes_sent, bytes_received,
    decrypted, requests and a short `note` ("TLS, not decrypted", "QUIC, not
    decrypted", "DNS lookup only", ...). Never raises for bad input.
    """
    rows, error = pcap_inventory_partial(path, keylog)
    hosts: dict[str, dict[str, Any]] = {}
    for row in rows:  # busiest first: the first row names the server address
        host = _host_key(row["host"])
        entry = hosts.setdefault(
            host,
            {
                "server_ip": row["server_ip"],
                "connections": 0,
                "bytes_sent": 0,
                "bytes_received": 0,
                "decrypted": 0,
                "requests": 0,
                "notes": [],
            },
        )
        for key in ("connections", "bytes_sent", "bytes_received", "decrypted", "requests"):
            entry[key] += row[key]
        note = _note(row)
        if note not in entry["notes"]:
            entry["notes"].append(note)
    for entry in hosts.values():
        entry["note"] = "; ".join(entry.pop("notes"))
    return hosts, error
