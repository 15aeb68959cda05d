"""Write one generated session as HAR 1.2, a mitmproxy flow dump, a replay list,
the phone's known.yaml and the labels.

The HAR follows what mitmproxy's `savehar` and Chrome write: request text
bodies decoded (the `content-encoding` header kept, as those exporters keep
it), binary bodies base64 with `encoding: "base64"`, HTTP/2 pseudo-headers in
the header list. The flow dump keeps every body raw, as sent on the wire.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .flowmodel import Flow

_BINARY_TYPES = (
    "image/",
    "video/",
    "audio/",
    "font/",
    "application/octet-stream",
    "application/x-protobuf",
    "application/x-msgpack",
)
REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    206: "Partial Content",
    302: "Found",
}


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _ctype(headers: list[tuple[str, str]]) -> str:
    for k, v in headers:
        if k.lower() == "content-type":
            return v
    return ""


def _har_content(data: bytes, ctype: str) -> dict[str, Any]:
    """Text when it is text, base64 otherwise (HTTP Toolkit and mitmproxy both do this)."""
    if not data:
        return {"text": ""}
    if not ctype.startswith(_BINARY_TYPES):
        try:
            return {"text": data.decode("utf-8")}
        except UnicodeDecodeError:
            pass
    return {"text": base64.b64encode(data).decode(), "encoding": "base64"}


def _resp_headers(flow: Flow) -> list[tuple[str, str]]:
    return [("date", formatdate(flow.started + flow.duration, usegmt=True)), *flow.resp_headers]


def _har_entry(flow: Flow) -> dict[str, Any]:
    parts = urlsplit(flow.url)
    headers = list(flow.req_headers)
    if flow.http_version == "HTTP/2.0":
        path = parts.path + ("?" + parts.query if parts.query else "")
        pseudo = [
            (":method", flow.method),
            (":authority", parts.netloc),
            (":scheme", parts.scheme),
            (":path", path),
        ]
        headers = pseudo + headers
    cookies = []
    for k, v in flow.req_headers:
        if k.lower() == "cookie":
            for pair in v.split(";"):
                name, _, value = pair.strip().partition("=")
                cookies.append({"name": name, "value": value})
    request: dict[str, Any] = {
        "method": flow.method,
        "url": flow.url,
        "httpVersion": flow.http_version,
        "cookies": cookies,
        "headers": [{"name": k, "value": v} for k, v in headers],
        "queryString": [
            {"name": k, "value": v} for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ],
        "headersSize": -1,
        "bodySize": len(flow.req_raw),
    }
    if flow.req_plain:
        ctype = _ctype(flow.req_headers)
        post = {"mimeType": ctype, **_har_content(flow.req_plain, ctype)}
        if ctype.startswith("application/x-www-form-urlencoded") and "encoding" not in post:
            post["params"] = [
                {"name": k, "value": v} for k, v in parse_qsl(post["text"], keep_blank_values=True)
            ]
        request["postData"] = post
    rctype = _ctype(flow.resp_headers)
    content = {
        "size": len(flow.resp_plain),
        "compression": len(flow.resp_plain) - len(flow.resp_raw),
        "mimeType": rctype or "x-unknown",
    }
    content.update(_har_content(flow.resp_plain, rctype))
    ms = flow.duration * 1000
    return {
        "startedDateTime": _iso(flow.started),
        "time": round(ms, 3),
        "request": request,
        "response": {
            "status": flow.status,
            "statusText": REASONS.get(flow.status, ""),
            "httpVersion": flow.http_version,
            "cookies": [],
            "headers": [{"name": k, "value": v} for k, v in _resp_headers(flow)],
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(flow.resp_raw),
        },
        "cache": {},
        "timings": {
            "blocked": -1,
            "dns": -1,
            "connect": -1,
            "ssl": -1,
            "send": 0.2,
            "wait": round(ms * 0.8, 3),
            "receive": round(ms * 0.2 - 0.2, 3),
        },
        "serverIPAddress": flow.server_ip,
        "connection": str(443),
    }


def write_har(flows: list[Flow], path: Path) -> None:
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "exfilwatch heldout generator", "version": "1"},
            "pages": [],
            "entries": [_har_entry(f) for f in flows],
        }
    }
    path.write_text(json.dumps(har, ensure_ascii=False, indent=1), encoding="utf-8")


def _mitm_flow(flow: Flow) -> Any:
    from mitmproxy import connection, http

    parts = urlsplit(flow.url)
    host = parts.hostname or ""
    port = parts.port or 443
    h2 = flow.http_version == "HTTP/2.0"
    client = connection.Client(
        peername=("10.0.2.16", 40000 + flow.index % 20000),
        sockname=("10.0.2.2", 8080),
        timestamp_start=flow.started - 0.05,
        tls=True,
        sni=host,
        alpn=b"h2" if h2 else b"http/1.1",
        tls_version="TLSv1.3",
    )
    client.id = flow.flow_id[::-1]
    server = connection.Server(
        address=(host, port),
        peername=(flow.server_ip, port),
        timestamp_start=flow.started - 0.04,
        tls=True,
        sni=host,
        tls_version="TLSv1.3",
        alpn=b"h2" if h2 else b"http/1.1",
    )
    server.id = flow.flow_id[:24] + flow.flow_id[-12:][::-1]
    server.timestamp_tcp_setup = flow.started - 0.03
    server.timestamp_tls_setup = flow.started - 0.02
    headers = http.Headers([(k.encode(), v.encode()) for k, v in flow.req_headers])
    path = parts.path + ("?" + parts.query if parts.query else "")
    request = http.Request(
        host, port, flow.method.encode(), parts.scheme.encode(),
        parts.netloc.encode() if h2 else b"",
        path.encode(), flow.http_version.encode(), headers, flow.req_raw, None,
        flow.started, flow.started + flow.duration * 0.3,
    )  # fmt: skip
    rheaders = http.Headers([(k.encode(), v.encode()) for k, v in _resp_headers(flow)])
    response = http.Response(
        flow.http_version.encode(), flow.status, REASONS.get(flow.status, "").encode(), rheaders,
        flow.resp_raw, None, flow.started + flow.duration * 0.8, flow.started + flow.duration,
    )  # fmt: skip
    f = http.HTTPFlow(client, server)
    f.id = flow.flow_id
    f.timestamp_created = flow.started
    f.request = request
    f.response = response
    return f


def write_flows(flows: list[Flow], path: Path) -> None:
    from mitmproxy import io

    with path.open("wb") as fh:
        writer = io.FlowWriter(fh)
        for flow in flows:
            writer.add(_mitm_flow(flow))


def write_replay(flows: list[Flow], path: Path) -> None:
    """Requests as a real client must send them (bodies raw, content-encoded), with answers."""
    items = []
    for f in flows:
        items.append(
            {
                "index": f.index,
                "method": f.method,
                "url": f.url,
                "http_version": f.http_version,
                "headers": [[k, v] for k, v in f.req_headers],
                "body_b64": base64.b64encode(f.req_raw).decode(),
                "server_ip": f.server_ip,
                "response": {
                    "status": f.status,
                    "headers": [[k, v] for k, v in _resp_headers(f)],
                    "body_b64": base64.b64encode(f.resp_raw).decode(),
                },
            }
        )
    path.write_text(
        json.dumps({"format": "exfilwatch-replay/1", "requests": items}), encoding="utf-8"
    )
