"""HTTP/1.0 and 1.1 over a reassembled (or decrypted) byte stream.

Messages are parsed incrementally as bytes arrive: keep-alive and pipelined
requests are paired with responses in order; chunked transfer coding is
removed (as a proxy would), content-encoding is left as sent for the engine's
bounded decoder. After a gap in the stream the parser skips to the next thing
that looks like a request or status line, so one lost segment costs one
message, not the rest of the connection.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from ...model import Request, Response
from ._context import MAX_BODY, ConnContext, Handler

_MAX_HEAD = 64 * 1024
_REQUEST_LINE = re.compile(rb"([A-Z][A-Z-]{1,19}) (\S+) (HTTP/1\.[01])\r?$")
_STATUS_LINE = re.compile(rb"(HTTP/1\.[01]) (\d{3})(?: .*)?\r?$")
_METHOD_NAMES = (
    b"GET POST PUT HEAD DELETE OPTIONS PATCH CONNECT TRACE PROPFIND REPORT MKCOL".split()
)
_METHODS = frozenset(_METHOD_NAMES)
_RESYNC_REQUEST = re.compile(rb"((?:%s) \S+ HTTP/1\.[01]\r?\n)" % b"|".join(_METHOD_NAMES))
_RESYNC_STATUS = re.compile(rb"(HTTP/1\.[01] \d{3}[ \r])")

# parser states
_HEAD, _BODY, _CHUNK_SIZE, _CHUNK_DATA, _CHUNK_END, _TRAILER, _UNTIL_CLOSE, _RESYNC, _DEAD = range(
    9
)


def looks_like_request(data: bytes) -> bool:
    return data.split(b" ", 1)[0] in _METHODS


def looks_like_response(data: bytes) -> bool:
    return data.startswith((b"HTTP/1.0 ", b"HTTP/1.1 "))


class _Message:
    """A message being read: head parsed, body accumulating."""

    __slots__ = ("body", "dropped", "headers", "line", "started", "warnings")

    def __init__(self, line: tuple[bytes, ...], headers: list[tuple[str, str]], ts: float) -> None:
        self.line = line
        self.headers = headers
        self.started = ts
        self.body = bytearray()
        self.dropped = 0
        self.warnings: list[str] = []

    def append(self, data: bytes | memoryview) -> None:
        room = MAX_BODY - len(self.body)
        if room >= len(data):
            self.body += data
        else:
            if room > 0:
                self.body += data[:room]
            self.dropped += len(data) - max(room, 0)

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


def _parse_headers(lines: list[bytes]) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    for raw in lines:
        if raw[:1] in (b" ", b"\t") and headers:  # obsolete line folding
            name, value = headers[-1]
            headers[-1] = (name, value + " " + raw.strip().decode("latin-1"))
            continue
        name, sep, value = raw.partition(b":")
        if sep and name:
            headers.append((name.strip().decode("latin-1"), value.strip().decode("latin-1")))
    return headers


class MessageReader:
    """One direction: bytes in, complete messages out through `on_head` / `on_done`."""

    def __init__(
        self,
        is_request: bool,
        on_head: Callable[[_Message], int | None],
        on_done: Callable[[_Message], None],
    ) -> None:
        self.is_request = is_request
        self.on_head = on_head
        """Called with a parsed head; returns the body length rule for responses
        (None: use the headers, 0: no body, -1: stop parsing, tunnel follows)."""
        self.on_done = on_done
        self.buf = bytearray()
        self.state = _HEAD
        self.remaining = 0
        self.msg: _Message | None = None
        self.ts = 0.0
        self.seen_any = False
        self.tail = b""
        """Bytes after the head that ends parsing (CONNECT/101): the tunnel's."""

    # -- input
    def feed(self, data: bytes, ts: float) -> None:
        if self.state == _DEAD:
            return
        if not self.buf:
            self.ts = ts
        self.buf += data
        self._run(ts)

    def gap(self, size: int) -> None:
        if self.state in (_BODY, _UNTIL_CLOSE) and self.msg is not None:
            self._run(self.ts)
            if self.state in (_BODY, _UNTIL_CLOSE):
                self.msg.warnings.append(f"{size} byte(s) of the body were not captured")
                if self.state == _BODY:
                    self.remaining -= min(size, self.remaining)
                    if self.remaining == 0:
                        self._finish()
                return
        if self.msg is not None:
            self.msg.warnings.append(f"{size} byte(s) missing from the capture (message cut)")
            self._finish()
        if self.state != _DEAD:
            self.buf.clear()
            self.state = _RESYNC

    def close(self) -> None:
        if self.state == _DEAD:
            return
        self._run(self.ts)
        if self.msg is not None:
            if self.state != _UNTIL_CLOSE:
                self.msg.warnings.append("connection ended before the message was complete")
            self._finish()

    # -- machinery
    def _run(self, ts: float) -> None:
        while self.buf and self._step(ts):
            pass

    def _finish(self) -> None:
        msg, self.msg = self.msg, None
        self.state = _HEAD
        if msg is not None:
            if msg.dropped:
                msg.warnings.append(f"body cut at {MAX_BODY} bytes ({msg.dropped} dropped)")
            self.on_done(msg)

    def _step(self, ts: float) -> bool:
        state = self.state
        buf = self.buf
        if state == _HEAD:
            return self._head(ts)
        if state == _BODY:
            take = min(self.remaining, len(buf))
            self.msg.append(memoryview(buf)[:take])  # type: ignore[union-attr]
            del buf[:take]
            self.remaining -= take
            if self.remaining == 0:
                self._finish()
                return True
            return False
        if state == _UNTIL_CLOSE:
            self.msg.append(bytes(buf))  # type: ignore[union-attr]
            buf.clear()
            return False
        if state == _CHUNK_SIZE:
            end = buf.find(b"\n")
            if end < 0:
                if len(buf) > 1024:
                    return self._lost("bad chunk size line")
                return False
            text = bytes(buf[:end]).split(b";", 1)[0].strip()
            del buf[: end + 1]
            try:
                size = int(text, 16)
            except ValueError:
                return self._lost("bad chunk size line")
            if size == 0:
                self.state = _TRAILER
            else:
                self.remaining = size
                self.state = _CHUNK_DATA
            return True
        if state == _CHUNK_DATA:
            take = min(self.remaining, len(buf))
            self.msg.append(memoryview(buf)[:take])  # type: ignore[union-attr]
            del buf[:take]
            self.remaining -= take
            if self.remaining == 0:
                self.state = _CHUNK_END
                return True
            return False
        if state == _CHUNK_END:
            if len(buf) < 2 and buf[:1] != b"\n":
                return False
            del buf[: 2 if buf[:1] == b"\r" else 1]
            self.state = _CHUNK_SIZE
            return True
        if state == _TRAILER:
            end = buf.find(b"\n")
            if end < 0:
                return False
            line = bytes(buf[:end]).strip()
            del buf[: end + 1]
            if not line:
                self._finish()
            return True
        if state == _RESYNC:
            return self._resync()
        return False

    def _lost(self, why: str) -> bool:
        if self.msg is not None:
            self.msg.warnings.append(why)
            self._finish()
        self.state = _RESYNC
        return True

    def _resync(self) -> bool:
        pattern = _RESYNC_REQUEST if self.is_request else _RESYNC_STATUS
        match = pattern.search(self.buf)
        if match is None:
            keep = 64  # a line may be split between segments
            if len(self.buf) > keep:
                del self.buf[:-keep]
            return False
        del self.buf[: match.start(1)]
        self.state = _HEAD
        return True

    def _head(self, ts: float) -> bool:
        buf = self.buf
        while buf[:2] == b"\r\n" or buf[:1] == b"\n":  # stray blank lines between messages
            del buf[: 2 if buf[:1] == b"\r" else 1]
        if not buf:
            return False
        end = buf.find(b"\r\n\r\n")
        skip = 4
        if end < 0:
            end = buf.find(b"\n\n")
            skip = 2
        if end < 0:
            if len(buf) > _MAX_HEAD:
                return self._bad_head()
            return False
        lines = bytes(buf[:end]).split(b"\n")
        del buf[: end + skip]
        match = (_REQUEST_LINE if self.is_request else _STATUS_LINE).match(lines[0])
        if match is None:
            return self._bad_head()
        self.seen_any = True
        msg = _Message(match.groups(), _parse_headers(lines[1:]), self.ts or ts)
        self.ts = ts
        self.msg = msg
        rule = self.on_head(msg)
        if rule == -1:  # a tunnel or protocol switch: the rest is not HTTP/1
            self.tail = bytes(buf)
            buf.clear()
            self._finish()
            self.state = _DEAD
            return False
        return self._body_rule(msg, rule)

    def _bad_head(self) -> bool:
        if not self.seen_any:
            self.state = _DEAD  # never was HTTP/1
            self.buf.clear()
            return False
        self.state = _RESYNC
        return True

    def _body_rule(self, msg: _Message, rule: int | None) -> bool:
        if rule == 0:
            self._finish()
            return True
        coding = (msg.header("transfer-encoding") or "").lower()
        if "chunked" in coding:
            self.state = _CHUNK_SIZE
            return True
        length = msg.header("content-length")
        if length is not None:
            try:
                self.remaining = int(length.split(",")[0].strip())
            except ValueError:
                self.remaining = -1
            if self.remaining > 0:
                self.state = _BODY
                return True
            if self.remaining == 0:
                self._finish()
                return True
        if self.is_request:
            self._finish()
            return True
        self.state = _UNTIL_CLOSE
        return True


