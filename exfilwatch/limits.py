"""Hard limits on what one exchange may cost.

Everything the core decodes comes from untrusted apps, so every loop that an input
can make longer is bounded by one of these numbers. When a limit is reached the
decoder stops going deeper on that branch, records a warning on the exchange and
carries on with the rest: a hostile body costs milliseconds and never hides the
fields beside it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_body_bytes: int = 16 * 1024 * 1024
    """Decompressed (or base64-decoded) bytes per body."""
    max_depth: int = 24
    """Nested decode steps (a base64 inside a JSON inside a form counts three)."""
    max_steps: int = 20_000
    """Decoded nodes (values, containers, blobs) per exchange."""
    max_structure_depth: int = 64
    """Nesting of one JSON / msgpack / protobuf document that is walked."""
    max_text_scan: int = 1024 * 1024
    """Bytes of one opaque string that are searched for known values."""
    max_seconds: float = 2.0
    """Wall time the detector may spend on one exchange before it stops decoding."""


DEFAULT_LIMITS = Limits()
