"""The ship's deck cameras and CCTV (a fictional VMS with a REST API, as
Milestone- or Genetec-style systems expose): the officer looks up a camera,
searches and exports a clip after a guest's complaint, moves a PTZ camera and
reads the pool deck's people count.

Clip "duration", "position" and PTZ "position" are the recorder's and the
camera's, no one's viewing; the cameras are the ship's equipment. None of it
carries a label.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .nave import DECKS, SHIP, cabin, ship
from .phone import iso, ms, rf, rid

API = f"https://vms.{SHIP}/api/rest/v1"
APP = ("LA-Security", "2.3.0")


def _camera(c: Context) -> str:
    return (
        f"D{c.rng.choice(DECKS)}-{c.rng.choice(['FWD', 'MID', 'AFT'])}-{c.rng.randint(1, 12):02d}"
    )


def cameras(c: Context) -> Flow:
    deck = c.rng.choice(DECKS)
    b = ship(c, "vms", "GET", f"{API}/cameras?deck={deck}", *APP)
    b.decoy("deck cameras' ids and serials (the ship's equipment)")
    b.ok_json(
        {
            "array": [
                {
                    "id": rid(c.rng),
                    "name": _camera(c),
                    "serial": "ACCC" + new_hex(c.rng, 8).upper(),
                    "ip": f"10.40.{deck}.{c.rng.randint(2, 250)}",
                    "ptz": c.rng.random() < 0.3,
                    "recording": True,
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def clip_search(c: Context) -> Flow:
    cam = _camera(c)
    start = int(c.now) - c.rng.randint(600, 86400)
    b = ship(c, "vms", "GET", f"{API}/recordings?camera={cam}&from={start}&durata=900", *APP)
    b.decoy("clip start times / durations / positions (a recorder's index)")
    b.ok_json(
        {
            "camera": cam,
            "clips": [
                {
                    "clipId": new_hex(c.rng, 16),
                    "start": start + i * 300,
                    "durationSec": 300,
                    "positionSec": 0,
                    "motion": c.rng.random() < 0.5,
                }
                for i in range(3)
            ],
        }
    )
    return b.build()


def clip_export(c: Context) -> Flow:
    b = ship(c, "vms", "POST", f"{API}/exports", *APP)
    b.decoy("clip export request with duration (evidence export)")
    b.json(
        {
            "camera": _camera(c),
            "startTime": iso(c),
            "durationSec": c.rng.choice([60, 120, 300]),
            "format": "mp4",
            "reason": f"reclamo ospite cabina {cabin(c)}",
            "caseNo": "SEC-" + new_digits(c.rng, 5),
        }
    )
    b.ok_json({"exportId": new_hex(c.rng, 16), "state": "queued"})
    return b.build()


def clip_download(c: Context) -> Flow:
    b = ship(c, "vms", "GET", f"{API}/exports/{new_hex(c.rng, 16)}/file?part=1", *APP)
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200))
    return b.build()


def snapshot(c: Context) -> Flow:
    b = ship(c, "vms", "GET", f"{API}/cameras/{_camera(c)}/snapshot?w=640", *APP)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    return b.build()


def ptz_move(c: Context) -> Flow:
    b = ship(c, "vms", "POST", f"{API}/cameras/{_camera(c)}/ptz", *APP)
    b.decoy("PTZ position (a camera's pan / tilt)")
    b.json(
        {
            "position": {
                "pan": rf(c.rng, -180, 180, 1),
                "tilt": rf(c.rng, -90, 0, 1),
                "zoom": rf(c.rng, 1, 20, 1),
            },
            "speed": 0.5,
        }
    )
    b.no_content()
    return b.build()


def people_count(c: Context) -> Flow:
    b = ship(
        c, "vms", "GET", f"{API}/analytics/people-count?zone=pool-deck-{c.rng.choice(DECKS)}", *APP
    )
    b.decoy("people count (aggregate video analytics)")
    b.ok_json({"count": c.rng.randint(0, 350), "at": ms(c), "trend": c.rng.choice(["up", "down"])})
    return b.build()


FLOWS = [cameras, clip_search, clip_export, clip_download, snapshot, ptz_move, people_count]
