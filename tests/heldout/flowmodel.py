"""One simulated exchange and the truth about what it carries.

A flow generator builds its request through `FlowBuilder`: every identifier it
puts in goes through `FlowBuilder.id`, every piece of viewing history or
biometric data through `FlowBuilder.mark`, so the labels are written from what
was actually inserted rather than guessed afterwards.
"""

from __future__ import annotations

import hashlib
import ipaddress
import random
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from .identity import KNOWN_KINDS, RECOVERABLE, Phone, encode
from .wire import deflate, gz


@dataclass(slots=True)
class Carrier:
    """One sensitive item in a flow: what, where, how encoded, and who should see it."""

    category: str
    kind: str
    where: str
    encoding: str
    detectable: bool
    """Its key names or structure say what it is (what signatures alone must find)."""
    known: bool
    """A known.yaml value in an encoding `--known` must see through."""
    direction: str = "request"

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "kind": self.kind,
            "where": self.where,
            "encoding": self.encoding,
            "detectable": self.detectable,
            "known": self.known,
            "direction": self.direction,
        }


@dataclass(slots=True)
class Flow:
    sdk: str
    method: str
    url: str
    http_version: str
    req_headers: list[tuple[str, str]]
    req_raw: bytes
    """Request body as sent on the wire (content-encoded when the app compresses)."""
    req_plain: bytes
    """The same body without content-encoding (what a HAR exporter writes)."""
    status: int
    resp_headers: list[tuple[str, str]]
    resp_raw: bytes
    resp_plain: bytes
    started: float
    duration: float
    server_ip: str
    carriers: list[Carrier] = field(default_factory=list)
    decoys: list[str] = field(default_factory=list)
    index: int = -1
    flow_id: str = ""

    @property
    def host(self) -> str:
        return self.url.split("/")[2].split(":")[0]

    def categories(self) -> list[str]:
        return sorted({c.category for c in self.carriers})

    def detectable(self) -> dict[str, bool]:
        out: dict[str, bool] = {}
        for c in self.carriers:
            out[c.category] = out.get(c.category, False) or c.detectable
        return dict(sorted(out.items()))

    def known(self) -> dict[str, list[str]]:
        out: dict[str, set[str]] = {}
        for c in self.carriers:
            if c.known:
                out.setdefault(c.category, set()).add(c.kind)
        return {k: sorted(v) for k, v in sorted(out.items())}


_DOC_NETS = [
    ipaddress.ip_network("192.0.2.0/24"),
    ipaddress.ip_network("198.51.100.0/24"),
    ipaddress.ip_network("203.0.113.0/24"),
]
_DOC_V6 = ipaddress.ip_network("2001:db8::/32")


def server_ip(host: str) -> str:
    """A stable documentation-range address per host (a few hosts get IPv6)."""
    digest = hashlib.sha256(host.encode()).digest()
    if digest[0] < 20:
        return str(_DOC_V6[int.from_bytes(digest[1:9], "big")])
    net = _DOC_NETS[digest[1] % 3]
    return str(net[1 + digest[2] % 253])


@dataclass
class Context:
    """Shared state of one generated session: randomness, the phone, the clock."""

    rng: random.Random
    phone: Phone
    now: float
    opted_out: bool = False
    counter: int = 0

    def tick(self, low: float = 0.02, high: float = 1.5) -> float:
        self.now += self.rng.uniform(low, high)
        return self.now


class FlowBuilder:
    def __init__(
        self,
        ctx: Context,
        sdk: str,
        method: str,
        url: str,
        params: list[tuple[str, str]] | None = None,
        http_version: str = "HTTP/2.0",
    ) -> None:
        self.ctx = ctx
        self.sdk = sdk
        self.method = method
        self.base = url
        self.params: list[tuple[str, str]] = list(params or [])
        self.http_version = http_version
        self.headers: list[tuple[str, str]] = []
        self.body = b""
        self.content_encoding: str | None = None
        self.status = 200
        self.resp_headers: list[tuple[str, str]] = []
        self.resp_body = b""
        self.resp_encoding: str | None = None
        self.carriers: list[Carrier] = []
        self.decoys: list[str] = []

    # --- recording truth --------------------------------------------------

    def id(
        self,
        kind: str,
        how: str = "plain",
        where: str = "",
        detectable: bool = True,
        direction: str = "request",
    ) -> str:
        """An identifier of the phone (attribute of `Phone`), encoded and recorded."""
        value = getattr(self.ctx.phone, kind)
        category = "contact" if kind == "email" else "device_id"
        known = kind in KNOWN_KINDS and how in RECOVERABLE
        self.carriers.append(Carrier(category, kind, where, how, detectable, known, direction))
        return encode(value, how)

    def mark(
        self, category: str, kind: str, where: str, detectable: bool, direction: str = "request"
    ) -> None:
        self.carriers.append(
            Carrier(category, kind, where, "structure", detectable, False, direction)
        )

    def decoy(self, text: str) -> None:
        self.decoys.append(text)

    # --- building the request ---------------------------------------------

    def param(self, name: str, value: str) -> None:
        self.params.append((name, value))

    def header(self, name: str, value: str) -> None:
        self.headers.append((name, value))

    def set_body(self, data: bytes, content_type: str, encoding: str | None = None) -> None:
        self.body = data
        self.content_encoding = encoding
        self.header("content-type", content_type)
        if encoding:
            self.header("content-encoding", encoding)

    def respond(
        self,
        status: int,
        content_type: str | None,
        data: bytes = b"",
        encoding: str | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        self.status = status
        self.resp_body = data
        self.resp_encoding = encoding
        self.resp_headers = []
        if content_type:
            self.resp_headers.append(("content-type", content_type))
        if encoding:
            self.resp_headers.append(("content-encoding", encoding))
        self.resp_headers.extend(headers or [])

    def build(self) -> Flow:
        url = self.base
        if self.params:
            url += ("&" if "?" in url else "?") + urlencode(self.params, safe=",*")
        raw = _encode_body(self.body, self.content_encoding)
        resp_raw = _encode_body(self.resp_body, self.resp_encoding)
        headers = [("host", url.split("/")[2])] if self.http_version != "HTTP/2.0" else []
        headers += self.headers
        if self.body:
            headers.append(("content-length", str(len(raw))))
        resp_headers = list(self.resp_headers)
        resp_headers.append(("content-length", str(len(resp_raw))))
        started = self.ctx.tick()
        return Flow(
            sdk=self.sdk,
            method=self.method,
            url=url,
            http_version=self.http_version,
            req_headers=headers,
            req_raw=raw,
            req_plain=self.body,
            status=self.status,
            resp_headers=resp_headers,
            resp_raw=resp_raw,
            resp_plain=self.resp_body,
            started=started,
            duration=self.ctx.rng.uniform(0.03, 0.6),
            server_ip=server_ip(url.split("/")[2]),
            carriers=self.carriers,
            decoys=self.decoys,
        )


def _encode_body(data: bytes, encoding: str | None) -> bytes:
    if not data or not encoding:
        return data
    if encoding == "gzip":
        return gz(data)
    if encoding == "deflate":
        return deflate(data)
    raise ValueError(encoding)
