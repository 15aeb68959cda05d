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
from .decode import Node, decode_exchange
from .detect import Detection, Detector
from .detect.known_values import KnownValues
from .detect.session_headers import CONFIDENCE as HEADER_CONFIDENCE
from .detect.session_headers import HeaderHit, SessionHeaders, header_path
from .detect.session_units import PEOPLES_DEVICES, FindingKey, SessionUnits, record_text
from .detect.session_values import (
    MIN_TEACHER_CONFIDENCE,
    FlowRef,
    Learned,
    SessionValues,
    candidates,
    teachable,
)
from .detect.signatures import SignatureSet, load_signatures
from .limits import DEFAULT_LIMITS, Limits
from .model import Exchange, Finding, iso_time
from .redact import excerpt, redact

LEARNED_SIGNATURE = "learned:device_id"
LEARNED_TITLE = "A device identifier this session already sent under a readable name"
HEADER_SIGNATURE = "session:device_header"
HEADER_TITLE = "An app's own request header sending one id on every call (a device binding)"


def redact_url(url: str, detections: Iterable[Detection]) -> str:
    """The URL as sent, but with every detected value in it redacted."""
    return redact_secrets(url, (d.secret for d in detections))


def redact_secrets(url: str, secrets: Iterable[str]) -> str:
    """Findings carry the URL so that a reader can find the request; the URL must
    not carry the identifier itself, in clear or URL-encoded."""
    for secret in sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True):
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
    learn: bool = True
    units: bool = True
    builtin_signatures: bool = True

    def build(self) -> Engine:
        return Engine.from_options(
            known_file=self.known_file,
            signature_dirs=self.signature_dirs,
            first_party=self.first_party,
            watch_countries=self.watch_countries,
            geoip=self.geoip,
            limits=self.limits,
            reveal=self.reveal,
            learn=self.learn,
            units=self.units,
            builtin_signatures=self.builtin_signatures,
        )


