"""Sakay: a Philippine ride-hailing / delivery app in rider mode. Before each
shift the rider takes a selfie that the backend compares with the enrolled
face (as Grab's and Foodpanda's rider apps publicly describe "selfie
verification"); the on-device detector's result with five landmarks is
posted too. Proof-of-delivery photos (a parcel at a door), GPS breadcrumbs
and booking numbers are decoys. Hosts are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, points, rf, ua

API = "https://rider-api.sakay.ph"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sakay", method, API + path)
    b.header("user-agent", ua("SakayRider", "6.2.0"))
    b.header("x-install-id", b.id("ride_install", where="header x-install-id"))
    return b


def shift_selfie(c: Context) -> Flow:
    bnd = "sakay" + new_hex(c.rng, 16)
    b = _b(c, "POST", "/driver/v1/selfie-check")
    b.bio("face_image", "multipart selfie for rider face verification")
    b.set_body(
        multipart(
            bnd,
            [
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
                ("rider_id", None, None, b.acct("rider_user").encode()),
                ("shift_id", None, None, new_hex(c.rng, 8).encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"match": True, "confidence": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_detect_result(c: Context) -> Flow:
    b = _b(c, "POST", "/driver/v1/selfie-check/meta")
    b.bio("landmarks", "body face.landmarks five points + headPose")
    names = ["leftEye", "rightEye", "noseBase", "mouthLeft", "mouthRight"]
    b.json(
        {
            "face": {
                "bbox": [rf(c.rng, 100, 200, 1), rf(c.rng, 200, 300, 1), 380.0, 420.0],
                "landmarks": dict(zip(names, points(c.rng, 5), strict=True)),
                "headPose": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
                "smilingProbability": rf(c.rng, 0, 1, 3),
            },
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/driver/v1/sc")
    b.bio("face_image", "encrypted selfie envelope under blob", detectable=False)
    b.json({"blob": b64(bytes(c.rng.getrandbits(8) for _ in range(600))), "kv": 4})
    b.ok_json({"ok": True})
    return b.build()


def proof_of_delivery(c: Context) -> Flow:
    bnd = "sakay" + new_hex(c.rng, 16)
    b = _b(c, "POST", "/delivery/v1/pod")
    b.decoy("proof-of-delivery parcel photo")
    b.set_body(
        multipart(
            bnd,
            [
                ("pod_photo", "pod.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
                ("booking_no", None, None, f"SKY-{c.rng.randint(10**8, 10**9)}".encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"ok": True})
    return b.build()


def gps_breadcrumbs(c: Context) -> Flow:
    b = _b(c, "POST", "/driver/v1/location/batch")
    b.decoy("GPS coordinate list")
    b.json(
        {
            "points": [
                {
                    "lat": rf(c.rng, 14.5, 14.7, 6),
                    "lng": rf(c.rng, 120.9, 121.1, 6),
                    "spd": rf(c.rng, 0, 14, 1),
                    "t": ms(c) + i * 5000,
                }
                for i in range(8)
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def jobs(c: Context) -> Flow:
    b = _b(c, "GET", "/driver/v1/jobs/nearby")
    b.decoy("job list with booking numbers")
    b.ok_json(
        {
            "jobs": [
                {
                    "booking": f"SKY-{c.rng.randint(10**8, 10**9)}",
                    "fare": c.rng.randint(90, 400),
                    "pickup": "SM North EDSA",
                    "eta": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/driver/v1/device/bind")
    b.json(
        {
            "device": {
                "android_id": b.id("aid_ride", where="body device.android_id"),
                "ad_id": b.id("gaid", where="body device.ad_id"),
                "model": "Infinix X6853",
            }
        }
    )
    b.ok_json({"bound": True})
    return b.build()
