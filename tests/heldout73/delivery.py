"""GiaoNhanh Driver, a Vietnamese delivery app on the courier's side (fictional backend).

Before each shift the courier takes a selfie that the app uploads for face
verification; the on-device detector (ML Kit Face Detection's contour and
landmark model: leftEyePosition, noseBasePosition, headEulerAngleY,
smilingProbability... developers.google.com/ml-kit/vision/face-detection)
sends its results on for the anti-fraud check, and the face-mesh variant ships
468 points. Proof-of-delivery photos of parcels, GPS tracks and route
polylines are not biometric and not device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, ms, points, rf, rid, ua

API = "https://driver-api.giaonhanh.vn"
UA = ua("GiaoNhanhDriver", "3.19.4")


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "delivery", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("x-courier", b.acct("ship_courier"))
    return b


def selfie_check(c: Context) -> Flow:
    bnd = "gn" + new_hex(c.rng, 20)
    parts = [
        ("purpose", None, None, b"shift_start"),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 1000)),
    ]
    b = _b(c, "POST", "/v2/driver/face-verify")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.selfie (face verification)")
    b.ok_json({"matched": True, "score": rf(c.rng, 0.8, 0.99, 3), "next_check_min": 240})
    return b.build()


def mlkit_face(c: Context) -> Flow:
    pts = points(c.rng, 6)
    names = [
        "leftEyePosition",
        "rightEyePosition",
        "noseBasePosition",
        "mouthLeftPosition",
        "mouthRightPosition",
        "leftCheekPosition",
    ]
    b = _b(c, "POST", "/v2/driver/selfie/meta")
    b.json(
        {
            "face": {
                "boundingBox": [int(pts[0][0]) - 120, int(pts[0][1]) - 160, 260, 320],
                "landmarks": dict(zip(names, pts, strict=True)),
                "headEulerAngleY": rf(c.rng, -12, 12, 2),
                "headEulerAngleZ": rf(c.rng, -6, 6, 2),
                "smilingProbability": rf(c.rng, 0, 1, 3),
                "leftEyeOpenProbability": rf(c.rng, 0.6, 1, 3),
            },
            "checkId": rid(c.rng),
        }
    )
    b.bio("face_landmarks", "body.face.landmarks")
    b.ok_json({"ok": True})
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/driver/liveness/mesh")
    mesh = [[rf(c.rng, 0, 1, 4), rf(c.rng, 0, 1, 4), rf(c.rng, -0.1, 0.1, 4)] for _ in range(468)]
    b.json({"faceMesh": mesh, "frame": c.rng.randint(1, 60), "ts": ms(c)})
    b.bio("face_mesh", "body.faceMesh (468 points)")
    b.ok_json({"live": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/sc")
    b.json({"e": b64(c.rng.randbytes(1200)), "v": 3})
    b.bio("face_image", "body.e (encrypted selfie)", detectable=False)
    b.ok_json({"r": b64(c.rng.randbytes(32))})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/device/register")
    b.header("x-device-id", b.id("ship_did", where="header.x-device-id"))
    b.json(
        {
            "android_id": b.id("aid_ship", where="body.android_id"),
            "brand": "OPPO",
            "model": "CPH2599",
            "app": "3.19.4",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def gps_track(c: Context) -> Flow:
    lat, lon = 10.77 + c.rng.uniform(-0.05, 0.05), 106.69 + c.rng.uniform(-0.05, 0.05)
    track = [
        [round(lat + i * 0.0003, 6), round(lon + i * 0.0002, 6), ms(c) - (20 - i) * 5000]
        for i in range(20)
    ]
    b = _b(c, "POST", "/v2/tracking/batch")
    b.json(
        {
            "points": track,
            "speed_kmh": [rf(c.rng, 0, 45, 1) for _ in range(20)],
            "order": "GN" + str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.decoy("GPS track and speed series")
    b.ok_json({"ok": True})
    return b.build()


def proof_of_delivery(c: Context) -> Flow:
    bnd = "gn" + new_hex(c.rng, 20)
    parts = [
        ("order_no", None, None, ("GN" + str(c.rng.randint(10**9, 10**10))).encode()),
        ("pod_photo", "parcel.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 900)),
    ]
    b = _b(c, "POST", "/v2/orders/pod")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("parcel photo upload")
    b.ok_json({"status": "DELIVERED"})
    return b.build()


def orders(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/orders/available", params=[("lat", "10.776"), ("lng", "106.700")])
    b.ok_json(
        {
            "orders": [
                {
                    "no": "GN" + str(c.rng.randint(10**9, 10**10)),
                    "fee": c.rng.randint(15, 60) * 1000,
                    "route": [
                        [rf(c.rng, 10.7, 10.8, 5), rf(c.rng, 106.6, 106.8, 5)] for _ in range(4)
                    ],
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("order list with routes")
    return b.build()
