"""Raw records from pcap and pcapng files, without dissecting them.

pcapng (blocks, per-interface link types and time resolutions, options, the
Decryption Secrets Block) is read with scapy's `RawPcapNgReader`. Classic pcap
is a 24-byte file header and a 16-byte header per record, read here with
`struct`: importing scapy costs about 0.2 s (it loads its manufacturer and
services tables), a tenth of the whole analysis of a 1,000-request capture, and
none of scapy is needed to walk that format. Two things scapy's readers do not
tell us are added here: whether the file ended in the middle of a record (a
truncated capture, which must be reported, not silently ignored), and the TLS
key log of a pcapng Decryption Secrets Block (handed to a callback instead of
scapy's own TLS layer).
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


# magic as read little-endian -> (struct byte order, seconds per sub-second unit)
_PCAP_MAGIC = {
    b"\xd4\xc3\xb2\xa1": ("<", 1e-6),
    b"\xa1\xb2\xc3\xd4": (">", 1e-6),
    b"\x4d\x3c\xb2\xa1": ("<", 1e-9),
    b"\xa1\xb2\x3c\x4d": (">", 1e-9),
}


def _pcap_frames(f: BinaryIO, magic: bytes, size: int) -> Iterator[tuple]:
    """Classic pcap (libpcap's savefile format, microsecond or nanosecond)."""
    if magic not in _PCAP_MAGIC:
        raise CaptureError(f"not a readable pcap file (bad magic {magic.hex()})")
    order, scale = _PCAP_MAGIC[magic]
    header = f.read(20)
    if len(header) < 20:
        raise CaptureError("not a readable pcap file (its header is cut short)")
    linktype = struct.unpack(order + "I", header[16:20])[0] & 0x0FFFFFFF  # high bits: FCS
    record = struct.Struct(order + "IIII")
    read = f.read
    good_end = f.tell()
    while True:
        head = read(16)
        if len(head) < 16:
            break
        sec, sub, caplen, wirelen = record.unpack(head)
        data = read(caplen)
        if len(data) < caplen:
            break
        good_end += 16 + caplen
        if caplen > _MAX_FRAME:
            data = data[:_MAX_FRAME]
        yield (sec + sub * scale, linktype, data, caplen < wirelen)
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
