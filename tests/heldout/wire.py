"""Wire encodings written by hand, so the bytes are exactly what an app would send.

Protobuf is encoded field by field (no schema, no library), multipart bodies are
assembled with their boundary, JWTs are signed with a throwaway HMAC key. All
output is deterministic for a given input (gzip with mtime 0).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
import struct
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

import msgpack


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def deflate(data: bytes) -> bytes:
    return zlib.compress(data, 6)


def js(obj: Any, compact: bool = True) -> str:
    """JSON as Android's org.json / Gson writes it: compact, non-ASCII kept."""
    if compact:
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False)


def jsb(obj: Any) -> bytes:
    return js(obj).encode()


def b64(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def b64url(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def floats_b64(values: Sequence[float]) -> str:
    """A float32 little-endian vector in base64, how face SDKs ship embeddings."""
    return b64(struct.pack(f"<{len(values)}f", *values))


def jwt(payload: dict[str, Any], key: bytes = b"k") -> str:
    header = b64url(jsb({"alg": "HS256", "typ": "JWT"}))
    body = b64url(jsb(payload))
    sig = hmac.new(key, f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{b64url(sig)}"


def mpack(obj: Any) -> bytes:
    return msgpack.packb(obj, use_bin_type=True)


# --- protobuf wire format -----------------------------------------------------


def _varint(n: int) -> bytes:
    if n < 0:
        n &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def pb_varint(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def pb_bytes(field: int, value: bytes | str) -> bytes:
    if isinstance(value, str):
        value = value.encode()
    return _varint(field << 3 | 2) + _varint(len(value)) + value


def pb_double(field: int, value: float) -> bytes:
    return _varint(field << 3 | 1) + struct.pack("<d", value)


def pb_fixed64(field: int, value: int) -> bytes:
    return _varint(field << 3 | 1) + struct.pack("<Q", value)


def pb_packed_floats(field: int, values: Sequence[float]) -> bytes:
    return pb_bytes(field, struct.pack(f"<{len(values)}f", *values))


def pb_msg(field: int, parts: Iterable[bytes]) -> bytes:
    return pb_bytes(field, b"".join(parts))


# --- multipart ----------------------------------------------------------------


def multipart(boundary: str, parts: Sequence[tuple[str, str | None, str | None, bytes]]) -> bytes:
    """parts: (name, filename, content_type, data), as OkHttp's MultipartBody writes."""
    out = bytearray()
    for name, filename, ctype, data in parts:
        out += f"--{boundary}\r\n".encode()
        disp = f'Content-Disposition: form-data; name="{name}"'
        if filename:
            disp += f'; filename="{filename}"'
        out += disp.encode() + b"\r\n"
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        out += f"Content-Length: {len(data)}\r\n\r\n".encode()
        out += data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out)


def fake_jpeg(seed: int, size: int = 900) -> bytes:
    """A JPEG-looking blob (SOI, JFIF APP0, noise, EOI): enough for sniffing."""
    noise = hashlib.shake_256(seed.to_bytes(8, "little")).digest(size)
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + noise
        + b"\xff\xd9"
    )


def fake_mp4(seed: int, size: int = 1500) -> bytes:
    noise = hashlib.shake_256(b"mp4" + seed.to_bytes(8, "little")).digest(size)
    return b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + noise


def fake_wav(seed: int, size: int = 1200) -> bytes:
    noise = hashlib.shake_256(b"wav" + seed.to_bytes(8, "little")).digest(size)
    header = (
        b"RIFF"
        + struct.pack("<I", 36 + size)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    )
    return header + b"data" + struct.pack("<I", size) + noise
