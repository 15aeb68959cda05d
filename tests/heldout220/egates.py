"""E-gate face-match alerts in the supervisor app (the border e-gates of the
departure hall, run by a contractor with a cloud face-matching service).

When an e-gate's camera fails to match a passenger to the passport chip photo,
the alert reaches the supervisors' app with the passenger's live face crop and
the chip photo (base64 JPEG, `faceCrop` / `chipPhoto`), so the alert feed is
biometric data of passengers. When she taps "re-check" the app sends both
images to the vendor's face-matching API (Regula's Face API web service:
`POST /api/match` with `images[]` of `{type, data, index}`, `type` 3 live
and 2 RFID document photo; results carry `similarity`,
https://github.com/regulaforensics/FaceSDK-web-openapi): face images to a face
API. An older gate firmware forwards its own alert with the face template
inside a vendor-encrypted blob (`p`): biometric, opaque. The hourly e-gate
statistics (throughput, match rate per gate) and the gate health checks are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import SB, iso, rf, rid, ua

API = "https://ops.ala-airport.example"
FACEAPI = "https://faceapi.regulaforensics.com"
UA = ua("ALAGroundOps", "2.31.4")


def _jpeg(c: Context, size: int = 600) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "ala-ops", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("ops_token"))
    return b


def alert_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/egate/alerts?status=open")
    b.mark(
        "biometric",
        "face_image",
        "response json alerts[].faceCrop / chipPhoto (passengers' faces)",
        True,
        "response",
    )
    b.ok_json(
        {
            "alerts": [
                {
                    "alertId": rid(c.rng),
                    "egate": f"EG-{c.rng.randint(1, 12):02d}",
                    "reason": c.rng.choice(["NO_MATCH", "LOW_SIMILARITY", "LIVENESS_FAIL"]),
                    "similarity": rf(c.rng, 0.21, 0.69, 3),
                    "faceCrop": _jpeg(c, 500),
                    "chipPhoto": _jpeg(c, 450),
                    "flight": f"KC{c.rng.randint(100, 999)}",
                    "ts": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    return b.build()


def recheck_match(c: Context) -> Flow:
    b = SB(c, "regula-faceapi", "POST", f"{FACEAPI}/api/match")
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    b.bio("face_image", "json images[].data (live face + chip photo to a face-match API)")
    b.json(
        {
            "tag": rid(c.rng),
            "images": [
                {"type": 3, "data": _jpeg(c, 500), "index": 1},
                {"type": 2, "data": _jpeg(c, 450), "index": 2},
            ],
            "outputImageParams": {"crop": {"type": 0}},
        }
    )
    b.ok_json(
        {
            "code": 0,
            "results": [{"firstIndex": 1, "secondIndex": 2, "similarity": rf(c.rng, 0.4, 0.99, 4)}],
            "detections": [{"imageIndex": 1, "faces": [{"faceIndex": 0, "rotationAngle": 0.3}]}],
        }
    )
    return b.build()


def legacy_forward(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/egate/fwd")
    b.bio("face_template", "json p (vendor-encrypted alert with the face template)", False)
    b.json(
        {
            "g": f"EG-{c.rng.randint(1, 12):02d}",
            "p": b64(bytes(c.rng.getrandbits(8) for _ in range(700))),
            "v": 4,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def resolve_alert(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/egate/alerts/{rid(c.rng)}/resolve")
    b.decoy("alert id and a manual decision (no face data)")
    b.json(
        {
            "sheshim": c.rng.choice(["MANUAL_PASSPORT_CONTROL", "FALSE_ALARM", "ESCALATED_BORDER"]),
            "supervisor": b.acct("staff_no"),
            "izoh": "Паспорттық бақылауға жіберілді",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def egate_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/egate/stats?period=1h")
    b.decoy("aggregate match rates per gate (no person's face data)")
    b.ok_json(
        {
            "gates": [
                {
                    "egate": f"EG-{g:02d}",
                    "passengers": c.rng.randint(20, 160),
                    "matchRate": rf(c.rng, 0.9, 0.99, 3),
                    "meanSimilarity": rf(c.rng, 0.8, 0.95, 3),
                    "livenessRejects": c.rng.randint(0, 4),
                }
                for g in range(1, 7)
            ]
        }
    )
    return b.build()


def egate_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/egate/health")
    b.decoy("e-gate camera serials and firmware (airport equipment)")
    b.ok_json(
        {
            "gates": [
                {
                    "egate": f"EG-{g:02d}",
                    "cameraSn": "FC" + new_hex(c.rng, 10).upper(),
                    "firmware": "4.2.17",
                    "cameraPose": {"pitch": rf(c.rng, -5, 5, 1), "yaw": rf(c.rng, -3, 3, 1)},
                    "online": True,
                }
                for g in range(1, 5)
            ]
        }
    )
    return b.build()
