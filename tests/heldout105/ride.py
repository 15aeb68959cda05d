"""GidiRide Driver: a ride-hailing driver app (a family member drives in Lagos).

Before going online the driver takes a selfie check (multipart `selfie`), the
fatigue monitor sends 68 face landmarks with eye-aspect ratios, ML Kit's
face results (head Euler angles, smiling and eye-open probabilities) go up, and the
re-verification step ships a face template as base64 float32 under 'v'. GPS
pings, trip offers and earnings are ordinary. The car is on hire-purchase from a
fleet partner: its telematics tracker's IMEI belongs to the fleet, not the
tester, so it is a decoy, not a device id of the household.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://driver.gidiride.example"
UA = ua("GidiRideDriver", "5.61.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gidiride", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _lagos(c: Context) -> tuple[float, float]:
    return rf(c.rng, 6.43, 6.62, 5), rf(c.rng, 3.30, 3.52, 5)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/driver/device")
    b.json(
        {
            "driverId": b.acct("driver_id"),
            "android_id": b.id("aid_ride", where="json android_id"),
            "google_ad_id": b.id("gaid", where="json google_ad_id"),
            "app_version": "5.61.0",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/driver/identity/selfie-check")
    boundary = rid(c.rng)
    b.bio("face_image", "multipart selfie (real-time identity check)")
    body = multipart(
        boundary,
        [
            ("driverId", None, None, b.acct("driver_id").encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"result": "MATCH", "canGoOnline": True})
    return b.build()


def fatigue_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/safety/fatigue")
    b.bio("face_landmarks", "json faceLandmarks (68 points) + eyeAspectRatio")
    cx, cy = rf(c.rng, 250, 390, 1), rf(c.rng, 180, 300, 1)
    pts = [
        [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)] for _ in range(68)
    ]
    b.json(
        {
            "faceLandmarks": pts,
            "eyeAspectRatio": [rf(c.rng, 0.12, 0.34, 3), rf(c.rng, 0.12, 0.34, 3)],
            "yawning": c.rng.random() < 0.1,
            "ts": ms(c),
        }
    )
    b.ok_json({"alert": False})
    return b.build()


def mlkit_face_check(c: Context) -> Flow:
    """On-device ML Kit face detection results sent up with the go-online check."""
    b = _b(c, "POST", f"{API}/v1/driver/identity/face-signals")
    b.bio("face_analysis", "json faces[].headEulerAngleY/smilingProbability/eyeOpen (ML Kit)")
    b.json(
        {
            "faces": [
                {
                    "trackingId": c.rng.randint(1, 40),
                    "headEulerAngleX": rf(c.rng, -12, 12, 2),
                    "headEulerAngleY": rf(c.rng, -20, 20, 2),
                    "headEulerAngleZ": rf(c.rng, -8, 8, 2),
                    "smilingProbability": rf(c.rng, 0, 1, 3),
                    "leftEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
                    "rightEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
                    "boundingBox": [c.rng.randint(80, 200), c.rng.randint(60, 160), 420, 520],
                }
            ],
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def template_reverify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rv")
    b.bio("face_template", "json v (base64 float32, 512)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 512)), "q": 0.91, "t": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()


def gps_ping(c: Context) -> Flow:
    lat, lon = _lagos(c)
    b = _b(c, "POST", f"{API}/v1/driver/location")
    b.decoy("coordinates, heading and speed")
    b.json(
        {
            "lat": lat,
            "lng": lon,
            "heading": c.rng.randint(0, 359),
            "speedKmh": c.rng.randint(0, 70),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def trip_offer(c: Context) -> Flow:
    lat, lon = _lagos(c)
    b = _b(c, "GET", f"{API}/v1/driver/offers")
    b.decoy("trip id, pickup coordinates and fare")
    b.ok_json(
        {
            "offers": [
                {"tripId": rid(c.rng), "pickup": [lat, lon], "fareNgn": c.rng.randint(1500, 9000)}
            ]
        }
    )
    return b.build()


def earnings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/driver/earnings?week=48")
    b.decoy("daily earnings series (money floats)")
    b.ok_json({"daily": [rf(c.rng, 5000, 40000, 2) for _ in range(7)], "currency": "NGN"})
    return b.build()


def fleet_vehicle(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/driver/vehicle")
    b.decoy("the fleet partner's tracker IMEI and plate (a business's device, not the tester's)")
    b.ok_json(
        {
            "plate": "LND-" + new_digits(c.rng, 3) + "XA",
            "owner": "Ikeja Fleet Partners Ltd",
            "tracker": {"imei": luhn_complete(new_digits(c.rng, 14, "86")), "vendor": "Teltonika"},
            "hirePurchaseBalanceNgn": c.rng.randint(100000, 2000000),
        }
    )
    return b.build()


def trip_receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trips/{rid(c.rng)}/receipt")
    b.decoy("trip receipt with times and fare")
    b.ok_json({"startedAt": iso(c), "endedAt": iso(c), "fareNgn": c.rng.randint(1500, 9000)})
    return b.build()
