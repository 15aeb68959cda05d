"""Recursive, bounded decoding of one exchange into located values.

Design
------
An app rarely sends an identifier in the clear: it sits in a JSON string inside a
base64 blob inside a form field of a gzip body. The decoder unwraps all of that
and returns a flat list of `Node`s, one per value it met (every string, number,
container and opaque blob), each with:

- `path`: where the value was, written so that a person can follow it back, e.g.
  `body.form.data|base64|json.$android_id`. `.name` and `[i]` step into a
  container; `|codec` marks a change of representation (json, base64, gzip...).
- `key`: the nearest key name above the value (`$android_id`), what signatures
  match on; list items inherit the key of their list, URL path segments the
  segment before them.
- `encodings`: the representation changes only (`["gzip", "base64"]`), which is
  what the findings contract reports.
- `parent`: the index of the enclosing node, so that detectors can look at
  siblings (co-occurrence) and drop a hit on a container when a child holds it.

The flat list is the whole interface between decoding and detection: detectors
never parse, and the decoder knows nothing of what is sensitive.

Every loop an input can lengthen is bounded (`Limits`): bytes per body, decode
depth, nodes per exchange and wall time. Hitting a bound adds a warning and
stops that branch only.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from ..limits import DEFAULT_LIMITS, Limits
from ..model import Exchange
from ._codecs import (
    CONTENT_ENCODINGS,
    LimitExceeded,
    from_base64,
    from_hex,
    jwt_parts,
    printable_text,
    sniff_compression,
)
from ._formats import (
    cookie_pairs,
    form_pairs,
    grpc_messages,
    msgpack_document,
    multipart_parts,
    protobuf_message,
    xml_document,
)

__all__ = ["Decoded", "MultipartFields", "Node", "decode_exchange"]

_PERCENT_RE = re.compile(r"%[0-9A-Fa-f]{2}")
# Instagram-style signed bodies: "<HMAC hex or the literal SIGNATURE>.{json}".
_SIGNED_JSON_RE = re.compile(r"[A-Za-z0-9_-]{4,128}\.(?=[{\[])")
# An archive body is a file too (an identity SDK zips its selfie frames: `selfie.zip`): its
# type and the URL naming it are what a rule can read, never its compressed bytes as text.
_MEDIA_PREFIXES = ("image/", "video/", "audio/", "font/", "application/zip", "application/x-zip")
_SKIPPED_RESPONSE_TYPES = ("text/html", "text/css", "javascript", "image/", "video/", "audio/")
_SKIPPED_HEADERS = frozenset(
    ["content-length", "content-type", "accept", "accept-encoding", "accept-language", "host"]
)


@dataclass(slots=True)
class Node:
    path: str
    key: str
    value: object
    encodings: tuple[str, ...]
    parent: int
    direction: str = "request"
    media: str = ""


class MultipartFields(dict):
    """A multipart body's container value: `{part name: content type}`, as before,
    plus what says what a generic part (`file`, `upload`) holds: each part's
    `filenames` (Content-Disposition `filename=`) and the short text parts' `texts`
    (`title: anh_chan_dung`, `type: portrait`). It is a plain dict to every other
    reader; detectors that want the context check for this type."""

    def __init__(
        self,
        fields: dict[str, str],
        filenames: dict[str, str] | None = None,
        texts: dict[str, str] | None = None,
    ) -> None:
        super().__init__(fields)
        self.filenames = filenames or {}
        self.texts = texts or {}


_MAX_PART_TEXT = 256


@dataclass(slots=True)
class Decoded:
    nodes: list[Node] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Stop(Exception):
    """A per-exchange limit was reached: stop decoding this exchange."""


class _Walker:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.out = Decoded()
        self.direction = "request"
        self.deadline = time.monotonic() + limits.max_seconds

    # -- bookkeeping -----------------------------------------------------------

    def warn(self, message: str) -> None:
        if message not in self.out.warnings:
            self.out.warnings.append(message)

    def add(
        self,
        path: str,
        key: str,
        value: object,
        enc: tuple[str, ...],
        parent: int,
        media: str = "",
    ) -> int:
        nodes = self.out.nodes
        if len(nodes) >= self.limits.max_steps:
            self.warn(f"decode step limit ({self.limits.max_steps}) reached")
            raise _Stop
        if not len(nodes) & 255 and time.monotonic() > self.deadline:
            self.warn(f"decode time limit ({self.limits.max_seconds}s) reached")
            raise _Stop
        nodes.append(Node(path, key, value, enc, parent, self.direction, media))
        return len(nodes) - 1

    def decompress(self, name: str, data: bytes, path: str) -> bytes | None:
        try:
            return CONTENT_ENCODINGS[name](data, self.limits.max_body_bytes)
        except LimitExceeded as exc:
            self.warn(f"{path}: {name} output over {self.limits.max_body_bytes} bytes, truncated")
            return exc.partial

    # -- text and bytes --------------------------------------------------------

    def text(self, s: str, path: str, key: str, enc: tuple[str, ...], parent: int, depth: int):
        """Unwrap a string that may hold another representation."""
        s = s.strip()
        if len(s) < 8:
            return
        if depth > self.limits.max_depth:
            self.warn(f"{path}: decode depth limit ({self.limits.max_depth}) reached")
            return
        first = s[0]
        if first in "{[" and s[-1] in "}]":
            try:
                doc = json.loads(s)
            except RecursionError:
                self.warn(f"{path}: JSON nested too deeply, not walked")
                return
            except ValueError:
                doc = None
            if isinstance(doc, dict | list):
                self.structure(doc, path + "|json", key, enc, parent, depth + 1)
                return
        if s[-1] in "}]" and (signed := _SIGNED_JSON_RE.match(s)) is not None:
            try:
                doc = json.loads(s[signed.end() :])
            except (ValueError, RecursionError):
                doc = None
            if isinstance(doc, dict | list):
                self.structure(doc, path + "|signed|json", key, enc, parent, depth + 1)
                return
        if (pairs := form_pairs(s)) is not None:
            self.pairs(pairs, path + "|form", enc, parent, depth + 1)
            return
        if "%" in s and _PERCENT_RE.search(s):
            plain = unquote(s)
            if plain != s:
                child = self.add(path + "|url", key, plain, (*enc, "url"), parent)
                self.text(plain, path + "|url", key, (*enc, "url"), child, depth + 1)
                return
        if first == "e" and (parts := jwt_parts(s)) is not None:
            for label, raw in zip(("header", "payload"), parts, strict=True):
                self.binary(raw, f"{path}|jwt.{label}", key, (*enc, "jwt"), parent, depth + 1)
            return
        raw = from_hex(s)
        if raw is not None:
            self.binary(raw, path + "|hex", key, (*enc, "hex"), parent, depth + 1, strict=True)
            return
        raw = from_base64(s)
        if raw is not None:
            self.binary(raw, path + "|base64", key, (*enc, "base64"), parent, depth + 1, True)

    def binary(
        self,
        data: bytes,
        path: str,
        key: str,
        enc: tuple[str, ...],
        parent: int,
        depth: int,
        strict: bool = False,
    ) -> None:
        """Unwrap bytes. `strict` bytes came from a string that merely looked like
        base64 or hex: keep them only if they turn out to be something."""
        if depth > self.limits.max_depth:
            self.warn(f"{path}: decode depth limit ({self.limits.max_depth}) reached")
            return
        codec = sniff_compression(data)
        if codec is not None:
            plain = self.decompress(codec, data, path)
            if plain:
                self.binary(plain, f"{path}|{codec}", key, (*enc, codec), parent, depth + 1)
                return
        text = printable_text(data)
        if text is not None:
            if strict and not text.isprintable() and not text.strip().isprintable():
                return
            child = self.add(path, key, text, enc, parent)
            self.text(text, path, key, enc, child, depth)
            return
        doc = msgpack_document(data, self.limits.max_body_bytes)
        if doc is not None:
            self.structure(doc, path + "|msgpack", key, (*enc, "msgpack"), parent, depth + 1)
            return
        message = protobuf_message(data, max_depth=self.limits.max_structure_depth // 4)
        if message is not None and (not strict or _has_text(message)):
            self.structure(message, path + "|protobuf", key, (*enc, "protobuf"), parent, depth + 1)
            return
        if not strict:
            self.add(path, key, data, enc, parent)

    # -- containers ------------------------------------------------------------

    def pairs(
        self,
        pairs: list[tuple[str, str]],
        path: str,
        enc: tuple[str, ...],
        parent: int,
        depth: int,
    ) -> None:
        container = self.add(path, "", dict(pairs), enc, parent)
        for name, value in pairs:
            child_path = f"{path}.{name}"
            child = self.add(child_path, name, value, enc, container)
            self.text(value, child_path, name, enc, child, depth)

    def structure(
        self,
        doc: object,
        path: str,
        key: str,
        enc: tuple[str, ...],
        parent: int,
        depth: int,
    ) -> None:
        """Walk a parsed document (JSON, msgpack, protobuf) without recursion."""
        stack: list[tuple[object, str, str, int, int]] = [(doc, path, key, parent, 0)]
        max_nesting = self.limits.max_structure_depth
        while stack:
            value, vpath, vkey, vparent, level = stack.pop()
            if isinstance(value, str):
                child = self.add(vpath, vkey, value, enc, vparent)
                self.text(value, vpath, vkey, enc, child, depth + 1)
            elif isinstance(value, dict):
                node = self.add(vpath, vkey, value, enc, vparent)
                if level >= max_nesting:
                    self.warn(f"{vpath}: nesting deeper than {max_nesting}, not walked")
                    continue
                for k, v in reversed(value.items()):
                    k = k if isinstance(k, str) else str(k)
                    stack.append((v, f"{vpath}.{k}", k, node, level + 1))
            elif isinstance(value, list):
                node = self.add(vpath, vkey, value, enc, vparent)
                if level >= max_nesting:
                    self.warn(f"{vpath}: nesting deeper than {max_nesting}, not walked")
                    continue
                for i in range(len(value) - 1, -1, -1):
                    item = value[i]
                    if isinstance(item, int | float) and not isinstance(item, bool):
                        continue  # numeric vectors are judged whole, by their container
                    stack.append((item, f"{vpath}[{i}]", vkey, node, level + 1))
            elif isinstance(value, bytes | bytearray):
                self.binary(bytes(value), vpath, vkey, enc, vparent, depth + 1)
            else:
                self.add(vpath, vkey, value, enc, vparent)

    def protobuf(self, data: bytes, path: str, enc: tuple[str, ...]) -> bool:
        """Walk a body its content type declares protobuf as protobuf, before
        asking whether it reads as text: a message of string fields only is
        valid UTF-8 with few control bytes (`\\n\\rPapadaki home\\x1a...`), and read
        as text its fields would be lost."""
        message = protobuf_message(data, max_depth=self.limits.max_structure_depth // 4)
        if message is None:
            return False
        self.structure(message, path + "|protobuf", "", (*enc, "protobuf"), -1, 2)
        return True

    # -- the parts of a message ------------------------------------------------

    def body(self, data: bytes, headers: list[tuple[str, str]], prefix: str) -> None:
        if not data:
            return
        hdr = {k.lower(): v for k, v in headers}
        path, enc = prefix, ()
        for name in reversed(
            [e.strip().lower() for e in hdr.get("content-encoding", "").split(",")]
        ):
            if name in CONTENT_ENCODINGS:
                plain = self.decompress(name, data, path)
                if plain is None:
                    break  # already decoded (HAR stores bodies decoded) or broken
                data, path, enc = plain, f"{path}|{name}", (*enc, name)
        if not enc and (codec := sniff_compression(data)) is not None:
            plain = self.decompress(codec, data, path)
            if plain is not None:
                data, path, enc = plain, f"{path}|{codec}", (codec,)
        ctype = hdr.get("content-type", "").lower()
        if ctype.startswith(_MEDIA_PREFIXES):
            self.add(path, "", data, enc, -1, media=ctype.split(";")[0])
            return
        if ctype.startswith("multipart/"):
            parts = multipart_parts(data, hdr.get("content-type", ""))
            if parts is not None:
                self.multipart(parts, path + ".multipart", enc)
                return
        declared = _declared_protobuf(ctype)
        if "grpc" in ctype and (messages := grpc_messages(data)) is not None:
            for i, message in enumerate(messages):
                grpc_path = f"{path}.grpc[{i}]"
                if not (declared and self.protobuf(message, grpc_path, enc)):
                    self.binary(message, grpc_path, "", enc, -1, 1)
            return
        if declared and self.protobuf(data, path, enc):
            return
        text = printable_text(data)
        if text is None:
            self.binary(data, path, "", enc, -1, 1)
            return
        stripped = text.strip()
        if stripped[:1] in ("{", "["):
            try:
                doc = json.loads(stripped)
            except RecursionError:
                self.warn(f"{path}: JSON nested too deeply, not walked")
                doc = None
            except ValueError:
                doc = None
            if isinstance(doc, dict | list):
                self.structure(doc, path + ".json", "", enc, -1, 1)
                return
            if "\n" in stripped:
                self.json_lines(stripped, path, enc)
                return
        if stripped[:1] == "<" and "html" not in ctype:
            doc = xml_document(stripped, self.limits.max_structure_depth)
            if doc is not None:
                self.structure(doc, path + ".xml", "", enc, -1, 1)
                return
        if "x-www-form-urlencoded" in ctype and "=" in stripped and not stripped.startswith("{"):
            self.pairs(parse_qsl(stripped, keep_blank_values=True), path + ".form", enc, -1, 1)
            return
        if (pairs := form_pairs(stripped)) is not None:
            self.pairs(pairs, path + ".form", enc, -1, 1)
            return
        node = self.add(path, "", text, enc, -1)
        self.text(stripped, path, "", enc, node, 1)

    def json_lines(self, text: str, path: str, enc: tuple[str, ...]) -> None:
        """Newline-delimited JSON (batched analytics events)."""
        for i, line in enumerate(text.splitlines()):
            line = line.strip()
            if not line:
                continue
            try:
                doc = json.loads(line)
            except (ValueError, RecursionError):
                doc = line
            if isinstance(doc, dict | list):
                self.structure(doc, f"{path}.json[{i}]", "", enc, -1, 1)
            else:
                node = self.add(f"{path}[{i}]", "", line, enc, -1)
                self.text(line, f"{path}[{i}]", "", enc, node, 1)

    def multipart(
        self, parts: list[tuple[str, str, bytes, str]], path: str, enc: tuple[str, ...]
    ) -> None:
        fields = MultipartFields(
            {name: ctype for name, ctype, _, _ in parts},
            {name: filename for name, _, _, filename in parts if filename},
            {
                name: text
                for name, ctype, content, _ in parts
                if not ctype.startswith(_MEDIA_PREFIXES)
                and len(content) <= _MAX_PART_TEXT
                and (text := printable_text(content)) is not None
            },
        )
        container = self.add(path, "", fields, enc, -1)
        for name, ctype, content, _ in parts:
            part_path = f"{path}.{name}"
            if ctype.startswith(_MEDIA_PREFIXES):
                self.add(part_path, name, content, enc, container, media=ctype)
                continue
            text = printable_text(content)
            if text is not None:
                child = self.add(part_path, name, text, enc, container, media=ctype)
                self.text(text, part_path, name, enc, child, 1)
            else:
                self.binary(content, part_path, name, enc, container, 1)

    def url(self, url: str) -> None:
        parts = urlsplit(url)
        previous = ""
        for i, segment in enumerate(s for s in parts.path.split("/") if s):
            segment = unquote(segment)
            node = self.add(f"path[{i}]", previous, segment, (), -1)
            self.text(segment, f"path[{i}]", previous, (), node, 1)
            previous = segment
        if parts.query:
            pairs = parse_qsl(parts.query, keep_blank_values=True, max_num_fields=10_000)
            self.pairs(pairs, "query", (), -1, 1)

    def headers(self, headers: list[tuple[str, str]], prefix: str) -> None:
        for name, value in headers:
            lname = name.lower()
            if lname in _SKIPPED_HEADERS:
                continue
            hpath = f"{prefix}.{lname}"
            if lname in ("cookie", "set-cookie"):
                pairs = cookie_pairs(value)
                if lname == "set-cookie":
                    pairs = pairs[:1]
                self.pairs(pairs, hpath, (), -1, 1)
                continue
            node = self.add(hpath, lname, value, (), -1)
            self.text(value, hpath, lname, (), node, 1)


def _declared_protobuf(ctype: str) -> bool:
    """`application/grpc`, `application/x-protobuf`, `application/grpc+proto`;
    not `application/grpc+json` or `application/grpc-web-text` (base64)."""
    if "json" in ctype or "text" in ctype:
        return False
    return "grpc" in ctype or "protobuf" in ctype or "proto" in ctype.split("+")[-1:]


def _has_text(message: dict) -> bool:
    return any(isinstance(v, str) and len(v) >= 4 for v in message.values())


def decode_exchange(exchange: Exchange, limits: Limits = DEFAULT_LIMITS) -> Decoded:
    """Every value in the exchange's request (and response), with its location."""
    walker = _Walker(limits)
    request = exchange.request
    try:
        walker.url(request.url)
        walker.headers(request.headers, "header")
        walker.body(request.body, request.headers, "body")
        response = exchange.response
        if response is not None:
            walker.direction = "response"
            walker.headers(response.headers, "response.header")
            ctype = (response.header("content-type") or "").lower()
            if not any(t in ctype for t in _SKIPPED_RESPONSE_TYPES):
                walker.body(response.body, response.headers, "response.body")
    except _Stop:
        pass
    except RecursionError:
        walker.warn("nesting too deep, decoding stopped")
    return walker.out
