"""Zkouškové místnosti: the exam rooms' proctoring cameras (the university's).

The cameras run face detection on the edge only to count heads for attendance:
they report a count per minute and the camera's health, never a face, a
landmark or an embedding. Box counts and camera pan / tilt / zoom are not
biometric; the cameras' serials and MACs are the university's kit.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, mac, ms, rf

API = "https://dozor.zkousky.univerzita.example"
ROOMS = ["S5", "S6", "T2", "N1", "Refektar"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "proctor", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "AxisEdge/11.9 (ACAP pocitadlo 2.3)")
    b.header("x-api-key", new_hex(c.rng, 32))
    return b


def head_count(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/dochazka/pocty")
    b.decoy("head count from edge face detection (a number per minute, no face data)")
    b.json(
        {
            "mistnost": c.rng.choice(ROOMS),
            "kamera": f"ACCC8E{new_hex(c.rng, 6).upper()}",
            "okno": iso(c),
            "pocet_obliceju": c.rng.randint(0, 120),
            "kapacita": 120,
            "confidence_min": 0.6,
        }
    )
    b.ok_json({"prijato": True})
    return b.build()


def detection_boxes(c: Context) -> Flow:
    """Debug frame stats: how many boxes per grid cell, so seating gaps can be checked."""
    b = _b(c, "POST", f"{API}/api/dochazka/obsazenost")
    b.decoy("seat-occupancy grid counts of detections (no face geometry, no person)")
    b.json(
        {
            "mistnost": c.rng.choice(ROOMS),
            "mrizka": [[c.rng.randint(0, 2) for _ in range(10)] for _ in range(6)],
            "detektor": "face-ssd-mobilenet",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def camera_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kamery/stav?mistnost={c.rng.choice(ROOMS)}")
    b.decoy("exam-room cameras' serials, MACs and PTZ position: the university's equipment")
    b.ok_json(
        {
            "kamery": [
                {
                    "serialNumber": f"ACCC8E{new_hex(c.rng, 6).upper()}",
                    "macAddress": mac(c.rng, "AC:CC:8E"),
                    "ptz": {
                        "pan": rf(c.rng, -170, 170, 1),
                        "tilt": rf(c.rng, -90, 0, 1),
                        "zoom": c.rng.randint(1, 9999),
                    },
                    "online": c.rng.random() < 0.95,
                }
                for _ in range(2)
            ]
        }
    )
    return b.build()


def event_stream(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vapix/events")
    b.decoy("camera event counters in protobuf (no face data)")
    body = pb_varint(1, ms(c)) + pb_bytes(2, "FaceCounter") + pb_varint(3, c.rng.randint(0, 120))
    b.set_body(body, "application/x-protobuf")
    b.respond(204, None)
    return b.build()
