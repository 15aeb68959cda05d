"""Deciding what a TCP connection carries from its first bytes, not its port."""

from __future__ import annotations

from collections.abc import Callable

from ._context import ConnContext, Handler
from ._http1 import looks_like_request, looks_like_response
from ._tls import looks_like_tls

_DECIDE_AFTER = 16


class Opaque(Handler):
    """Neither HTTP nor TLS: only counted in the destination inventory."""

    def data(self, from_client: bool, data: bytes, ts: float) -> None:
        pass

    def gap(self, from_client: bool, size: int) -> None:
        pass

    def close(self) -> None:
        pass


class Sniffer(Handler):
    """Buffers the first bytes until they show TLS, HTTP/1 or neither, then forwards.

    `choose(ctx, kind)` builds the handler for "tls" or "http"; bytes seen so far
    are replayed to it in order.
    """

    def __init__(self, ctx: ConnContext, choose: Callable[[ConnContext, str], Handler]) -> None:
        self.ctx = ctx
        self.choose = choose
        self.target: Handler | None = None
        self.held: list[tuple[bool, bytes, float]] = []
        self.first = {True: b"", False: b""}

    def data(self, from_client: bool, data: bytes, ts: float) -> None:
        if self.target is not None:
            self.target.data(from_client, data, ts)
            return
        self.held.append((from_client, data, ts))
        head = self.first[from_client] = (self.first[from_client] + data)[:_DECIDE_AFTER]
        kind = self._kind(from_client, head)
        if kind is not None:
            self._decide(kind)

    def _kind(self, from_client: bool, head: bytes) -> str | None:
        if looks_like_tls(head, from_client):
            return "tls"
        if looks_like_request(head) if from_client else looks_like_response(head):
            return "http"
        if len(head) >= _DECIDE_AFTER or (len(head) >= 6 and not _may_become(head)):
            return "opaque"
        return None

    def _decide(self, kind: str) -> None:
        self.target = Opaque() if kind == "opaque" else self.choose(self.ctx, kind)
        held, self.held = self.held, []
        for from_client, data, ts in held:
            self.target.data(from_client, data, ts)

    def gap(self, from_client: bool, size: int) -> None:
        if self.target is None:
            self._decide("opaque")
        self.target.gap(from_client, size)  # type: ignore[union-attr]

    def close(self) -> None:
        if self.target is None and self.held:
            self._decide("opaque")
        if self.target is not None:
            self.target.close()


def _may_become(head: bytes) -> bool:
    """Could more bytes still turn this into a request line or TLS record?"""
    return head[:1] == b"\x16" or head[:1].isupper()
