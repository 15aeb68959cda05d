"""HAR 1.2 files as exported by browsers, Charles, Insomnia, HTTP Toolkit and mitmproxy.

HAR stores bodies already decoded (no content-encoding applied) and sometimes
base64 (`encoding: "base64"`); exporters differ in what they omit, so every field
but the request line is optional here.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from ..model import Exchange, Request, Response
from . import SourceError


def _headers(items: Any) -> list[tuple[str, str]]:
    out = []
    for h in items or ():
        if isinstance(h, dict) and "name" in h:
            name = str(h["name"])
            if not name.startswith(":"):  # HTTP/2 pseudo-headers are in the URL already
                out.append((name, str(h.get("value", ""))))
    return out


def _content(obj: Any) -> bytes:
    if not isinstance(obj, dict):
        return b""
    text = obj.get("text")
    if text is None:
        params = obj.get("params")
        if isinstance(params, list) and params:
            pairs = [(str(p.get("name", "")), str(p.get("value", ""))) for p in params]
            return urlencode(pairs).encode()
        return b""
    if obj.get("encoding") == "base64":
        try:
            return base64.b64decode(text)
        except (binascii.Error, ValueError):
            return str(text).encode("utf-8", "surrogateescape")
    return str(text).encode("utf-8", "surrogateescape")


def _add_content_type(headers: list[tuple[str, str]], obj: Any) -> None:
    """HAR keeps the body's type in `mimeType`; exporters often drop the header."""
    if not isinstance(obj, dict) or not obj.get("mimeType"):
        return
    if not any(k.lower() == "content-type" for k, _ in headers):
        headers.append(("content-type", str(obj["mimeType"])))


def _epoch(stamp: Any) -> float:
    if not isinstance(stamp, str):
        return 0.0
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def entry_exchange(entry: dict[str, Any], source: str, index: int) -> Exchange:
    req = entry["request"]
    headers = _headers(req.get("headers"))
    post = req.get("postData")
    body = _content(post)
    _add_content_type(headers, post)
    request = Request(
        method=str(req.get("method", "GET")),
        url=str(req["url"]),
        headers=headers,
        body=body,
        http_version=str(req.get("httpVersion", "HTTP/1.1")),
    )
    response = None
    res = entry.get("response")
    if isinstance(res, dict) and res.get("status"):
        rheaders = _headers(res.get("headers"))
        content = res.get("content")
        _add_content_type(rheaders, content)
        # HAR bodies are decoded: drop content-encoding so nothing tries to inflate them.
        rheaders = [(k, v) for k, v in rheaders if k.lower() != "content-encoding"]
        response = Response(int(res.get("status") or 0), rheaders, _content(content))
    server_ip = entry.get("serverIPAddress")
    return Exchange(
        source=source,
        flow_id=str(index),
        request=request,
        response=response,
        started=_epoch(entry.get("startedDateTime")),
        server_ip=str(server_ip).strip("[]") if server_ip else None,
    )


def read_har(path: Path) -> Iterator[Exchange]:
    try:
        with path.open("r", encoding="utf-8-sig", errors="surrogateescape") as f:
            data = json.load(f)
    except RecursionError:
        raise SourceError(f"{path}: JSON nested too deeply to be a HAR file") from None
    except ValueError as exc:
        raise SourceError(f"{path}: not valid JSON ({exc.__class__.__name__}: {exc})") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None
    log = data.get("log") if isinstance(data, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise SourceError(f"{path}: not a HAR file (no log.entries)")
    source = str(path)
    bad = 0
    for index, entry in enumerate(entries):
        try:
            exchange = entry_exchange(entry, source, index)
        except (KeyError, TypeError, ValueError, AttributeError):
            bad += 1
            continue
        yield exchange
    if bad:
        raise SourceError(f"{path}: {bad} of {len(entries)} entries are malformed and were skipped")
