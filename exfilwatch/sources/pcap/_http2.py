"""HTTP/2 inside decrypted TLS: frames, HPACK, one exchange per stream.

Frames are cut by hand (9-byte header); header blocks (HEADERS + CONTINUATION,
and PUSH_PROMISE, which must be decoded to keep the HPACK table in step) go to
the `hpack` package's decoder, one per direction. A stream becomes an exchange
when the response ends (END_STREAM) or the connection closes. Server push is
decoded for HPACK state but not reported. After a gap in the capture, a
direction's HPACK table is lost, so that direction stops and what was complete
is kept.
"""

from __future__ import annotations

from hpack import Decoder
from hpack.exceptions import HPACKError

from ...model import Request, Response
from ._context import MAX_BODY, ConnContext, Handler

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
_DATA, _HEADERS, _PUSH_PROMISE, _CONTINUATION = 0, 1, 5, 9
_END_STREAM, _END_HEADERS, _PADDED, _PRIORITY = 0x1, 0x4, 0x8, 0x20
_MAX_FRAME = 1 << 24
_MAX_STREAMS = 1000


def looks_like_server_start(data: bytes) -> bool:
    """A server's first HTTP/2 bytes: a SETTINGS frame (type 4, no ACK) on stream 0.

    A server may speak first (TLS 1.3 servers send SETTINGS right after their
    Finished, before the client's preface arrives), so the client preface alone
    cannot decide a connection whose ALPN is not visible.
    """
    if len(data) < 9 or data[3] != 4 or data[4] != 0 or any(data[5:9]):
        return False
    return int.from_bytes(data[:3], "big") % 6 == 0


class _Stream:
    __slots__ = (
        "done",
        "req_body",
        "req_headers",
        "res_body",
        "res_headers",
        "started",
        "warnings",
    )

    def __init__(self, started: float) -> None:
        self.started = started
        self.req_headers: list[tuple[str, str]] | None = None
        self.res_headers: list[tuple[str, str]] | None = None
        self.req_body = bytearray()
        self.res_body = bytearray()
        self.done = False
        self.warnings: list[str] = []


class _Side:
    __slots__ = ("block", "block_flags", "block_stream", "buf", "dead", "decoder", "preface")

    def __init__(self, preface: bool) -> None:
        self.buf = bytearray()
        self.decoder = Decoder()
        self.decoder.max_allowed_table_size = 1 << 20
        self.preface = preface
        self.dead = False
        self.block = bytearray()
        self.block_stream = 0
        self.block_flags = 0


