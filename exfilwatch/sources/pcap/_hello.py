"""ClientHello and ServerHello fields: what TLS (and QUIC) say in the clear.

Only the fields the source uses are read: randoms (to find the keys in the key
log), the cipher suite and version the server chose, ALPN (TLS 1.3: from the
decrypted EncryptedExtensions), encrypt-then-MAC,
the server name, and whether the hello carries Encrypted Client Hello (then the
visible name is the "outer SNI", the ECH provider's public name).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

EXT_SNI = 0
EXT_ALPN = 16
EXT_ETM = 22
EXT_SUPPORTED_VERSIONS = 43
EXT_ECH = 0xFE0D
HRR_RANDOM = bytes.fromhex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c")


@dataclass(slots=True)
class Hello:
    random: bytes
    version: int
    suite: int | None = None
    sni: str | None = None
    alpn: list[str] | None = None
    etm: bool = False
    ech: bool = False


def _extensions(data: bytes, pos: int) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    if pos + 2 > len(data):
        return out
    (total,) = struct.unpack_from("!H", data, pos)
    pos += 2
    end = min(len(data), pos + total)
    while pos + 4 <= end:
        kind, size = struct.unpack_from("!HH", data, pos)
        out.setdefault(kind, data[pos + 4 : pos + 4 + size])
        pos += 4 + size
    return out


def _sni(ext: bytes) -> str | None:
    pos = 2
    while pos + 3 <= len(ext):
        kind, size = ext[pos], struct.unpack_from("!H", ext, pos + 1)[0]
        if kind == 0:
            return ext[pos + 3 : pos + 3 + size].decode("ascii", "replace").lower()
        pos += 3 + size
    return None


def _alpn(ext: bytes) -> list[str]:
    out = []
    pos = 2
    while pos < len(ext):
        size = ext[pos]
        out.append(ext[pos + 1 : pos + 1 + size].decode("ascii", "replace"))
        pos += 1 + size
    return out


def parse_client_hello(body: bytes) -> Hello | None:
    """The body of a ClientHello handshake message (after its 4-byte header)."""
    try:
        version = struct.unpack_from("!H", body, 0)[0]
        random = body[2:34]
        pos = 34
        pos += 1 + body[pos]  # session id
        (suites_len,) = struct.unpack_from("!H", body, pos)
        pos += 2 + suites_len
        pos += 1 + body[pos]  # compression methods
    except (struct.error, IndexError):
        return None
    if len(random) != 32:
        return None
    ext = _extensions(body, pos)
    hello = Hello(random, version, ech=EXT_ECH in ext)
    if EXT_SNI in ext:
        hello.sni = _sni(ext[EXT_SNI])
    if EXT_ALPN in ext:
        hello.alpn = _alpn(ext[EXT_ALPN])
    return hello


def parse_server_hello(body: bytes) -> Hello | None:
    try:
        version = struct.unpack_from("!H", body, 0)[0]
        random = body[2:34]
        pos = 34
        pos += 1 + body[pos]
        (suite,) = struct.unpack_from("!H", body, pos)
        pos += 3  # suite, compression method
    except (struct.error, IndexError):
        return None
    if len(random) != 32:
        return None
    ext = _extensions(body, pos)
    selected = ext.get(EXT_SUPPORTED_VERSIONS)
    if selected and len(selected) == 2:
        version = struct.unpack("!H", selected)[0]
    hello = Hello(random, version, suite=suite, etm=EXT_ETM in ext)
    if EXT_ALPN in ext:
        hello.alpn = _alpn(ext[EXT_ALPN])
    return hello


def parse_encrypted_extensions(body: bytes) -> list[str] | None:
    """ALPN from a TLS 1.3 EncryptedExtensions body: there, not in the ServerHello,
    is where a TLS 1.3 server names the protocol it chose."""
    ext = _extensions(body, 0)
    return _alpn(ext[EXT_ALPN]) if EXT_ALPN in ext else None


def handshake_messages(data: bytes) -> tuple[list[tuple[int, bytes]], int]:
    """Complete (type, body) messages at the start of data, and bytes consumed."""
    out = []
    pos = 0
    while pos + 4 <= len(data):
        kind = data[pos]
        size = int.from_bytes(data[pos + 1 : pos + 4], "big")
        if pos + 4 + size > len(data):
            break
        out.append((kind, data[pos + 4 : pos + 4 + size]))
        pos += 4 + size
    return out, pos
