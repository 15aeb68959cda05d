"""Vigia: the hotel's CCTV video-management system as the manager's app shows it.

Motion alerts, people counts and person bounding boxes (bodies, not faces), the
cameras' serials and snapshot thumbnails are ordinary. The "known face" watch-list
search sends a face template of the person seen by a camera (biometric, of a
guest or passer-by, whoever it is); the edge recorder's batch uploads carry the
same templates encrypted under `t` (not readable).
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64

from .phone import FB, iso, rf, rid, ua

API = "https://vms.miradouro.example/vigia/api/v4"
UA = ua("VigiaMobile", "4.12.0")
CAMS = ["CAM-LOBBY-1", "CAM-LOBBY-2", "CAM-GARAGE", "CAM-BAR", "CAM-P3-CORR"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vigia-vms", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def motion_events(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/events?type=motion,person&since=-1h")
    b.decoy("motion / person events with body bounding boxes and confidences (no face data)")
    b.ok_json(
        {
            "events": [
                {
                    "camera": c.rng.choice(CAMS),
                    "type": c.rng.choice(["motion", "person"]),
                    "at": iso(c),
                    "bbox": [rf(c.rng, 0, 0.5, 3), rf(c.rng, 0, 0.5, 3),
                             rf(c.rng, 0.5, 1, 3), rf(c.rng, 0.5, 1, 3)],
                    "score": rf(c.rng, 0.5, 0.99, 2),
                }
                for _ in range(6)
            ]
        }
    )  # fmt: skip
    return b.build()


def people_count(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/analytics/occupancy?zone=lobby")
    b.decoy("people-count series for the lobby (aggregate)")
    b.ok_json({"zone": "lobby", "counts": [c.rng.randint(0, 40) for _ in range(24)]})
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cameras/{c.rng.choice(CAMS)}/snapshot?w=320")
    b.decoy("camera snapshot thumbnail of a corridor (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def camera_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cameras")
    b.decoy("the hotel's cameras: serials and MACs (not the tester's devices)")
    b.ok_json(
        {
            "cameras": [
                {"id": cam, "serial": "HK" + new_hex(c.rng, 9).upper(),
                 "mac": "BC:AD:28:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                 "recording": True}
                for cam in CAMS
            ]
        }
    )  # fmt: skip
    return b.build()


def face_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/faces/search")
    b.bio("face_template", "json probe.faceTemplate (base64 float32 x128)")
    b.json(
        {
            "probe": {
                "camera": c.rng.choice(CAMS),
                "capturedAt": iso(c),
                "faceTemplate": floats_b64([round(c.rng.gauss(0, 0.09), 5) for _ in range(128)]),
                "templateVersion": "arcface-r100-v2",
                "faceQuality": rf(c.rng, 0.5, 0.99, 2),
            },
            "watchlist": "banidos",
            "threshold": 0.62,
        }
    )
    b.ok_json({"matches": [], "searchId": rid(c.rng)})
    return b.build()


def edge_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/edge/ingest")
    b.bio("face_template", "json t (encrypted batch of face templates)", detectable=False)
    raw = b"".join(hashlib.sha256(new_hex(c.rng, 8).encode()).digest() for _ in range(16))
    b.json({"n": new_hex(c.rng, 24), "t": base64.b64encode(raw).decode(), "k": 7})
    b.ok_json({"ack": True})
    return b.build()
