"""Sources: thin adapters that turn an input file into `Exchange`s.

The format of a file is told by its first bytes, never by its name, so a HAR
saved as `.txt` works and random bytes named `.har` fail with a clear message.
A reader raises `SourceError` (one line, naming the file) when the input cannot
be read; exchanges it already yielded stay valid, so a truncated file keeps
what was readable.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Exchange


class SourceError(Exception):
    """An input that cannot be read (or read further); the message names it."""


@dataclass(frozen=True, slots=True)
class SourceOptions:
    keylog: str | None = None
    """NSS key log for TLS in packet captures."""


_PCAP_MAGICS = (b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4", b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d")
_PCAPNG_MAGIC = b"\x0a\x0d\x0d\x0a"
_SUFFIXES = (".har", ".json", ".flow", ".flows", ".mitm", ".dump", ".pcap", ".pcapng", ".cap")


def sniff(path: Path) -> str:
    """'har', 'flows', 'pcap' or 'pcapng' from the first bytes of the file."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None
    if not head:
        raise SourceError(f"{path}: empty file")
    if head[:4] in _PCAP_MAGICS:
        return "pcap"
    if head[:4] == _PCAPNG_MAGIC:
        return "pcapng"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] == b"{":
        return "har"
    colon = head.find(b":")
    if 0 < colon <= 12 and head[:colon].isdigit():
        return "flows"
    raise SourceError(f"{path}: not a HAR file, mitmproxy flow dump or pcap/pcapng capture")


def read_exchanges(
    path: str | Path, options: SourceOptions = SourceOptions()
) -> Iterator[Exchange]:
    path = Path(path)
    kind = sniff(path)
    if kind == "har":
        from .har_source import read_har

        yield from read_har(path)
    elif kind == "flows":
        from .flow_source import read_flows

        yield from read_flows(path)
    else:
        from .pcap_source import read_pcap

        yield from read_pcap(path, keylog=options.keylog)


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, folders walked (sorted, so every run sees one order).

    In a folder only files with a capture suffix are taken: a folder of captures
    often holds notes and key logs beside them. A key log next to a capture is
    picked up by the pcap source itself.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(_SUFFIXES):
                        yield Path(root) / name
        else:
            yield path
