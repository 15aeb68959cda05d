"""The pipe between the proxy and its analysis process: framing and encoding, both ends.

Why not pickle: pickling an `Exchange` (nested dataclasses) and its answer cost
the proxy more than everything else it does for an exchange, and the proxy's
side is the hot path. An exchange goes as one msgpack array of plain fields
(built in C) followed by its raw bodies, written to the pipe as they are: a
100 MB upload is never copied into a message. Answers come back in batches,
one frame for all the exchanges the child finished since its last write, so
that a busy proxy is woken once per batch rather than once per exchange.

Strings keep mitmproxy's surrogate escapes (header bytes that are not UTF-8)
through the pipe. Nothing here is ever read from a user's file.

Both ends are the same program (the child is started from this package), so
there is no version number; still, an answer's fields are only ever appended,
and a reader takes a missing trailing field as empty (`answer_late`). The last
one, the findings an exchange taught on earlier exchanges, is an empty array
(one byte) in almost every answer.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any

import msgpack

from ..model import Destination, Exchange, Request, Response
from .analysis import Late

EXCHANGE = struct.Struct("!IQQ")
"""Before each exchange: length of its msgpack header, of its request body, of its response body."""
REPLY = struct.Struct("!I")
"""Before each answer frame: its length."""
LATE_FIELD = 6
"""Where an answer's entry has its late findings (after host, destination, categories,
lines, error kind and error message)."""

_packer = msgpack.Packer(unicode_errors="surrogateescape", use_bin_type=True)


def pack(value: Any) -> bytes:
    return _packer.pack(value)


def unpack(data: bytes) -> Any:
    return msgpack.unpackb(data, raw=False, unicode_errors="surrogateescape", use_list=True)


def exchange_chunks(exchange: Exchange) -> list[bytes]:
    """What to write for one exchange: prefix and header together, then the bodies as they are."""
    request, response = exchange.request, exchange.response
    header = pack(
        [
            exchange.source,
            exchange.flow_id,
            exchange.started,
            exchange.client_addr,
            exchange.server_ip,
            exchange.server_port,
            exchange.kind,
            exchange.warnings,
            request.method,
            request.url,
            request.headers,
            request.http_version,
            None if response is None else response.status,
            None if response is None else response.headers,
        ]
    )
    response_body = response.body if response is not None else b""
    prefix = EXCHANGE.pack(len(header), len(request.body), len(response_body))
    return [c for c in (prefix + header, request.body, response_body) if c]


def exchange_from_wire(header: bytes, request_body: bytes, response_body: bytes) -> Exchange:
    fields = unpack(header)
    (source, flow_id, started, client_addr, server_ip, server_port, kind, warnings) = fields[:8]
    method, url, request_headers, http_version, status, response_headers = fields[8:]
    response = None
    if status is not None:
        response = Response(status, _pairs(response_headers), response_body)
    return Exchange(
        source=source,
        flow_id=flow_id,
        request=Request(method, url, _pairs(request_headers), request_body, http_version),
        response=response,
        started=started,
        client_addr=client_addr,
        server_ip=server_ip,
        server_port=server_port,
        kind=kind,
        warnings=warnings,
    )


def _pairs(headers: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers]


def reply_frame(message: Any) -> bytes:
    data = pack(message)
    return REPLY.pack(len(data)) + data


def split_replies(buffer: bytearray) -> list[Any]:
    """Take every complete answer frame off the front of `buffer` (which keeps the rest)."""
    messages = []
    start = 0
    while len(buffer) - start >= REPLY.size:
        (size,) = REPLY.unpack_from(buffer, start)
        end = start + REPLY.size + size
        if len(buffer) < end:
            break
        messages.append(unpack(bytes(buffer[start + REPLY.size : end])))
        start = end
    del buffer[:start]
    return messages


def destination_to_wire(d: Destination | None) -> dict[str, Any] | None:
    return None if d is None else d.to_dict()


def destination_from_wire(data: dict[str, Any] | None) -> Destination | None:
    if data is None:
        return None
    known = Destination.__dataclass_fields__
    return Destination(**{k: v for k, v in data.items() if k in known})


def late_to_wire(late: list[Late]) -> list[list[Any]]:
    return [
        [x.flow, destination_to_wire(x.destination), x.categories, x.lines, x.first] for x in late
    ]


def answer_late(entry: Sequence[Any]) -> list[Late]:
    """The late findings of a `done` answer's entry (none from a child that sends none)."""
    if len(entry) <= LATE_FIELD or not entry[LATE_FIELD]:
        return []
    late = []
    for flow, destination, categories, lines, first in entry[LATE_FIELD]:
        where = destination_from_wire(destination)
        assert where is not None
        late.append(Late(flow, where, categories, lines, first))
    return late
