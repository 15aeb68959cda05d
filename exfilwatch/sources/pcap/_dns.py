"""DNS answers: which name the phone looked up for each address it then contacted.

Only responses are read (UDP from port 53, or 5353 for mDNS). The question's
name is what the app asked for; every A/AAAA answer, also behind a CNAME chain,
maps its address to that name. Names are bounded in number and length, and
compression pointers are followed a bounded number of times, so a hostile
packet costs microseconds.
"""

from __future__ import annotations

import socket
import struct

_A, _AAAA = 1, 28
_MAX_JUMPS = 16


def _name(data: bytes, pos: int) -> tuple[str, int]:
    """(name, position after it in the record), compression pointers followed."""
    labels: list[str] = []
    end = -1
    jumps = 0
    while pos < len(data):
        size = data[pos]
        if size & 0xC0 == 0xC0:
            if pos + 1 >= len(data) or jumps >= _MAX_JUMPS:
                raise ValueError("bad pointer")
            if end < 0:
                end = pos + 2
            pos = ((size & 0x3F) << 8) | data[pos + 1]
            jumps += 1
            continue
        if size == 0:
            return ".".join(labels).lower(), (end if end >= 0 else pos + 1)
        labels.append(data[pos + 1 : pos + 1 + size].decode("ascii", "replace"))
        pos += 1 + size
    raise ValueError("name runs past the packet")


def parse_answers(data: bytes) -> list[tuple[str, str]]:
    """(asked name, address) pairs from one DNS response; [] when it is not one."""
    if len(data) < 12:
        return []
    _, flags, qd, an = struct.unpack_from("!HHHH", data, 0)
    if not flags & 0x8000 or qd > 8 or not an:
        return []
    try:
        pos = 12
        asked = ""
        for _ in range(qd):
            name, pos = _name(data, pos)
            asked = asked or name
            pos += 4
        out = []
        for _ in range(min(an, 64)):
            name, pos = _name(data, pos)
            rtype, _cls, _ttl, size = struct.unpack_from("!HHIH", data, pos)
            pos += 10
            rdata = data[pos : pos + size]
            pos += size
            if rtype == _A and size == 4:
                out.append((asked or name, socket.inet_ntop(socket.AF_INET, rdata)))
            elif rtype == _AAAA and size == 16:
                out.append((asked or name, socket.inet_ntop(socket.AF_INET6, rdata)))
        return out
    except (ValueError, struct.error, IndexError):
        return []
