"""Raw records from pcap and pcapng files, with scapy's raw readers.

scapy's `RawPcapReader` / `RawPcapNgReader` give the frame bytes without
dissecting them (the cheap part of scapy). Two things they do not tell us are
added here: whether the file ended in the middle of a record (a truncated
capture, which must be reported, not silently ignored), and the TLS key log of a
pcapng Decryption Secrets Block (handed to a callback instead of scapy's own
TLS layer).
"""

from __future__ import annotations

import logging
import os
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

_MAX_FRAME = 1 << 20  # loopback and TSO frames exceed scapy's default 64 KiB cut
_DSB_TLS_KEYLOG = 0x544C534B  # "TLSK"
_BLOCK_DSB = 10


class CaptureError(Exception):
    """The capture cannot be read (further); the message is one line, no path."""


def _construct(cls: type, f: BinaryIO, magic: bytes):  # type: ignore[no-untyped-def]
    """Build a scapy reader on an open file, bypassing its metaclass, which would
    reopen the file and silently fall back from pcapng to pcap."""
    reader = object.__new__(cls)
    reader.__init__(getattr(f, "name", ""), f, magic)
    return reader


@contextmanager
def _quiet_scapy() -> Iterator[None]:
    """scapy logs a WARNING per odd record; we report truncation ourselves, once."""
    logger = logging.getLogger("scapy.runtime")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def _pcap_frames(f: BinaryIO, magic: bytes, size: int) -> Iterator[tuple]:
    from scapy.utils import RawPcapReader

    try:
        reader = _construct(RawPcapReader, f, magic)
    except Exception as exc:  # scapy raises Scapy_Exception for a bad header
        raise CaptureError(f"not a readable pcap file ({exc})") from None
    linktype = reader.linktype
    scale = 1e-9 if reader.nano else 1e-6
    good_end = f.tell()
    while True:
        try:
            data, meta = reader._read_packet(size=_MAX_FRAME)
        except EOFError:
            break
        if len(data) < min(meta.caplen, _MAX_FRAME):
            break
        good_end = f.tell()
        yield (meta.sec + meta.usec * scale, linktype, data, meta.caplen < meta.wirelen)
    if good_end < size:
        raise CaptureError(f"truncated capture: the last {size - good_end} byte(s) are cut short")


def _pcapng_frames(
    f: BinaryIO, magic: bytes, size: int, on_secrets: Callable[[bytes], None]
) -> Iterator[tuple]:
    from scapy.utils import RawPcapNgReader

    class _Reader(RawPcapNgReader):
        def _read_block_dsb(self, block: bytes, size: int) -> None:
            try:
                kind, length = struct.unpack(self.endian + "II", block[:8])
            except struct.error:
                return None
            if kind == _DSB_TLS_KEYLOG:
                on_secrets(bytes(block[8 : 8 + length]))
            return None

    try:
        reader = _construct(_Reader, f, magic)
    except Exception as exc:
        raise CaptureError(f"not a readable pcapng file ({exc})") from None
    reader.blocktypes[_BLOCK_DSB] = reader._read_block_dsb
    good_end = f.tell()
    while True:
        try:
            block = reader._read_block(size=_MAX_FRAME)
        except EOFError:
            break
        except Exception:  # a malformed block body: stop here, report below
            break
        good_end = f.tell()
        if block is None:
            continue
        data, meta = block
        stamp = ((meta.tshigh << 32) | meta.tslow) / meta.tsresol
        yield (stamp, meta.linktype, data, len(data) < meta.wirelen)
    if good_end < size:
        raise CaptureError(f"truncated capture: the last {size - good_end} byte(s) are cut short")


def read_frames(path: Path, on_secrets: Callable[[bytes], None]) -> Iterator[tuple]:
    """(epoch seconds, linktype, frame bytes, snapped) for every packet record.

    Raises `CaptureError` after the last readable record when the file is
    truncated, and before any when it is not a capture at all.
    """
    try:
        f = path.open("rb")
    except OSError as exc:
        raise CaptureError(f"cannot read: {exc.strerror}") from None
    with f, _quiet_scapy():
        size = os.fstat(f.fileno()).st_size
        magic = f.read(4)
        if len(magic) < 4:
            raise CaptureError("empty capture")
        if magic == b"\x0a\x0d\x0d\x0a":
            yield from _pcapng_frames(f, magic, size, on_secrets)
        else:
            yield from _pcap_frames(f, magic, size)
