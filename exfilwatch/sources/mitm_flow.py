"""mitmproxy flows to `Exchange`s: shared by the flow-dump reader and the live addon,
so that a flow analysed live and the same flow read back from `mitmdump -w` are
one exchange for the engine (same flow id, same raw bytes, same addresses).

Bodies are taken raw (`raw_content`, still content-encoded): the engine's
bounded decoder inflates them, never mitmproxy's unbounded `.content`.
"""

from __future__ import annotations

from typing import Any

from ..model import Exchange, Request, Response


def _headers(headers: Any) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("utf-8", "surrogateescape")) for k, v in headers.fields]


def _server_ip(flow: Any) -> str | None:
    conn = getattr(flow, "server_conn", None)
    peer = getattr(conn, "peername", None) or getattr(conn, "ip_address", None)
    return str(peer[0]) if peer else None


def _client_addr(flow: Any) -> str | None:
    peer = getattr(getattr(flow, "client_conn", None), "peername", None)
    return f"{peer[0]}:{peer[1]}" if peer else None


def exchange_from_flow(flow: Any, source: str, with_response: bool = True) -> Exchange:
    req = flow.request
    request = Request(
        method=req.method,
        url=req.url,
        headers=_headers(req.headers),
        body=req.raw_content or b"",
        http_version=req.http_version,
    )
    response = None
    if with_response and flow.response is not None:
        res = flow.response
        response = Response(res.status_code, _headers(res.headers), res.raw_content or b"")
    return Exchange(
        source=source,
        flow_id=flow.id,
        request=request,
        response=response,
        started=req.timestamp_start or 0.0,
        client_addr=_client_addr(flow),
        server_ip=_server_ip(flow),
        server_port=req.port,
    )


def exchange_from_message(flow: Any, index: int, source: str) -> Exchange:
    """One WebSocket message: client messages as a request body, server ones as a response."""
    message = flow.websocket.messages[index]
    req = flow.request
    body = message.content if isinstance(message.content, bytes) else bytes(message.content)
    request = Request("WEBSOCKET", req.url, _headers(req.headers) if index == 0 else [])
    response = None
    if message.from_client:
        request.body = body
    else:
        response = Response(101, [], body)
    return Exchange(
        source=source,
        flow_id=f"{flow.id}/ws{index}",
        request=request,
        response=response,
        started=message.timestamp or 0.0,
        client_addr=_client_addr(flow),
        server_ip=_server_ip(flow),
        server_port=req.port,
        kind="websocket",
    )