class Engine:
    def __init__(
        self,
        known: KnownValues | None = None,
        signatures: SignatureSet | None = None,
        attributor: Attributor | None = None,
        limits: Limits = DEFAULT_LIMITS,
        reveal: bool = False,
        learn: bool = True,
        units: bool = True,
    ) -> None:
        self.detector = Detector(known, signatures, reveal)
        self.learns = learn
        """Whether callers that see a whole session keep a `SessionValues` for it."""
        self.tells_units = units
        """Whether callers that see a whole session drop its institution's units."""
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
        learn: bool = True,
        units: bool = True,
    ) -> Engine:
        """Build from user options; raises ValueError subclasses with one-line messages."""
        known = KnownValues.from_file(known_file) if known_file else None
        signatures = SignatureSet(load_signatures(signature_dirs, builtin=builtin_signatures))
        attributor = Attributor(first_party, watch_countries, geoip)
        return cls(known, signatures, attributor, limits, reveal, learn, units)

    def analyse(
        self,
        exchange: Exchange,
        session: SessionValues | None = None,
        index: int = 0,
        units: SessionUnits | None = None,
        headers: SessionHeaders | None = None,
    ) -> list[Finding]:
        """The exchange's findings; with a `session`, also those of the device ids the
        session learned (see `session_values`), late ones on earlier flows included.
        With `units`, the device ids are tallied by host for the caller to tell an
        institution's units once the session is whole (see `session_units`). With
        `headers`, its custom request headers are kept for `session_headers` to read
        once the session is whole (the caller settles it)."""
        decoded = decode_exchange(exchange, self.limits)
        exchange.warnings.extend(decoded.warnings)
        detections = self.detector.detect(exchange, decoded)
        request = exchange.request
        url = request.url
        findings: list[Finding] = []
        if detections:
            url = url if self.reveal else redact_url(url, detections)
            findings = self._findings(exchange, detections, url)
        if session is not None or headers is not None:
            ref = FlowRef(
                index,
                exchange.source,
                exchange.flow_id,
                request.method,
                url,
                exchange.server_ip,
                exchange.started,
            )
            if session is not None:
                findings.extend(self._learned(ref, decoded.nodes, detections, session, units))
            if headers is not None:
                found = frozenset(d.location for d in detections if d.category == "device_id")
                host = urlsplit(request.url).hostname or ""
                headers.observe(ref, host, request.headers, decoded.nodes, found)
        if units is not None:
            _tally_units(units, exchange, detections, decoded.nodes)
        return findings

    def learned_findings(self, hits: Iterable[Learned]) -> list[Finding]:
        """Findings of learned values, also for flows analysed earlier or elsewhere."""
        return [self._learned_finding(hit) for hit in hits]

    def header_findings(self, hits: Iterable[HeaderHit]) -> list[Finding]:
        """Findings of device-binding headers, read once the session is whole."""
        return [self._header_finding(hit) for hit in hits]

    def _header_finding(self, hit: HeaderHit) -> Finding:
        return self._session_finding(
            hit.ref,
            hit.value,
            signature=HEADER_SIGNATURE,
            confidence=HEADER_CONFIDENCE,
            location=header_path(hit.name),
            encodings=[],
            evidence=excerpt(hit.name, hit.value, self.reveal),
            title=HEADER_TITLE,
            direction="request",
        )

    def _learned(
        self,
        ref: FlowRef,
        nodes: list[Node],
        detections: list[Detection],
        session: SessionValues,
        units: SessionUnits | None = None,
    ) -> list[Finding]:
        device = [d for d in detections if d.category == "device_id"]
        taught = [
            d.secret
            for d in device
            if d.secret not in session.taught
            and d.confidence >= MIN_TEACHER_CONFIDENCE
            and not d.signature.startswith("known:")
            and teachable(d.secret)
        ]
        found = frozenset(d.location for d in device)
        hits = session.observe(ref, candidates(nodes), taught, found)
        if units is not None:
            tally_learned(units, hits)
        return self.learned_findings(hits)

    def _learned_finding(self, hit: Learned) -> Finding:
        token = hit.token
        return self._session_finding(
            hit.ref,
            token.text,
            signature=LEARNED_SIGNATURE,
            confidence=hit.confidence,
            location=token.path,
            encodings=[*token.encodings, *hit.encodings],
            evidence=excerpt(token.key, token.text, self.reveal),
            title=LEARNED_TITLE,
            direction=token.direction,
        )

    def _session_finding(
        self,
        ref: FlowRef,
        value: str,
        *,
        signature: str,
        confidence: float,
        location: str,
        encodings: list[str],
        evidence: str,
        title: str,
        direction: str,
    ) -> Finding:
        """A device id found by a session reading, on a flow the reading may see only
        after it was analysed: the flow's reference stands in for the exchange."""
        return Finding(
            source=ref.source,
            flow=ref.flow,
            method=ref.method,
            url=ref.url if self.reveal else redact_secrets(ref.url, (value,)),
            category="device_id",
            signature=signature,
            confidence=confidence,
            location=location,
            encodings=encodings,
            evidence=evidence,
            destination=self.attributor.destination(
                urlsplit(ref.url).hostname or "", ref.server_ip
            ),
            time=iso_time(ref.started),
            title=title,
            severity="high",
            direction=direction,
        )

    def _findings(self, exchange: Exchange, detections: list[Detection], url: str) -> list[Finding]:
        request = exchange.request
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


def _tally_units(
    units: SessionUnits, exchange: Exchange, detections: list[Detection], nodes: list[Node]
) -> None:
    """Every device-id detection's value by host; known values apart (never units). A
    structure's detection (a record of a unit's ids) has no one text: its node's is used."""
    host = urlsplit(exchange.request.url).hostname or ""
    records: dict[str, object] | None = None
    for d in detections:
        if d.category != "device_id" or d.signature in PEOPLES_DEVICES:
            continue
        if d.signature.startswith("known:"):
            units.note_known(exchange.flow_id, d.location, d.secret)
            continue
        value = d.secret
        if not value:
            if records is None:
                records = {node.path: node.value for node in nodes}
            value = record_text(records.get(d.location))
        units.note(FindingKey(exchange.flow_id, d.signature, d.location), host, value)


def tally_learned(units: SessionUnits, hits: Iterable[Learned]) -> None:
    """Learned findings count as the values they found (also across a split file's parts)."""
    for hit in hits:
        ref = hit.ref
        key = FindingKey(ref.flow, LEARNED_SIGNATURE, hit.token.path)
        units.note(key, urlsplit(ref.url).hostname or "", hit.token.text)
