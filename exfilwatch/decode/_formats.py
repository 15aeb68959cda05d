"""Structured formats: forms, cookies, multipart, schema-less protobuf, msgpack.

Each parser turns bytes or text into plain Python containers (dicts, lists,
strings, numbers) that the walker treats exactly like parsed JSON, so that one
walk and one set of signatures serve every format. Parsers are strict: when in
doubt they return `None`, because a false parse (random bytes read as protobuf)
produces fields that were never sent.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

import msgpack

from ._codecs import printable_text

_SPACE_RE = re.compile(r"\s")


def form_pairs(text: str) -> list[tuple[str, str]] | None:
    """`a=1&b=2`; a lone `a=1` is left alone (too often just base64 padding)."""
    if "=" not in text or "&" not in text or _SPACE_RE.search(text):
        return None
    items = [item for item in text.split("&") if item]
    if len(items) < 2 or "=" not in items[0]:
        return None
    for item in items:
        name = item.partition("=")[0]
        if not 0 < len(name) <= 128:
            return None
    try:
        return parse_qsl(text, keep_blank_values=True, max_num_fields=10_000)
    except ValueError:
        return None


def cookie_pairs(header: str) -> list[tuple[str, str]]:
    pairs = []
    for item in header.split(";"):
        name, sep, value = item.strip().partition("=")
        if sep and name:
            pairs.append((name, value.strip('"')))
    return pairs


def header_param(value: str, name: str) -> str | None:
    match = re.search(rf'(?i)(?:^|;)\s*{name}="?([^";]+)"?', value)
    return match.group(1) if match else None


def multipart_parts(body: bytes, content_type: str) -> list[tuple[str, str, bytes, str]] | None:
    """(name, content type, content, filename) for each part. The filename
    (Content-Disposition `filename=`, "" when absent) often says what a generically
    named part (`file`, `upload`) holds: `selfie.jpg`, `voice_sample.wav`."""
    boundary = header_param(content_type, "boundary")
    if not boundary:
        return None
    delimiter = b"--" + boundary.encode("latin-1")
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            head, sep, content = chunk.partition(b"\n\n")
        if not sep:
            continue
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        headers = head.decode("latin-1")
        disposition = re.search(r"(?im)^content-disposition:(.*)$", headers)
        ctype = re.search(r"(?im)^content-type:\s*(.*?)\s*$", headers)
        name = (header_param(disposition.group(1), "name") if disposition else None) or str(
            len(parts)
        )
        filename = (header_param(disposition.group(1), "filename") if disposition else None) or ""
        parts.append((name, ctype.group(1).lower() if ctype else "", content, filename))
    return parts


# --- protobuf wire format without a schema -----------------------------------


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def protobuf_message(data: bytes, depth: int = 0, max_depth: int = 16) -> dict | None:
    """A message as {field number: value or [values]}, or `None` if it is not one.

    Length-delimited fields become text when they read as text, a nested message
    when they parse as one, and bytes otherwise. Groups (wire types 3 and 4) are
    deprecated and never seen in app traffic; meeting one means this is not
    protobuf.
    """
    if not data or depth > max_depth:
        return None
    fields: dict[str, object] = {}
    pos = 0
    try:
        while pos < len(data):
            tag, pos = _varint(data, pos)
            number, wire = tag >> 3, tag & 7
            if number == 0 or number > 536_870_911:
                return None
            if wire == 0:
                value, pos = _varint(data, pos)
            elif wire == 1:
                if pos + 8 > len(data):
                    return None
                value = int.from_bytes(data[pos : pos + 8], "little")
                pos += 8
            elif wire == 5:
                if pos + 4 > len(data):
                    return None
                value = int.from_bytes(data[pos : pos + 4], "little")
                pos += 4
            elif wire == 2:
                length, pos = _varint(data, pos)
                if pos + length > len(data):
                    return None
                chunk = data[pos : pos + length]
                pos += length
                value = _length_delimited(chunk, depth, max_depth)
            else:
                return None
            key = str(number)
            if key in fields:
                existing = fields[key]
                if isinstance(existing, _Repeated):
                    existing.append(value)
                else:
                    fields[key] = _Repeated([existing, value])
            else:
                fields[key] = value
    except ValueError:
        return None
    return fields


class _Repeated(list):
    """A repeated protobuf field, told apart from a value that is a list."""


def _length_delimited(chunk: bytes, depth: int, max_depth: int) -> object:
    text = printable_text(chunk)
    if text is not None and text.isprintable():
        return text
    nested = protobuf_message(chunk, depth + 1, max_depth)
    if nested is not None:
        return nested
    return text if text is not None else bytes(chunk)


def grpc_messages(body: bytes) -> list[bytes] | None:
    """Split a gRPC body (1-byte flag, 4-byte length, message) into messages."""
    messages, pos = [], 0
    while pos + 5 <= len(body):
        flag, length = body[pos], int.from_bytes(body[pos + 1 : pos + 5], "big")
        if flag > 1 or pos + 5 + length > len(body):
            return None
        messages.append(body[pos + 5 : pos + 5 + length])
        pos += 5 + length
    return messages if pos == len(body) and messages else None


# --- msgpack ------------------------------------------------------------------

_MSGPACK_CONTAINER = frozenset([*range(0x80, 0xA0), 0xDC, 0xDD, 0xDE, 0xDF])


def msgpack_document(data: bytes, limit: int) -> object | None:
    """A msgpack map or array that spans the whole input, else `None`."""
    if not data or data[0] not in _MSGPACK_CONTAINER:
        return None
    try:
        value = msgpack.unpackb(
            data,
            raw=False,
            strict_map_key=False,
            max_str_len=limit,
            max_bin_len=limit,
            # Array and map limits are left at msgpack's default, the input's length:
            # a larger limit lets a truncated array preallocate (and, in msgpack 1.1,
            # leak) space for elements that are not there (found by atheris).
            unicode_errors="surrogateescape",
        )
    except Exception:
        return None
    return value if isinstance(value, dict | list) else None


_XML_START_RE = re.compile(r"<(?:\?xml|[A-Za-z_][\w.\-]*(?::[\w.\-]+)?[\s/>])")


def _local(tag: str) -> str:
    """`{urn:schemas-upnp-org:device-1-0}serialNumber` and `s:Body` -> the local name."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _element(elem: object, depth: int, max_depth: int) -> object:
    """An element as JSON would say it: text for a leaf, else a dict of its
    attributes and children (a repeated child becomes a list)."""
    children = list(elem)  # type: ignore[call-overload]
    attrs = {_local(k): v for k, v in elem.attrib.items()}  # type: ignore[attr-defined]
    text = (elem.text or "").strip()  # type: ignore[attr-defined]
    if not children and not attrs:
        return text
    out: dict[str, object] = dict(attrs)
    if text:
        out["#text"] = text
    if depth >= max_depth:
        return out
    for child in children:
        name = _local(child.tag) if isinstance(child.tag, str) else ""
        if not name:
            continue
        value = _element(child, depth + 1, max_depth)
        if name in out:
            previous = out[name]
            out[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            out[name] = value
    return out


def xml_document(text: str, max_depth: int = 32) -> dict | None:
    """An XML body (SOAP, UPnP/DLNA and Roku ECP device descriptions, VAST, plist
    configs) as `{root: {...}}`, else `None`. Documents with a DOCTYPE are refused:
    entity declarations are how XML bombs and external-entity reads work, and no
    API payload worth reading needs one."""
    head = text.lstrip()[:256]
    if not head.startswith("<") or not _XML_START_RE.match(head) or "<!DOCTYPE" in text[:4096]:
        return None
    if "<!ENTITY" in text:
        return None
    import xml.etree.ElementTree as ET  # imported only when a body looks like XML

    try:
        root = ET.fromstring(text)
    except (ET.ParseError, ValueError):
        return None
    if not isinstance(root.tag, str):
        return None
    return {_local(root.tag): _element(root, 1, max_depth)}
