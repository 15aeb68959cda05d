"""What every application-layer handler of one connection shares.

Handlers (HTTP/1, HTTP/2, TLS, opaque) are stacked per connection: TLS hands
its plaintext to an HTTP handler, a CONNECT tunnel hands its bytes to a fresh
sniffer. They all speak the small `Handler` protocol and report into one
`ConnContext`, which knows the addresses, numbers the exchanges (flow ids stay
stable between runs over the same file) and passes finished ones on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ...model import Exchange, Request, Response

MAX_BODY = 32 * 1024 * 1024
"""Raw body bytes kept per message; more is dropped with a warning (the engine
decodes at most `Limits.max_body_bytes` anyway)."""


class Handler(Protocol):
    def data(self, from_client: bool, data: bytes, ts: float) -> None: ...
    def gap(self, from_client: bool, size: int) -> None: ...
    def close(self) -> None: ...


@dataclass(slots=True)
class ConnContext:
    source: str
    index: int
    client_addr: str
    server_ip: str
    server_port: int
    emit: Callable[[Exchange], None]
    make_sniffer: Callable[[ConnContext], Handler]
    scheme: str = "http"
    protocol: str = "tcp"
    """What the connection turned out to carry: http, tls, h2 or tcp (unknown)."""
    sni: str | None = None
    outer_sni: str | None = None
    alpn: str | None = None
    tls_version: str | None = None
    decrypted: bool = False
    host: str | None = None
    requests: int = 0
    warnings: list[str] = field(default_factory=list)

    def warn(self, text: str) -> None:
        if len(self.warnings) < 20 and text not in self.warnings:
            self.warnings.append(text)

    def default_authority(self) -> str:
        """Host for a request without a Host header: the SNI, else the address."""
        if self.sni:
            return self.sni
        ip = f"[{self.server_ip}]" if ":" in self.server_ip else self.server_ip
        default = 443 if self.scheme == "https" else 80
        return ip if self.server_port == default else f"{ip}:{self.server_port}"

    def url(self, target: str, authority: str | None) -> str:
        if target.startswith(("http://", "https://")):
            return target
        if not target.startswith("/"):
            target = "/" + target if target != "*" else "*"
        return f"{self.scheme}://{authority or self.default_authority()}{target}"

    def exchange(
        self,
        request: Request,
        response: Response | None,
        started: float,
        warnings: list[str],
    ) -> None:
        """Number the exchange and pass it on; the host is kept for the inventory."""
        flow_id = f"{self.index}:{self.requests}"
        self.requests += 1
        if self.host is None:
            self.host = _hostname(request.header("host") or "")
        self.emit(
            Exchange(
                source=self.source,
                flow_id=flow_id,
                request=request,
                response=response,
                started=started,
                client_addr=self.client_addr,
                server_ip=self.server_ip,
                server_port=self.server_port,
                warnings=[*self.warnings, *warnings],
            )
        )


def _hostname(authority: str) -> str | None:
    """The host part of a Host header: `[::1]:8080` -> `::1`, `a.b:80` -> `a.b`."""
    if authority.startswith("["):
        return authority[1:].split("]", 1)[0] or None
    return authority.rsplit(":", 1)[0] if authority.count(":") == 1 else authority or None
