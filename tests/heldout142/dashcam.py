"""Cabview: the fleet's dashcam software (road and cab cameras with driver monitoring).

The cab camera runs driver-monitoring: most of what the console loads are alerts
(event type, g-force, speed, plate, a road clip) with no face data: not biometric.
Two things are, by the issue's definitions, whoever's face it is: the event detail
with the driver's head pose and eye closure measured from the face (a face-analysis
result) and the driver-identification match (a face crop with its embedding). They
are the drivers' faces, captured by the employer's cameras, and the dispatcher's
console only downloads them (direction "response"); labelled biometric all the same,
since the definitions ask what the data is, not whose device made it. The camera
unit's serial and IMEI are the company's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, company_imei, floats, havenpos, iso, plate, rf, rid, web

API = "https://console.cabview.example/api/v2"


def _b(c: Context, method: str, path: str) -> FB:
    b = web(c, "cabview", method, f"{API}{path}")
    b.header("x-tenant", "havenroute-bv")
    return b


def alerts(c: Context) -> Flow:
    b = _b(c, "GET", "/events?types=HARSH_BRAKE,DISTRACTION,FATIGUE&limit=20")
    b.decoy("dashcam alerts: type, g-force, speed, plate, clip url; no face data")
    rows = []
    for _ in range(c.rng.randint(4, 10)):
        lat, lon = havenpos(c.rng)
        rows.append(
            {
                "eventId": rid(c.rng),
                "type": c.rng.choice(["HARSH_BRAKE", "DISTRACTION", "FATIGUE", "SPEEDING"]),
                "gForce": rf(c.rng, 0.2, 0.9, 2),
                "speedKmh": c.rng.randint(0, 90),
                "vehicle": plate(c.rng),
                "location": [lat, lon],
                "clipUrl": f"https://clips.cabview.example/{new_hex(c.rng, 32)}.mp4",
                "reviewed": c.rng.random() < 0.5,
            }
        )
    b.ok_json({"events": rows})
    return b.build()


def camera_health(c: Context) -> Flow:
    b = _b(c, "GET", "/devices/health")
    b.decoy("dashcam units' serial and LTE IMEI: the employer's cameras, not the tester's")
    b.ok_json(
        {
            "units": [
                {
                    "serial": "CV4" + new_hex(c.rng, 9).upper(),
                    "imei": company_imei(c.rng),
                    "firmware": "4.12.7",
                    "sdFree": c.rng.randint(1, 60),
                    "calibration": {
                        "yaw": rf(c.rng, -4, 4, 2),
                        "pitch": rf(c.rng, -6, 2, 2),
                        "roll": rf(c.rng, -2, 2, 2),
                    },
                }
                for _ in range(c.rng.randint(3, 7))
            ]
        }
    )
    return b.build()


def clip_download(c: Context) -> Flow:
    b = web(c, "cabview", "GET", f"https://clips.cabview.example/{new_hex(c.rng, 32)}.mp4")
    b.respond(200, "video/mp4", b"\x00\x00\x00\x20ftypisom" + c.rng.randbytes(900))
    return b.build()


def fatigue_detail(c: Context) -> Flow:
    b = _b(c, "GET", f"/events/{rid(c.rng)}/dms")
    b.mark(
        "biometric",
        "face_analysis",
        "json response dms.face.headPose / eyeClosure",
        True,
        "response",
    )
    b.ok_json(
        {
            "dms": {
                "face": {
                    "detected": True,
                    "headPose": {
                        "yaw": rf(c.rng, -50, 50, 1),
                        "pitch": rf(c.rng, -35, 20, 1),
                        "roll": rf(c.rng, -12, 12, 1),
                    },
                    "eyeClosure": rf(c.rng, 0.3, 1.0, 2),
                    "perclos": rf(c.rng, 0.1, 0.6, 2),
                    "yawn": c.rng.random() < 0.4,
                },
                "classification": "FATIGUE",
            },
            "at": iso(c),
        }
    )
    return b.build()


def driver_match(c: Context) -> Flow:
    b = _b(c, "GET", f"/drivers/identification?event={rid(c.rng)}")
    b.mark(
        "biometric", "face_embedding", "json response faceCrop + faceDescriptor", True, "response"
    )
    b.ok_json(
        {
            "candidates": [
                {"driverId": f"D{c.rng.randint(100, 999)}", "score": rf(c.rng, 0.4, 0.99, 3)}
                for _ in range(3)
            ],
            "faceCrop": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
            "faceDescriptor": floats_b64([x * 4 for x in floats(c.rng, 128)]),
        }
    )
    return b.build()
