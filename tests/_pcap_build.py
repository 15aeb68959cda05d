"""Synthetic captures for the pcap tests: packets built byte by byte.

Real captures cannot show every edge case on demand (a lost segment, a reused
port, each link type), so the tests build them: IPv4/IPv6 + TCP/UDP, wrapped in
any supported link layer, written as pcap or pcapng (optionally with a TLS key
log in a Decryption Secrets Block).
"""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterable
from pathlib import Path

SYN, FIN, RST, PSH, ACK = 0x02, 0x01, 0x04, 0x08, 0x10


def ipv4(src: str, dst: str, proto: int, payload: bytes) -> bytes:
    header = struct.pack(
        "!BBHHHBBH4s4s",
        0x45,
        0,
        20 + len(payload),
        1,
        0,
        64,
        proto,
        0,
        socket.inet_aton(src),
        socket.inet_aton(dst),
    )
    return header + payload


def ipv6(src: str, dst: str, proto: int, payload: bytes) -> bytes:
    return (
        struct.pack("!IHBB", 6 << 28, len(payload), proto, 64)
        + socket.inet_pton(socket.AF_INET6, src)
        + socket.inet_pton(socket.AF_INET6, dst)
        + payload
    )


def tcp(sport: int, dport: int, seq: int, ack: int, flags: int, payload: bytes = b"") -> bytes:
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + payload


def udp(sport: int, dport: int, payload: bytes) -> bytes:
    return struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload


def link(linktype: str, ip: bytes) -> tuple[int, bytes]:
    """(LINKTYPE value, frame) for an IP packet."""
    v6 = ip[0] >> 4 == 6
    ethertype = 0x86DD if v6 else 0x0800
    if linktype == "ethernet":
        return 1, b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb" + struct.pack(
            "!H", ethertype
        ) + ip
    if linktype == "vlan":
        mac = b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb"
        return 1, mac + struct.pack("!HHH", 0x8100, 42, ethertype) + ip
    if linktype == "sll":
        return 113, struct.pack("!HHH8sH", 0, 772, 6, b"\0" * 8, ethertype) + ip
    if linktype == "sll2":
        return 276, struct.pack("!HHIHBB8s", ethertype, 0, 1, 772, 0, 6, b"\0" * 8) + ip
    if linktype == "null":
        return 0, struct.pack("<I", 30 if v6 else 2) + ip
    if linktype == "loop":
        return 108, struct.pack("!I", 30 if v6 else 2) + ip
    if linktype == "raw":
        return 101, ip
    raise ValueError(linktype)


def write_pcap(path: Path, linktype: int, frames: Iterable[tuple[float, bytes]]) -> Path:
    with path.open("wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype))
        for ts, frame in frames:
            sec = int(ts)
            usec = round((ts - sec) * 1e6)
            f.write(struct.pack("<IIII", sec, usec, len(frame), len(frame)) + frame)
    return path


def _block(kind: int, body: bytes) -> bytes:
    body += b"\0" * (-len(body) % 4)
    size = 12 + len(body)
    return struct.pack("<II", kind, size) + body + struct.pack("<I", size)


def write_pcapng(
    path: Path, linktype: int, frames: Iterable[tuple[float, bytes]], keylog: bytes | None = None
) -> Path:
    with path.open("wb") as f:
        f.write(_block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)))
        f.write(_block(1, struct.pack("<HHI", linktype, 0, 262144)))
        if keylog is not None:
            f.write(_block(10, struct.pack("<II", 0x544C534B, len(keylog)) + keylog))
        for ts, frame in frames:
            stamp = int(ts * 1e6)
            head = struct.pack("<IIIII", 0, stamp >> 32, stamp & 0xFFFFFFFF, len(frame), len(frame))
            f.write(_block(6, head + frame + b"\0" * (-len(frame) % 4)))
    return path


class Conversation:
    """One TCP connection's packets, in order: handshake, data, teardown.

    `packets` holds (from_client, flags, seq, ack, payload); tests reorder,
    duplicate or drop them before `frames` turns them into link frames.
    """

    def __init__(
        self,
        client: tuple[str, int] = ("10.0.0.2", 40000),
        server: tuple[str, int] = ("93.184.216.34", 80),
        isn: tuple[int, int] = (1000, 5000),
    ) -> None:
        self.client, self.server = client, server
        self.seq = {True: isn[0], False: isn[1]}
        self.packets: list[tuple[bool, int, int, int, bytes]] = []

    def handshake(self) -> Conversation:
        self.packets.append((True, SYN, self.seq[True], 0, b""))
        self.seq[True] += 1
        self.packets.append((False, SYN | ACK, self.seq[False], self.seq[True], b""))
        self.seq[False] += 1
        self.packets.append((True, ACK, self.seq[True], self.seq[False], b""))
        return self

    def send(self, from_client: bool, data: bytes, mss: int = 1000) -> Conversation:
        for i in range(0, len(data), mss):
            part = data[i : i + mss]
            self.packets.append(
                (from_client, PSH | ACK, self.seq[from_client], self.seq[not from_client], part)
            )
            self.seq[from_client] = (self.seq[from_client] + len(part)) % (1 << 32)
        return self

    def close(self) -> Conversation:
        for side in (True, False):
            self.packets.append((side, FIN | ACK, self.seq[side], self.seq[not side], b""))
            self.seq[side] += 1
        return self

    def ip_packets(self, v6: bool = False) -> list[bytes]:
        out = []
        make = ipv6 if v6 else ipv4
        for from_client, flags, seq, ack, payload in self.packets:
            (sa, sp), (da, dp) = (
                (self.client, self.server) if from_client else (self.server, self.client)
            )
            out.append(make(sa, da, 6, tcp(sp, dp, seq, ack, flags, payload)))
        return out

    def frames(
        self, linktype: str = "ethernet", start: float = 1_700_000_000.0, v6: bool = False
    ) -> tuple[int, list[tuple[float, bytes]]]:
        kind = 1
        frames = []
        for i, ip in enumerate(self.ip_packets(v6)):
            kind, frame = link(linktype, ip)
            frames.append((start + i * 0.001, frame))
        return kind, frames


def http_request(
    path: str, host: str = "api.example.com", body: bytes = b"", extra: str = ""
) -> bytes:
    method = "POST" if body else "GET"
    length = f"Content-Length: {len(body)}\r\n" if body else ""
    return f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}{length}\r\n".encode() + body


def http_response(body: bytes = b"ok", status: int = 200, extra: str = "") -> bytes:
    return f"HTTP/1.1 {status} OK\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body
