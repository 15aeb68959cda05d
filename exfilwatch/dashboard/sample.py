"""Made-up but realistic findings, for the dashboard's tests, bench and screenshot.

One imaginary fitness-video app talking to the SDKs such apps embed: ByteDance's
ad network, Meta, Google, Adjust, and its own backend. The values are invented
(and redacted as the engine would), so nothing here comes from a real capture.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Destination, Finding, iso_time
from ..redact import excerpt


@dataclass(frozen=True, slots=True)
class _Peer:
    host: str
    domain: str
    owner: str
    owner_country: str
    server_country: str
    server_ip: str
    party: str
    parent: str | None = None
    kinds: tuple[str, ...] = ("advertising",)


PEERS = (
    _Peer(
        "api16-access-sg.pangle.io",
        "pangle.io",
        "ByteDance Ltd.",
        "CN",
        "SG",
        "203.0.113.16",
        "third",
        None,
        ("advertising",),
    ),
    _Peer(
        "log.byteoversea.com",
        "byteoversea.com",
        "ByteDance Ltd.",
        "CN",
        "US",
        "203.0.113.17",
        "third",
        None,
        ("analytics",),
    ),
    _Peer(
        "graph.facebook.com",
        "facebook.com",
        "Meta Platforms, Inc.",
        "US",
        "IE",
        "198.51.100.35",
        "third",
        None,
        ("advertising", "social"),
    ),
    _Peer(
        "app-measurement.com",
        "app-measurement.com",
        "Google LLC",
        "US",
        "US",
        "198.51.100.78",
        "third",
        "Alphabet Inc.",
        ("analytics",),
    ),
    _Peer(
        "googleads.g.doubleclick.net",
        "doubleclick.net",
        "Google LLC",
        "US",
        "NL",
        "198.51.100.79",
        "third",
        "Alphabet Inc.",
        ("advertising",),
    ),
    _Peer(
        "app.adjust.com",
        "adjust.com",
        "Adjust GmbH",
        "DE",
        "DE",
        "192.0.2.10",
        "third",
        "AppLovin Corporation",
        ("attribution",),
    ),
    _Peer(
        "api.fitvid.example",
        "fitvid.example",
        "FitVid Ltd.",
        "GB",
        "GB",
        "192.0.2.200",
        "first",
        None,
        ("first party",),
    ),
)

# (category, signature, title, severity, location, encodings, key, value)
KINDS = (
    (
        "biometric",
        "biometric.face_landmarks",
        "Face landmark coordinates",
        "high",
        "body|gzip|json.face.landmarks",
        ["gzip", "json"],
        "landmarks",
        "[[0.4132,0.2231],[0.4410,0.2198]]",
    ),
    (
        "biometric",
        "biometric.heart_rate_series",
        "Heart-rate series from a wearable",
        "high",
        "body|json.workout.hr_samples",
        ["json"],
        "hr_samples",
        "[92,95,101,118,124,131]",
    ),
    (
        "viewing_history",
        "viewing_history.content_watch_time",
        "Content ID with watch time",
        "medium",
        "body.form.events|base64|json[0].params.video_id",
        ["base64", "json"],
        "video_id",
        "vid_8f41d2c9a7e3",
    ),
    (
        "device_id",
        "device_id.google_aaid.key",
        "Google advertising ID (AAID / GAID) under an SDK key name",
        "high",
        "url.query.gps_adid",
        [],
        "gps_adid",
        "38400000-8cf0-11bd-b23e-10b96e40000d",
    ),
    (
        "device_id",
        "device_id.android_id",
        "Android ID (Settings.Secure.ANDROID_ID)",
        "high",
        "body.form.data|base64|json.$android_id",
        ["base64", "json"],
        "$android_id",
        "9774d56d682e549c",
    ),
    (
        "contact",
        "contact.email_sha256",
        "SHA-256 of the user's e-mail address",
        "medium",
        "body|json.user_data.em",
        ["json"],
        "em",
        "a7c1f3d0e9b24c6d8f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a",
    ),
)

REFERENCES = {
    "device_id": [
        "https://developers.google.com/android/reference/com/google/android/gms/ads/identifier/AdvertisingIdClient.Info"
    ],
    "biometric": ["https://gdpr-info.eu/art-9-gdpr/"],
    "viewing_history": ["https://www.law.cornell.edu/uscode/text/18/2710"],
    "contact": ["https://developers.facebook.com/docs/marketing-api/conversions-api/parameters"],
}


def sample_findings(
    count: int, seed: int = 7, start: float = 1_767_225_600.0, step: float = 0.5
) -> Iterator[Finding]:
    """`count` findings, one every `step` seconds (with jitter) from `start`."""
    rng = random.Random(seed)
    kind = 0
    for i in range(count):
        # Two findings per flow, of two different kinds (the engine reports a
        # kind once per location and flow, so ids stay unique).
        kind = (
            rng.randrange(len(KINDS))
            if i % 2 == 0
            else (kind + 1 + rng.randrange(len(KINDS) - 1)) % len(KINDS)
        )
        if i % 2 == 0:
            peer = PEERS[rng.randrange(len(PEERS))]
        category, signature, title, severity, location, encodings, key, value = KINDS[kind]
        yield Finding(
            source="live",
            flow=f"flow-{i // 2:06d}",
            method="POST" if location.startswith("body") else "GET",
            url=f"https://{peer.host}/v{1 + i % 3}/collect?seq={i}",
            category=category,
            signature=signature,
            confidence=0.95 if category == "device_id" else 0.8,
            location=location,
            encodings=list(encodings),
            evidence=excerpt(key, value),
            destination=destination(peer),
            time=iso_time(start + i * step + rng.random() * step),
            title=title,
            severity=severity,
            references=list(REFERENCES.get(category, [])),
        )


def destination(peer: _Peer) -> Destination:
    return Destination(
        host=peer.host,
        domain=peer.domain,
        owner=peer.owner,
        owner_country=peer.owner_country,
        server_ip=peer.server_ip,
        server_country=peer.server_country,
        asn=None,
        party=peer.party,
        parent=peer.parent,
        owner_legal_country=peer.owner_country,
        owner_categories=list(peer.kinds),
        cross_border=peer.owner_country != peer.server_country,
        watched=peer.owner_country == "CN",
    )
