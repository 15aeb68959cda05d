"""URLs as reports show them and as runs are compared.

A finding's `url` is the request line as sent, and its query often *is* the
leak (`?gps_adid=...`). Reports and gate output show it with every query value
and every identifier-like path segment redacted; comparisons between runs drop
the query and fold identifier-like path segments, so that the same leak in two
builds (with different session ids in the path) has the same key.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlsplit

from ..redact import redact

_ID_SEGMENT = re.compile(
    r"^(?:\d{6,}|[0-9a-fA-F]{12,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12}|(?=[A-Za-z_\-]*\d)[A-Za-z0-9_\-]{24,})$"
)


def _looks_like_id(segment: str) -> bool:
    return bool(_ID_SEGMENT.match(segment))


def redact_url(url: str, reveal: bool = False) -> str:
    """`https://host/path?k=v` with values and id-like path segments shortened."""
    if reveal:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    path = "/".join(redact(s) if _looks_like_id(s) else s for s in parts.path.split("/"))
    shown = f"{parts.scheme}://{parts.netloc}{path}" if parts.scheme else path
    if parts.query:
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        if pairs:
            query = "&".join(f"{quote(k, safe='[]._-')}={redact(v)}" for k, v in pairs)
        else:
            query = redact(parts.query)
        shown += "?" + query
    return shown


def url_shape(url: str) -> str:
    """host + path without query, id-like segments as `{id}`: stable across runs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    segments = ("{id}" if _looks_like_id(s) else s for s in parts.path.split("/"))
    return f"{(parts.hostname or '').lower()}{'/'.join(segments)}"