class _Pending:
    __slots__ = ("done", "msg", "response")

    def __init__(self, msg: _Message) -> None:
        self.msg = msg
        self.done = False
        self.response: _Message | None = None


class Http1Handler(Handler):
    """Pairs the two directions' messages into exchanges, in order."""

    def __init__(self, ctx: ConnContext) -> None:
        self.ctx = ctx
        if ctx.protocol in ("tcp", "http"):
            ctx.protocol = "http"
        self.requests = MessageReader(True, self._request_head, self._request_done)
        self.responses = MessageReader(False, self._response_head, self._response_done)
        self.queue: deque[_Pending] = deque()
        self.answered: deque[_Pending] = deque()
        self.tunnel: Handler | None = None
        self.early: deque[_Message] = deque()
        """Responses that completed before their request was seen (capture order
        across directions is not always causal); paired when the request comes."""

    # Handler protocol
    def data(self, from_client: bool, data: bytes, ts: float) -> None:
        if self.tunnel is not None:
            self.tunnel.data(from_client, data, ts)
            return
        (self.requests if from_client else self.responses).feed(data, ts)
        self._maybe_tunnel()

    def gap(self, from_client: bool, size: int) -> None:
        if self.tunnel is not None:
            self.tunnel.gap(from_client, size)
            return
        (self.requests if from_client else self.responses).gap(size)

    def close(self) -> None:
        if self.tunnel is not None:
            self.tunnel.close()
        self.requests.close()
        self.responses.close()
        while self.queue:
            self._emit(self.queue.popleft())

    # message callbacks
    def _request_head(self, msg: _Message) -> int | None:
        item = _Pending(msg)
        if self.early and not self.queue:
            item.response = self.early.popleft()
            self.answered.append(item)
        else:
            self.queue.append(item)
        return None

    def _request_done(self, msg: _Message) -> None:
        for items in (self.queue, self.answered):
            for item in items:
                if item.msg is msg:
                    item.done = True
        self._flush()

    def _response_head(self, msg: _Message) -> int | None:
        status = int(msg.line[1])
        request = self.queue[0].msg if self.queue else None
        method = request.line[0] if request else b""
        if status == 101 or (method == b"CONNECT" and 200 <= status < 300):
            return -1
        if 100 <= status < 200 or status in (204, 304) or method == b"HEAD":
            return 0
        return None

    def _response_done(self, msg: _Message) -> None:
        status = int(msg.line[1])
        if 100 <= status < 200 and status != 101:
            return  # interim (100 Continue, 103 Early Hints): the real answer follows
        if not self.queue:
            if len(self.early) < 64:
                self.early.append(msg)
            return
        item = self.queue.popleft()
        item.response = msg
        self.answered.append(item)
        self._flush()

    def _flush(self) -> None:
        while self.answered and self.answered[0].done:
            self._emit(self.answered.popleft())

    def _maybe_tunnel(self) -> None:
        if self.responses.state != _DEAD or self.tunnel is not None or not self.responses.seen_any:
            return
        while self.answered:
            self._emit(self.answered.popleft())
        self.tunnel = self.ctx.make_sniffer(self.ctx)
        client_tail, server_tail = self.requests.tail, self.responses.tail
        self.requests.state = _DEAD
        if client_tail:
            self.tunnel.data(True, client_tail, self.requests.ts)
        if server_tail:
            self.tunnel.data(False, server_tail, self.responses.ts)

    def _emit(self, item: _Pending) -> None:
        msg = item.msg
        method, target, version = (part.decode("latin-1") for part in msg.line)
        if method == "CONNECT":
            return  # the tunnel's own exchanges are what matters
        authority = msg.header("host")
        request = Request(
            method=method,
            url=self.ctx.url(target, authority),
            headers=msg.headers,
            body=bytes(msg.body),
            http_version=version,
        )
        response = None
        warnings = list(msg.warnings)
        if item.response is not None:
            res = item.response
            response = Response(int(res.line[1]), res.headers, bytes(res.body))
            warnings.extend(res.warnings)
        self.ctx.exchange(request, response, msg.started, warnings)
