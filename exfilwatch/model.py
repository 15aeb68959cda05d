"""The source-independent exchange model and the findings contract.

Every source (live proxy flow, HAR entry, mitmproxy flow dump, reassembled pcap
stream) is turned into an `Exchange` before anything else looks at it, so that the
core (decode, detect, attribute) sees one shape only. The core never keeps a
reference to a source's own objects: a live flow can be freed, or a pcap buffer
reused, the moment its `Exchange` is built.

`Finding.to_dict` is the JSONL contract other tools parse. Its key names are
fixed by the project's issue tracker; add keys, never rename them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def first_header(headers: list[tuple[str, str]], name: str) -> str | None:
    """The first value of a header, by case-insensitive name."""
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


@dataclass(slots=True)
class Request:
    """An HTTP request as it was sent: `body` is the raw body, still content-encoded."""

    method: str
    url: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    http_version: str = "HTTP/1.1"

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)


@dataclass(slots=True)
class Response:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)


@dataclass(slots=True)
class Exchange:
    """One HTTP exchange (or one WebSocket message, with `kind="websocket"`).

    `source` names where it came from ("live" or a file path); `flow_id` is stable
    for the same exchange read twice from the same input, so that findings can be
    compared between runs.
    """

    source: str
    flow_id: str
    request: Request
    response: Response | None = None
    started: float = 0.0
    client_addr: str | None = None
    server_ip: str | None = None
    server_port: int | None = None
    kind: str = "http"
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Destination:
    """Who received the data. The keys exist from day one; attribution fills them."""

    host: str = ""
    domain: str = ""
    owner: str | None = None
    owner_country: str | None = None
    server_ip: str | None = None
    server_country: str | None = None
    asn: str | None = None
    party: str = "unknown"
    parent: str | None = None
    owner_legal_country: str | None = None
    owner_categories: list[str] = field(default_factory=list)
    as_name: str | None = None
    cross_border: bool = False
    watched: bool = False

    def key(self) -> tuple[Any, ...]:
        """Every field in order, hashable (the category list as a tuple)."""
        return tuple(
            tuple(value) if isinstance(value := getattr(self, name), list) else value
            for name in _DESTINATION_FIELDS
        )

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies every leaf, which made this a
        # tenth of the time of a whole scan that writes many findings.
        out = {name: getattr(self, name) for name in _DESTINATION_FIELDS}
        out["owner_categories"] = list(self.owner_categories)
        return out


_DESTINATION_FIELDS = tuple(f.name for f in dataclasses.fields(Destination))


@dataclass(slots=True)
class Finding:
    """One (flow, category, signature, location) hit. See the module docstring."""

    source: str
    flow: str
    method: str
    url: str
    category: str
    signature: str
    confidence: float
    location: str
    encodings: list[str]
    evidence: str
    destination: Destination
    time: str = ""
    title: str = ""
    severity: str = "medium"
    direction: str = "request"
    references: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            key = "\x1f".join(
                (self.source, self.flow, self.category, self.signature, self.location)
            )
            self.id = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        out = self.fields_dict()
        out["destination"] = self.destination.to_dict()
        return out

    def fields_dict(self) -> dict[str, Any]:
        """Every key of the JSONL contract but `destination` (which sinks may cache)."""
        return {
            "id": self.id,
            "time": self.time,
            "source": self.source,
            "flow": self.flow,
            "method": self.method,
            "url": self.url,
            "category": self.category,
            "signature": self.signature,
            "title": self.title,
            "severity": self.severity,
            "confidence": round(self.confidence, 3),
            "location": self.location,
            "direction": self.direction,
            "encodings": list(self.encodings),
            "evidence": self.evidence,
            "references": list(self.references),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        dest_keys = {f.name for f in dataclasses.fields(Destination)}
        dest = Destination(
            **{k: v for k, v in (data.get("destination") or {}).items() if k in dest_keys}
        )
        own = {f.name for f in dataclasses.fields(cls)} - {"destination"}
        return cls(destination=dest, **{k: v for k, v in data.items() if k in own})


def iso_time(epoch: float) -> str:
    """ISO 8601 in UTC with milliseconds; the contract's `time`."""
    if not epoch:
        return ""
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds")
