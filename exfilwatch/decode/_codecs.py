"""Bounded decompression and the text encodings an app wraps values in.

Each codec is a few lines and returns `None` when its input is not what it claims
to be: the walker tries them in turn and keeps the first that fits. Nothing here
raises on bad input, and nothing produces more than `limit` bytes, whatever the
input claims: that is what makes a decompression bomb cost milliseconds.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import zlib
from collections.abc import Callable

import brotli
import zstandard

_CHUNK = 64 * 1024


class LimitExceeded(Exception):
    """The decoded output would pass the byte limit; carries what fit."""

    def __init__(self, partial: bytes) -> None:
        super().__init__("decoded size limit reached")
        self.partial = partial


def _zlib(data: bytes, limit: int, wbits: int) -> bytes | None:
    d = zlib.decompressobj(wbits)
    out = bytearray()
    buf = data
    try:
        while buf:
            out += d.decompress(buf, limit + 1 - len(out))
            if len(out) > limit:
                raise LimitExceeded(bytes(out[:limit]))
            buf = d.unconsumed_tail
            if d.eof:
                break
        if not d.eof:
            out += d.flush()
    except zlib.error:
        return bytes(out) if out else None
    return bytes(out)


def gunzip(data: bytes, limit: int) -> bytes | None:
    return _zlib(data, limit, 16 + zlib.MAX_WBITS)


def inflate(data: bytes, limit: int) -> bytes | None:
    """HTTP `deflate` is zlib-wrapped by the standard and raw by many servers."""
    if data[:1] == b"\x78":
        result = _zlib(data, limit, zlib.MAX_WBITS)
        if result is not None:
            return result
    return _zlib(data, limit, -zlib.MAX_WBITS)


def unbrotli(data: bytes, limit: int) -> bytes | None:
    # brotli 1.1 (pinned by mitmproxy 11) has no output limit, and one input byte
    # can expand to a whole 16 MiB meta-block: feed it a few bytes at a time and
    # stop as soon as the output passes the limit.
    d = brotli.Decompressor()
    out = bytearray()
    try:
        for i in range(0, len(data), 16):
            out += d.process(data[i : i + 16])
            if len(out) > limit:
                raise LimitExceeded(bytes(out[:limit]))
    except brotli.error:
        return bytes(out) if out else None
    return bytes(out)


def unzstd(data: bytes, limit: int) -> bytes | None:
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(limit + 1)
    except zstandard.ZstdError:
        return None
    if len(out) > limit:
        raise LimitExceeded(out[:limit])
    return out


CONTENT_ENCODINGS: dict[str, Callable[[bytes, int], bytes | None]] = {
    "gzip": gunzip,
    "x-gzip": gunzip,
    "deflate": inflate,
    "br": unbrotli,
    "zstd": unzstd,
}


def sniff_compression(data: bytes) -> str | None:
    """Compressed payloads are recognised by magic bytes, not by what a header says."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if data[:4] == b"\x28\xb5\x2f\xfd":
        return "zstd"
    if len(data) > 2 and data[0] == 0x78 and data[1] in (0x01, 0x5E, 0x9C, 0xDA):
        return "deflate"  # these four headers all pass zlib's FCHECK
    return None


_B64_RE = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_\-]+={0,2}")
_HEX_RE = re.compile(r"(?:[0-9a-fA-F]{2})+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_JWT_RE = re.compile(r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")


def from_base64(text: str) -> bytes | None:
    """Both alphabets, padded or not; `None` unless the whole text is base64."""
    if len(text) < 12 or not _B64_RE.fullmatch(text):
        return None
    stripped = text.rstrip("=")
    if len(stripped) % 4 == 1:
        return None
    padded = stripped + "=" * (-len(stripped) % 4)
    try:
        if "-" in padded or "_" in padded:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def from_hex(text: str) -> bytes | None:
    if len(text) < 16 or not _HEX_RE.fullmatch(text):
        return None
    return bytes.fromhex(text)


def jwt_parts(text: str) -> tuple[bytes, bytes] | None:
    """Header and payload of a JWT; the signature says nothing about the user."""
    if not _JWT_RE.fullmatch(text):
        return None
    header, payload = text.split(".")[:2]
    h, p = from_base64(header), from_base64(payload)
    if h is None or p is None:
        return None
    return h, p


def printable_text(data: bytes) -> str | None:
    """UTF-8 that reads as text (not binary that happens to decode)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    sample = text[:4096]
    if len(_CONTROL_RE.findall(sample)) * 20 > len(sample):
        return None
    return text
