"""Fuzz targets shared by the hypothesis tests (CI) and atheris (long runs).

Each target takes bytes from the fuzzer and feeds them to one parser; the only
exceptions allowed out are the documented one-line errors (`SourceError`,
`SignatureError`). Anything else is a bug: the fuzzer reports it and the input
becomes a regression test in `test_hostile.py`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from exfilwatch.decode import _codecs, _formats, decode_exchange
from exfilwatch.detect.signatures import SignatureError, load_file
from exfilwatch.limits import Limits
from exfilwatch.model import Exchange, Request
from exfilwatch.sources import SourceError, SourceOptions, read_exchanges

SMALL = Limits(max_body_bytes=1 << 20, max_steps=5000, max_seconds=2.0)
PCAP_HEADER = bytes.fromhex("d4c3b2a1020004000000000000000000ffff000001000000")
PCAPNG_HEADER = bytes.fromhex("0a0d0d0a1c0000004d3c2b1a01000000ffffffffffffffff1c000000")


def _with_file(data: bytes, suffix: str, fn: Callable[[Path], None]) -> None:
    fd, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        fn(Path(name))
    finally:
        os.unlink(name)


def _read_all(path: Path, keylog: str | None = None) -> None:
    try:
        for exchange in read_exchanges(path, SourceOptions(keylog=keylog)):
            decode_exchange(exchange, SMALL)
    except SourceError:
        pass


def har(data: bytes) -> None:
    _with_file(b'{"log": {"entries": ' + data, ".har", _read_all)


def flows(data: bytes) -> None:
    _with_file(b"10:" + data, ".flows", _read_all)


def pcap(data: bytes) -> None:
    _with_file(PCAP_HEADER + data, ".pcap", _read_all)


def pcapng(data: bytes) -> None:
    _with_file(PCAPNG_HEADER + data, ".pcapng", _read_all)


def keylog(data: bytes) -> None:
    """A well-formed (empty) capture with a hostile key log beside it."""

    def run(keys: Path) -> None:
        _with_file(PCAP_HEADER, ".pcap", lambda cap: _read_all(cap, str(keys)))

    _with_file(data, ".keylog", run)


def multipart(data: bytes) -> None:
    _formats.multipart_parts(data, "multipart/form-data; boundary=b")


def protobuf(data: bytes) -> None:
    _formats.protobuf_message(data)
    _formats.grpc_messages(data)


def msgpack(data: bytes) -> None:
    _formats.msgpack_document(data, 1 << 20)


def text_codecs(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    _codecs.from_base64(text)
    _codecs.from_hex(text)
    _codecs.jwt_parts(text)
    _formats.form_pairs(text)
    _formats.cookie_pairs(text)


def decompressors(data: bytes) -> None:
    for _name, fn in _codecs.CONTENT_ENCODINGS.items():
        with contextlib.suppress(_codecs.LimitExceeded):
            fn(data, 1 << 20)


def decoder(data: bytes) -> None:
    for ctype in (
        "application/json",
        "application/x-protobuf",
        "multipart/form-data; boundary=b",
        "",
    ):
        headers = [("content-type", ctype), ("cookie", data[:64].decode("latin-1"))]
        url = "https://fuzz.example/" + data[:32].hex() + "?q=" + data[:64].decode("latin-1")
        decode_exchange(Exchange("fuzz", "1", Request("POST", url, headers, data)), SMALL)


def rule(data: bytes) -> None:
    def run(path: Path) -> None:
        with contextlib.suppress(SignatureError):
            load_file(path)

    _with_file(data, ".yaml", run)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "har": har,
    "flows": flows,
    "pcap": pcap,
    "pcapng": pcapng,
    "keylog": keylog,
    "multipart": multipart,
    "protobuf": protobuf,
    "msgpack": msgpack,
    "text_codecs": text_codecs,
    "decompressors": decompressors,
    "decoder": decoder,
    "rule": rule,
}