class Http2Handler(Handler):
    def __init__(self, ctx: ConnContext) -> None:
        self.ctx = ctx
        ctx.protocol = "h2"
        self.client = _Side(preface=True)
        self.server = _Side(preface=False)
        self.streams: dict[int, _Stream] = {}

    def data(self, from_client: bool, data: bytes, ts: float) -> None:
        side = self.client if from_client else self.server
        if side.dead:
            return
        side.buf += data
        if side.preface:
            if len(side.buf) < len(PREFACE):
                return
            if not side.buf.startswith(PREFACE):
                self._kill(side, "HTTP/2: the connection preface is missing")
                return
            del side.buf[: len(PREFACE)]
            side.preface = False
        buf = side.buf
        pos = 0
        while len(buf) - pos >= 9:
            length = int.from_bytes(buf[pos : pos + 3], "big")
            if length > _MAX_FRAME:
                self._kill(side, "HTTP/2: frame too large")
                return
            if len(buf) - pos - 9 < length:
                break
            kind, flags = buf[pos + 3], buf[pos + 4]
            stream = int.from_bytes(buf[pos + 5 : pos + 9], "big") & 0x7FFFFFFF
            payload = bytes(buf[pos + 9 : pos + 9 + length])
            pos += 9 + length
            self._frame(from_client, side, kind, flags, stream, payload, ts)
            if side.dead:
                return
        if pos:
            del buf[:pos]

    def gap(self, from_client: bool, size: int) -> None:
        side = self.client if from_client else self.server
        self._kill(side, f"HTTP/2: {size} byte(s) missing from the capture")

    def close(self) -> None:
        for sid in sorted(self.streams):
            self._emit(sid, self.streams[sid])
        self.streams.clear()

    # -- frames
    def _kill(self, side: _Side, why: str) -> None:
        side.dead = True
        side.buf.clear()
        self.ctx.warn(why)

    def _frame(
        self,
        from_client: bool,
        side: _Side,
        kind: int,
        flags: int,
        sid: int,
        payload: bytes,
        ts: float,
    ) -> None:
        if side.block_stream and kind != _CONTINUATION:
            self._kill(side, "HTTP/2: header block interrupted")
            return
        if kind == _DATA and sid:
            body = _unpad(payload, flags)
            stream = self.streams.get(sid)
            if stream is not None:
                target = stream.req_body if from_client else stream.res_body
                room = MAX_BODY - len(target)
                target += body[: max(room, 0)]
                if len(body) > room:
                    stream.warnings.append(f"body cut at {MAX_BODY} bytes")
            if flags & _END_STREAM:
                self._end(from_client, sid)
        elif kind in (_HEADERS, _PUSH_PROMISE):
            block = _unpad(payload, flags)
            if kind == _HEADERS and flags & _PRIORITY:
                block = block[5:]
            if kind == _PUSH_PROMISE:
                block = block[4:]
            side.block = bytearray(block)
            side.block_flags = flags | (0x100 if kind == _PUSH_PROMISE else 0)
            side.block_stream = sid
            if flags & _END_HEADERS:
                self._headers(from_client, side, ts)
        elif kind == _CONTINUATION:
            if sid != side.block_stream:
                self._kill(side, "HTTP/2: stray CONTINUATION")
                return
            side.block += payload
            if flags & _END_HEADERS:
                self._headers(from_client, side, ts)

    def _headers(self, from_client: bool, side: _Side, ts: float) -> None:
        sid, flags, block = side.block_stream, side.block_flags, bytes(side.block)
        side.block_stream = 0
        side.block = bytearray()
        try:
            headers = [(str(k), str(v)) for k, v in side.decoder.decode(block, raw=False)]
        except (HPACKError, UnicodeDecodeError, ValueError):
            self._kill(side, "HTTP/2: header block did not decode")
            return
        if flags & 0x100:
            return  # PUSH_PROMISE: decoded for the table only
        stream = self.streams.get(sid)
        if stream is None:
            if not from_client or len(self.streams) >= _MAX_STREAMS:
                return
            stream = self.streams[sid] = _Stream(ts)
        if from_client:
            if stream.req_headers is None:
                stream.req_headers = headers
            else:
                stream.req_headers.extend(h for h in headers if not h[0].startswith(":"))
        elif stream.res_headers is None or _status(stream.res_headers) < 200:
            stream.res_headers = headers  # an interim 1xx is replaced by the final one
        else:
            stream.res_headers.extend(h for h in headers if not h[0].startswith(":"))
        if flags & _END_STREAM:
            self._end(from_client, sid)

    def _end(self, from_client: bool, sid: int) -> None:
        stream = self.streams.get(sid)
        if stream is None or from_client:
            return
        if stream.res_headers is not None and _status(stream.res_headers) >= 200:
            del self.streams[sid]
            self._emit(sid, stream)

    def _emit(self, sid: int, stream: _Stream) -> None:
        if stream.req_headers is None:
            return
        pseudo = {k: v for k, v in stream.req_headers if k.startswith(":")}
        method = pseudo.get(":method", "GET")
        if method == "CONNECT":
            return
        authority = pseudo.get(":authority")
        target = pseudo.get(":path", "/")
        scheme = pseudo.get(":scheme", self.ctx.scheme)
        url = f"{scheme}://{authority or self.ctx.default_authority()}{target}"
        headers = [(k, v) for k, v in stream.req_headers if not k.startswith(":")]
        request = Request(method, url, headers, bytes(stream.req_body), "HTTP/2.0")
        response = None
        if stream.res_headers is not None:
            rheaders = [(k, v) for k, v in stream.res_headers if not k.startswith(":")]
            response = Response(_status(stream.res_headers), rheaders, bytes(stream.res_body))
        self.ctx.exchange(request, response, stream.started, stream.warnings)


def _status(headers: list[tuple[str, str]]) -> int:
    for k, v in headers:
        if k == ":status":
            try:
                return int(v)
            except ValueError:
                return 0
    return 0


def _unpad(payload: bytes, flags: int) -> bytes:
    if flags & _PADDED and payload:
        pad = payload[0]
        return payload[1 : len(payload) - pad] if pad < len(payload) else b""
    return payload
