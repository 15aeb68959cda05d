"""The one engine every input goes through: decode, detect, attribute.

Sources build `Exchange`s, sinks take `Finding`s, and this module is all that
lies between them, so the live proxy, a HAR file, a flow dump and a pcap give
the same findings for the same traffic. It does no I/O beyond loading its
reference data at construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus, urlsplit

from .attribute import Attributor
from .decode import decode_exchange
from .detect import Detection, Detector
from .detect.known_values import KnownValues
from .detect.signatures import SignatureSet, load_signatures
from .limits import DEFAULT_LIMITS, Limits
from .model import Exchange, Finding, iso_time
from .redact import redact


def redact_url(url: str, detections: Iterable[Detection]) -> str:
    """The URL as sent, but with every detected value in it redacted.

    Findings carry the URL so that a reader can find the request; the URL must
    not carry the identifier itself, in clear or URL-encoded.
    """
    for secret in sorted(
        {d.secret for d in detections if len(d.secret) >= 6}, key=len, reverse=True
    ):
        for form in (secret, quote(secret, safe=""), quote_plus(secret)):
            if form in url:
                url = url.replace(form, redact(secret))
    return url


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """Everything needed to build an engine: small and picklable, so that worker
    processes and Dask workers build their own engine instead of receiving one."""

    known_file: str | None = None
    signature_dirs: tuple[str, ...] = ()
    first_party: tuple[str, ...] = ()
    watch_countries: tuple[str, ...] = ()
    geoip: str | None = None
    limits: Limits = DEFAULT_LIMITS
    reveal: bool = False

    def build(self) -> Engine:
        return Engine.from_options(
            known_file=self.known_file,
            signature_dirs=self.signature_dirs,
            first_party=self.first_party,
            watch_countries=self.watch_countries,
            geoip=self.geoip,
            limits=self.limits,
            reveal=self.reveal,
        )


class Engine:
    def __init__(
        self,
        known: KnownValues | None = None,
        signatures: SignatureSet | None = None,
        attributor: Attributor | None = None,
        limits: Limits = DEFAULT_LIMITS,
        reveal: bool = False,
    ) -> None:
        self.detector = Detector(known, signatures, reveal)
        self.attributor = attributor or Attributor()
        self.limits = limits
        self.reveal = reveal

    @classmethod
    def from_options(
        cls,
        known_file: str | Path | None = None,
        signature_dirs: Iterable[str | Path] = (),
        first_party: Sequence[str] = (),
        watch_countries: Sequence[str] = (),
        geoip: str | None = None,
        limits: Limits = DEFAULT_LIMITS,
        reveal: bool = False,
        builtin_signatures: bool = True,
    ) -> Engine:
        """Build from user options; raises ValueError subclasses with one-line messages."""
        known = KnownValues.from_file(known_file) if known_file else None
        signatures = SignatureSet(load_signatures(signature_dirs, builtin=builtin_signatures))
        attributor = Attributor(first_party, watch_countries, geoip)
        return cls(known, signatures, attributor, limits, reveal)

    def analyse(self, exchange: Exchange) -> list[Finding]:
        decoded = decode_exchange(exchange, self.limits)
        exchange.warnings.extend(decoded.warnings)
        detections = self.detector.detect(exchange, decoded)
        if not detections:
            return []
        request = exchange.request
        url = request.url if self.reveal else redact_url(request.url, detections)
        host = urlsplit(request.url).hostname or ""
        destination = self.attributor.destination(host, exchange.server_ip)
        time = iso_time(exchange.started)
        findings: list[Finding] = []
        seen: set[tuple[str, str, str]] = set()
        for d in detections:
            key = (d.category, d.signature, d.location)
            if key in seen:
                continue
            seen.add(key)
            findings.append(
                Finding(
                    source=exchange.source,
                    flow=exchange.flow_id,
                    method=request.method,
                    url=url,
                    category=d.category,
                    signature=d.signature,
                    confidence=d.confidence,
                    location=d.location,
                    encodings=d.encodings,
                    evidence=d.evidence,
                    destination=destination,
                    time=time,
                    title=d.title,
                    severity=d.severity,
                    direction=d.direction,
                    references=d.references,
                )
            )
        return findings
