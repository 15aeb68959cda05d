"""Detection: what in a decoded exchange is sensitive, and why we think so.

Two detectors read the same decoded nodes: the test phone's known values
(certain, whatever the encoding) and the signature library (what real SDKs send,
when we do not know the values). Both return `Detection`s; the engine adds the
destination and turns them into `Finding`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..decode import Decoded, Node
from ..model import Exchange
from ..redact import excerpt
from .known_values import Hit, KnownValues, category_of
from .signatures import SignatureSet

__all__ = ["Detection", "Detector"]

# A hash prefix or a base64 form is a little less certain than the value itself:
# a 16-hex-digit prefix can in principle collide, and base64 of a short value can
# occur inside unrelated base64.
_KNOWN_CONFIDENCE = {(): 1.0, ("url",): 1.0, ("hex",): 0.95, ("base64",): 0.95}


@dataclass(slots=True)
class Detection:
    category: str
    signature: str
    confidence: float
    location: str
    encodings: list[str]
    evidence: str
    direction: str = "request"
    title: str = ""
    severity: str = "medium"
    references: list[str] = field(default_factory=list)
    secret: str = ""
    """The matched text itself, so sinks can redact it elsewhere (e.g. in the URL)."""


class Detector:
    def __init__(
        self,
        known: KnownValues | None = None,
        signatures: SignatureSet | None = None,
        reveal: bool = False,
    ) -> None:
        self.known = known
        self.signatures = signatures
        self.reveal = reveal

    def detect(self, exchange: Exchange, decoded: Decoded) -> list[Detection]:
        out: list[Detection] = []
        if self.known:
            out.extend(self._known(exchange, decoded))
        if self.signatures:
            for hit in self.signatures.match(exchange, decoded, self.reveal):
                sig, node = hit.signature, decoded.nodes[hit.node]
                out.append(
                    Detection(
                        category=sig.category,
                        signature=sig.id,
                        confidence=sig.confidence,
                        location=node.path,
                        encodings=list(node.encodings),
                        evidence=hit.evidence,
                        direction=node.direction,
                        title=sig.title,
                        severity=sig.severity,
                        references=sig.references,
                        secret=node.value if isinstance(node.value, str) else "",
                    )
                )
        return out

    def _known(self, exchange: Exchange, decoded: Decoded) -> list[Detection]:
        """Hits on the deepest node that holds them; raw bytes only as a fallback."""
        assert self.known is not None
        nodes = decoded.nodes
        texts: list[str] = []
        owners: list[int] = []
        for i, node in enumerate(nodes):
            value = node.value
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, bytes):
                texts.append(value.decode("latin-1"))
            elif isinstance(value, int) and not isinstance(value, bool) and value > 999:
                texts.append(str(value))  # numeric ids sent as JSON numbers
            else:
                continue
            owners.append(i)
            if len(node.key) >= 4:
                texts.append(node.key)
                owners.append(i)
        found: dict[tuple[str, int], tuple[Hit, Node]] = {}
        for index, hit in self.known.search_many(texts):
            i = owners[index]
            found.setdefault((hit.variant.kind, i), (hit, nodes[i]))
        # Drop a hit on a node when one of its descendants holds the same kind.
        shadowed = set()
        for kind, i in found:
            parent = nodes[i].parent
            while parent >= 0:
                shadowed.add((kind, parent))
                parent = nodes[parent].parent
        detections = []
        for (kind, i), (hit, node) in found.items():
            if (kind, i) in shadowed:
                continue
            detections.append(
                self._known_detection(
                    kind, hit, node.path, node.key, node.encodings, node.direction
                )
            )
        if not detections:
            detections = self._known_raw(exchange)
        return detections

    def _known_raw(self, exchange: Exchange) -> list[Detection]:
        """Bytes the decoder could not open (an unknown binary format) still count."""
        assert self.known is not None
        out = []
        seen = set()
        for hit in self.known.search(exchange.request.body[:4_000_000].decode("latin-1")):
            if hit.variant.kind not in seen:
                seen.add(hit.variant.kind)
                out.append(
                    self._known_detection(hit.variant.kind, hit, "body.raw", "", (), "request")
                )
        return out

    def _known_detection(
        self,
        kind: str,
        hit: Hit,
        location: str,
        key: str,
        node_encodings: tuple[str, ...],
        direction: str,
    ) -> Detection:
        encodings = list(node_encodings) + list(hit.variant.encodings)
        return Detection(
            category=category_of(kind),
            signature=f"known:{kind}",
            confidence=_KNOWN_CONFIDENCE.get(hit.variant.encodings, 0.9),
            location=location,
            encodings=encodings,
            evidence=excerpt(key, hit.text, self.reveal),
            direction=direction,
            title=f"known {kind.replace('_', ' ')} of the test device",
            severity="high",
            secret=hit.text,
        )
