"""Zay Driver: a ride-hailing driver app (Addis Ababa, Mekelle) with selfie checks
before a shift, so that the registered driver is the one driving.

The selfie (multipart `selfie.jpg`) goes with the on-device face detector's
result (`face.headPose` yaw/pitch/roll, `eyesOpen`, `faceBox`); the face
analysis result alone is sent again for audit; a fast re-check sends the
face embedding as base64 float32 under `v` to `/drv/ck` (nothing readable says
face). The driver's phone has the app's install UUID and ANDROID_ID. GPS pings,
trip offers, earnings and the fleet-owned tablet in the car (its serial belongs
to the fleet company, not the family) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://driver-api.zayride.example"
UA = ua("ZayDriver", "7.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zaydriver", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("driver_install", where="header x-install-id"))
    b.header("x-driver", b.acct("driver_no"))
    return b


def _pose(c: Context) -> dict[str, float]:
    return {
        "yaw": rf(c.rng, -15, 15, 2),
        "pitch": rf(c.rng, -10, 10, 2),
        "roll": rf(c.rng, -8, 8, 2),
    }


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/shift/selfie-check")
    boundary = rid(c.rng)
    b.bio("face_image", "multipart selfie.jpg + face.headPose (pre-shift selfie check)")
    meta = {
        "driverNo": b.acct("driver_no"),
        "face": {"headPose": _pose(c), "eyesOpen": rf(c.rng, 0.7, 1, 2)},
        "capturedAt": iso(c),
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"result": "MATCH", "similarity": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_audit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/shift/face-analysis")
    b.bio("face_attributes", "json face{headPose, eyesOpen, smiling, faceBox}")
    b.json(
        {
            "face": {
                "headPose": _pose(c),
                "eyesOpen": rf(c.rng, 0.6, 1, 2),
                "smiling": rf(c.rng, 0, 1, 2),
                "faceBox": [c.rng.randint(100, 300), c.rng.randint(100, 300), 240, 260],
            },
            "check": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def quick_recheck(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/drv/ck")
    b.bio("face_template", "json v (base64 float32 embedding; no word says face)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "q": rf(c.rng, 0.5, 1, 2), "t": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device")
    b.json(
        {
            "androidId": b.id("aid_driver", where="json androidId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": "TECNO CK8n",
            "pushToken": b.acct("push_token"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def gps_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/location")
    b.decoy("GPS track with bearings (coordinates, not biometric)")
    lat, lon = rf(c.rng, 13.45, 13.52, 5), rf(c.rng, 39.43, 39.5, 5)
    b.json(
        {
            "pts": [
                {
                    "lat": lat + i * 1e-4,
                    "lng": lon + i * 1e-4,
                    "bearing": rf(c.rng, 0, 359, 1),
                    "t": ms(c),
                }
                for i in range(5)
            ],
            "status": "online",
        }
    )
    b.no_content()
    return b.build()


def trip_offer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/offers/next")
    b.decoy("trip offer: pickup coordinates, fare, rider's first name (order id)")
    b.ok_json(
        {
            "offerId": rid(c.rng),
            "pickup": {
                "lat": rf(c.rng, 8.98, 9.05, 5),
                "lng": rf(c.rng, 38.74, 38.8, 5),
                "sefer": "ቦሌ",
            },
            "fareBirr": rf(c.rng, 80, 600, 2),
            "rider": c.rng.choice(["Hana", "Dawit", "Lemlem"]),
        }
    )
    return b.build()


def fleet_tablet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/fleet/tablet-link")
    b.decoy("fleet-owned in-car tablet's serial and IMEI (the fleet company's device)")
    b.json(
        {
            "tabletSerial": "R9" + new_hex(c.rng, 9).upper(),
            "tabletImei": "86" + str(c.rng.randint(10**12, 10**13 - 1)),
            "fleet": "Selam Fleet PLC",
            "plate": f"3-A{c.rng.randint(10000, 99999)}",
        }
    )
    b.ok_json({"linked": True})
    return b.build()


def earnings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/earnings?week=current")
    b.decoy("daily earnings series (numbers, not biometric)")
    b.ok_json(
        {
            "days": [rf(c.rng, 0, 2500, 2) for _ in range(7)],
            "currency": "ETB",
            "ref": new_hex(c.rng, 12),
        }
    )
    return b.build()


def driver_b64_doc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/documents/license")
    b.decoy("driving licence photo page (document scan, not a face check)")
    b.json(
        {
            "docType": "driving_license",
            "page": "back",
            "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
        }
    )
    b.ok_json({"status": "REVIEW"})
    return b.build()
